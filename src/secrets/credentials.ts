// Per-owner credentials from the owner's scope (SPEC §3): `GIT_TOKEN` for that owner's git clones,
// and `imagePullSecret` (`user:password`) for a private registry. A group can only reach what its
// own credentials reach; a failure names the owner, the URL and the fix.
import { setCommand } from './scope.js';
import type { SecretStore } from './types.js';

export const gitTokenName = 'GIT_TOKEN';

export interface Credentials {
  username: string;
  password: string;
}

/** The owner's `GIT_TOKEN` as HTTP credentials for git, or undefined when the scope has none. */
export async function credentialsFor(
  store: SecretStore,
  owner: string,
): Promise<Credentials | undefined> {
  const token = await store.read(owner, gitTokenName);
  if (token === undefined || token === '') return undefined;
  // Token-based HTTPS git servers (GitHub, GitLab, Gitea) take any user name with the token.
  return { username: 'x-access-token', password: token };
}

/** "group:data-eng cannot read <url>: add GIT_TOKEN to group:data-eng (berth secrets set …)" */
export function cannotRead(owner: string, url: string): string {
  return `${owner} cannot read ${url}: add ${gitTokenName} to ${owner} (${setCommand(owner, gitTokenName)})`;
}

/** Registry credentials from an `imagePullSecret` value (`user:password`), or undefined if malformed. */
export function parsePullSecret(value: string): Credentials | undefined {
  const at = value.indexOf(':');
  if (at <= 0) return undefined;
  return { username: value.slice(0, at), password: value.slice(at + 1) };
}
