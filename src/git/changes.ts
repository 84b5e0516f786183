// What a commit changed in the resource folder: the resource files whose content differs from
// another commit's, and the resources (`Kind/name`) in them that were added, removed or edited.
// Subtrees with the same id are skipped, so the cost follows the size of the change.
import { resolveLimits, type Limits } from '../resources/limits.js';
import { documentTexts } from './document-keys.js';
import { findFolder } from './resource-path.js';
import {
  findCommit,
  readBlob,
  readCommit,
  readTree,
  type ObjectStore,
  type TreeEntry,
} from './store.js';
import { isResourceFileName, isVisible } from './tree-files.js';
import type { ChangedResources } from './types.js';

interface FileChange {
  path: string;
  before: TreeEntry | undefined;
  after: TreeEntry | undefined;
}

export async function changedResources(
  store: ObjectStore,
  commit: string,
  against: string | undefined,
  resourcePath: string,
  overrides: Partial<Limits> = {},
): Promise<ChangedResources> {
  const limits = resolveLimits(overrides);
  const after = await folderTree(
    store,
    (await readCommit(store, commit)).tree,
    resourcePath,
    commit,
  );
  const base = against === undefined ? undefined : await findCommit(store, against);
  const before = base && (await folderTree(store, base.tree, resourcePath, base.sha));
  const changes: FileChange[] = [];
  await diffTrees(store, before, after, '', changes);

  const beforeTexts = new Map<string, string[]>();
  const afterTexts = new Map<string, string[]>();
  for (const change of changes) {
    const old = await readTexts(store, change.before, limits);
    const now = await readTexts(store, change.after, limits);
    // A file that cannot be read as YAML on either side is listed without resources.
    if (old === undefined || now === undefined) continue;
    add(beforeTexts, old);
    add(afterTexts, now);
  }
  const keys = new Set<string>();
  for (const key of new Set([...beforeTexts.keys(), ...afterTexts.keys()])) {
    const old = (beforeTexts.get(key) ?? []).join('\n---\n');
    const now = (afterTexts.get(key) ?? []).join('\n---\n');
    if (!beforeTexts.has(key) || !afterTexts.has(key) || old !== now) keys.add(key);
  }
  return { files: changes.map((c) => c.path).sort(byText), keys: [...keys].sort(byText) };
}

async function folderTree(
  store: ObjectStore,
  rootTree: string,
  resourcePath: string,
  commit: string,
): Promise<string | undefined> {
  const folder = await findFolder(store, rootTree, resourcePath, commit);
  return folder.found ? folder.tree : undefined;
}

/** Resource files that differ between two folders (undefined: none there), in `changes`. */
async function diffTrees(
  store: ObjectStore,
  before: string | undefined,
  after: string | undefined,
  prefix: string,
  changes: FileChange[],
): Promise<void> {
  if (before === after) return;
  const old = await entries(store, before);
  const now = await entries(store, after);
  for (const name of new Set([...old.keys(), ...now.keys()])) {
    const a = old.get(name);
    const b = now.get(name);
    if (a?.mode === b?.mode && a?.oid === b?.oid) continue;
    const path = `${prefix}${name}`;
    const folder = (e: TreeEntry | undefined) => (e?.mode === '040000' ? e.oid : undefined);
    if (folder(a) !== undefined || folder(b) !== undefined)
      await diffTrees(store, folder(a), folder(b), `${path}/`, changes);
    const fileA = folder(a) === undefined ? a : undefined;
    const fileB = folder(b) === undefined ? b : undefined;
    if ((fileA || fileB) && isResourceFileName(name))
      changes.push({ path, before: fileA, after: fileB });
  }
}

async function entries(
  store: ObjectStore,
  tree: string | undefined,
): Promise<Map<string, TreeEntry>> {
  if (tree === undefined) return new Map();
  const visible = (await readTree(store, tree)).filter(isVisible);
  return new Map(visible.map((e) => [e.name, e]));
}

/** The documents of a regular file by key; [] when absent or not a file, undefined when unreadable. */
async function readTexts(
  store: ObjectStore,
  entry: TreeEntry | undefined,
  limits: Limits,
): Promise<[string, string][] | undefined> {
  if (!entry || (entry.mode !== '100644' && entry.mode !== '100755')) return [];
  const blob = await readBlob(store, entry.oid);
  if (blob.byteLength > limits.maxFileBytes) return undefined;
  return documentTexts(new TextDecoder().decode(blob), limits);
}

function add(map: Map<string, string[]>, texts: [string, string][]): void {
  for (const [key, text] of texts) map.set(key, [...(map.get(key) ?? []), text]);
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
