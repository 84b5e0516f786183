// Who made each commit berth applies (SPEC §2): the sender of the push that brought it, as the
// push webhook says; for a commit no webhook told of (found by polling), its GitHub author.
export interface ActorBook {
  /** the push's sender made these commits */
  record(shas: readonly string[], login: string): void;
  actorOf(sha: string): Promise<string | undefined>;
}

export function createActorBook(
  commitAuthor?: (sha: string) => Promise<string | undefined>,
  keep = 5000,
): ActorBook {
  const senders = new Map<string, string>();
  return {
    record(shas, login) {
      for (const sha of shas) {
        senders.delete(sha);
        senders.set(sha, login);
      }
      for (const old of senders.keys()) {
        if (senders.size <= keep) break;
        senders.delete(old);
      }
    },
    async actorOf(sha) {
      return senders.get(sha) ?? (await commitAuthor?.(sha).catch(() => undefined));
    },
  };
}
