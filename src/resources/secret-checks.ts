// SPEC §3 at validation time: every secret a Job or Deployment names must be in its owner's scope
// of the secret store. The store is handed in as names only (never values); without it (a pull
// request checked in CI) this check does not run.
import type { Finding, PathSegment } from './problem.js';
import type { Resource } from './types.generated.js';

/** The names each owner's scope holds. */
export interface SecretScopes {
  names(owner: string): ReadonlySet<string>;
  /** every owner with a scope */
  owners(): readonly string[];
}

export function checkSecretScopes(resource: Resource, scopes: SecretScopes): Finding[] {
  if (resource.kind !== 'Job' && resource.kind !== 'Deployment') return [];
  const owner = resource.metadata.owner;
  const held = scopes.names(owner);
  const wanted: { name: string; path: PathSegment[] }[] = [];
  for (const [index, entry] of (resource.spec.secrets ?? []).entries()) {
    if (typeof entry === 'string') wanted.push({ name: entry, path: ['spec', 'secrets', index] });
    else wanted.push({ name: entry.name, path: ['spec', 'secrets', index, 'name'] });
  }
  const pull = resource.spec.imagePullSecret;
  if (pull !== undefined) wanted.push({ name: pull, path: ['spec', 'imagePullSecret'] });
  return wanted
    .filter(({ name }) => !held.has(name))
    .map(({ name, path }) => ({ path, message: missingMessage(owner, name, scopes) }));
}

function missingMessage(owner: string, name: string, scopes: SecretScopes): string {
  const others = scopes.owners().filter((o) => o !== owner && scopes.names(o).has(name));
  const elsewhere =
    others.length > 0
      ? ` (${others.join(', ')} ${others.length === 1 ? 'has' : 'have'} one, but a resource gets only its owner's secrets)`
      : '';
  return `secret ${name} is not in scope ${owner}${elsewhere}; add it with \`berth secrets set ${owner} ${name}\``;
}
