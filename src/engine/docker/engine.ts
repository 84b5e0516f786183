// The workload-level engine on one Docker Engine. A Deployment's replicas are containers that
// berth rolls itself (start-first, readiness, restart back-off); what is ready goes to the
// gateway through its EndpointSink. The reconcile loop sees only the Engine interface. The parts:
// observe.ts (one look), rollout.ts (Deployments), units.ts (job runs), watch.ts and drift.ts
// (events), capacity.ts and listing-cache.ts (reads kept between passes).
import type Docker from 'dockerode';
import { systemClock, type Clock } from '../../clock.js';
import type { Logger } from '../../log.js';
import { labelKeys } from '../labels.js';
import type { Engine, EndpointSink } from '../types.js';
import type { ImageApi } from '../image-api.js';
import type { ContainerApi } from './container-api.js';
import { createCapacityReader } from './capacity.js';
import { createDockerContainers } from './containers.js';
import { dockerConnection, loadDockerode } from './dockerode.js';
import type { DriftHandler } from './drift.js';
import { createDockerImages } from './images.js';
import { createListingCache } from './listing-cache.js';
import { createUnitMarks } from './marks.js';
import { observeInstance } from './observe.js';
import { createRestartTracker } from './restarts.js';
import { retireUnit, rollOut, type RolloutContext } from './rollout.js';
import { createSweeper } from './sweep.js';
import { createUnitOps } from './units.js';
import { watchEngine } from './watch.js';

export interface DockerEngineOptions {
  /** the berth.instance this engine manages (its network is berth-<instance>) */
  instance: string;
  logger: Logger;
  endpoints: EndpointSink;
  /** DOCKER_HOST, or the local socket when unset */
  dockerHost?: string | undefined;
  /** a client to use instead of one for dockerHost (tests count its calls) */
  docker?: Docker;
  clock?: Clock;
  drainTimeoutMs?: number;
  stopTimeoutSeconds?: number;
}

export interface DockerEngine extends Engine {
  /** the container-level client underneath (tests and benchmarks look at containers) */
  containers: ContainerApi;
  /** the images berth builds on this engine (resource images) */
  images: ImageApi;
}

export function createDockerEngine(options: DockerEngineOptions): DockerEngine {
  const docker = options.docker ?? new (loadDockerode())(dockerConnection(options.dockerHost));
  const log = options.logger.child({ component: 'engine.docker' });
  const clock = options.clock ?? systemClock;
  const containers = createDockerContainers({
    docker,
    where: options.dockerHost ?? 'the local socket /var/run/docker.sock',
    network: `berth-${options.instance}`,
    logger: options.logger,
  });
  const { endpoints } = options;
  const restarts = createRestartTracker();
  const marks = createUnitMarks();
  const listing = createListingCache();
  const stopTimeoutSeconds = options.stopTimeoutSeconds ?? 10;
  let drift: DriftHandler | undefined;
  const sweeper = createSweeper(containers, clock, log);

  const ctx: RolloutContext = {
    containers,
    endpoints,
    clock,
    log,
    restarts,
    retiring: marks.retiring,
    unready: marks.unready,
    paused: marks.paused,
    restartPending: (id) => drift?.restartPending(id) ?? false,
    cancelRestart: (id) => drift?.cancelRestart(id),
    drainTimeoutMs: options.drainTimeoutMs ?? 30_000,
    stopTimeoutSeconds,
    instance: options.instance,
    removed: sweeper.changed,
  };
  const units = createUnitOps({
    containers,
    log,
    marks,
    stopTimeoutSeconds,
    touched: sweeper.touched,
  });
  const capacityNow = createCapacityReader(containers, clock, log);

  const engine: DockerEngine = {
    containers,
    images: createDockerImages(docker, options.dockerHost ?? 'the local socket'),

    observe: (instance, key) =>
      observeInstance(
        {
          containers,
          endpoints,
          marks,
          listing,
          capacityNow,
          comingBack: (id) => drift?.comingBack(id) ?? false,
          observing: sweeper.observed,
        },
        instance,
        key,
      ),

    applyDeployment: (workload, observed, hooks) =>
      rollOut(workload, observed?.units ?? [], ctx, hooks),

    async removeWorkload(observed, hooks) {
      for (const unit of observed.units) {
        if (unit.status === 'removing') continue;
        await retireUnit(unit, ctx, hooks);
      }
      // Pipeline runs' workspaces go with their last step.
      const workspaces = observed.units.map((u) => u.labels[labelKeys.workspace]);
      await units.removeVolumes(
        [...new Set(workspaces)].filter((w) => w !== undefined),
        hooks,
      );
    },

    ...units,

    async logs(unitId, logOptions, write) {
      if (!logOptions.follow) {
        write(await containers.logs(unitId, logOptions.tail ?? 10_000));
        return;
      }
      await containers.followLogs(unitId, logOptions.tail, write, logOptions.signal);
    },

    watch(instance, handlers) {
      const watching = watchEngine(
        { containers, clock, log, endpoints, restarts, marks, listing, changed: sweeper.changed },
        instance,
        handlers,
      );
      drift = watching.drift;
      return watching.stop;
    },

    sweep: (instance, sweepOptions) => sweeper.sweep(instance, sweepOptions),

    close() {
      drift?.stop();
    },
  };
  // What changes the engine makes the last listing out of date, however its events come; what
  // removes something may leave something behind for the sweep.
  const { around } = listing;
  const removing = <T>(change: () => Promise<T>): Promise<T> => {
    sweeper.changed();
    return around(change);
  };
  return {
    ...engine,
    applyDeployment: (...a) => around(() => engine.applyDeployment(...a)),
    removeWorkload: (...a) => removing(() => engine.removeWorkload(...a)),
    startUnit: (...a) => around(() => engine.startUnit(...a)),
    recordUnit: (...a) => around(() => engine.recordUnit(...a)),
    stopUnit: (...a) => around(() => engine.stopUnit(...a)),
    removeUnits: (...a) => removing(() => engine.removeUnits(...a)),
    removeVolumes: (...a) => removing(() => engine.removeVolumes(...a)),
  };
}
