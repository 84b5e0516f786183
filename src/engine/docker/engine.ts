// The workload-level engine on one Docker Engine. A Deployment's replicas are containers that
// berth rolls itself (start-first, readiness, restart back-off); what is ready goes to the
// gateway through its EndpointSink. The reconcile loop sees only the Engine interface.
import { performance } from 'node:perf_hooks';
import type Docker from 'dockerode';
import { systemClock, type Clock } from '../../clock.js';
import type { Logger } from '../../log.js';
import { identityOf, labelKeys } from '../labels.js';
import { NotFoundError, errorMessage } from '../../errors.js';
import { remedyFor } from '../failures.js';
import type {
  ActionHooks,
  Capacity,
  Engine,
  EndpointSink,
  Leftover,
  Observation,
  ObservedUnit,
  ObservedWorkload,
  UnitMark,
  UnitSpec,
} from '../types.js';
import {
  NameTakenError,
  type ContainerApi,
  type ContainerDetails,
  type ManagedContainer,
} from './container-api.js';
import { createDockerContainers } from './containers.js';
import { createDockerImages } from './images.js';
import type { ImageApi } from '../image-api.js';
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
  const retiring = new Set<string>();
  /** units berth is stopping itself (job runs): their kill events are not drift */
  const stoppedByBerth = new Set<string>();
  const unready = new Set<string>();
  let drift: ReturnType<typeof createDriftHandler> | undefined;
  /** job run containers the event stream reported ended before the listing may show it */
  const ended = new Map<string, { exitCode: number | undefined; at: Date }>();
  /** how finished units ended: they never change again, so each is inspected once */
  const finished = new Map<string, Pick<ContainerDetails, 'startedAt' | 'finishedAt'>>();
  const listing = createListingCache();

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

  /**
   * The engine's size changes rarely and its info call is slow on a busy engine (seconds with
   * hundreds of containers), so it is read once and refreshed in the background every 10 minutes.
   * An engine that does not answer within 5 s leaves sizes unchecked for that pass.
   */
  let capacity: { value: Capacity; at: number } | undefined;
  let reading: Promise<Capacity | undefined> | undefined;
  function capacityNow(): Promise<Capacity | undefined> {
    const fresh = capacity && clock.now() - capacity.at < 10 * 60_000;
    if (fresh || (capacity && reading)) return Promise.resolve(capacity?.value);
    reading ??= containers
      .capacity()
      .then((value) => {
        capacity = { value, at: clock.now() };
        return value;
      })
      .finally(() => {
        reading = undefined;
      });
    if (capacity) {
      // Stale: refresh in the background, answer with what is known.
      reading.catch((error: unknown) => {
        log.warn({ err: errorMessage(error) }, 'cannot refresh the engine capacity');
      });
      return Promise.resolve(capacity.value);
    }
    return Promise.race([
      reading,
      new Promise<undefined>((resolve) => {
        setTimeout(() => {
          resolve(undefined);
        }, 5_000).unref();
      }),
    ]);
  }

  /** The unit's image, pulled once per pass (per owner when a login pulls it). */
  function prepareImage(spec: UnitSpec, hooks: ActionHooks): Promise<void> {
    const as = spec.pullAuth ? ` as ${spec.pullAuth.owner}` : '';
    return hooks.once(`image ${spec.image}${as}`, () =>
      containers.ensureImage(spec.image, spec.pullAuth),
    );
  }

  /** creates a container under its unique name; undefined when that name is taken already */
  async function createOnce(
    spec: Parameters<ContainerApi['create']>[0],
  ): Promise<string | undefined> {
    try {
      return await containers.create(spec);
    } catch (error) {
      if (error instanceof NameTakenError) return undefined;
      throw error;
    }
  }

  /**
   * A unit of that name exists already: started by another berth process (false), or created by
   * a berth that stopped before starting it (started now, true).
   */
  async function startNeverStarted(name: string): Promise<boolean> {
    const existing = await containers.inspect(name);
    if (existing?.status !== 'created' || existing.labels[labelKeys.skipped] !== undefined)
      return false;
    log.info({ unit: name }, 'starting a unit that was created but never started');
    await containers.start(existing.id);
    return true;
  }

  /** What the event stream knows of a container's end when the listing does not show it yet. */
  function endedByEvent(c: { id: string; status: string }): Partial<ObservedUnit> {
    const end = ended.get(c.id);
    if (!end) return {};
    if (c.status !== 'running' && c.status !== 'restarting') {
      ended.delete(c.id);
      return {};
    }
    return { status: 'exited', exitCode: end.exitCode, finishedAt: end.at };
  }

  /** Job units that ended get their start and finish times (inspected once each, then cached). */
  async function addRunTimes(workloads: Map<string, ObservedWorkload>): Promise<void> {
    const ended: ObservedUnit[] = [];
    for (const workload of workloads.values()) {
      if (workload.kind !== 'Job') continue;
      for (const unit of workload.units)
        if (unit.status === 'exited' || unit.status === 'dead') ended.push(unit);
    }
    await Promise.all(
      ended.map(async (unit) => {
        let times = finished.get(unit.id);
        if (!times) {
          const details = await containers.inspect(unit.id).catch((error: unknown) => {
            if (error instanceof NotFoundError) return undefined;
            throw error;
          });
          if (!details) return;
          times = { startedAt: details.startedAt, finishedAt: details.finishedAt };
          // Only an end the engine itself reports is final.
          if (details.finishedAt) finished.set(unit.id, times);
        }
        unit.startedAt = times.startedAt;
        unit.finishedAt = times.finishedAt ?? unit.finishedAt;
      }),
    );
  }

  async function removeVolumes(names: readonly string[]): Promise<void> {
    for (const name of names) await containers.removeVolume(name);
  }

  const engine: DockerEngine = {
    containers,
    images: createDockerImages(docker, options.dockerHost ?? 'the local socket'),

    async observe(instance, key) {
      const only = key ? identityOfKey(key) : undefined;
      // A whole look may come from the last listing while the event stream says nothing changed;
      // a look at one resource (after an event, after acting on it) always asks the engine.
      const list = () =>
        only
          ? containers.listManaged(instance, only)
          : listing.get(() => containers.listManaged(instance));
      const [listed, capacity] = await Promise.all([list(), capacityNow()]);
      // Containers that are gone need no marks, even when their destroy event was missed.
      if (!key) {
        const present = new Set(listed.map((c) => c.id));
        for (const marks of [retiring, unready]) {
          for (const id of marks) if (!present.has(id)) marks.delete(id);
        }
      }
      const workloads = new Map<string, ObservedWorkload>();
      const leftovers: Leftover[] = [];
      for (const c of listed) {
        const identity = identityOf(c.labels);
        if (!identity) {
          leftovers.push({
            kind: 'container',
            id: c.id,
            name: c.name,
            problem: `its berth labels are incomplete (no kind, name or spec hash), so no resource owns it; remove it with \`docker rm -f ${c.name}\``,
          });
          continue;
        }
        if (c.status === 'dead') {
          leftovers.push({
            kind: 'container',
            id: c.id,
            name: c.name,
            problem: `the engine could not remove it (dead); berth keeps trying, or remove it with \`docker rm -f ${c.name}\``,
          });
        }
        const workload = workloads.get(identity.key) ?? {
          key: identity.key,
          kind: identity.kind,
          name: identity.name,
          owner: c.labels[labelKeys.owner],
          units: [],
        };
        // A replica that does not run serves nothing, even when its end was missed (engine restart).
        if (c.status !== 'running' && identity.kind !== 'Job') endpoints.remove(c.id);
        // A run's attempt the engine stopped as it went away runs again: its end does not count.
        const comingBack = identity.kind === 'Job' && (drift?.comingBack(c.id) ?? false);
        workload.units.push({
          id: c.id,
          name: c.name,
          labels: c.labels,
          specHash: identity.specHash,
          // What berth is retiring itself is on its way out, whatever the listing says.
          status: retiring.has(c.id) ? 'removing' : comingBack ? 'running' : c.status,
          createdAt: c.createdAt,
          address: c.address,
          ready: endpoints.has(c.id),
          exitCode: c.exitCode,
          mark: markOf(c.name),
          ...(comingBack ? { exitCode: undefined } : endedByEvent(c)),
        });
        workloads.set(identity.key, workload);
      }
      await addRunTimes(workloads);
      const observation: Observation = { workloads, capacity, ...(key ? {} : { leftovers }) };
      return observation;
    },

    applyDeployment: (workload, observed, hooks) =>
      rollOut(workload, observed?.units ?? [], ctx, hooks),

    async removeWorkload(observed, hooks) {
      for (const unit of observed.units) {
        if (unit.status === 'removing') continue;
        await retireUnit(unit, ctx, hooks);
      }
      // Pipeline runs' workspaces go with their last step.
      const workspaces = observed.units.map((u) => u.labels[labelKeys.workspace]);
      await removeVolumes([...new Set(workspaces)].filter((w) => w !== undefined));
    },

    async startUnit(spec, hooks) {
      await prepareImage(spec, hooks);
      for (const volume of spec.volumes) {
        const labels = volume.labels ?? {
          [labelKeys.managed]: 'true',
          [labelKeys.owner]: spec.labels[labelKeys.owner] ?? '',
        };
        await hooks.once(`volume ${volume.name}`, () =>
          containers.ensureVolume(volume.name, labels),
        );
      }
      const id = await createOnce(spec);
      if (!id) return startNeverStarted(spec.name);
      try {
        await containers.start(id);
      } catch (error) {
        if (remedyFor(error) !== 'replace') throw error;
        // The engine cannot start this container for reasons of its own: the attempt gets a
        // new container under the same name (no other berth can have taken it meanwhile).
        log.warn(
          { unit: spec.name, err: errorMessage(error) },
          'replacing a unit that did not start',
        );
        await containers.remove(id);
        const again = await createOnce(spec);
        if (!again) return false;
        await containers.start(again);
      }
      return true;
    },

    async recordUnit(spec, hooks) {
      await prepareImage(spec, hooks);
      // A unit that never runs gets no secret: nothing of them waits in a stopped container.
      const bare = { ...spec };
      delete bare.secrets;
      return (await createOnce(bare)) !== undefined;
    },

    async stopUnit(unit, mark) {
      // The mark goes on first: a berth killed right after still knows why the unit ended.
      if (!unit.mark) await containers.rename(unit.id, `${unit.name}--${mark}`);
      stoppedByBerth.add(unit.id);
      await containers.stop(unit.id, ctx.stopTimeoutSeconds);
    },

    async removeUnits(unitIds) {
      for (const id of unitIds) {
        await containers.remove(id);
        finished.delete(id);
      }
    },

    removeVolumes,

    async logs(unitId, logOptions, write) {
      if (!logOptions.follow) {
        write(await containers.logs(unitId, logOptions.tail ?? 10_000));
        return;
      }
      await containers.followLogs(unitId, logOptions.tail, write, logOptions.signal);
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
        ended,
        stoppedByBerth,
      });
      const handler = drift;
      /** the engine's life berth last saw; a different one on reconnect means it restarted */
      let boot: string | undefined;
      let connects = 0;
      const connected = async () => {
        const now = await containers.engineBoot();
        const restarted = connects > 0 && now !== undefined && boot !== undefined && now !== boot;
        connects += 1;
        boot = now ?? boot;
        if (restarted) log.warn({ instance }, 'the engine restarted; bringing workloads back');
        if (connects > 1) await handler.reconnected(restarted, instance);
      };
      const stopWatching = containers.watch(instance, {
        onEvent: drift.onEvent,
        onError: (error) => {
          listing.forget();
          handlers.onError(error);
        },
        onActivity: listing.forget,
        onDisconnect: () => {
          listing.watching(false);
          log.warn({ instance }, 'engine event stream ended');
          handler.disconnected();
        },
        // What the engine stopped is brought back before the loop catches up on what it missed.
        onConnect: () => {
          listing.watching(true);
          void connected()
            .catch((error: unknown) => {
              log.warn({ err: errorMessage(error) }, 'cannot bring back what the engine stopped');
            })
            .finally(handlers.onConnect);
        },
      });
      return () => {
        listing.watching(false);
        stopWatching();
        drift?.stop();
      };
    },

    close() {
      drift?.stop();
    },
  };
  // What changes the engine makes the last listing out of date, however its events come.
  const { around } = listing;
  return {
    ...engine,
    applyDeployment: (...a) => around(() => engine.applyDeployment(...a)),
    removeWorkload: (...a) => around(() => engine.removeWorkload(...a)),
    startUnit: (...a) => around(() => engine.startUnit(...a)),
    recordUnit: (...a) => around(() => engine.recordUnit(...a)),
    stopUnit: (...a) => around(() => engine.stopUnit(...a)),
    removeUnits: (...a) => around(() => engine.removeUnits(...a)),
    removeVolumes: (...a) => around(() => engine.removeVolumes(...a)),
  };
}

