// The container-level client of one Docker Engine, through dockerode: the only code that sees it.
// Every container joins one bridge network per berth instance, with traffic between containers
// switched off: berth (on the host) reaches each replica at its own address, but one owner's
// container cannot reach another's. Services call each other through berth's gateway. How a
// container is made is in container-create.ts, pulls in pull.ts, output in container-logs.ts.
import type Docker from 'dockerode';
import { NotFoundError, errorMessage } from '../../errors.js';
import { EngineFailure } from '../failures.js';
import type { Logger } from '../../log.js';
import type { Capacity } from '../types.js';
import type { ContainerApi, ContainerDetails, ContainerStatus } from './container-api.js';
import { createContainerMaker } from './container-create.js';
import { containerLogs, followContainerLogs } from './container-logs.js';
import { acceptsConnections, engineBoot } from './engine-life.js';
import { watchDockerEvents } from './events.js';
import { classifyDockerError, statusOf } from './failures.js';
import { demultiplex } from './output.js';
import { parseProcNetTcp } from './proc-net.js';
import { ensureImage } from './pull.js';

export interface DockerContainersOptions {
  docker: Docker;
  /** where the engine listens, for messages (DOCKER_HOST, or the local socket) */
  where: string;
  /** the bridge network containers join (one per instance, no container-to-container traffic) */
  network: string;
  logger: Logger;
}

