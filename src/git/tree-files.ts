// The resource files of a folder in a git tree, by the rules a folder on disk is read with
// (src/resources/find-files.ts): every *.yaml / *.yml below it; dot-files, dot-folders and
// node_modules skipped. Symbolic links and submodules are never read: a link named like a
// resource file is reported, since it could point anywhere.
import type { Problem } from '../resources/problem.js';
import { linkProblem } from '../resources/find-files.js';
import { readTree, type ObjectStore, type TreeEntry } from './store.js';

export interface TreeFile {
  /** posix path relative to the folder */
  path: string;
  oid: string;
  mode: string;
}

export interface FolderFiles {
  /** regular resource files, sorted by path */
  files: TreeFile[];
  /** links named like resource files */
  problems: Problem[];
  /** more than `maxFiles` resource files: the listing stopped */
  tooMany: boolean;
}

const resourceFile = /\.ya?ml$/i;

export function isResourceFileName(name: string): boolean {
  return resourceFile.test(name) && !name.startsWith('.');
}

/** Entries a folder walk descends into or reads: no dot names (also `.`, `..`, `.git`), no node_modules. */
export function isVisible(entry: TreeEntry): boolean {
  return !entry.name.startsWith('.') && entry.name !== 'node_modules' && !entry.name.includes('/');
}

export async function listFolderFiles(
  store: ObjectStore,
  tree: string,
  maxFiles: number,
): Promise<FolderFiles> {
  const files: TreeFile[] = [];
  const problems: Problem[] = [];
  const pending: { tree: string; prefix: string }[] = [{ tree, prefix: '' }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    for (const entry of await readTree(store, next.tree)) {
      if (!isVisible(entry)) continue;
      const relative = `${next.prefix}${entry.name}`;
      if (entry.mode === '040000') pending.push({ tree: entry.oid, prefix: `${relative}/` });
      else if (!isResourceFileName(entry.name)) continue;
      else if (entry.mode === '100644' || entry.mode === '100755')
        files.push({ path: relative, oid: entry.oid, mode: entry.mode });
      else if (entry.mode === '120000') problems.push(linkProblem(relative));
      // 160000: a submodule's commit lives in another repository; nothing to read here.
    }
    if (files.length > maxFiles) return { files: [], problems: [], tooMany: true };
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, problems, tooMany: false };
}
