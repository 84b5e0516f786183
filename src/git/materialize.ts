// Writes the resource files of one commit to a folder of their own by walking the git tree: no
// checkout and no index, so several commits can be written at once. Only regular *.yaml / *.yml
// files are written; links and submodules never are. Over the caps on files or bytes, nothing is.
import { createHash } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  defaultMaxRevisionBytes,
  resolveLimits,
  revisionTooLarge,
  tooManyFiles,
  type Limits,
} from '../resources/limits.js';
import type { Problem } from '../resources/problem.js';
import { findCheckout, pruneCheckouts, writeCheckout, type CheckoutFolders } from './checkouts.js';
import { emptyFolderMessage, findFolder } from './resource-path.js';
import { isSha, readBlob, readCommit, type ObjectStore } from './store.js';
import { listFolderFiles, type TreeFile } from './tree-files.js';
import type { Materialized } from './types.js';

type Written = Omit<Materialized, 'dir'>;

export async function materializeCommit(
  store: ObjectStore,
  folders: CheckoutFolders,
  commit: string,
  resourcePath: string,
  overrides: Partial<Limits> = {},
): Promise<Materialized> {
  // The id becomes a folder name: only a full commit id may.
  if (!isSha(commit)) await readCommit(store, commit);
  const name = checkoutName(commit, resourcePath);
  const existing = await findCheckout(folders, name);
  if (existing) return existing;
  const { tree } = await readCommit(store, commit);
  const limits = resolveLimits(overrides);
  const written = await writeCheckout(folders, name, async (dir) => {
    const folder = await findFolder(store, tree, resourcePath, commit);
    if (!folder.found) {
      const { problem, message } = folder;
      return { commit, files: [], problems: [], pathProblem: problem, message };
    }
    const listed = await listFolderFiles(store, folder.tree, limits.maxFiles);
    if (listed.tooMany) return capped(commit, tooManyFiles(limits.maxFiles));
    if (listed.files.length === 0 && listed.problems.length === 0) {
      const message = emptyFolderMessage(resourcePath, commit);
      return { commit, files: [], problems: [], pathProblem: 'empty', message };
    }
    const maxBytes = limits.maxRevisionBytes ?? defaultMaxRevisionBytes;
    if (!(await writeFiles(store, dir, listed.files, maxBytes))) {
      await rm(dir, { recursive: true, force: true });
      await mkdir(dir);
      return capped(commit, revisionTooLarge(maxBytes));
    }
    return { commit, files: listed.files.map((f) => f.path), problems: listed.problems };
  });
  await pruneCheckouts(folders, name);
  return written;
}

/** `<commit>-<hash of the resource path>`: one folder per commit and resource path. */
function checkoutName(commit: string, resourcePath: string): string {
  return `${commit}-${createHash('sha256').update(resourcePath).digest('hex').slice(0, 8)}`;
}

/** Writes the files; false (stopping at once) when they add up to more than `maxBytes`. */
async function writeFiles(
  store: ObjectStore,
  dir: string,
  files: readonly TreeFile[],
  maxBytes: number,
): Promise<boolean> {
  let total = 0;
  for (const file of files) {
    const content = await readBlob(store, file.oid);
    total += content.byteLength;
    if (total > maxBytes) return false;
    const target = path.join(dir, ...file.path.split('/'));
    // Tree entry names never hold `/` or start with `.` here (tree-files.ts); checked once more.
    if (!target.startsWith(dir + path.sep))
      throw new Error(`tree path ${file.path} leaves its folder`);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
  return true;
}

function capped(commit: string, message: string): Written {
  const problem: Problem = { file: '.', line: 1, col: 1, path: '', message };
  return { commit, files: [], problems: [problem] };
}