export function createDockerContainers(options: DockerContainersOptions): ContainerApi {
  const { docker } = options;
  const log = options.logger.child({ component: 'engine.docker' });
  /** the classified error; a vanished network is made again by the next create */
  const wrap = (error: unknown, what: string): Error => {
    const classified = classifyDockerError(error, what, options.where);
    if (classified instanceof EngineFailure && classified.lost === 'network') maker.forgetNetwork();
    return classified;
  };
  const maker = createContainerMaker(docker, options.network, wrap);

  const api: ContainerApi = {
    async listManaged(instance, only) {
      const label = ['berth.managed=true', `berth.instance=${instance}`];
      if (only) label.push(`berth.kind=${only.kind}`, `berth.name=${only.name}`);
      const list = await docker
        .listContainers({ all: true, filters: { label } })
        .catch((error: unknown) => {
          throw wrap(error, 'list containers');
        });
      return list.map((c) => ({
        id: c.Id,
        name: (c.Names[0] ?? c.Id).replace(/^\//, ''),
        labels: c.Labels,
        status: c.State as ContainerStatus,
        createdAt: new Date(c.Created * 1000),
        address: c.NetworkSettings.Networks[options.network]?.IPAddress || undefined,
        exitCode: exitCodeOf(c.Status),
      }));
    },

    ensureImage: (image, auth) => ensureImage(docker, image, auth, log, wrap),

    async ensureVolume(name, labels) {
      try {
        await docker.getVolume(name).inspect();
      } catch (error) {
        if (statusOf(error) !== 404) throw wrap(error, `inspect volume ${name}`);
        await docker.createVolume({ Name: name, Labels: labels }).catch((createError: unknown) => {
          throw wrap(createError, `create volume ${name}`);
        });
      }
    },

    async listVolumes(labels) {
      const label = Object.entries(labels).map(([k, v]) => `${k}=${v}`);
      const { Volumes: volumes } = await docker
        .listVolumes({ filters: { label } })
        .catch((error: unknown) => {
          throw wrap(error, 'list volumes');
        });
      return ((volumes as { Name: string }[] | null) ?? []).map((v) => ({ name: v.Name }));
    },

    async network() {
      try {
        const found = (await docker.getNetwork(options.network).inspect()) as {
          Name: string;
          Containers?: Record<string, unknown> | null;
        };
        return { name: found.Name, attached: Object.keys(found.Containers ?? {}).length };
      } catch (error) {
        if (statusOf(error) === 404) return undefined;
        throw wrap(error, `inspect network ${options.network}`);
      }
    },

    async removeNetwork() {
      maker.forgetNetwork();
      await docker
        .getNetwork(options.network)
        .remove()
        .catch((error: unknown) => {
          if (statusOf(error) === 404) return; // gone already
          throw wrap(error, `remove network ${options.network}`);
        })
        .finally(maker.forgetNetwork);
    },

    async removeVolume(name) {
      await docker
        .getVolume(name)
        .remove()
        .catch((error: unknown) => {
          if (statusOf(error) === 404) return; // gone already
          throw wrap(error, `remove volume ${name}`);
        });
    },

    async create(spec) {
      try {
        return await maker.create(spec);
      } catch (error) {
        // The network vanished since berth made it: make it again and create once more.
        if (!(error instanceof EngineFailure && error.lost === 'network')) throw error;
        log.warn({ network: options.network }, 'network vanished; creating it again');
        return await maker.create(spec);
      }
    },

    async start(id) {
      const container = docker.getContainer(id);
      await container.start().catch(async (error: unknown) => {
        const status = statusOf(error);
        if (status === 304) return; // already running
        // The engine refuses to start a paused container: resume it instead.
        if (status === 409 && errorMessage(error).includes('paused')) {
          await container.unpause().catch((unpauseError: unknown) => {
            throw wrap(unpauseError, `resume container ${id.slice(0, 12)}`);
          });
          return;
        }
        const failure = wrap(error, `start container ${id.slice(0, 12)}`);
        if (failure instanceof NotFoundError)
          throw new NotFoundError(`container ${id.slice(0, 12)} is gone`);
        throw failure;
      });
    },

    async stop(id, timeoutSeconds) {
      await docker
        .getContainer(id)
        .stop({ t: timeoutSeconds })
        .catch((error: unknown) => {
          const status = statusOf(error);
          if (status === 304 || status === 404) return; // already stopped or gone
          throw wrap(error, `stop container ${id.slice(0, 12)}`);
        });
    },

    async remove(id) {
      await docker
        .getContainer(id)
        .remove({ force: true, v: false })
        .catch((error: unknown) => {
          const status = statusOf(error);
          if (status === 404 || status === 409) return; // gone, or removal already in progress
          throw wrap(error, `remove container ${id.slice(0, 12)}`);
        });
    },

    async inspect(id) {
      try {
        const c = await docker.getContainer(id).inspect();
        const details: ContainerDetails = {
          id: c.Id,
          name: c.Name.replace(/^\//, ''),
          labels: c.Config.Labels,
          status: c.State.Status as ContainerStatus,
          createdAt: new Date(c.Created),
          exitCode: c.State.Running ? undefined : c.State.ExitCode,
          startedAt: dateOrUndefined(c.State.StartedAt),
          finishedAt: dateOrUndefined(c.State.FinishedAt),
          oomKilled: c.State.OOMKilled,
          address: c.NetworkSettings.Networks[options.network]?.IPAddress || undefined,
          error: c.State.Error || undefined,
        };
        return details;
      } catch (error) {
        if (statusOf(error) === 404) return undefined;
        throw wrap(error, `inspect container ${id.slice(0, 12)}`);
      }
    },

    logs: (id, tail) => containerLogs(docker, id, tail, wrap),

    followLogs: (id, tail, write, signal) =>
      followContainerLogs(docker, id, { tail, signal }, write, wrap),

    async rename(id, name) {
      await docker
        .getContainer(id)
        .rename({ name })
        .catch((error: unknown) => {
          throw wrap(error, `rename container ${id.slice(0, 12)}`);
        });
    },

    async listeningSockets(id) {
      try {
        const exec = await docker.getContainer(id).exec({
          Cmd: ['cat', '/proc/net/tcp', '/proc/net/tcp6'],
          AttachStdout: true,
          AttachStderr: true,
        });
        const stream = await exec.start({ hijack: true, stdin: false });
        const chunks: Buffer[] = [];
        for await (const chunk of stream) chunks.push(chunk as Buffer);
        // 127.0.0.11 is the engine's own DNS resolver on user-defined networks, not the process.
        return parseProcNetTcp(demultiplex(Buffer.concat(chunks))).filter(
          (s) => s.address !== '127.0.0.11',
        );
      } catch (error) {
        log.debug({ err: error, container: id }, 'cannot look at listening sockets');
        return undefined;
      }
    },

    async capacity(): Promise<Capacity> {
      const info = (await docker.info().catch((error: unknown) => {
        throw wrap(error, 'read engine info');
      })) as { NCPU: number; MemTotal: number; Runtimes?: Record<string, unknown> };
      const hasNvidia = info.Runtimes !== undefined && 'nvidia' in info.Runtimes;
      return { cpus: info.NCPU, memoryBytes: info.MemTotal, gpus: hasNvidia ? undefined : 0 };
    },

    acceptsConnections: () => acceptsConnections(docker),
    engineBoot: () => engineBoot(docker, log),

    watch(instance, handlers) {
      return watchDockerEvents(docker, instance, handlers);
    },
  };
  return api;
}

/** The exit code in a listing's status text, e.g. "Exited (137) 3 seconds ago". */
export function exitCodeOf(status: string): number | undefined {
  const match = /^Exited \((-?\d+)\)/.exec(status);
  return match ? Number(match[1]) : undefined;
}

function dateOrUndefined(value: string): Date | undefined {
  return value && !value.startsWith('0001-') ? new Date(value) : undefined;
}
