// How berth makes a container on one Docker Engine: on the instance's bridge network (made on
// first use, traffic between containers switched off), least privilege (no-new-privileges, all
// capabilities dropped but a few, a process limit, no host mounts), bounded output, and secrets
// (env at creation, files through the archive API before the start).
import type Docker from 'dockerode';
import type { UnitSecret } from '../types.js';
import { NameTakenError, type ContainerSpec } from './container-api.js';
import { statusOf } from './failures.js';
import { fileOwner, secretArchive } from './secret-files.js';

/** Processes per container: enough for any worker pool, not enough for a fork bomb. */
const pidsLimit = 4096;

/** Capabilities a container keeps; everything else is dropped (least privilege). */
const keptCapabilities = ['CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'SETGID', 'SETUID'];

/**
 * Output kept per container, whatever the engine's default: json-file (what `berth logs` and
 * `docker logs` read) rotated at 10 MB, three files. A chatty job cannot fill the host's disk.
 */
export const containerLogLimits = { type: 'json-file', maxSize: '10m', maxFiles: 3 } as const;

export interface ContainerMaker {
  /** creates the container (and the network first, when it is not there); returns its id */
  create(spec: ContainerSpec): Promise<string>;
  /** the network is to be looked at again before the next create (it vanished, or berth removed it) */
  forgetNetwork: () => void;
}

export function createContainerMaker(
  docker: Docker,
  network: string,
  /** the classified error of a failed engine call (one that says the network is gone forgets it) */
  wrap: (error: unknown, what: string) => Error,
): ContainerMaker {
  let networkReady: Promise<void> | undefined;

  function ensureNetwork(): Promise<void> {
    networkReady ??= (async () => {
      const found = await docker.listNetworks({ filters: { name: [network] } });
      if (found.some((n) => n.Name === network)) return;
      await docker.createNetwork({
        Name: network,
        Driver: 'bridge',
        CheckDuplicate: true,
        Labels: { 'berth.managed': 'true' },
        Options: { 'com.docker.network.bridge.enable_icc': 'false' },
      });
    })().catch((error: unknown) => {
      networkReady = undefined;
      throw wrap(error, `create network ${network}`);
    });
    return networkReady;
  }

  return {
    forgetNetwork: () => {
      networkReady = undefined;
    },
    async create(spec) {
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
            NetworkMode: network,
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
    },
  };
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
