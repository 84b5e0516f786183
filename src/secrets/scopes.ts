// The names each owner's scope holds, read once for validation: names only, never a value.
import type { SecretScopes } from '../resources/secret-checks.js';
import type { FolderSecretStore } from './store.js';

export async function readScopes(store: FolderSecretStore): Promise<SecretScopes> {
  const scopes = new Map<string, ReadonlySet<string>>();
  for (const owner of await store.owners())
    scopes.set(owner, new Set((await store.list(owner)).map((entry) => entry.name)));
  return { names: (owner) => scopes.get(owner) ?? new Set(), owners: () => [...scopes.keys()] };
}
