// The GitOps loop (SPEC §2, §4.1, §5, §6.3): fetch the branch, read the resource folder of its
// head, refuse what is unsafe or unauthorized, hand the rest to the reconcile loop, and tell every
// commit since the last one handled how its changes ended. Syncs asked for while one runs (a burst
// of pushes, a poll) coalesce into one follow-up of the newest head.
import type { Clock } from '../clock.js';
import { errorMessage } from '../errors.js';
import type { GitRepository } from '../git/types.js';
import type { CommitState } from '../github/types.js';
import type { Logger } from '../log.js';
import { authorize, changedKeys, type Refusal } from '../ownership/authorize.js';
import { createKeyedQueue } from '../reconcile/keyed-queue.js';
import type { Reconciler } from '../reconcile/loop.js';
import type { ActorBook } from './actors.js';
import type { AppliedRevision, AppliedStore } from './applied-state.js';
import type { CommitReports } from './commit-reports.js';
import { readCommit } from './read-commit.js';
import type { Intake } from './intake.js';
import type { Problem } from '../resources/problem.js';
import { resourceContext, tellResource, type Told } from './status-text.js';
import { createSettleWatch } from './settle-watch.js';
import type { RevisionLoad } from '../resources/load.js';

export interface GitSyncOptions {
  repository: GitRepository;
  /** the resource folder inside the repository */
  resourcePath: string;
  reconciler: Reconciler;
  /** where revisions go, as from any source */
  intake: Intake;
  reports: CommitReports;
  /** the status context prefix (`berth`) */
  context: string;
  publicUrl: string;
  admins: readonly string[];
  /** check who may change what (when webhooks say who pushed) */
  ownership: boolean;
  allowEmpty: boolean;
  applied: AppliedStore;
  actors: ActorBook;
  /** how the resource folder is read: the compiled schemas and the size table */
  load: RevisionLoad;
  clock: Clock;
  logger: Logger;
  /** fetch this often when no webhook came (ms) */
  pollIntervalMs: number;
}

export interface GitSync {
  /** reads the last applied revision, syncs once and starts polling */
  start(): Promise<void>;
  /** fetches and applies the branch head; resolves when that pass (and any it coalesced) ended */
  sync(reason: string): Promise<void>;
  /** the revision applied last */
  applied(): AppliedRevision | undefined;
  /** the newest commit handled (applied or refused) */
  head(): string | undefined;
  stop(): Promise<void>;
}

/** Commits told of per sync: a longer gap gets statuses on its newest commits only. */
const maxCommitsPerSync = 50;

