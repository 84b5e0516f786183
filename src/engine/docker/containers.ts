// The container-level client of one Docker Engine, through dockerode: the only code that sees it.
// Every container joins one bridge network per berth instance, with traffic between containers
// switched off: berth (on the host) reaches each replica at its own address, but one owner's
// container cannot reach another's. Services call each other through berth's gateway.
import { Writable } from 'node:stream';
import type Docker from 'dockerode';
import { NotFoundError, errorMessage } from '../../errors.js';
import { EngineFailure } from '../failures.js';
import type { Logger } from '../../log.js';
import { ImageError, type Capacity, type RegistryAuth, type UnitSecret } from '../types.js';
import {
  NameTakenError,
  type ContainerApi,
  type ContainerDetails,
  type ContainerSpec,
  type ContainerStatus,
} from './container-api.js';
import { acceptsConnections, engineBoot } from './engine-life.js';
import { watchDockerEvents } from './events.js';
import { classifyDockerError, statusOf } from './failures.js';
import { byTimestamp, demultiplex } from './output.js';
import { parseProcNetTcp } from './proc-net.js';
import { fileOwner, secretArchive } from './secret-files.js';

export interface DockerContainersOptions {
  docker: Docker;
  /** where the engine listens, for messages (DOCKER_HOST, or the local socket) */
  where: string;
  /** the bridge network containers join (one per instance, no container-to-container traffic) */
  network: string;
  logger: Logger;
}

/** Processes per container: enough for any worker pool, not enough for a fork bomb. */
const pidsLimit = 4096;

