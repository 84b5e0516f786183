// Finds the resource files of a revision: every *.yaml / *.yml under the root, or the root itself
// when it is a file. Dot-files, dot-directories and node_modules are skipped; links are not followed.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { NotFoundError } from '../errors.js';
import { tooManyFiles } from './limits.js';
import type { Problem } from './problem.js';

export interface ResourceFiles {
  /** the directory the file names are relative to: the root, or for a single-file root its folder */
  base: string;
  /** posix paths relative to `base`, sorted */
  files: string[];
  problems: Problem[];
}

const resourceFile = /\.ya?ml$/i;

export function isResourceFileName(name: string): boolean {
  return resourceFile.test(name) && !name.startsWith('.');
}

export async function findResourceFiles(root: string, maxFiles: number): Promise<ResourceFiles> {
  const info = await stat(root).catch((error: unknown) => {
    if (isErrnoCode(error, 'ENOENT')) throw new NotFoundError(`${root} does not exist`);
    throw error;
  });
  if (!info.isDirectory())
    return { base: path.dirname(root), files: [path.basename(root)], problems: [] };

  const files: string[] = [];
  const problems: Problem[] = [];
  const pending: string[] = [''];
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    const entries = await readdir(path.join(root, dir), { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const relative = dir === '' ? entry.name : `${dir}/${entry.name}`;
      if (entry.isDirectory()) pending.push(relative);
      else if (!isResourceFileName(entry.name)) continue;
      else if (entry.isFile()) files.push(relative);
      else if (entry.isSymbolicLink()) problems.push(linkProblem(relative));
    }
    if (files.length > maxFiles) {
      return {
        base: root,
        files: [],
        problems: [{ file: '.', line: 1, col: 1, path: '', message: tooManyFiles(maxFiles) }],
      };
    }
  }
  files.sort(byText);
  return { base: root, files, problems };
}

/** A link named like a resource file: never followed, always reported. */
export function linkProblem(file: string): Problem {
  return {
    file,
    line: 1,
    col: 1,
    path: '',
    message:
      'is a symbolic link; berth does not follow links in resource folders (one could point outside the repository); replace it with the file itself',
  };
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isErrnoCode(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code;
}
