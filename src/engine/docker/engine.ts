// The workload-level engine on one Docker Engine. A Deployment's replicas are containers that
// berth rolls itself (start-first, readiness, restart back-off); what is ready goes to the
// gateway through its EndpointSink. The reconcile loop sees only the Engine interface.
import type Docker from 'dockerode';
import { systemClock, type Clock } from '../../clock.js';
import type { Logger } from '../../log.js';
import { identityOf, labelKeys } from '../labels.js';
import type { Engine, EndpointSink, Observation, ObservedWorkload } from '../types.js';
import type { ContainerApi } from './container-api.js';
import { createDockerContainers } from './containers.js';
import { loadDockerode } from './dockerode.js';
import { createDriftHandler } from './drift.js';
import { createRestartTracker } from './restarts.js';
import { retireUnit, rollOut, type RolloutContext } from './rollout.js';

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
  const retiring = new Set<string>();
  const unready = new Set<string>();
  let drift: ReturnType<typeof createDriftHandler> | undefined;

  const ctx: RolloutContext = {
    containers,
    endpoints,
    clock,
    log,
    restarts,
    retiring,
    unready,
    restartPending: (id) => drift?.restartPending(id) ?? false,
    cancelRestart: (id) => drift?.cancelRestart(id),
    drainTimeoutMs: options.drainTimeoutMs ?? 30_000,
    stopTimeoutSeconds: options.stopTimeoutSeconds ?? 10,
    instance: options.instance,
  };

  return {
    containers,

    async observe(instance, key) {
      const only = key ? identityOfKey(key) : undefined;
      const [listed, capacity] = await Promise.all([
        containers.listManaged(instance, only),
        containers.capacity(),
      ]);
      // Containers that are gone need no marks, even when their destroy event was missed.
      if (!key) {
        const present = new Set(listed.map((c) => c.id));
        for (const marks of [retiring, unready]) {
          for (const id of marks) if (!present.has(id)) marks.delete(id);
        }
      }
      const workloads = new Map<string, ObservedWorkload>();
      for (const c of listed) {
        const identity = identityOf(c.labels);
        if (!identity) continue;
        const workload = workloads.get(identity.key) ?? {
          key: identity.key,
          kind: identity.kind,
          name: identity.name,
          owner: c.labels[labelKeys.owner],
          units: [],
        };
        workload.units.push({
          id: c.id,
          name: c.name,
          labels: c.labels,
          specHash: identity.specHash,
          // What berth is retiring itself is on its way out, whatever the listing says.
          status: retiring.has(c.id) ? 'removing' : c.status,
          createdAt: c.createdAt,
          address: c.address,
          ready: endpoints.has(c.id),
        });
        workloads.set(identity.key, workload);
      }
      const observation: Observation = { workloads, capacity };
      return observation;
    },

    applyDeployment: (workload, observed, hooks) =>
      rollOut(workload, observed?.units ?? [], ctx, hooks),

    async removeWorkload(observed, hooks) {
      for (const unit of observed.units) {
        if (unit.status === 'removing') continue;
        await retireUnit(unit, ctx, hooks);
      }
    },

    watch(instance, handlers) {
      drift = createDriftHandler({
        containers,
        clock,
        log,
        endpoints,
        restarts,
        retiring,
        unready,
        emit: handlers.onEvent,
      });
      const stopWatching = containers.watch(instance, {
        onEvent: drift.onEvent,
        onError: handlers.onError,
        onConnect: handlers.onConnect,
      });
      return () => {
        stopWatching();
        drift?.stop();
      };
    },

    close() {
      drift?.stop();
    },
  };
}

function identityOfKey(key: string): { kind: string; name: string } {
  const [kind = '', name = ''] = key.split('/');
  return { kind, name };
}

/** dockerode's connection options for a DOCKER_HOST value (unix://, tcp://, http://). */
function dockerConnection(dockerHost: string | undefined): Docker.DockerOptions {
  if (!dockerHost) return { socketPath: '/var/run/docker.sock' };
  if (dockerHost.startsWith('unix://')) return { socketPath: dockerHost.slice('unix://'.length) };
  const url = new URL(dockerHost.replace(/^tcp:/, 'http:'));
  return { host: url.hostname, port: Number(url.port || 2375), protocol: 'http' };
}
