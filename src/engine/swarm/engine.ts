// The workload-level engine on Docker Swarm (SPEC §4.6), through dockerode against a manager.
// A Deployment is a replicated service that Swarm rolls itself (start-first, rollback on failure);
// berth writes a service only when it differs from what berth wants, follows its tasks, tells the
// gateway which task addresses serve, and puts back a service removed or changed by hand. A job
// run's attempt is a replicated-job service of one task that Swarm never restarts (`jobs.ts`):
// retries, deadlines, concurrency and history stay the Job kind's, as on the Docker engine. Sizes
// are checked against the largest ready node; old secrets go once no service mounts them.
import type Docker from 'dockerode';
import { systemClock, type Clock } from '../../clock.js';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../log.js';
import { createDockerImages } from '../docker/images.js';
import { loadDockerode } from '../docker/dockerode.js';
import type { ImageApi } from '../image-api.js';
import { authConfigFor } from '../registry-auth.js';
import { identityOf, labelKeys } from '../labels.js';
import type { Capacity, Engine, EndpointSink, Observation, ObservedWorkload } from '../types.js';
import { createImagePins } from './images.js';
import { createSwarmNetworks, ownContainerId } from './networks.js';
import { swarmCapacity, type SwarmNode } from './nodes.js';
import { jobUnitOf, type ListedService } from './job-units.js';
import {
  createSwarmJobs,
  followServiceLogs,
  removeEndedContainers,
  serviceOfUnit,
  watchRunEnds,
} from './jobs.js';
import { followRollout, taskLogs } from './rollout.js';
import { ensureSecrets, releaseSecrets, secretsOf } from './secrets.js';
import {
  changedSinceWritten,
  deploymentService,
  differs,
  registryLoginLabel,
  withDigest,
  writtenLabel,
} from './service-spec.js';
import { createServiceAs, removeService, updateServiceAs } from './service-writes.js';
import { replicaOf, taskAddress, type SwarmTask } from './tasks.js';
import { watchServices } from './watch.js';

export interface SwarmEngineOptions {
  instance: string;
  logger: Logger;
  endpoints: EndpointSink;
  /** DOCKER_HOST of a Swarm manager, or the local socket when unset */
  dockerHost?: string | undefined;
  docker?: Docker;
  clock?: Clock;
  /**
   * `overlay` (default): an attachable, encrypted overlay network that spans the nodes; berth
   * reaches tasks over it, so it runs in a container attached to it. `local`: a Swarm-scoped
   * bridge on each node, for a one-node Swarm with berth on that node's host.
   */
  network?: 'overlay' | 'local';
  /** encrypt the overlays (default true); off where the nodes' kernels have no IPsec (ESP) */
  encrypted?: boolean;
  /** berth's own container on the manager; found from /proc when unset */
  self?: string | undefined;
  /** how long a task may take to be scheduled and start, beyond the readiness budget */
  startAllowanceMs?: number;
  /** seconds a job attempt berth stops gets between SIGTERM and SIGKILL (default 10) */
  stopTimeoutSeconds?: number;
}

export interface SwarmEngine extends Engine {
  images: ImageApi;
}

