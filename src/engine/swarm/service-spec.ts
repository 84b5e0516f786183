// What berth's workload-level specs become on Swarm: service specs (pure). A Deployment is one
// replicated service that Swarm rolls itself, start-first, rolling back when the new tasks fail;
// its size is a memory reservation plus CPU and memory limits; placement follows the `hardware`
// node label; tasks are reached by their own addresses (endpoint mode dnsrr: no VIP, no mesh).
import { createHash } from 'node:crypto';
import type { DeploymentWorkload, ReadinessSpec, RegistryAuth, WorkloadSpec } from '../types.js';
import { labelKeys } from '../labels.js';

/** The parts of a Swarm service spec berth writes (the Engine API's names). */
export interface SwarmServiceSpec {
  Name: string;
  Labels: Record<string, string>;
  TaskTemplate: {
    ContainerSpec: {
      Image: string;
      Command?: string[];
      Args?: string[];
      Dir?: string;
      Env: string[];
      Labels: Record<string, string>;
      Mounts: {
        Type: 'volume';
        Source: string;
        Target: string;
        VolumeOptions?: { Labels: Record<string, string> };
      }[];
      /** the Engine API spells it `Healthcheck` (a `HealthCheck` field is silently dropped) */
      Healthcheck?: {
        Test: string[];
        Interval: number;
        Timeout: number;
        Retries: number;
        StartPeriod: number;
      };
      Secrets?: {
        SecretID: string;
        SecretName: string;
        File: { Name: string; UID: string; GID: string; Mode: number };
      }[];
      Init: boolean;
      CapabilityDrop?: string[];
      StopGracePeriod?: number;
    };
    Resources: {
      Limits: { NanoCPUs: number; MemoryBytes: number };
      Reservations: {
        MemoryBytes: number;
        GenericResources?: { DiscreteResourceSpec: { Kind: string; Value: number } }[];
      };
    };
    RestartPolicy: {
      Condition: 'none' | 'on-failure' | 'any';
      Delay?: number;
      MaxAttempts?: number;
    };
    Placement: { Constraints: string[] };
    Networks: { Target: string }[];
  };
  Mode:
    | { Replicated: { Replicas: number } }
    | { ReplicatedJob: { MaxConcurrent: number; TotalCompletions: number } };
  UpdateConfig?: {
    Parallelism: number;
    Order: 'start-first';
    FailureAction: 'rollback';
    Monitor: number;
    MaxFailureRatio: number;
  };
  RollbackConfig?: { Parallelism: number; Order: 'start-first' };
  EndpointSpec: { Mode: 'dnsrr' };
}

/** A Swarm secret a service mounts: its ID and name on the engine, and where the file goes. */
export interface MountedSecret {
  id: string;
  name: string;
  file: string;
}

const second = 1e9;

/** Service names are DNS labels (at most 63 characters): long ones keep a hash of the rest. */
export function serviceName(name: string): string {
  if (name.length <= 63) return name;
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 12);
  return `${name.slice(0, 50).replace(/-+$/, '')}-${hash}`;
}

export function deploymentServiceName(instance: string, name: string): string {
  return serviceName(`berth-${instance}-${name}`);
}

export function deploymentService(
  workload: DeploymentWorkload,
  options: Placed & { instance: string; network: string; secrets: readonly MountedSecret[] },
): SwarmServiceSpec {
  const spec = taskSpec(workload.spec, options);
  spec.ContainerSpec.Healthcheck = healthCheck(workload.readiness);
  return {
    Name: deploymentServiceName(options.instance, workload.name),
    // Swarm keeps the login out of the spec: this label makes a new or dropped login a change.
    Labels: {
      ...workload.spec.labels,
      ...(workload.spec.pullAuth
        ? { [registryLoginLabel]: loginMark(workload.spec.pullAuth) }
        : {}),
    },
    TaskTemplate: { ...spec, RestartPolicy: { Condition: 'any', Delay: 10 * second } },
    Mode: { Replicated: { Replicas: workload.replicas } },
    UpdateConfig: {
      Parallelism: 1,
      Order: 'start-first',
      FailureAction: 'rollback',
      Monitor: 5 * second,
      MaxFailureRatio: 0,
    },
    RollbackConfig: { Parallelism: 1, Order: 'start-first' },
    EndpointSpec: { Mode: 'dnsrr' },
  };
}

