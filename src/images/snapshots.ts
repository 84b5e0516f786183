// Git snapshots (SPEC §1.1, §3): every pass asks each project repository once per owner where its
// branches and tags point (one request, with that owner's GIT_TOKEN), so a moved tag or branch is
// seen at once and an owner without access is refused even when the cache holds the commit. A
// commit not held yet is fetched shallow (depth 1) into `<stateDir>/projects/<slug>`; a ref that
// has not moved fetches nothing.
import path from 'node:path';
import { errorMessage } from '../errors.js';
import { cacheSlug, displayUrl } from '../git/names.js';
import { createRemote, type Remote, type ServerRef } from '../git/remote.js';
import { RemoteAccessError } from '../git/remote-errors.js';
import type { GitCredentials } from '../git/types.js';
import { cannotRead as noToken } from '../secrets/credentials.js';
import { findCommit, isSha, objectStore, prepareStore, type ObjectStore } from '../git/store.js';
import type { Logger } from '../log.js';
import type { ResolvedSnapshots, SnapshotRequest, SnapshotResult } from './types.js';

/** The owner's GIT_TOKEN as HTTP credentials, or undefined when the owner has none. */
export type GitCredentialsLookup = (owner: string) => Promise<GitCredentials | undefined>;

export interface SnapshotResolverOptions {
  /** berth's state folder: project caches go to `projects/` */
  stateDir: string;
  credentials: GitCredentialsLookup;
  logger: Logger;
  /** a request that sends nothing for this long is abandoned (default 60 000) */
  requestTimeoutMs?: number;
}

export interface SnapshotResolver {
  resolve(requests: readonly SnapshotRequest[]): Promise<ResolvedSnapshots>;
  /** the object cache of a repository (the build context reads snapshots from it) */
  storeOf(url: string): ObjectStore;
}

/** commits fetched below a commit ref's branch when looking for it (its whole history, in practice) */
const deepen = 1_000_000;

export function createSnapshotResolver(options: SnapshotResolverOptions): SnapshotResolver {
  const log = options.logger.child({ component: 'snapshots' });
  const stores = new Map<
    string,
    { store: ObjectStore; ready: Promise<void>; queue: Promise<unknown> }
  >();

  function repo(url: string) {
    const parsed = new URL(url);
    const slug = cacheSlug(parsed);
    let entry = stores.get(slug);
    if (!entry) {
      const store = objectStore(path.join(options.stateDir, 'projects', slug));
      const ready = prepareStore(store, displayUrl(parsed));
      ready.catch(() => stores.delete(slug));
      entry = { store, ready, queue: Promise.resolve() };
      stores.set(slug, entry);
    }
    return entry;
  }

  /** One fetch at a time per cache: each writes its refs and shallow list. */
  function serially<T>(url: string, fn: () => Promise<T>): Promise<T> {
    const entry = repo(url);
    const run = entry.queue.then(fn, fn);
    entry.queue = run.catch(() => undefined);
    return run;
  }

  async function resolveGroup(owner: string, url: string, refs: readonly string[]) {
    const results = new Map<string, SnapshotResult>();
    const failAll = (problem: string) => {
      for (const ref of refs) results.set(ref, { problem });
    };
    let remote: Remote;
    let serverRefs: ServerRef[];
    try {
      const { store, ready } = repo(url);
      await ready;
      const credentials = await options.credentials(owner);
      remote = createRemote({
        url,
        address: displayUrl(new URL(url)),
        store,
        auth: () => Promise.resolve(credentials),
        timeoutMs: options.requestTimeoutMs ?? 60_000,
      });
      serverRefs = await remote.list();
    } catch (error) {
      failAll(
        error instanceof RemoteAccessError
          ? cannotRead(owner, url, error)
          : `${owner} cannot resolve ${url}: ${errorMessage(error)}`,
      );
      return results;
    }
    for (const ref of refs) {
      try {
        results.set(ref, await resolveRef(url, ref, remote, serverRefs));
      } catch (error) {
        log.warn(
          { url: displayUrl(new URL(url)), ref, err: errorMessage(error) },
          'snapshot fetch failed',
        );
        results.set(ref, { problem: `cannot fetch ${ref} of ${url}: ${errorMessage(error)}` });
      }
    }
    return results;
  }

  async function resolveRef(
    url: string,
    ref: string,
    remote: Remote,
    serverRefs: readonly ServerRef[],
  ): Promise<SnapshotResult> {
    const { store } = repo(url);
    const held = async (sha: string) => (await findCommit(store, sha)) !== undefined;
    if (isSha(ref)) {
      if (await held(ref)) return { commit: ref };
      // A commit has no ref of its own: fetch the branches and tags (with history) until it is there.
      for (const candidate of [...serverRefs].sort((a, b) => a.ref.localeCompare(b.ref))) {
        await serially(url, () => remote.fetch({ ref: candidate.ref, depth: deepen }));
        if (await held(ref)) return { commit: ref };
      }
      return {
        problem: `commit ${ref} is on no branch or tag of ${url}; push it, or give a ref that exists`,
      };
    }
    const found = findServerRef(serverRefs, ref);
    if (!found) {
      return {
        problem: `${url} has no branch or tag ${ref}; push it, or set ref to a branch, tag or full commit id`,
      };
    }
    const commit = found.peeled ?? found.oid;
    if (await held(commit)) return { commit };
    const started = Date.now();
    await serially(url, () => remote.fetch({ ref: found.ref, depth: 1 }));
    if (!(await held(commit)))
      return {
        problem: `${url} did not send commit ${commit} of ${ref}; berth tries again at the next reconcile`,
      };
    log.info(
      { url: displayUrl(new URL(url)), ref, commit, ms: Date.now() - started },
      'snapshot fetched',
    );
    return { commit };
  }

  return {
    storeOf: (url) => repo(url).store,
    async resolve(requests) {
      const groups = new Map<string, { owner: string; url: string; refs: Set<string> }>();
      for (const r of requests) {
        const key = `${r.owner}\n${r.url}`;
        const group = groups.get(key) ?? { owner: r.owner, url: r.url, refs: new Set<string>() };
        group.refs.add(r.ref);
        groups.set(key, group);
      }
      const answers = new Map<string, SnapshotResult>();
      await Promise.all(
        [...groups.values()].map(async ({ owner, url, refs }) => {
          const results = await resolveGroup(owner, url, [...refs]);
          for (const [ref, result] of results) answers.set(requestKey({ owner, url, ref }), result);
        }),
      );
      return { get: (request) => answers.get(requestKey(request)) };
    },
  };
}

/** A full ref name as it is, else a tag, else a branch (git's order for a short name). */
function findServerRef(refs: readonly ServerRef[], ref: string): ServerRef | undefined {
  const names = ref.startsWith('refs/') ? [ref] : [`refs/tags/${ref}`, `refs/heads/${ref}`];
  for (const name of names) {
    const found = refs.find((r) => r.ref === name);
    if (found) return found;
  }
  return undefined;
}

/** SPEC §3: the owner, the address and the fix. */
export function cannotRead(owner: string, url: string, error: RemoteAccessError): string {
  const set = `\`berth secrets set ${owner} GIT_TOKEN\``;
  return error.withToken
    ? `${owner} cannot read ${url}: the repository refused ${owner}'s GIT_TOKEN (HTTP ${error.status}); replace it with a token that can read it (${set})`
    : noToken(owner, url);
}

function requestKey(r: SnapshotRequest): string {
  return `${r.owner}\n${r.url}\n${r.ref}`;
}
