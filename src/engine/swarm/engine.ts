// The workload-level engine on Docker Swarm (SPEC §4.6), through dockerode against a manager.
// A Deployment is a replicated service that Swarm rolls itself (start-first, rollback on failure);
// berth writes a service only when it differs from what berth wants, follows its tasks, and tells
// the gateway which task addresses serve. Job runs are not carried by this engine yet.
import type Docker from 'dockerode';
import { systemClock, type Clock } from '../../clock.js';
import { UserError, errorMessage } from '../../errors.js';
import type { Logger } from '../../log.js';
import { createDockerImages } from '../docker/images.js';
import { loadDockerode } from '../docker/dockerode.js';
import type { ImageApi } from '../image-api.js';
import { identityOf, labelKeys } from '../labels.js';
import type { Engine, EndpointSink, Observation, ObservedWorkload } from '../types.js';
import { followRollout, taskLogs } from './rollout.js';
import { ensureSecrets } from './secrets.js';
import { deploymentService, type SwarmServiceSpec } from './service-spec.js';
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
  /** how long a task may take to be scheduled and start, beyond the readiness budget */
  startAllowanceMs?: number;
}

export interface SwarmEngine extends Engine {
  images: ImageApi;
  /** the network tasks join (`berth-<instance>`) */
  network: string;
}

interface ListedService {
  ID: string;
  Version: { Index: number };
  CreatedAt: string;
  Spec: SwarmServiceSpec;
}