/**
 * The last full listing, kept while the event stream is connected and nothing has happened since
 * (no event, no change berth made), for at most 10 s. A warm reconcile then plans without asking
 * the engine; any activity, a lost stream or age makes the next look list again. A generation
 * count keeps a listing that raced with a change from being kept.
 */
function createListingCache(maxAgeMs = 10_000) {
  let kept: { list: ManagedContainer[]; at: number } | undefined;
  let generation = 0;
  let watching = false;
  const forget = () => {
    generation += 1;
    kept = undefined;
  };
  return {
    forget,
    watching(on: boolean) {
      watching = on;
      forget();
    },
    async get(list: () => Promise<ManagedContainer[]>): Promise<ManagedContainer[]> {
      if (kept && watching && performance.now() - kept.at < maxAgeMs) return kept.list;
      const before = generation;
      const at = performance.now();
      const fresh = await list();
      if (watching && generation === before) kept = { list: fresh, at };
      return fresh;
    },
    /** runs a change to the engine; listings from before it or during it are not kept */
    around: async <T>(change: () => Promise<T>): Promise<T> => {
      forget();
      try {
        return await change();
      } finally {
        forget();
      }
    },
  };
}

function identityOfKey(key: string): { kind: string; name: string } {
  const [kind = '', name = ''] = key.split('/');
  return { kind, name };
}

/** The mark berth put on a unit it stopped, from its name (`<name>--replaced`). */
function markOf(name: string): UnitMark | undefined {
  if (name.endsWith('--deadline-exceeded')) return 'deadline-exceeded';
  if (name.endsWith('--replaced')) return 'replaced';
  return undefined;
}

/** dockerode's connection options for a DOCKER_HOST value (unix://, tcp://, http://). */
function dockerConnection(dockerHost: string | undefined): Docker.DockerOptions {
  if (!dockerHost) return { socketPath: '/var/run/docker.sock' };
  if (dockerHost.startsWith('unix://')) return { socketPath: dockerHost.slice('unix://'.length) };
  const url = new URL(dockerHost.replace(/^tcp:/, 'http:'));
  return { host: url.hostname, port: Number(url.port || 2375), protocol: 'http' };
}
