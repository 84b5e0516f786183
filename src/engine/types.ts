// The engine interface: what berth asks of a runtime, at the level of workloads (a Deployment's
// replicas, later a Job's runs), in berth's own terms. The reconcile loop plans against one
// Observation and hands each action to the engine; how a rollout happens (berth's own start-first
// choreography on one Docker engine, Swarm's service updates on several) is the engine's business.
// Implementations: docker/ (one Docker Engine). Nothing here names a Docker API type.

/** What berth wants each unit of a workload (a replica, a run attempt) to be. */
export interface WorkloadSpec {
  image: string;
  /** replaces the image's entrypoint when set */
  entrypoint?: string[];
  /** arguments (or the command, when there is no entrypoint override) */
  args?: string[];
  workingDir?: string;
  env: Record<string, string>;
  labels: Record<string, string>;
  cpus: number;
  memoryBytes: number;
  gpus: number;
  /** named volumes (the owner's /data, a pipeline run's workspace), mounted at `target` */
  volumes: { name: string; target: string; labels?: Record<string, string> }[];
  /** secrets of the owner's scope: env vars set at creation, files written before the start */
  secrets?: UnitSecret[];
  /** the registry login to pull `image` with (never hashed, never a label) */
  pullAuth?: RegistryAuth;
}

/** One secret a unit gets. Its value goes only into the unit; the spec hash holds the fingerprint. */
export interface UnitSecret {
  name: string;
  /** the environment variable it becomes */
  env?: string;
  /** the absolute path of the read-only file (0400) it becomes */
  file?: string;
  /** a keyed hash of the value */
  fingerprint: string;
  value: string;
}

export interface RegistryAuth {
  username: string;
  password: string;
  /** who the login belongs to (an owner): images pulled with it are prepared per owner */
  owner: string;
  /** the secret it came from, for messages */
  secret: string;
  /** the keyed fingerprint of the secret's value (never the value): a new login is a change */
  fingerprint: string;
}

export interface ReadinessSpec {
  port: number;
  /** HTTP GET path; TCP connect when absent */
  path: string | undefined;
  initialDelayMs: number;
  periodMs: number;
  timeoutMs: number;
  failureThreshold: number;
}

/** A Deployment as an engine runs it. */
export interface DeploymentWorkload {
  key: string;
  name: string;
  owner: string;
  replicas: number;
  spec: WorkloadSpec;
  specHash: string;
  readiness: ReadinessSpec;
}

export type UnitStatus =
  'created' | 'running' | 'restarting' | 'paused' | 'exited' | 'dead' | 'removing';

/** One unit of a workload as the engine's single listing shows it. */
export interface ObservedUnit {
  id: string;
  name: string;
  labels: Record<string, string>;
  specHash: string;
  status: UnitStatus;
  createdAt: Date;
  /** where berth reaches the unit (its address on berth's network), when it has one */
  address: string | undefined;
  /** the engine has seen this unit pass readiness and routes requests to it */
  ready: boolean;
  /** for a unit that ran to its end: how it ended (job runs) */
  exitCode?: number | undefined;
  /** for a unit the engine ended without running it (no exit code): why, as the engine says */
  error?: string | undefined;
  startedAt?: Date | undefined;
  finishedAt?: Date | undefined;
  /** why berth stopped it, when it did (kept by the engine across restarts of berth) */
  mark?: UnitMark | undefined;
}

/** Why berth stopped a unit: recorded on the unit itself, since berth keeps no database. */
export type UnitMark = 'deadline-exceeded' | 'replaced';

/** One unit to start, or to record without starting, under a name unique on the engine. */
export interface UnitSpec extends WorkloadSpec {
  name: string;
}

/** Everything the engine runs for one resource (kind/name). */
export interface ObservedWorkload {
  key: string;
  kind: string;
  name: string;
  owner: string | undefined;
  units: ObservedUnit[];
}

/**
 * Something of this instance on the engine that no resource owns and berth could not clean:
 * shown by `berth status` and the API until it is gone.
 */
export interface Leftover {
  kind: 'container' | 'volume' | 'network';
  id: string;
  name: string;
  /** what is wrong and what to do */
  problem: string;
}

/** One read of the engine, shared by every resource a reconcile looks at. */
export interface Observation {
  workloads: Map<string, ObservedWorkload>;
  /** what a full read found that berth cannot clean itself (absent: the engine does not tell) */
  leftovers?: Leftover[];
  /** what one unit may ask for; undefined when the engine has not said (sizes go unchecked) */
  capacity: Capacity | undefined;
}

export interface Capacity {
  cpus: number;
  memoryBytes: number;
  /** undefined when the engine cannot tell how many GPUs it has */
  gpus: number | undefined;
}

