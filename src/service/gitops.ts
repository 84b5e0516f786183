// The Git source as a whole (SPEC §5, §6.2, §6.3): the repository, GitHub (statuses, App login),
// webhooks, the sync of the branch and pull request plans, wired from plain settings.
import type { Clock } from '../clock.js';
import { openRepository } from '../git/repository.js';
import { createGitHubClient } from '../github/client.js';
import type { GitHubAuth, GitHubClient } from '../github/types.js';
import type { Logger } from '../log.js';
import type { Reconciler } from '../reconcile/loop.js';
import { createValidator } from '../resources/validate.js';
import type { GitOpsApi } from '../server/gitops-api.js';
import type { Metrics } from '../server/metrics.js';
import { createWebhookReceiver, type WebhookEvent } from '../server/webhooks.js';
import type { RouteHandler } from '../server/http.js';
import { NotFoundError } from '../errors.js';
import { createActorBook } from './actors.js';
import { errorMessage } from '../errors.js';
import { usesRepository } from './project-pushes.js';
import type { Intake } from './intake.js';
import { createAppliedStore } from './applied-state.js';
import { createCommitReports } from './commit-reports.js';
import { createGitSync, type GitSync } from './git-sync.js';
import { planCommit } from './plan-commit.js';
import { createPullRequestPlanner, type PullRequestPlanner } from './pull-requests.js';
import type { SizeTable } from '../resources/spec-checks.js';

export interface GitSourceSettings {
  url: string;
  /** token to fetch the repository (else the GitHub App's, else none) */
  token?: string | undefined;
  branch: string;
  /** the resource folder inside the repository */
  path: string;
  pollIntervalMs: number;
  stateDir: string;
  github?: GitHubSettings | undefined;
  statusContext: string;
  admins: readonly string[];
  allowEmpty: boolean;
}

export interface GitHubSettings {
  /** owner/name */
  repo: string;
  apiUrl: string;
  /** absent: no statuses are posted */
  auth: GitHubAuth | undefined;
  webhookSecrets: readonly string[];
}

export interface GitOpsParts {
  reconciler: Reconciler;
  intake: Intake;
  instance: string;
  publicUrl: string;
  clock: Clock;
  logger: Logger;
  metrics: Metrics;
  /** the size table resources are checked against (default: the built-in one) */
  sizes?: SizeTable | undefined;
}

export interface GitOps {
  api: GitOpsApi;
  /** absent without a webhook secret */
  webhooks: RouteHandler | undefined;
  sync: GitSync;
  pullRequests: PullRequestPlanner;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function createGitOps(settings: GitSourceSettings, parts: GitOpsParts): GitOps {
  const log = parts.logger.child({ component: 'gitops' });
  const github: GitHubClient | undefined =
    settings.github?.auth &&
    createGitHubClient({
      repo: settings.github.repo,
      apiUrl: settings.github.apiUrl,
      auth: settings.github.auth,
      clock: parts.clock,
      logger: parts.logger,
      onPost: (outcome) => {
        parts.metrics.statusPosts.inc({ outcome });
      },
    });
  const repository = openRepository({
    url: settings.url,
    branch: settings.branch,
    stateDir: settings.stateDir,
    logger: parts.logger,
    auth: async () => {
      if (settings.token) return { username: 'x-access-token', password: settings.token };
      if (settings.github?.auth?.type === 'app' && github)
        return { username: 'x-access-token', password: await github.gitToken() };
      return undefined;
    },
  });
  const reports = createCommitReports({
    aggregateContext: settings.statusContext,
    poster: github?.statuses,
  });
  const actors = createActorBook(github ? (sha) => github.commitAuthor(sha) : undefined);
  const ownership = (settings.github?.webhookSecrets.length ?? 0) > 0 || github !== undefined;
  if (!ownership)
    log.warn({}, 'ownership is not checked: neither a webhook nor GitHub tells berth who pushed');
  const load = { validator: createValidator(), ...(parts.sizes ? { sizes: parts.sizes } : {}) };
  const common = {
    repository,
    resourcePath: settings.path,
    reconciler: parts.reconciler,
    reports,
    context: settings.statusContext,
    publicUrl: parts.publicUrl,
    admins: settings.admins,
    allowEmpty: settings.allowEmpty,
    load,
  };
  const sync = createGitSync({
    ...common,
    intake: parts.intake,
    ownership,
    applied: createAppliedStore(settings.stateDir, parts.instance),
    actors,
    clock: parts.clock,
    logger: parts.logger,
    pollIntervalMs: settings.pollIntervalMs,
  });
  const pullRequests = createPullRequestPlanner({
    ...common,
    applied: () => sync.applied(),
    logger: parts.logger,
  });

  const onEvent = (event: WebhookEvent) => {
    const eventLog = log.child({ delivery: event.delivery });
    if (event.type === 'ping') {
      eventLog.info({}, 'webhook ping');
      return;
    }
    if (event.repo.toLowerCase() !== settings.github?.repo.toLowerCase()) {
      // A push to a project repository that resources use: their refs are resolved again now.
      const resources = parts.intake.latest()?.resources ?? [];
      if (event.type === 'push' && usesRepository(resources, event.repo)) {
        eventLog.info({ repo: event.repo, ref: event.ref }, 'push to a project repository');
        parts.reconciler.trigger().catch((error: unknown) => {
          eventLog.error({ err: errorMessage(error) }, 'reconcile after a project push failed');
        });
        return;
      }
      eventLog.debug({ repo: event.repo }, 'webhook of another repository ignored');
      return;
    }
    if (event.type === 'push') {
      if (event.ref !== `refs/heads/${settings.branch}` || event.deleted) return;
      actors.record([...event.commits, event.after], event.sender);
      eventLog.info({ commit: event.after, sender: event.sender }, 'push');
      sync.sync(`push ${event.delivery}`).catch(() => undefined);
      return;
    }
    if (event.baseRef !== settings.branch) return;
    eventLog.info({ pullRequest: event.number, commit: event.headSha }, 'pull request');
    pullRequests
      .plan({
        number: event.number,
        headSha: event.headSha,
        author: event.author,
        delivery: event.delivery,
      })
      .catch(() => undefined);
  };
  const webhooks =
    settings.github && settings.github.webhookSecrets.length > 0
      ? createWebhookReceiver({
          secrets: [...settings.github.webhookSecrets],
          logger: parts.logger,
          onEvent,
          onOutcome: (outcome) => {
            parts.metrics.webhookDeliveries.inc({ outcome });
          },
        })
      : undefined;

  const api: GitOpsApi = {
    async reconcile(commit) {
      await sync.sync('api');
      const head = sync.head();
      if (!head) throw new Error('the branch could not be read; see the log');
      if (!commit || commit === head || reports.get(commit)) return { commit: commit ?? head };
      const match = head.startsWith(commit) ? head : undefined;
      if (match) return { commit: match };
      throw new NotFoundError(
        `commit ${commit} is not the head of ${settings.branch} (${head.slice(0, 7)}) nor one berth applied recently; push it to ${settings.branch} first`,
      );
    },
    reports,
    plan: (sha) => pullRequests.get(sha),
    planCommit: (commit, ref) =>
      planCommit(
        { ...common, branch: settings.branch, applied: () => sync.applied() },
        commit,
        ref,
      ),
  };

  return {
    api,
    webhooks,
    sync,
    pullRequests,
    start: () => sync.start(),
    async stop() {
      await sync.stop();
      await pullRequests.idle();
      await github?.close();
    },
  };
}