export function createSwarmEngine(options: SwarmEngineOptions): SwarmEngine {
  const docker = options.docker ?? new (loadDockerode())(connection(options.dockerHost));
  const log = options.logger.child({ component: 'engine.swarm' });
  const clock = options.clock ?? systemClock;
  const network = `berth-${options.instance}`;
  const { endpoints } = options;
  /** services berth removes itself: their remove events are not drift */
  const removing = new Set<string>();
  /** resource keys of the services seen, by service name (service events carry only the name) */
  const keys = new Map<string, string>();
  let networkReady: Promise<void> | undefined;

  function ensureNetwork(): Promise<void> {
    networkReady ??= (async () => {
      const found = await docker.listNetworks({ filters: { name: [network] } });
      if (found.some((n) => n.Name === network)) return;
      const local = options.network === 'local';
      await docker.createNetwork({
        Name: network,
        Driver: local ? 'bridge' : 'overlay',
        Scope: 'swarm',
        Attachable: true,
        CheckDuplicate: true,
        Labels: { 'berth.managed': 'true', 'berth.instance': options.instance },
        Options: local
          ? { 'com.docker.network.bridge.enable_icc': 'false' }
          : { encrypted: 'true' },
      });
    })().catch((error: unknown) => {
      networkReady = undefined;
      throw new Error(`swarm: create network ${network}: ${errorMessage(error)}`);
    });
    return networkReady;
  }

  /**
   * Task addresses: on the overlay the manager assigns them (in the task); a Swarm-scoped bridge
   * is local to each node, so they come from this node's containers.
   */
  async function addresses(tasks: readonly SwarmTask[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    if (options.network !== 'local') {
      for (const task of tasks) {
        const address = taskAddress(task, network);
        if (address) found.set(task.ID, address);
      }
      return found;
    }
    const containers = await docker.listContainers({
      filters: { label: [`berth.instance=${options.instance}`] },
    });
    for (const c of containers) {
      const task = c.Labels['com.docker.swarm.task.id'];
      const address = c.NetworkSettings.Networks[network]?.IPAddress;
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

  const unsupported = (): never => {
    throw new UserError(
      'the swarm engine does not run Jobs yet; run Jobs with the docker engine (BERTH_ENGINE=docker)',
    );
  };

  return {
    images: createDockerImages(docker, options.dockerHost ?? 'the local socket'),
    network,

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
        const units = tasks
          .filter((t) => t.ServiceID === service.ID)
          .map((t) => replicaOf(t, where.get(t.ID), (id) => endpoints.has(id)))
          .filter((u) => u !== undefined);
        workloads.set(identity.key, {
          key: identity.key,
          kind: identity.kind,
          name: identity.name,
          owner: service.Spec.Labels[labelKeys.owner],
          units,
        });
      }
      const observation: Observation = { workloads, capacity: undefined };
      return observation;
    },

    async applyDeployment(workload, _observed, hooks) {
      try {
        await hooks.once(`network ${network}`, ensureNetwork);
        const secrets = await ensureSecrets(
          docker,
          options.instance,
          workload.owner,
          workload.spec.secrets ?? [],
        );
        const wanted = deploymentService(workload, {
          instance: options.instance,
          network,
          secrets,
        });
        const existing = (await listServices(options.instance, workload.key))[0];
        keys.set(wanted.Name, workload.key);
        let id: string;
        if (!existing) {
          const created = (await docker.createService(wanted as never)) as {
            id?: string;
            ID?: string;
          };
          id = created.id ?? created.ID ?? '';
          hooks.record(`created service ${wanted.Name} with ${workload.replicas} replicas`);
        } else {
          id = existing.ID;
          if (differs(existing.Spec, wanted)) {
            await docker.getService(id).update({ version: existing.Version.Index, ...wanted });
            hooks.record(`updated service ${wanted.Name} (start-first)`);
          }
        }
        return await followRollout(
          workload,
          id,
          {
            docker,
            endpoints,
            clock,
            log,
            network,
            addresses,
            startAllowanceMs: options.startAllowanceMs ?? 30_000,
          },
          hooks,
        );
      } catch (error) {
        log.warn({ err: errorMessage(error) }, 'swarm deployment failed to converge');
        return {
          ready: 0,
          serving: endpoints.count(workload.name),
          failure: { reason: 'EngineError', message: `swarm: ${errorMessage(error)}` },
        };
      }
    },

    async removeWorkload(observed) {
      for (const unit of observed.units) endpoints.remove(unit.id);
      for (const service of await listServices(options.instance, observed.key)) {
        removing.add(service.Spec.Name);
        await docker.getService(service.ID).remove();
      }
    },

    startUnit: unsupported,
    recordUnit: unsupported,
    stopUnit: unsupported,
    removeUnits: unsupported,
    removeVolumes: unsupported,

    async logs(unitId, logOptions, write) {
      write(await taskLogs(docker, unitId, logOptions.tail ?? 10_000));
    },

    watch(instance, handlers) {
      return watchServices(docker, {
        ...handlers,
        keyOf: (name) => (name.startsWith(`berth-${instance}-`) ? keys.get(name) : undefined),
        byBerth: (name) => removing.delete(name),
      });
    },

    close() {},
  };
}

/** Whether the service differs from what berth wants in anything berth writes. */
function differs(current: SwarmServiceSpec, wanted: SwarmServiceSpec): boolean {
  const hash = (s: SwarmServiceSpec) => s.Labels[labelKeys.specHash];
  const replicas = (s: SwarmServiceSpec) =>
    'Replicated' in s.Mode ? s.Mode.Replicated.Replicas : undefined;
  const image = (s: SwarmServiceSpec) => s.TaskTemplate.ContainerSpec.Image;
  const env = (s: SwarmServiceSpec) =>
    [...((s.TaskTemplate.ContainerSpec.Env as string[] | undefined) ?? [])].sort().join('\n');
  const args = (s: SwarmServiceSpec) => JSON.stringify(s.TaskTemplate.ContainerSpec.Args ?? []);
  return (
    hash(current) !== hash(wanted) ||
    replicas(current) !== replicas(wanted) ||
    image(current) !== image(wanted) ||
    env(current) !== env(wanted) ||
    args(current) !== args(wanted)
  );
}

function connection(dockerHost: string | undefined): Docker.DockerOptions {
  if (!dockerHost) return { socketPath: '/var/run/docker.sock' };
  if (dockerHost.startsWith('unix://')) return { socketPath: dockerHost.slice('unix://'.length) };
  const url = new URL(dockerHost.replace(/^tcp:/, 'http:'));
  return { host: url.hostname, port: Number(url.port || 2375), protocol: 'http' };
}
