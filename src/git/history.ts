// The commits a push brought: the first-parent chain from the new head back to the commit handled
// before, read from the local cache only. When that commit is not behind the head (a force push)
// or not known, the head stands alone and the range says so.
import { findCommit, readCommit, type CommitObject, type ObjectStore } from './store.js';
import type { CommitInfo, CommitRange } from './types.js';

/** commits an ancestry question may visit before the answer is "unknown" */
const maxWalk = 10_000;

export async function commitsBetween(
  store: ObjectStore,
  from: string | undefined,
  to: string,
  max: number,
): Promise<CommitRange> {
  const head = await readCommit(store, to);
  const chain: CommitInfo[] = [];
  let next: CommitObject | undefined = head;
  let end: 'from' | 'root' | 'max' | 'not-cached' = 'root';
  while (next) {
    if (next.sha === from) {
      end = 'from';
      break;
    }
    if (chain.length === max) {
      end = 'max';
      break;
    }
    const info = toInfo(next);
    chain.push(info);
    if (!info.parent) break;
    next = await findCommit(store, info.parent);
    if (!next) end = 'not-cached';
  }
  const commits = chain.reverse();
  if (end === 'from' || (from === undefined && end === 'root'))
    return { commits, rewritten: false };
  if (from === undefined) return { commits, rewritten: false, gap: 'truncated' };
  const relation = await ancestry(store, from, to);
  if (relation === 'ancestor') return { commits, rewritten: false, gap: 'truncated' };
  return {
    commits: [toInfo(head)],
    rewritten: true,
    gap: relation === 'unrelated' ? 'not-ancestor' : 'unknown',
  };
}

function toInfo(commit: CommitObject): CommitInfo {
  const [parent] = commit.parents;
  return {
    sha: commit.sha,
    ...(parent ? { parent } : {}),
    message: commit.message.trimEnd(),
    authorName: commit.author.name,
    authorEmail: commit.author.email,
    time: commit.author.timestamp * 1000,
  };
}

/**
 * Whether `from` is in the history of `to`, over every parent, as far as the cache holds it.
 * `unrelated` when the cached history of `to` was walked to its end without meeting `from`, or
 * when it meets the history of `from` (their common past) instead; `unknown` otherwise.
 */
async function ancestry(
  store: ObjectStore,
  from: string,
  to: string,
): Promise<'ancestor' | 'unrelated' | 'unknown'> {
  if (!(await findCommit(store, from))) return 'unknown';
  const seen = await walk(store, to);
  if (seen.commits.has(from)) return 'ancestor';
  if (seen.complete) return 'unrelated';
  const before = await walk(store, from);
  for (const sha of before.commits) if (seen.commits.has(sha)) return 'unrelated';
  return 'unknown';
}

async function walk(
  store: ObjectStore,
  start: string,
): Promise<{ commits: Set<string>; complete: boolean }> {
  const commits = new Set<string>();
  const pending = [start];
  let complete = true;
  for (let sha = pending.pop(); sha !== undefined; sha = pending.pop()) {
    if (commits.has(sha)) continue;
    if (commits.size >= maxWalk) return { commits, complete: false };
    const commit = await findCommit(store, sha);
    if (!commit) {
      complete = false;
      continue;
    }
    commits.add(sha);
    pending.push(...commit.parents);
  }
  return { commits, complete };
}
