// The local object cache: a bare repository under `<stateDir>/repos/<slug>`, read through
// isomorphic-git. Every read of commits, trees and blobs goes through here.
import fs from 'node:fs';
import * as git from 'isomorphic-git';
import { NotFoundError } from '../errors.js';

export interface ObjectStore {
  gitdir: string;
  /** isomorphic-git's cache of pack indexes, one per repository */
  cache: object;
}

export interface TreeEntry {
  name: string;
  /** `040000` folder, `100644` / `100755` file, `120000` symbolic link, `160000` submodule */
  mode: string;
  oid: string;
}

export interface CommitObject {
  sha: string;
  tree: string;
  parents: string[];
  message: string;
  author: { name: string; email: string; timestamp: number };
}

/** Where a remote ref is kept locally: `refs/pull/7/head` → `refs/remotes/origin/pull/7/head`. */
export function trackingRef(ref: string): string {
  return `refs/remotes/origin/${ref.slice('refs/'.length)}`;
}

export function objectStore(gitdir: string): ObjectStore {
  return { gitdir, cache: {} };
}

/** Creates the bare repository when missing; fetched refs land under `refs/remotes/origin/`. */
export async function prepareStore(store: ObjectStore, address: string): Promise<void> {
  const { gitdir } = store;
  await git.init({ fs, gitdir, bare: true });
  await git.setConfig({ fs, gitdir, path: 'remote.origin.url', value: address });
  await git.setConfig({
    fs,
    gitdir,
    path: 'remote.origin.fetch',
    value: '+refs/*:refs/remotes/origin/*',
  });
}

const sha1 = /^[0-9a-f]{40}$/;

/** A full commit id: 40 lowercase hex digits (safe in a file name). */
export function isSha(text: string): boolean {
  return sha1.test(text);
}

/** The commit, or undefined when it is not in the cache (or `sha` names no commit). */
export async function findCommit(
  store: ObjectStore,
  sha: string,
): Promise<CommitObject | undefined> {
  if (!isSha(sha)) return undefined;
  try {
    const { commit } = await git.readCommit({
      fs,
      gitdir: store.gitdir,
      oid: sha,
      cache: store.cache,
    });
    return {
      sha,
      tree: commit.tree,
      parents: commit.parent,
      message: commit.message,
      author: commit.author,
    };
  } catch (error) {
    if (isGitError(error, 'NotFoundError') || isGitError(error, 'ObjectTypeError'))
      return undefined;
    throw error;
  }
}

export async function readCommit(store: ObjectStore, sha: string): Promise<CommitObject> {
  const commit = await findCommit(store, sha);
  if (!commit) {
    throw new NotFoundError(
      `commit ${sha} is not in berth's copy of the repository; fetch it first`,
    );
  }
  return commit;
}

export async function readTree(store: ObjectStore, oid: string): Promise<TreeEntry[]> {
  const { tree } = await git.readTree({ fs, gitdir: store.gitdir, oid, cache: store.cache });
  return tree.map((e) => ({ name: e.path, mode: e.mode, oid: e.oid }));
}

export async function readBlob(store: ObjectStore, oid: string): Promise<Uint8Array> {
  const { blob } = await git.readBlob({ fs, gitdir: store.gitdir, oid, cache: store.cache });
  return blob;
}

export async function resolveLocalRef(
  store: ObjectStore,
  ref: string,
): Promise<string | undefined> {
  try {
    return await git.resolveRef({ fs, gitdir: store.gitdir, ref });
  } catch (error) {
    if (isGitError(error, 'NotFoundError')) return undefined;
    throw error;
  }
}

export async function writeLocalRef(store: ObjectStore, ref: string, sha: string): Promise<void> {
  await git.writeRef({ fs, gitdir: store.gitdir, ref, value: sha, force: true });
}

/** isomorphic-git's errors carry their class name in `code`. */
export function isGitError(error: unknown, code: string): error is Error & { data?: unknown } {
  return error instanceof Error && 'code' in error && error.code === code;
}
