// The running service: a source of revisions feeding the reconcile loop, the gateway's routes
// following each applied revision, and the HTTP server. Sources plug in through one intake.
import type { Logger } from '../log.js';
import type { Revision } from '../resources/load.js';
import { startServer } from '../server/http.js';
import { systemClock } from '../clock.js';
import { NotFoundError, errorMessage } from '../errors.js';
import type { Resource } from '../resources/types.generated.js';
import { createJobControl } from './jobs.js';
import { buildCore, type Core, type CoreOptions } from './core.js';

export interface ServiceOptions extends CoreOptions {
  /** host:port of the HTTP server */
  listen: string;
  apiToken?: string | undefined;
  /** starts the source; it calls `intake` with every revision and returns how to stop it */
  source: (
    intake: (revision: SourceRevision) => void,
    logger: Logger,
  ) => Promise<() => Promise<void>>;
}

/** A revision as a source hands it in: valid, or with problems (then nothing is applied). */
export interface SourceRevision extends Pick<Revision, 'resources' | 'problems'> {
  id: string;
}

export interface RunningService {
  url: string;
  core: Core;
  stop(): Promise<void>;
}

export async function startService(options: ServiceOptions): Promise<RunningService> {
  const { logger } = options;
  const core = buildCore(options);
  const { reconciler, endpoints } = core;
  let reconciled = false;
  /** the newest valid revision, for runs started through the API */
  let latest: { id: string; resources: Resource[] } | undefined;
  const control = createJobControl({
    engine: core.engine,
    instance: options.instance,
    now: () => (options.clock ?? systemClock).now(),
    record: (key, message) => {
      reconciler.status.record(key, message);
    },
  });
  const server = await startServer({
    status: reconciler.status,
    endpoints,
    logger,
    listen: options.listen,
    apiToken: options.apiToken,
    ready: () => reconciled,
    jobs: {
      async start(name, params) {
        if (!latest) throw new NotFoundError('no revision has been applied yet');
        const runs = await control.startRun(latest.resources, name, latest.id, params);
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

  const intake = (revision: SourceRevision) => {
    if (revision.problems.length > 0) {
      reconciler.status.setRevision({
        id: revision.id,
        state: 'Rejected',
        problems: revision.problems,
      });
      logger.warn(
        { revision: revision.id, problems: revision.problems },
        'revision rejected: nothing applied',
      );
      return;
    }
    const resources = revision.resources.map((r) => r.resource);
    latest = { id: revision.id, resources };
    reconciler.setRevision({ id: revision.id, resources });
    // `public` restarts nothing, so the gateway follows the revision rather than a converge.
    endpoints.syncRoutes(resources);
    reconciler
      .trigger()
      .then(() => {
        reconciled = true;
      })
      .catch((error: unknown) => {
        logger.error({ err: errorMessage(error) }, 'reconcile failed');
      });
  };
  const stopSource = await options.source(intake, logger);
  return {
    url: server.url,
    core,
    async stop() {
      await stopSource();
      await core.close();
      await server.close();
    },
  };
}
