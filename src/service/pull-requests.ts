// Pull requests (SPEC §2, §6.3): the head commit is validated, authorized against the applied
// revision (the base: nobody can add themselves to a group and use it in the same change) and
// planned against the live engine, the same plan apply would run. Never applied. The result is
// the `berth/plan` status on the head, with the full plan behind its link.
import { errorMessage } from '../errors.js';
import type { GitRepository } from '../git/types.js';
import type { Logger } from '../log.js';
import { authorize, resourceKeyOf } from '../ownership/authorize.js';
import { createKeyedQueue } from '../reconcile/keyed-queue.js';
import type { Reconciler } from '../reconcile/loop.js';
import type { Plan } from '../reconcile/plan.js';
import { planSummary } from '../reconcile/render-plan.js';
import { specChanges } from '../reconcile/spec-diff.js';
import type { Resource } from '../resources/types.generated.js';
import type { AppliedRevision } from './applied-state.js';
import type { CommitReports } from './commit-reports.js';
import { readCommit } from './read-commit.js';
import type { Told } from './status-text.js';
import type { RevisionLoad } from '../resources/load.js';

export interface PullRequestEvent {
  number: number;
  headSha: string;
  /** the pull request's author: the actor of its changes */
  author: string;
  delivery?: string;
}

export interface PlannedPullRequest {
  number: number;
  sha: string;
  author: string;
  plan: Plan;
}

export interface PullRequestPlannerOptions {
  repository: GitRepository;
  resourcePath: string;
  reconciler: Reconciler;
  reports: CommitReports;
  /** the status context prefix; the plan's context is `<prefix>/plan` */
  context: string;
  publicUrl: string;
  admins: readonly string[];
  allowEmpty: boolean;
  applied: () => AppliedRevision | undefined;
  /** how the resource folder is read: the compiled schemas and the size table */
  load: RevisionLoad;
  logger: Logger;
  /** plans kept for their links (default 100) */
  keep?: number;
}

export interface PullRequestPlanner {
  /** plans the pull request's head (queued per pull request; a newer head replaces an older) */
  plan(event: PullRequestEvent): Promise<void>;
  /** a planned head commit, for the plan's page */
  get(sha: string): PlannedPullRequest | undefined;
  idle(): Promise<void>;
}

export function createPullRequestPlanner(options: PullRequestPlannerOptions): PullRequestPlanner {
  const log = options.logger.child({ component: 'pull-requests' });
  const planned = new Map<string, PlannedPullRequest>();
  const newest = new Map<number, PullRequestEvent>();
  const context = `${options.context}/plan`;
  const planUrl = (sha: string) => `${options.publicUrl}/plans/${sha}`;
  const queue = createKeyedQueue(2, async (key) => {
    const event = newest.get(Number(key));
    if (event) await planOne(event);
  });

  async function planOne(event: PullRequestEvent): Promise<void> {
    const { headSha: sha, author } = event;
    const prLog = log.child({ pullRequest: event.number, commit: sha, delivery: event.delivery });
    const post = (told: Told) => {
      options.reports.post({ sha, context, ...told, targetUrl: planUrl(sha) });
    };
    post({ state: 'pending', description: 'planning' });
    try {
      const fetched = await options.repository.fetchRef(`refs/pull/${event.number}/head`);
      const commit = (await options.repository.hasCommit(sha)) ? sha : fetched;
      const read = await readCommit({
        repository: options.repository,
        commit,
        resourcePath: options.resourcePath,
        load: options.load,
        allowEmpty: options.allowEmpty,
      });
      if (!read.resources) {
        post({ state: 'failure', description: read.refusal ?? 'cannot be applied' });
        return;
      }
      const applied = options.applied();
      const decision = authorize({
        applied: applied?.resources,
        proposed: read.resources,
        actorsOf: () => [author],
        admins: options.admins,
      });
      const [first] = decision.refused;
      if (first) {
        const more =
          decision.refused.length > 1 ? ` (and ${decision.refused.length - 1} more)` : '';
        post({ state: 'failure', description: `${first.message}${more}` });
        prLog.info({ refused: decision.refused.length }, 'pull request refused');
        return;
      }
      const plan = withChanges(
        await options.reconciler.planFor({ id: commit, resources: read.resources }),
        applied?.resources ?? [],
        read.resources,
      );
      planned.set(sha, { number: event.number, sha, author, plan });
      for (const old of planned.keys()) {
        if (planned.size <= (options.keep ?? 100)) break;
        planned.delete(old);
      }
      const error = plan.actions.find((a) => a.type === 'error');
      post(
        error
          ? { state: 'failure', description: `${error.key}: ${error.reason}` }
          : { state: 'success', description: `plan: ${planSummary(plan)}` },
      );
      prLog.info({ summary: plan.summary }, 'pull request planned');
    } catch (error) {
      prLog.warn({ err: errorMessage(error) }, 'pull request plan failed');
      post({
        state: 'error',
        description: `berth could not plan this commit: ${errorMessage(error)}`,
      });
    }
  }

  return {
    plan(event) {
      newest.set(event.number, event);
      return queue.schedule(String(event.number));
    },
    get: (sha) => planned.get(sha),
    idle: () => queue.idle(),
  };
}

/** Each update lists the fields it changes against the applied spec. */
export function withChanges(
  plan: Plan,
  applied: readonly Resource[],
  proposed: readonly Resource[],
): Plan {
  const before = new Map(applied.map((r) => [resourceKeyOf(r), r]));
  const after = new Map(proposed.map((r) => [resourceKeyOf(r), r]));
  const actions = plan.actions.map((action) => {
    const old = before.get(action.key);
    const next = after.get(action.key);
    if (!old || !next || (action.type !== 'update' && action.type !== 'scale')) return action;
    return { ...action, changes: specChanges(old, next) };
  });
  return { ...plan, actions };
}
