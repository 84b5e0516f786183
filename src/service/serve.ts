// The running service: a source of revisions feeding the reconcile loop, the gateway's routes
// following each applied revision, and the HTTP server. Sources plug in through one intake.
import type { Logger } from '../log.js';
import type { Revision } from '../resources/load.js';
import { startServer } from '../server/http.js';
import type { StopReport } from '../reconcile/loop.js';
import { systemClock } from '../clock.js';
import { NotFoundError, errorMessage } from '../errors.js';
import { createJobControl } from './jobs.js';
import { buildCore, type Core, type CoreOptions } from './core.js';
import type { GitOps, GitSourceSettings } from './gitops.js';
import { createMetrics, handleMetrics } from '../server/metrics.js';
import { countJobRuns } from './job-metrics.js';
import { createIntake } from './intake.js';
import { createSecretStore } from '../secrets/store.js';
import { watchSecrets } from '../secrets/watch.js';
import { openTokenStore } from '../gateway/tokens.js';

export interface ServiceOptions extends CoreOptions {
  /** host:port of the HTTP server */
  listen: string;
  apiToken?: string | undefined;
  /** base of links to berth's pages (default: http://<listen address>) */
  publicUrl?: string | undefined;
  /** the state folder: gateway tokens live in `<stateDir>/gateway` (without it, only public deployments are reachable) */
  stateDir?: string | undefined;
  /** deployments get their own origin at `<name>.<gatewayHost>` */
  gatewayHost?: string | undefined;
  /** a folder source: calls `intake` with every revision and returns how to stop it */
  source?: (
    intake: (revision: SourceRevision) => void,
    logger: Logger,
  ) => Promise<() => Promise<void>>;
  /** the Git source (instead of `source`) */
  git?: GitSourceSettings;
  /** apply a folder revision that removes every resource (the Git source has its own setting) */
  allowEmpty?: boolean;
  /** the secret store's folder: read for every revision, watched for rotated values */
  secretsDir?: string | undefined;
}

/** A revision as a source hands it in: valid, or with problems (then nothing is applied). */
export interface SourceRevision extends Pick<Revision, 'resources' | 'problems'> {
  id: string;
}

export interface RunningService {
  url: string;
  core: Core;
  /** the Git source, when it is one */
  gitops: GitOps | undefined;
  stop(): Promise<void>;
  /** stops taking revisions, then the loop (waiting at most `graceMs`), then the HTTP server */
  shutdown(options?: { graceMs?: number }): Promise<StopReport>;
}

