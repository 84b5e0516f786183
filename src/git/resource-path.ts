// The resource path inside a commit (SPEC §4.1, safe pruning): it must name a folder of the
// repository. Missing, a file, a link, a submodule or a path leading out of the repository is a
// path problem, so a revision read from it can never look like "every resource was deleted".
import path from 'node:path';
import type { PathProblem } from './types.js';
import { readTree, type ObjectStore } from './store.js';

export type FolderLookup =
  { found: true; tree: string } | { found: false; problem: PathProblem; message: string };

/**
 * `resources/`, `./resources` → `['resources']`; `''`, `.` → `[]` (the repository's top);
 * undefined when the path is absolute or climbs out with `..`.
 */
export function resourcePathSegments(resourcePath: string): string[] | undefined {
  if (/^([/\\]|[A-Za-z]:)/.test(resourcePath)) return undefined;
  const normal = path.posix.normalize(resourcePath.replaceAll('\\', '/') || '.');
  if (normal === '..' || normal.startsWith('../')) return undefined;
  return normal.split('/').filter((s) => s !== '' && s !== '.');
}

/** Finds the folder `resourcePath` names in the tree of a commit. */
export async function findFolder(
  store: ObjectStore,
  rootTree: string,
  resourcePath: string,
  commit: string,
): Promise<FolderLookup> {
  const shown = JSON.stringify(resourcePath);
  const segments = resourcePathSegments(resourcePath);
  if (!segments) {
    return {
      found: false,
      problem: 'outside',
      message: `resource path ${shown} points outside the repository; set BERTH_PATH to a folder inside it, such as resources`,
    };
  }
  const at = `in commit ${commit.slice(0, 7)}`;
  let tree = rootTree;
  for (const [index, segment] of segments.entries()) {
    const entry = (await readTree(store, tree)).find((e) => e.name === segment);
    const where = JSON.stringify(segments.slice(0, index + 1).join('/'));
    if (!entry) {
      return {
        found: false,
        problem: 'missing',
        message: `resource path ${shown} does not exist ${at}; create the folder or set BERTH_PATH to the folder that holds the resource files`,
      };
    }
    if (entry.mode !== '040000') {
      return {
        found: false,
        problem: 'not-a-folder',
        message: `resource path ${where} is ${describeEntry(entry.mode)} ${at}, not a folder; set BERTH_PATH to the folder that holds the resource files`,
      };
    }
    tree = entry.oid;
  }
  return { found: true, tree };
}

export function emptyFolderMessage(resourcePath: string, commit: string): string {
  return `resource path ${JSON.stringify(resourcePath)} holds no *.yaml or *.yml files in commit ${commit.slice(0, 7)}; add the resource files there or set BERTH_PATH to the folder that holds them`;
}

function describeEntry(mode: string): string {
  if (mode === '120000') return 'a symbolic link (berth does not follow links)';
  if (mode === '160000') return 'a submodule (berth does not read submodules)';
  return 'a file';
}
