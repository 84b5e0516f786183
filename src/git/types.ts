// berth's interface to a Git repository, in berth's terms: fetch a branch or a pull request's ref,
// write one commit's resource folder to disk, list the commits a push brought and the resources
// they changed. The implementation (repository.ts) uses isomorphic-git over HTTP(S).
import type { Clock } from '../clock.js';
import type { Logger } from '../log.js';
import type { Limits } from '../resources/limits.js';
import type { Problem } from '../resources/problem.js';

export interface GitCredentials {
  username: string;
  password: string;
}

export interface OpenRepositoryOptions {
  /** HTTPS (or HTTP) address; credentials written into it are used but never logged or stored */
  url: string;
  /** the branch berth applies */
  branch: string;
  /** berth's state folder: the object cache goes to `repos/`, checkouts to `checkouts/` */
  stateDir: string;
  /** asked before each fetch; undefined means anonymous */
  auth?: () => Promise<GitCredentials | undefined>;
  logger: Logger;
  clock?: Clock;
  /** commits fetched when a ref is fetched for the first time (default 100) */
  historyDepth?: number;
  /** checkouts kept under `<stateDir>/checkouts`, newest first (default 4) */
  keepCheckouts?: number;
  /** a request that sends nothing for this long is abandoned (default 60 000) */
  requestTimeoutMs?: number;
}

export interface GitRepository {
  /** fetches the branch (only objects not held yet) and returns its head commit */
  fetchBranch(): Promise<string>;
  /** fetches another ref, e.g. `refs/pull/7/head`, and returns its commit */
  fetchRef(ref: string): Promise<string>;
  /** whether the commit is in the local cache */
  hasCommit(sha: string): Promise<boolean>;
  /** writes the resource files of a fetched commit to a folder of their own, for loadRevision */
  materialize(
    commit: string,
    resourcePath: string,
    limits?: Partial<Limits>,
  ): Promise<Materialized>;
  /** the first-parent chain after `from` up to `to`, oldest first, at most `max` (default 50) */
  commitsBetween(from: string | undefined, to: string, max?: number): Promise<CommitRange>;
  /**
   * Resource files and resources whose text differs between two commits; `against` undefined (or
   * not in the cache) compares with an empty tree.
   */
  changedResources(
    commit: string,
    against: string | undefined,
    resourcePath: string,
    limits?: Partial<Limits>,
  ): Promise<ChangedResources>;
}

/**
 * Why the resource path of a commit cannot be read as a revision. A revision with a path problem
 * must not prune anything (SPEC §4.1): to berth it would look as if every resource was deleted.
 */
export type PathProblem = 'missing' | 'not-a-folder' | 'outside' | 'empty';

export interface Materialized {
  commit: string;
  /** an existing folder holding the resource files (possibly none): pass it to loadRevision */
  dir: string;
  /** resource files written, posix paths relative to `dir`, sorted */
  files: string[];
  /** links named like resource files, caps exceeded; the revision is invalid when not empty */
  problems: Problem[];
  pathProblem?: PathProblem;
  /** with `pathProblem`: what is wrong and what to do */
  message?: string;
}

/**
 * Why the listed commits do not reach back to `from`:
 * - `not-ancestor`: `from` is not in the history of `to` (a force push);
 * - `unknown`: `from` is not in the cache, or the cached history ends before it is reached;
 * - `truncated`: more than `max` commits lie between (or, without `from`, before `to`).
 */
export type HistoryGap = 'not-ancestor' | 'unknown' | 'truncated';

export interface CommitRange {
  /** oldest first; only `to` when `rewritten` */
  commits: CommitInfo[];
  /** `from` is not an ancestor of `to` (a force push) or not known: diff against what is applied */
  rewritten: boolean;
  /** set when `commits` does not reach back to `from` (or, without `from`, to the first commit) */
  gap?: HistoryGap;
}

export interface CommitInfo {
  sha: string;
  /** the first parent; absent for a root commit */
  parent?: string;
  message: string;
  authorName: string;
  authorEmail: string;
  /** the author's time, milliseconds since the epoch */
  time: number;
}

export interface ChangedResources {
  /** resource files (relative to the resource path) added, removed or changed, sorted */
  files: string[];
  /** `Kind/name` of each document added, removed or changed in those files, sorted */
  keys: string[];
}
