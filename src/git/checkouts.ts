// Folders under `<stateDir>/checkouts`, one per commit and resource path. Each is filled under a
// temporary name and renamed into place, so a folder that exists is complete and several commits
// can be written at once. A manifest (a dot-file, which loadRevision skips) records what was
// written, so a folder asked for again is reused as it is. Only the newest few are kept.
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Clock } from '../clock.js';
import type { Logger } from '../log.js';
import type { Materialized } from './types.js';

export interface CheckoutFolders {
  root: string;
  keep: number;
  clock: Clock;
  logger: Logger;
}

const manifestName = '.berth-checkout.json';
const tempPrefix = '.tmp-';
/** a temporary folder this old was left by a process that ended while writing it */
const abandonedAfterMs = 60 * 60 * 1000;

/** The manifest of a complete checkout, or undefined when there is none. */
export async function findCheckout(
  folders: CheckoutFolders,
  name: string,
): Promise<Materialized | undefined> {
  const dir = path.join(folders.root, name);
  let text: string;
  try {
    text = await readFile(path.join(dir, manifestName), 'utf8');
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return undefined;
    throw error;
  }
  const seconds = folders.clock.now() / 1000;
  await utimes(dir, seconds, seconds);
  return { ...(JSON.parse(text) as Omit<Materialized, 'dir'>), dir };
}

/**
 * Fills a temporary folder with `fill`, records its result and renames it to `name`. When another
 * call got there first, its folder is kept and returned.
 */
export async function writeCheckout(
  folders: CheckoutFolders,
  name: string,
  fill: (dir: string) => Promise<Omit<Materialized, 'dir'>>,
): Promise<Materialized> {
  await mkdir(folders.root, { recursive: true });
  const temp = path.join(folders.root, `${tempPrefix}${name}-${randomBytes(4).toString('hex')}`);
  const dir = path.join(folders.root, name);
  await mkdir(temp);
  try {
    const result = await fill(temp);
    await writeFile(path.join(temp, manifestName), JSON.stringify(result));
    try {
      await rename(temp, dir);
    } catch (error) {
      if (!isErrno(error, 'ENOTEMPTY') && !isErrno(error, 'EEXIST')) throw error;
      const other = await findCheckout(folders, name);
      if (!other) throw error;
      return other;
    }
    const seconds = folders.clock.now() / 1000;
    await utimes(dir, seconds, seconds);
    return { ...result, dir };
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

/** Removes all but the `keep` most recently used checkouts (never `current`), and abandoned temporaries. */
export async function pruneCheckouts(folders: CheckoutFolders, current: string): Promise<void> {
  const now = folders.clock.now();
  const entries = await readdir(folders.root, { withFileTypes: true });
  const aged = await Promise.all(
    entries
      .filter((e) => e.isDirectory() && e.name !== current)
      .map(async (e) => ({
        name: e.name,
        mtime: (await stat(path.join(folders.root, e.name)).catch(() => undefined))?.mtimeMs,
      })),
  );
  const checkouts = aged
    .filter((e) => e.mtime !== undefined && !e.name.startsWith(tempPrefix))
    .sort((a, b) => (b.mtime ?? 0) - (a.mtime ?? 0));
  const stale = [
    ...checkouts.slice(Math.max(0, folders.keep - 1)),
    ...aged.filter(
      (e) =>
        e.name.startsWith(tempPrefix) && e.mtime !== undefined && now - e.mtime > abandonedAfterMs,
    ),
  ];
  for (const entry of stale) {
    await rm(path.join(folders.root, entry.name), { recursive: true, force: true });
    folders.logger.debug({ checkout: entry.name }, 'old checkout removed');
  }
}

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code;
}