/** Capabilities a container keeps; everything else is dropped (least privilege). */
const keptCapabilities = ['CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'SETGID', 'SETUID'];

/**
 * Output kept per container, whatever the engine's default: json-file (what `berth logs` and
 * `docker logs` read) rotated at 10 MB, three files. A chatty job cannot fill the host's disk.
 */
export const containerLogLimits = { type: 'json-file', maxSize: '10m', maxFiles: 3 } as const;

export function createDockerContainers(options: DockerContainersOptions): ContainerApi {
  const { docker } = options;
  const log = options.logger.child({ component: 'engine.docker' });
  let networkReady: Promise<void> | undefined;
  /** the classified error; a vanished network is made again by the next create */
  const wrap = (error: unknown, what: string): Error => {
    const classified = classifyDockerError(error, what, options.where);
    if (classified instanceof EngineFailure && classified.lost === 'network')
      networkReady = undefined;
    return classified;
  };

  function ensureNetwork(): Promise<void> {
    networkReady ??= (async () => {
      const found = await docker.listNetworks({ filters: { name: [options.network] } });
      if (found.some((n) => n.Name === options.network)) return;
      await docker.createNetwork({
        Name: options.network,
        Driver: 'bridge',
        CheckDuplicate: true,
        Labels: { 'berth.managed': 'true' },
        Options: { 'com.docker.network.bridge.enable_icc': 'false' },
      });
    })().catch((error: unknown) => {
      networkReady = undefined;
      throw wrap(error, `create network ${options.network}`);
    });
    return networkReady;
  }

  async function createContainer(spec: ContainerSpec): Promise<string> {
    await ensureNetwork();
    const container = await docker
      .createContainer({
        name: spec.name,
        Image: spec.image,
        ...(spec.entrypoint ? { Entrypoint: spec.entrypoint } : {}),
        ...(spec.args ? { Cmd: spec.args } : {}),
        ...(spec.workingDir ? { WorkingDir: spec.workingDir } : {}),
        Env: Object.entries({ ...spec.env, ...secretEnv(spec.secrets) }).map(
          ([k, v]) => `${k}=${v}`,
        ),
        Labels: spec.labels,
        HostConfig: {
          NanoCpus: Math.round(spec.cpus * 1e9),
          Memory: spec.memoryBytes,
          ...(spec.gpus > 0
            ? { DeviceRequests: [{ Driver: '', Count: spec.gpus, Capabilities: [['gpu']] }] }
            : {}),
          Mounts: spec.volumes.map((v) => ({
            Type: 'volume' as const,
            Source: v.name,
            Target: v.target,
          })),
          SecurityOpt: ['no-new-privileges:true'],
          PidsLimit: pidsLimit,
          Privileged: false,
          CapDrop: ['ALL'],
          CapAdd: keptCapabilities,
          RestartPolicy: { Name: 'no' },
          NetworkMode: options.network,
          Init: true,
          LogConfig: {
            Type: containerLogLimits.type,
            Config: {
              'max-size': containerLogLimits.maxSize,
              'max-file': String(containerLogLimits.maxFiles),
            },
          },
        },
      })
      .catch((error: unknown) => {
        if (statusOf(error) === 409) throw new NameTakenError(`container ${spec.name} exists`);
        throw wrap(error, `create container ${spec.name}`);
      });
    if (spec.secrets?.some((secret) => secret.file !== undefined)) {
      await writeSecretFiles(container, spec.secrets).catch(async (error: unknown) => {
        await container.remove({ force: true }).catch(() => undefined);
        throw wrap(error, `write the secret files of ${spec.name}`);
      });
    }
    return container.id;
  }

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

    async ensureImage(image, auth) {
      try {
        await docker.getImage(image).inspect();
        return;
      } catch (error) {
        if (statusOf(error) !== 404) throw wrap(error, `inspect image ${image}`);
      }
      log.info(
        { image, login: auth ? `${auth.owner} ${auth.secret}` : undefined },
        'pulling image',
      );
      try {
        const stream = await docker.pull(
          image,
          auth ? { authconfig: authConfig(image, auth) } : {},
        );
        await new Promise<void>((resolve, reject) => {
          docker.modem.followProgress(stream, (err: Error | null) => {
            if (err) reject(err);
            else resolve();
          });
        });
      } catch (error) {
        throw new ImageError(pullFailure(image, errorMessage(error), auth));
      }
    },

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
        return await createContainer(spec);
      } catch (error) {
        // The network vanished since berth made it: make it again and create once more.
        if (!(error instanceof EngineFailure && error.lost === 'network')) throw error;
        log.warn({ network: options.network }, 'network vanished; creating it again');
        return await createContainer(spec);
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

    async logs(id, tail) {
      const buffer = await docker
        .getContainer(id)
        .logs({ stdout: true, stderr: true, tail, follow: false, timestamps: true })
        .catch((error: unknown) => {
          if (statusOf(error) === 404)
            throw new NotFoundError(`container ${id.slice(0, 12)} is gone`);
          throw wrap(error, `read logs of ${id.slice(0, 12)}`);
        });
      return byTimestamp(demultiplex(buffer));
    },

    async followLogs(id, tail, write, signal) {
      const stream = await docker
        .getContainer(id)
        .logs({ stdout: true, stderr: true, follow: true, ...(tail === undefined ? {} : { tail }) })
        .catch((error: unknown) => {
          if (statusOf(error) === 404)
            throw new NotFoundError(`container ${id.slice(0, 12)} is gone`);
          throw wrap(error, `follow logs of ${id.slice(0, 12)}`);
        });
      await new Promise<void>((resolve) => {
        const sink = new Writable({
          write(chunk: Buffer, _encoding, done) {
            write(chunk.toString('utf8'));
            done();
          },
        });
        docker.modem.demuxStream(stream, sink, sink);
        const finish = () => {
          stream.removeAllListeners();
          resolve();
        };
        stream.once('end', finish);
        stream.once('error', finish);
        signal?.addEventListener(
          'abort',
          () => {
            (stream as unknown as { destroy(): void }).destroy();
            finish();
          },
          { once: true },
        );
      });
    },

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

/** Env vars of a unit's secrets (values only here, on their way into the container). */
function secretEnv(secrets: readonly UnitSecret[] | undefined): Record<string, string> {
  const env: Record<string, string> = {};
  for (const secret of secrets ?? []) if (secret.env !== undefined) env[secret.env] = secret.value;
  return env;
}

/** Puts the file secrets into a created container (not yet started) through the archive API. */
async function writeSecretFiles(
  container: Docker.Container,
  secrets: readonly UnitSecret[],
): Promise<void> {
  const details = await container.inspect();
  const archive = secretArchive(secrets, fileOwner(details.Config.User), new Date());
  await container.putArchive(archive, { path: '/' });
}

/** The registry a login is for: the image's first component when it names a host. */
function authConfig(image: string, auth: RegistryAuth) {
  const first = image.split('/')[0] ?? '';
  const host =
    image.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')
      ? first
      : 'https://index.docker.io/v1/';
  return { username: auth.username, password: auth.password, serveraddress: host };
}

function pullFailure(image: string, detail: string, auth: RegistryAuth | undefined): string {
  if (auth)
    return `cannot pull image ${image} with the imagePullSecret ${auth.secret} of ${auth.owner}: ${detail}; check the image name and the login (\`berth secrets set ${auth.owner} ${auth.secret}\` with user:password)`;
  return `cannot pull image ${image}: ${detail}; check the image name, push it to a registry this engine can reach, or for a private registry set spec.imagePullSecret to a secret of the owner's scope holding user:password`;
}

/** The exit code in a listing's status text, e.g. "Exited (137) 3 seconds ago". */
export function exitCodeOf(status: string): number | undefined {
  const match = /^Exited \((-?\d+)\)/.exec(status);
  return match ? Number(match[1]) : undefined;
}

function dateOrUndefined(value: string): Date | undefined {
  return value && !value.startsWith('0001-') ? new Date(value) : undefined;
}
