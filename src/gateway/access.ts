// Who may reach a deployment through the gateway (SPEC §1.2, §6.4), pure: anyone when it is
// `public`; otherwise its owner, a member of the owning group, or an entry of `access` (a user,
// or a member of a group named there). Membership comes from the Groups of the applied revision.
// A subject is what a token identifies: `user:<login>`, or an owner (`group:<name>` for the token
// the containers of a group carry).

export interface AccessPolicy {
  public: boolean;
  owner: string;
  access: readonly string[];
}

/** the logins of a group in the applied revision */
export type Members = (group: string) => readonly string[];

export function mayReach(
  policy: AccessPolicy,
  subject: string | undefined,
  members: Members,
): boolean {
  if (policy.public) return true;
  if (subject === undefined) return false;
  const login = subject.startsWith('user:') ? subject.slice('user:'.length) : undefined;
  return [policy.owner, ...policy.access].some(
    (principal) =>
      principal === subject ||
      (login !== undefined &&
        principal.startsWith('group:') &&
        members(principal.slice('group:'.length)).includes(login)),
  );
}