export async function startService(options: ServiceOptions): Promise<RunningService> {
  const { logger } = options;
  const tokens = options.stateDir ? openTokenStore(options.stateDir) : undefined;
  const secrets = options.secretsDir
    ? createSecretStore({ dir: options.secretsDir, logger })
    : options.secrets;
  const core = buildCore({ ...options, tokens, secrets });
  const { reconciler, endpoints } = core;
  const clock = options.clock ?? systemClock;
  const metrics = createMetrics({ resourcesByState: () => countByState(reconciler.status.all()) });
  const stopCounting = countJobRuns(reconciler.status, (result) => {
    metrics.jobRuns.inc({ result });
  });
  let reconciled = false;
  const intake = createIntake({
    secrets: core.secrets,
    reconciler,
    routes: (resources) => {
      endpoints.syncRoutes(resources);
    },
    clock,
    logger,
    onPass: (seconds) => {
      reconciled = true;
      metrics.reconcileDuration.observe(seconds);
    },
  });
  const control = createJobControl({
    engine: core.engine,
    instance: options.instance,
    now: () => (options.clock ?? systemClock).now(),
    record: (key, message) => {
      reconciler.status.record(key, message);
    },
    images: core.images,
  });
  let gitops: GitOps | undefined;
  const server = await startServer({
    publicUrl: options.publicUrl,
    gateway: {
      tokens,
      host: options.gatewayHost,
      secureCookies: options.publicUrl?.startsWith('https:') ?? false,
    },
    status: reconciler.status,
    endpoints,
    logger,
    listen: options.listen,
    apiToken: options.apiToken,
    ready: () => reconciled,
    metrics: { handle: (req, res) => void handleMetrics(metrics, req, res) },
    dashboard: {
      status: reconciler.status,
      resources: () => intake.latest()?.resources ?? [],
      commit: (sha) => gitops?.api.reports.get(sha),
      async logs(job, run, step) {
        const unit = await control.findUnit(job, { run, ...(step ? { step } : {}) });
        let output = '';
        await core.engine.logs(
          unit.id,
          { follow: false, signal: new AbortController().signal },
          (text) => {
            output += text;
          },
        );
        return output;
      },
    },
    // The Git source is built once the server knows its address (the base of status links).
    get gitops() {
      return gitops?.api;
    },
    get webhooks() {
      return gitops?.webhooks;
    },
    jobs: {
      async start(name, params) {
        const latest = intake.latest();
        if (!latest) throw new NotFoundError('no revision has been applied yet');
        const runs = await control.startRun(
          latest.resources,
          name,
          latest.id,
          params,
          latest.secrets,
        );
        // The loop takes the new runs over: retries, deadline, history.
        reconciler.trigger().catch((error: unknown) => {
          logger.error({ err: errorMessage(error) }, 'reconcile failed');
        });
        return runs;
      },
      async logs(name, select, follow, write, signal) {
        const unit = await control.findUnit(name, select);
        await core.engine.logs(unit.id, { follow, signal }, write);
      },
    },
  });
  reconciler.start();
  // A rotated secret rolls exactly the resources that use it (SPEC §3).
  const stopWatchingSecrets = options.secretsDir
    ? await watchSecrets({
        dir: options.secretsDir,
        logger,
        clock,
        ...(options.resyncMs === undefined ? {} : { intervalMs: options.resyncMs }),
        onChange: () => {
          intake.refresh().catch((error: unknown) => {
            logger.error({ err: errorMessage(error) }, 'applying rotated secrets failed');
          });
        },
      })
    : undefined;

  const fromFolder = async (revision: SourceRevision) => {
    if (revision.problems.length > 0) {
      intake.reject(revision.id, revision.problems);
      return;
    }
    const resources = revision.resources.map((r) => r.resource);
    await intake.offer({ id: revision.id, resources }, options.allowEmpty ?? false);
  };
  let stopSource: () => Promise<void> = () => Promise.resolve();
  if (options.git) {
    // The Git source and the GitHub client load only for a repository (a folder never needs them).
    const { createGitOps } = await import('./gitops.js');
    gitops = createGitOps(options.git, {
      reconciler,
      intake,
      instance: options.instance,
      publicUrl: options.publicUrl ?? server.url,
      clock,
      logger,
      metrics,
      sizes: options.sizes,
    });
    const started = gitops;
    await started.start();
    reconciled = true;
    stopSource = () => started.stop();
  } else if (options.source) {
    // One revision at a time, in the order the source saw them.
    let intaking = Promise.resolve();
    stopSource = await options.source((revision) => {
      intaking = intaking
        .then(() => fromFolder(revision))
        .catch((error: unknown) => {
          logger.error({ err: errorMessage(error) }, 'revision intake failed');
        });
    }, logger);
  }
  const shutdown = async (shutdownOptions?: { graceMs?: number }): Promise<StopReport> => {
    await stopSource();
    await stopWatchingSecrets?.();
    stopCounting();
    const report = await core.shutdown(shutdownOptions);
    await server.close();
    return report;
  };
  return {
    url: server.url,
    core,
    gitops,
    async stop() {
      await shutdown();
    },
    shutdown,
  };
}

function countByState(statuses: readonly { state: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const status of statuses) counts[status.state] = (counts[status.state] ?? 0) + 1;
  return counts;
}