export function createGitSync(options: GitSyncOptions): GitSync {
  const { repository, reconciler, reports, context, clock } = options;
  const log = options.logger.child({ component: 'source.git' });
  const watch = createSettleWatch(reconciler.status);
  let applied: AppliedRevision | undefined;
  let lastSeen: string | undefined;
  let stopped = false;
  let cancelPoll: (() => void) | undefined;
  /** why syncs were asked for since the last one started (`push <delivery>`, `poll`, `api`) */
  const asked: string[] = [];
  const queue = createKeyedQueue(1, () => syncOnce(asked.splice(0)));
  const aggregateUrl = (sha: string) => `${options.publicUrl}/commits/${sha}`;
  const resourceUrl = (key: string) => `${options.publicUrl}/resources/${key}`;
  const post = (sha: string, ctx: string, told: Told, targetUrl: string) => {
    reports.post({ sha, context: ctx, ...told, targetUrl });
  };

  async function syncOnce(reasons: string[]): Promise<void> {
    if (stopped) return;
    const head = await repository.fetchBranch();
    if (head === lastSeen) return;
    const commitLog = log.child({ commit: head, asked: reasons });
    // Every commit since the applied one counts for ownership (a refused or invalid commit's
    // changes are still its author's); only commits not handled before are told of.
    const range = await repository.commitsBetween(applied?.commit, head, maxCommitsPerSync);
    const read = await readCommit({
      repository,
      commit: head,
      resourcePath: options.resourcePath,
      load: options.load,
      allowEmpty: options.allowEmpty,
    });
    // Which resources each commit changed: its own diff; after a force push (or before anything
    // was applied) the head alone, with every resource that differs from what is applied.
    const rewritten = !applied || range.rewritten;
    const changedBy = new Map<string, string[]>();
    if (rewritten) changedBy.set(head, changedKeys(applied?.resources ?? [], read.resources ?? []));
    else {
      for (const commit of range.commits) {
        const changed = await repository.changedResources(
          commit.sha,
          commit.parent,
          options.resourcePath,
        );
        changedBy.set(commit.sha, changed.keys);
      }
    }
    const handled = [...changedBy.keys()].indexOf(lastSeen ?? '');
    const told = new Map([...changedBy].slice(handled + 1));
    for (const [sha, keys] of told) {
      post(sha, context, { state: 'pending', description: 'applying' }, aggregateUrl(sha));
      for (const key of keys) {
        const pending: Told = { state: 'pending', description: 'applying' };
        post(sha, resourceContext(context, key), pending, resourceUrl(key));
      }
    }
    const refuse = (refusal: string) => {
      commitLog.warn({ reason: refusal }, 'revision not applied');
      lastSeen = head;
      for (const [sha, keys] of told) {
        for (const key of keys) {
          const failed: Told = { state: 'failure', description: `not applied: ${refusal}` };
          post(sha, resourceContext(context, key), failed, resourceUrl(key));
        }
        post(sha, context, { state: 'failure', description: refusal }, aggregateUrl(sha));
      }
    };
    if (!read.resources) {
      const refusal = read.refusal ?? 'cannot be applied';
      options.intake.reject(
        head,
        read.problems.length > 0 ? read.problems : [pathProblem(refusal)],
      );
      refuse(refusal);
      return;
    }
    const proposed = read.resources;
    // Beyond the commits listed, berth cannot say who changed a resource: nobody may then.
    const actorsOf = await actorsByKey(changedBy, range.gap === 'truncated' ? undefined : head);
    const decision = authorize({
      applied: options.ownership ? applied?.resources : undefined,
      proposed,
      actorsOf,
      admins: options.admins,
    });
    for (const refused of decision.refused)
      commitLog.warn(
        { resource: refused.key, actor: refused.actor, reason: refused.message },
        'change refused',
      );
    const offered = await options.intake.offer(
      { id: head, resources: decision.effective },
      options.allowEmpty,
    );
    if (offered.refusal !== undefined) {
      refuse(offered.refusal);
      return;
    }
    await offered.done;
    lastSeen = head;
    applied = { commit: head, resources: decision.effective };
    await options.applied.write(applied);
    commitLog.info({ commits: told.size, refused: decision.refused.length }, 'revision applied');
    watch.supersede(head, new Set(decision.changed));
    const refused = new Map(decision.refused.map((r) => [r.key, r]));
    // A refusal of a change made by a commit told of before (one that was invalid) goes on the head.
    const toldKeys = new Set([...told.values()].flat());
    const untold = [...refused.keys()].filter((key) => !toldKeys.has(key));
    if (untold.length > 0) told.set(head, [...(told.get(head) ?? []), ...untold]);
    for (const [sha, keys] of told) {
      finishCommit(sha, keys, refused, head).catch((error: unknown) => {
        commitLog.error({ err: errorMessage(error) }, 'commit status failed');
      });
    }
  }

  /** Who changed each resource: the actors of the commits that touched it, else of `fallback`. */
  async function actorsByKey(
    changedBy: Map<string, string[]>,
    fallback: string | undefined,
  ): Promise<(key: string) => (string | undefined)[]> {
    const actors = new Map<string, (string | undefined)[]>();
    for (const [sha, keys] of changedBy) {
      if (keys.length === 0) continue;
      const actor = await options.actors.actorOf(sha);
      for (const key of keys) actors.set(key, [...(actors.get(key) ?? []), actor]);
    }
    const otherwise = fallback === undefined ? undefined : await options.actors.actorOf(fallback);
    return (key) => actors.get(key) ?? [otherwise];
  }

  /** Posts each changed resource's outcome once it settles, then the commit's aggregate. */
  async function finishCommit(
    sha: string,
    keys: readonly string[],
    refused: Map<string, Refusal>,
    head: string,
  ): Promise<void> {
    const told = await Promise.all(
      keys.map(async (key) => {
        const refusal = refused.get(key);
        const result: Told = refusal
          ? { state: 'failure', description: refusal.message }
          : await watch.settled(key, head).then((settled) =>
              settled === 'superseded'
                ? {
                    state: 'error' as CommitState,
                    description: 'superseded by a newer commit before it settled',
                  }
                : tellResource(settled),
            );
        post(sha, resourceContext(context, key), result, resourceUrl(key));
        return { key, ...result };
      }),
    );
    const failed = told.filter((t) => t.state !== 'success');
    const via = sha === head ? '' : ` with ${head.slice(0, 7)}`;
    const aggregate: Told =
      failed.length > 0
        ? {
            state: 'failure',
            description: `${failed.length} of ${keys.length} failed: ${failed[0]?.key ?? ''}: ${failed[0]?.description ?? ''}`,
          }
        : {
            state: 'success',
            description:
              keys.length === 0
                ? `applied${via}; this commit changed no resource`
                : `applied${via}: ${keys.length} resource${keys.length === 1 ? '' : 's'} changed, all settled`,
          };
    post(sha, context, aggregate, aggregateUrl(sha));
  }

  function poll(): void {
    cancelPoll = clock.setTimer(options.pollIntervalMs, () => {
      sync('poll')
        .catch(() => undefined)
        .finally(() => {
          if (!stopped) poll();
        });
    });
  }

  function sync(reason: string): Promise<void> {
    asked.push(reason);
    return queue.schedule('branch').catch((error: unknown) => {
      log.error({ reason, err: errorMessage(error) }, 'sync failed');
      throw error;
    });
  }

  return {
    async start() {
      applied = await options.applied.read();
      if (applied) log.info({ commit: applied.commit }, 'last applied revision');
      await sync('start').catch(() => undefined);
      poll();
    },
    sync,
    applied: () => applied,
    head: () => lastSeen,
    async stop() {
      stopped = true;
      cancelPoll?.();
      watch.close();
      await queue.idle();
    },
  };
}

/** A refusal of the whole revision as the status store records problems. */
function pathProblem(message: string): Problem {
  return { file: '.', line: 1, col: 1, path: '', message };
}