/**
 * One job run attempt: a replicated-job service that runs one task once, never restarted (berth
 * does the retries). `record` makes a service that never runs a task (a skipped run's record).
 */
export function jobService(
  name: string,
  spec: WorkloadSpec,
  options: Placed & { network: string; secrets: readonly MountedSecret[]; record?: boolean },
): SwarmServiceSpec {
  const task = taskSpec(spec, options);
  return {
    Name: serviceName(name),
    Labels: spec.labels,
    TaskTemplate: { ...task, RestartPolicy: { Condition: 'none' } },
    Mode: { ReplicatedJob: { MaxConcurrent: 1, TotalCompletions: options.record ? 0 : 1 } },
    EndpointSpec: { Mode: 'dnsrr' },
  };
}

/** Where a service's tasks must run beyond its size: `node`, the only node that has its image. */
interface Placed {
  node?: string | undefined;
}

function taskSpec(
  spec: WorkloadSpec,
  { network, secrets, node }: Placed & { network: string; secrets: readonly MountedSecret[] },
): Omit<SwarmServiceSpec['TaskTemplate'], 'RestartPolicy'> {
  const env: Record<string, string> = { ...spec.env };
  // Env secrets are set as the Docker engine sets them; file secrets are Swarm secrets, never env.
  for (const secret of spec.secrets ?? [])
    if (secret.env !== undefined) env[secret.env] = secret.value;
  const gpu = spec.gpus > 0;
  return {
    ContainerSpec: {
      Image: spec.image,
      ...(spec.entrypoint ? { Command: spec.entrypoint } : {}),
      ...(spec.args ? { Args: spec.args } : {}),
      ...(spec.workingDir ? { Dir: spec.workingDir } : {}),
      Env: Object.entries(env).map(([k, v]) => `${k}=${v}`),
      Labels: spec.labels,
      // The node makes a named volume on first use, with these labels (as the Docker engine does).
      Mounts: spec.volumes.map((v) => ({
        Type: 'volume',
        Source: v.name,
        Target: v.target,
        VolumeOptions: { Labels: v.labels ?? volumeLabels(spec) },
      })),
      ...(secrets.length > 0
        ? {
            Secrets: secrets.map((s) => ({
              SecretID: s.id,
              SecretName: s.name,
              File: { Name: s.file, UID: '0', GID: '0', Mode: 0o400 },
            })),
          }
        : {}),
      Init: true,
      StopGracePeriod: 10 * second,
    },
    Resources: {
      Limits: { NanoCPUs: Math.round(spec.cpus * second), MemoryBytes: spec.memoryBytes },
      // Memory is reserved so Swarm places by it; CPU is only a limit (a reservation of whole
      // cores would refuse replicas that share a node's cores, as containers on one engine do).
      Reservations: {
        MemoryBytes: spec.memoryBytes,
        ...(gpu
          ? { GenericResources: [{ DiscreteResourceSpec: { Kind: 'gpu', Value: spec.gpus } }] }
          : {}),
      },
    },
    Placement: {
      Constraints: [
        gpu ? 'node.labels.hardware==gpu' : 'node.labels.hardware!=gpu',
        ...(node ? [`node.id==${node}`] : []),
      ],
    },
    Networks: [{ Target: network }],
  };
}

function volumeLabels(spec: WorkloadSpec): Record<string, string> {
  return { 'berth.managed': 'true', 'berth.owner': spec.labels['berth.owner'] ?? '' };
}

/** The container's own check (Swarm's rollout waits for it): HTTP GET of the path, else TCP. */
export function healthCheck(
  readiness: ReadinessSpec,
): NonNullable<SwarmServiceSpec['TaskTemplate']['ContainerSpec']['Healthcheck']> {
  const url = `http://127.0.0.1:${readiness.port}${readiness.path ?? '/'}`;
  const test =
    readiness.path === undefined
      ? `nc -z 127.0.0.1 ${readiness.port} 2>/dev/null || nc 127.0.0.1 ${readiness.port} </dev/null >/dev/null`
      : `curl -fsS -o /dev/null ${url} 2>/dev/null || wget -q -O /dev/null ${url}`;
  return {
    Test: ['CMD-SHELL', test],
    Interval: Math.max(readiness.periodMs, 1000) * 1e6,
    Timeout: Math.max(readiness.timeoutMs, 1000) * 1e6,
    Retries: readiness.failureThreshold,
    StartPeriod: readiness.initialDelayMs * 1e6,
  };
}