export type ReadinessFailure =
  | 'CrashLoop'
  | 'NotListening'
  | 'LoopbackOnly'
  | 'HealthCheckFailed'
  | 'Timeout'
  | 'Gone'
  | 'Paused';

export type FailureReason =
  | ReadinessFailure
  | 'ImageError'
  | 'EngineError'
  | 'Invalid'
  | 'BackoffLimitExceeded'
  | 'DeadlineExceeded'
  | 'Replaced';

export interface DeploymentResult {
  /** replicas of the desired spec that passed readiness and serve */
  ready: number;
  /** replicas of any spec that serve now (old ones keep serving through a failed rollout) */
  serving: number;
  failure?: { reason: FailureReason; message: string };
}

/** What the loop lends the engine for one action. */
export interface ActionHooks {
  /** a line in the resource's status history */
  record(message: string): void;
  /**
   * runs an idempotent preparation (an image present, a volume created) once per reconcile pass,
   * however many resources need it
   */
  once(what: string, run: () => Promise<void>): Promise<void>;
  signal?: AbortSignal;
}

/** Something happened to a workload outside a reconcile (removed, stopped or crashed by hand). */
export interface WorkloadEvent {
  key: string;
  message: string;
  /** the loop should converge this resource now */
  converge: boolean;
  /** the event is drift (a change made outside berth), worth a warning */
  drift: boolean;
}

export interface WatchHandlers {
  onEvent: (event: WorkloadEvent) => void;
  onError: (error: Error) => void;
  /** the event stream is (re)connected: events may have been missed while it was down */
  onConnect: () => void;
}

export interface Engine {
  /** one read of every workload of this instance (of one resource, when `key` is given) */
  observe(instance: string, key?: string): Promise<Observation>;
  /** makes a Deployment match `workload`, starting from what `observed` saw */
  applyDeployment(
    workload: DeploymentWorkload,
    observed: ObservedWorkload | undefined,
    hooks: ActionHooks,
  ): Promise<DeploymentResult>;
  /** removes every unit of a workload (a resource gone from the revision) */
  removeWorkload(observed: ObservedWorkload, hooks: ActionHooks): Promise<void>;
  /**
   * starts one unit that runs to completion (a job run's attempt), never restarted by the engine;
   * false when a unit of that name exists already (another berth process started it)
   */
  startUnit(spec: UnitSpec, hooks: ActionHooks): Promise<boolean>;
  /** records a unit that never runs (a skipped job run), so history survives restarts */
  recordUnit(spec: UnitSpec, hooks: ActionHooks): Promise<boolean>;
  /** stops a unit and marks why */
  stopUnit(
    unit: Pick<ObservedUnit, 'id' | 'name' | 'mark'>,
    mark: UnitMark,
    hooks: ActionHooks,
  ): Promise<void>;
  /** removes units (old job runs beyond the history limit) */
  removeUnits(unitIds: readonly string[], hooks: ActionHooks): Promise<void>;
  /** removes volumes no unit uses any more (the workspaces of removed pipeline runs) */
  removeVolumes(names: readonly string[], hooks: ActionHooks): Promise<void>;
  /** a unit's output: the last `tail` lines, then, with `follow`, what it prints until it ends */
  logs(
    unitId: string,
    options: { tail?: number; follow?: boolean; signal?: AbortSignal },
    write: (text: string) => void,
  ): Promise<void>;
  /** follows what happens to this instance's workloads until the returned function is called */
  watch(instance: string, handlers: WatchHandlers): () => void;
  /**
   * Finds what of this instance no resource owns besides its units (a pipeline run's workspace
   * whose run is gone, the instance's network once nothing runs on it), by the units of a full
   * `observed`, and with `remove` removes it. Returns what is left: everything found without
   * `remove`; with it, what the engine would not let go. Never a volume of user data (an
   * owner's /data stays).
   */
  sweep?(
    instance: string,
    options: {
      remove: boolean;
      observed: Observation;
      /** the resources of the revision (kind/name): theirs stays, with or without a unit now */
      declared?: ReadonlySet<string>;
    },
  ): Promise<Leftover[]>;
  /** cancels the engine's own timers (restart back-off) */
  close(): void;
}

/** Where an engine tells the gateway which replicas are ready (the gateway implements it). */
export interface EndpointSink {
  add(name: string, endpoint: { unitId: string; host: string; port: number }): void;
  /** takes a replica out of rotation; requests already in flight continue */
  remove(unitId: string): void;
  /** resolves when the replica serves no request any more, or after `timeoutMs` */
  drain(unitId: string, timeoutMs: number): Promise<void>;
  has(unitId: string): boolean;
  count(name: string): number;
  /** every replica in rotation, of every deployment */
  routed(): string[];
}

/** The image could not be found or pulled. */
export class ImageError extends Error {
  readonly code = 'IMAGE_ERROR';
  override readonly name = 'ImageError';
}
