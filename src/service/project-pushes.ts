// SPEC §5: a push to a project repository that resources use re-resolves their refs at once,
// instead of at the next periodic resync. A push webhook names its repository as `owner/name`;
// a git entry's address ends in the same path on the same Git host.
import type { Resource } from '../resources/types.generated.js';

/** Whether any Job or Deployment of the revision has a git entry in repository `owner/name`. */
export function usesRepository(resources: readonly Resource[], repo: string): boolean {
  const wanted = repo.toLowerCase();
  return resources.some(
    (r) =>
      (r.kind === 'Job' || r.kind === 'Deployment') &&
      (r.spec.git ?? []).some((g) => repositoryPath(g.url) === wanted),
  );
}

/** `https://github.com/Acme/Model.git/` → `acme/model`; undefined when it is not a URL. */
function repositoryPath(url: string): string | undefined {
  try {
    const parts = new URL(url).pathname.split('/').filter(Boolean);
    const [owner, name] = parts.slice(-2);
    if (parts.length < 2 || !owner || !name) return undefined;
    return `${owner}/${name.replace(/\.git$/, '')}`.toLowerCase();
  } catch {
    return undefined;
  }
}