/** The label holding the digest of what berth wrote into a service (drift shows as a mismatch). */
export const writtenLabel = 'berth.written';

/** Which login the nodes pull the service's image with: owner, secret, fingerprint (no value). */
export const registryLoginLabel = 'berth.registry-login';

function loginMark(auth: RegistryAuth): string {
  return `${auth.owner}/${auth.secret}@${auth.fingerprint}`;
}

/**
 * What berth writes into a service, as the manager reads it back: the fields berth sets and
 * nothing Swarm adds (defaults, network IDs for names, versions). Two specs that berth would
 * write alike have the same projection; a change by hand to anything berth wrote does not.
 */
export function projection(spec: SwarmServiceSpec): unknown {
  const labels = Object.fromEntries(
    Object.entries(spec.Labels).filter(([name]) => name !== writtenLabel),
  );
  // As read back: Swarm leaves out what is empty.
  const c: Partial<SwarmServiceSpec['TaskTemplate']['ContainerSpec']> =
    spec.TaskTemplate.ContainerSpec;
  const r = spec.TaskTemplate.Resources;
  const sorted = (o: Record<string, string> | undefined) =>
    Object.entries(o ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    labels: sorted(labels),
    mode: spec.Mode,
    image: c.Image,
    command: c.Command ?? [],
    args: c.Args ?? [],
    dir: c.Dir ?? '',
    env: c.Env ?? [],
    health: c.Healthcheck?.Test ?? [],
    containerLabels: sorted(c.Labels),
    mounts: (c.Mounts ?? []).map((m) => [m.Source, m.Target, sorted(m.VolumeOptions?.Labels)]),
    secrets: (c.Secrets ?? []).map((x) => [x.SecretName, x.File.Name]),
    limits: [r.Limits.NanoCPUs, r.Limits.MemoryBytes],
    reservations: [r.Reservations.MemoryBytes, r.Reservations.GenericResources ?? []],
    restart: spec.TaskTemplate.RestartPolicy.Condition,
    constraints: spec.TaskTemplate.Placement.Constraints,
    order: spec.UpdateConfig?.Order ?? '',
    endpoint: spec.EndpointSpec.Mode,
  };
}

/** The digest berth writes as `berth.written`, and compares a service's spec against. */
export function specDigest(spec: SwarmServiceSpec): string {
  return createHash('sha256')
    .update(JSON.stringify(projection(spec)))
    .digest('hex')
    .slice(0, 16);
}

/** The spec with the digest of itself in its labels. */
export function withDigest(spec: SwarmServiceSpec): SwarmServiceSpec {
  return { ...spec, Labels: { ...spec.Labels, [writtenLabel]: specDigest(spec) } };
}

/** Whether a service berth wrote was changed since (by hand); false for one without the label. */
export function changedSinceWritten(spec: SwarmServiceSpec): boolean {
  const written = spec.Labels[writtenLabel];
  return written !== undefined && written !== specDigest(spec);
}

/**
 * Whether the service differs from what berth wants in anything berth writes, the revision's
 * commit aside: a new commit that leaves a Deployment alone restarts nothing, as on the Docker
 * engine (its tasks keep the commit they were made from).
 */
export function differs(current: SwarmServiceSpec, wanted: SwarmServiceSpec): boolean {
  return beyondCommit(current) !== beyondCommit(wanted);
}

function beyondCommit(spec: SwarmServiceSpec): string {
  type Labels = [string, string][];
  const p = projection(spec) as { labels: Labels; containerLabels: Labels; env: string[] };
  const notCommit = ([name]: [string, string]) => name !== labelKeys.commit;
  return JSON.stringify({
    ...p,
    labels: p.labels.filter(notCommit),
    containerLabels: p.containerLabels.filter(notCommit),
    env: p.env.filter((entry) => !entry.startsWith('BERTH_COMMIT=')),
  });
}
