// A resource repository as berth uses it (SPEC §5): objects cached in a bare repository under
// `<stateDir>/repos/<slug>`, fetched ref by ref over HTTP(S). The first fetch of a ref is shallow
// (`historyDepth` commits); later fetches of the branch ask for everything after the commit held,
// so the history from the first fetch on is complete and `commitsBetween` can always reach back
// to a commit handled before. A branch that has not moved costs one request and fetches nothing.
import path from 'node:path';
import { systemClock } from '../clock.js';
import { NotFoundError, UserError } from '../errors.js';
import { changedResources } from './changes.js';
import type { CheckoutFolders } from './checkouts.js';
import { commitsBetween } from './history.js';
import { materializeCommit } from './materialize.js';
import { cacheSlug, checkBranch, checkRef, displayUrl, parseRepositoryUrl } from './names.js';
import { createRemote } from './remote.js';
import {
  findCommit,
  objectStore,
  prepareStore,
  resolveLocalRef,
  trackingRef,
  writeLocalRef,
} from './store.js';
import type { GitRepository, OpenRepositoryOptions } from './types.js';

export type * from './types.js';

const defaultHistoryDepth = 100;

export function openRepository(options: OpenRepositoryOptions): GitRepository {
  const url = parseRepositoryUrl(options.url);
  const branchRef = `refs/heads/${checkBranch(options.branch)}`;
  const address = displayUrl(url);
  const log = options.logger.child({ component: 'git', repo: address });
  const clock = options.clock ?? systemClock;
  const historyDepth = options.historyDepth ?? defaultHistoryDepth;
  const store = objectStore(path.join(options.stateDir, 'repos', cacheSlug(url)));
  const folders: CheckoutFolders = {
    root: path.join(options.stateDir, 'checkouts'),
    keep: Math.max(1, options.keepCheckouts ?? 4),
    clock,
    logger: log,
  };
  const remote = createRemote({
    url: options.url,
    address,
    store,
    auth: options.auth,
    timeoutMs: options.requestTimeoutMs ?? 60_000,
  });

  let prepared: Promise<void> | undefined;
  const ready = () =>
    (prepared ??= prepareStore(store, address).catch((error: unknown) => {
      prepared = undefined;
      throw error;
    }));
  // One fetch at a time: each writes the cache's refs and shallow list.
  let fetching: Promise<unknown> = Promise.resolve();
  const serially = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = fetching.then(fn, fn);
    fetching = run.catch(() => undefined);
    return run;
  };

  /** Fetches `ref` unless its commit is held; `depth` applies when nothing of it is held yet. */
  async function fetchInto(ref: string, have: string | undefined, depth: number | undefined) {
    await ready();
    const local = trackingRef(ref);
    const sha = await remote.lookup(ref);
    if (sha === undefined) return undefined;
    if (await findCommit(store, sha)) {
      if ((await resolveLocalRef(store, local)) !== sha) await writeLocalRef(store, local, sha);
      log.debug({ ref, commit: sha }, 'ref unchanged');
      return sha;
    }
    const started = clock.now();
    const fetched = await remote.fetch({
      ref,
      ...(have === undefined ? {} : { have }),
      ...(depth === undefined ? {} : { depth }),
    });
    log.info({ ref, commit: fetched, depth, ms: clock.now() - started }, 'fetched');
    return fetched;
  }

  async function heldRef(ref: string): Promise<string | undefined> {
    const sha = await resolveLocalRef(store, trackingRef(ref));
    return sha !== undefined && (await findCommit(store, sha)) ? trackingRef(ref) : undefined;
  }

  return {
    fetchBranch: () =>
      serially(async () => {
        await ready();
        const have = await heldRef(branchRef);
        const sha = await fetchInto(branchRef, have, have ? undefined : historyDepth);
        if (sha === undefined) {
          throw new UserError(
            `branch ${options.branch} does not exist in ${address}; push it, or set BERTH_BRANCH to a branch the repository has`,
          );
        }
        return sha;
      }),

    fetchRef: (ref) =>
      serially(async () => {
        checkRef(ref);
        await ready();
        // Shallow even when something is held: a pull request's history is not the branch's, and
        // without a depth the server would send all of it below the cache's shallow commits.
        const have = (await heldRef(ref)) ?? (await heldRef(branchRef));
        const sha = await fetchInto(ref, have, historyDepth);
        if (sha === undefined) throw new NotFoundError(`${address} has no ref ${ref}`);
        return sha;
      }),

    async hasCommit(sha) {
      await ready();
      return (await findCommit(store, sha)) !== undefined;
    },

    async materialize(commit, resourcePath, limits = {}) {
      await ready();
      return materializeCommit(store, folders, commit, resourcePath, limits);
    },

    async commitsBetween(from, to, max = 50) {
      await ready();
      return commitsBetween(store, from, to, max);
    },

    async changedResources(commit, against, resourcePath, limits = {}) {
      await ready();
      if (against !== undefined && !(await findCommit(store, against)))
        log.warn(
          { commit, against },
          'commit to compare with is not cached; comparing with nothing',
        );
      return changedResources(store, commit, against, resourcePath, limits);
    },
  };
}
