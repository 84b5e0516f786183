// Reads the secrets a revision uses, once, when the revision is set: each resource's `secrets`
// and `imagePullSecret`, from its owner's scope only. What a scope lacks is simply absent; the
// resource that wants it fails on its own with a message that says how to add it.
import type { Resource } from '../resources/types.generated.js';
import type { ResolvedSecret, RevisionSecrets, SecretStore } from './types.js';

/** Every (owner, name) pair the resources refer to. */
export function secretRefs(resources: readonly Resource[]): { owner: string; name: string }[] {
  const seen = new Map<string, { owner: string; name: string }>();
  for (const resource of resources) {
    if (resource.kind !== 'Job' && resource.kind !== 'Deployment') continue;
    const owner = resource.metadata.owner;
    const names = (resource.spec.secrets ?? []).map((s) => (typeof s === 'string' ? s : s.name));
    if (resource.spec.imagePullSecret) names.push(resource.spec.imagePullSecret);
    for (const name of names) seen.set(`${owner}\n${name}`, { owner, name });
  }
  return [...seen.values()];
}

export async function resolveSecrets(
  store: SecretStore,
  resources: readonly Resource[],
): Promise<RevisionSecrets> {
  const found = new Map<string, ResolvedSecret>();
  for (const { owner, name } of secretRefs(resources)) {
    const value = await store.read(owner, name);
    if (value !== undefined)
      found.set(`${owner}\n${name}`, { value, fingerprint: store.fingerprint(value) });
  }
  return { get: (owner, name) => found.get(`${owner}\n${name}`) };
}

/** A revision without a store: every secret is missing. */
export const noSecrets: RevisionSecrets = { get: () => undefined };

/** Whether two resolutions give the same fingerprints for the same references (nothing rotated). */
export function sameSecrets(
  resources: readonly Resource[],
  a: RevisionSecrets | undefined,
  b: RevisionSecrets | undefined,
): boolean {
  return secretRefs(resources).every(
    ({ owner, name }) => a?.get(owner, name)?.fingerprint === b?.get(owner, name)?.fingerprint,
  );
}
