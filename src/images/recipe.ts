// What a Job or Deployment runs from (SPEC §1.1, §4.2), worked out from its spec and the commits
// its refs resolved to in this pass. Pure: the kinds call it while desiring. With no git and no
// extra packages the base image is used as it is; otherwise the image is the recipe's tag, the
// hash of every input, so a moved ref or a changed package list is a new image and a new spec.
import path from 'node:path';
import { hashOf } from '../hash.js';
import type { Deployment, Job } from '../resources/types.generated.js';
import type { ImageRecipe, ResolvedSnapshots, SnapshotInput } from './types.js';

/** bumped when the way images are built changes, so that every image is built again */
const recipeVersion = 1;

export interface ResourceImage {
  /** what containers are created from: the recipe's tag, or the base image */
  image: string;
  /** undefined when the base image is used as it is */
  recipe: ImageRecipe | undefined;
  /** BERTH_SNAPSHOT: `<url>@<commit>` of each git entry, space-separated */
  snapshotEnv: string;
  /** the first git path, or the declared one (relative to the first git path) */
  workingDir: string | undefined;
  /** why the image cannot be made (a ref that did not resolve, a path that clashes) */
  problem: string | undefined;
}

/** `/workspace/<repo-name>`: the last segment of the URL without `.git`. */
export function defaultSnapshotPath(url: string): string {
  const segments = url
    .replace(/[?#].*$/, '')
    .split('/')
    .filter(Boolean);
  const last = (segments[segments.length - 1] ?? 'project').replace(/\.git$/, '');
  return `/workspace/${last || 'project'}`;
}

export function resourceImage(
  resource: Deployment | Job,
  snapshots: ResolvedSnapshots | undefined,
): ResourceImage {
  const { metadata, spec } = resource;
  const git = spec.git ?? [];
  const packages = { pip: spec.extraPackages?.pip ?? [], apt: spec.extraPackages?.apt ?? [] };
  const paths = git.map((g) => path.posix.normalize(g.path ?? defaultSnapshotPath(g.url)));
  const firstPath = paths[0];
  const workingDir =
    spec.workingDir === undefined
      ? firstPath
      : path.posix.isAbsolute(spec.workingDir) || firstPath === undefined
        ? spec.workingDir
        : path.posix.join(firstPath, spec.workingDir);
  const plain = { image: spec.image, recipe: undefined, snapshotEnv: '', workingDir };
  if (git.length === 0 && packages.pip.length === 0 && packages.apt.length === 0)
    return { ...plain, problem: undefined };

  const inputs: SnapshotInput[] = [];
  const problems: string[] = [];
  for (const [i, entry] of git.entries()) {
    const at = paths[i] ?? '';
    if (at === '/')
      problems.push(
        `git entry ${entry.url} cannot be put at /; give it a path such as /workspace/project`,
      );
    else if (paths.indexOf(at) !== i)
      problems.push(`two git entries go to ${at}; give each its own path`);
    const result = snapshots?.get({ owner: metadata.owner, url: entry.url, ref: entry.ref });
    if (result === undefined)
      problems.push(
        `ref ${entry.ref} of ${entry.url} has not been resolved yet; berth resolves it at the next reconcile`,
      );
    else if ('problem' in result) problems.push(result.problem);
    else inputs.push({ url: entry.url, commit: result.commit, path: at });
  }
  const pip = pipArguments(packages.pip, firstPath, problems);
  if (problems.length > 0) return { ...plain, problem: problems.join('; ') };

  const hash = hashOf({
    v: recipeVersion,
    base: spec.image,
    snapshots: inputs,
    pip,
    apt: packages.apt,
  });
  const recipe: ImageRecipe = {
    tag: `berth/${metadata.name}:${hash}`,
    resource: { kind: resource.kind, name: metadata.name, owner: metadata.owner },
    base: spec.image,
    snapshots: inputs,
    pip,
    apt: packages.apt,
  };
  const snapshotEnv = inputs.map((s) => `${withoutCredentials(s.url)}@${s.commit}`).join(' ');
  return { image: recipe.tag, recipe, snapshotEnv, workingDir, problem: undefined };
}

/** The address as it may be shown: a user name or password written into it is left out. */
function withoutCredentials(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.toString();
  } catch {
    return url;
  }
}

/** pip's arguments: `-r <file>` names a file of the first snapshot, as it is in the image. */
function pipArguments(
  entries: readonly string[],
  firstPath: string | undefined,
  problems: string[],
): string[] {
  const out: string[] = [];
  for (const entry of entries) {
    const file = /^-r\s+(\S+)$/.exec(entry)?.[1];
    if (file === undefined) {
      out.push(entry);
      continue;
    }
    if (firstPath === undefined) {
      problems.push(
        `extraPackages.pip "${entry}" needs a git entry: the file is read from the first snapshot`,
      );
      continue;
    }
    const inImage = path.posix.join(firstPath, file);
    if (!inImage.startsWith(`${firstPath}/`)) {
      problems.push(
        `extraPackages.pip "${entry}" leaves the first snapshot; name a file inside ${firstPath}`,
      );
      continue;
    }
    out.push('-r', inImage);
  }
  return out;
}