export function createSwarmEngine(options: SwarmEngineOptions): SwarmEngine {
  const docker = options.docker ?? new (loadDockerode())(connection(options.dockerHost));
  const log = options.logger.child({ component: 'engine.swarm' });
  const clock = options.clock ?? systemClock;
  const { endpoints } = options;
  /** services berth removes itself: their remove events are not drift */
  const removing = new Set<string>();
  /** services berth updates itself (a job attempt's mark): their update events are not drift */
  const updating = new Set<string>();
  /** job attempts under way, by service ID: the watch tells the loop when each ends */
  const running = new Map<string, { key: string; name: string; labels: Record<string, string> }>();
  /** resource keys of the services seen, by service name (service events carry only the name) */
  const keys = new Map<string, string>();
  const networks = createSwarmNetworks({
    docker,
    instance: options.instance,
    mode: options.network ?? 'overlay',
    encrypted: options.encrypted ?? true,
    // In either mode: after a switch to `local`, it still leaves the overlays it joined before.
    self: options.self ?? ownContainerId(),
    log,
  });

  /**
   * Task addresses: on the overlay the manager assigns them (in the task); a Swarm-scoped bridge
   * is local to each node, so they come from this node's containers.
   */
  async function addresses(tasks: readonly SwarmTask[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    if (options.network !== 'local') {
      for (const task of tasks) {
        const address = taskAddress(task, networks.owns);
        if (address) found.set(task.ID, address);
      }
      return found;
    }
    const containers = await docker.listContainers({
      filters: { label: [`berth.instance=${options.instance}`] },
    });
    for (const c of containers) {
      const task = c.Labels['com.docker.swarm.task.id'];
      const address = Object.entries(c.NetworkSettings.Networks).find(([name]) =>
        networks.owns(name),
      )?.[1]?.IPAddress;
      if (task && address) found.set(task, address);
    }
    return found;
  }

  async function listServices(instance: string, key?: string): Promise<ListedService[]> {
    const label = ['berth.managed=true', `berth.instance=${instance}`];
    if (key) {
      const [kind = '', name = ''] = key.split('/');
      label.push(`berth.kind=${kind}`, `berth.name=${name}`);
    }
    return (await docker.listServices({ filters: { label } })) as unknown as ListedService[];
  }

  /**
   * What one unit may ask for: the largest ready node, read with every full observation (one
   * node list); a look at one resource uses the last reading.
   */
  let capacity: Capacity | undefined;
  async function capacityNow(key: string | undefined): Promise<Capacity | undefined> {
    if (key && capacity) return capacity;
    capacity = swarmCapacity((await docker.listNodes()) as SwarmNode[]);
    return capacity;
  }

  const pin = createImagePins(docker);
  const jobs = createSwarmJobs({
    docker,
    pin,
    instance: options.instance,
    networks,
    log,
    stopTimeoutSeconds: options.stopTimeoutSeconds ?? 10,
    byBerth: { removing, updating },
    running,
  });

  return {
    images: createDockerImages(docker, options.dockerHost ?? 'the local socket'),

    async observe(instance, key) {
      const services = await listServices(instance, key);
      const tasks = services.length
        ? ((await docker.listTasks({
            filters: { service: services.map((s) => s.ID) },
          })) as SwarmTask[])
        : [];
      const where = await addresses(tasks.filter((t) => t.DesiredState === 'running'));
      const workloads = new Map<string, ObservedWorkload>();
      for (const service of services) {
        const identity = identityOf(service.Spec.Labels);
        if (!identity) continue;
        keys.set(service.Spec.Name, identity.key);
        const own = tasks.filter((t) => t.ServiceID === service.ID);
        const workload = workloads.get(identity.key) ?? {
          key: identity.key,
          kind: identity.kind,
          name: identity.name,
          owner: service.Spec.Labels[labelKeys.owner],
          units: [],
        };
        if (identity.kind === 'Job') {
          // A job run's attempt is its service; its task tells how it went.
          const unit = jobUnitOf(service, own);
          workload.units.push(unit);
          if (unit.status === 'running' && !unit.mark)
            running.set(service.ID, { key: identity.key, name: unit.name, labels: unit.labels });
        } else {
          // Replicas of a service changed by hand are not what berth wants, whatever their labels.
          const changed = changedSinceWritten(service.Spec);
          for (const task of own) {
            const unit = replicaOf(task, where.get(task.ID), (id) => endpoints.has(id));
            if (unit) workload.units.push(changed ? { ...unit, specHash: changedByHand } : unit);
          }
        }
        workloads.set(identity.key, workload);
      }
      // A full look may have leftovers; the sweep after an applied pass adds what it finds to them.
      const observation: Observation = {
        workloads,
        capacity: await capacityNow(key),
        ...(key ? {} : { leftovers: [] }),
      };
      return observation;
    },

    async applyDeployment(workload, _observed, hooks) {
      try {
        const network = networks.nameFor(workload.key);
        await hooks.once(`network ${network}`, () => networks.ensure(workload.key));
        const secrets = await ensureSecrets(
          docker,
          options.instance,
          workload.owner,
          workload.spec.secrets ?? [],
        );
        const { image, node } = await pin(workload.spec.image);
        // The nodes pull with the owner's login: Swarm keeps it with the service, out of its spec.
        const { pullAuth } = workload.spec;
        const login = pullAuth ? authConfigFor(image, pullAuth) : undefined;
        const wanted = withDigest(
          deploymentService(
            { ...workload, spec: { ...workload.spec, image } },
            { instance: options.instance, network, secrets, node },
          ),
        );
        const existing = (await listServices(options.instance, workload.key))[0];
        keys.set(wanted.Name, workload.key);
        let id: string;
        if (!existing) {
          id = await createServiceAs(docker, wanted, login);
          hooks.record(`created service ${wanted.Name} with ${workload.replicas} replicas`);
        } else {
          id = existing.ID;
          if (differs(existing.Spec, wanted)) {
            updating.add(wanted.Name);
            // A login dropped is sent as an empty one: Swarm would keep the one it had.
            const dropped = !login && existing.Spec.Labels[registryLoginLabel] !== undefined;
            await updateServiceAs(
              docker,
              id,
              { version: existing.Version.Index, ...wanted },
              dropped ? anonymous : login,
            );
            hooks.record(`updated service ${wanted.Name} (start-first)`);
          }
        }
        const result = await followRollout(
          workload,
          { id, written: wanted.Labels[writtenLabel] },
          {
            docker,
            endpoints,
            clock,
            log,
            addresses,
            startAllowanceMs: options.startAllowanceMs ?? 30_000,
          },
          hooks,
        );
        // A rotated value's old secret goes once the service no longer mounts it.
        const dropped = existing
          ? secretsOf(existing.Spec).filter((n) => !secretsOf(wanted).includes(n))
          : [];
        const released = await releaseSecrets(docker, options.instance, workload.owner, dropped);
        if (released.length > 0)
          hooks.record(
            `removed ${released.length} unused Swarm secret${released.length === 1 ? '' : 's'}`,
          );
        return result;
      } catch (error) {
        log.warn({ err: errorMessage(error) }, 'swarm deployment failed to converge');
        return {
          ready: 0,
          serving: endpoints.count(workload.name),
          failure: { reason: 'EngineError', message: `swarm: ${errorMessage(error)}` },
        };
      }
    },

    async removeWorkload(observed, hooks) {
      for (const unit of observed.units) endpoints.remove(unit.id);
      const services = await listServices(options.instance, observed.key);
      for (const service of services) {
        removing.add(service.Spec.Name);
        running.delete(service.ID);
        // Scaled to 0 first (`service-writes.ts`): an update of berth's own, not drift.
        await removeService(docker, service, {
          updating: (name, yes) => (yes ? updating.add(name) : updating.delete(name)),
        });
        if (observed.kind === 'Job') await removeEndedContainers(docker, service.ID);
      }
      const mounted = services.flatMap((s) => secretsOf(s.Spec));
      if (observed.owner) await releaseSecrets(docker, options.instance, observed.owner, mounted);
      // Pipeline runs' workspaces go with their last step.
      const workspaces = observed.units.map((u) => u.labels[labelKeys.workspace]);
      const names = [...new Set(workspaces)].filter((w) => w !== undefined);
      if (names.length > 0) await jobs.removeVolumes(names, hooks);
    },

    ...jobs,

    async sweep(instance, sweepOptions) {
      const services = await listServices(instance);
      // A declared resource keeps its network also while no service of it exists (no run kept).
      const inUse = new Set([
        ...(sweepOptions.declared ?? []),
        ...services.flatMap((s) => {
          const identity = identityOf(s.Spec.Labels);
          return identity ? [identity.key] : [];
        }),
      ]);
      return networks.sweep(inUse, sweepOptions.remove);
    },

    async logs(unitId, logOptions, write) {
      // A job attempt's unit is its service; a replica's is its task.
      if (await serviceOfUnit(docker, unitId)) {
        await followServiceLogs(docker, unitId, logOptions, write);
        return;
      }
      write(await taskLogs(docker, unitId, logOptions.tail ?? 10_000));
    },

    watch(instance, handlers) {
      const stopServices = watchServices(docker, {
        ...handlers,
        keyOf: (name) => (name.startsWith(`berth-${instance}-`) ? keys.get(name) : undefined),
        byBerth: (name, action) => (action === 'remove' ? removing : updating).delete(name),
      });
      const stopRuns = watchRunEnds(docker, running, handlers);
      return () => {
        stopServices();
        stopRuns();
      };
    },

    close() {},
  };
}

/** No login: sent with an update so Swarm drops the one a service had. */
const anonymous = { username: '', password: '', serveraddress: '' };

/** The spec hash a replica of a service changed by hand shows: the plan rolls it back. */
const changedByHand = 'changed-outside-berth';

function connection(dockerHost: string | undefined): Docker.DockerOptions {
  if (!dockerHost) return { socketPath: '/var/run/docker.sock' };
  if (dockerHost.startsWith('unix://')) return { socketPath: dockerHost.slice('unix://'.length) };
  const url = new URL(dockerHost.replace(/^tcp:/, 'http:'));
  return { host: url.hostname, port: Number(url.port || 2375), protocol: 'http' };
}
