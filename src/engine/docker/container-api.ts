// The container-level interface of the Docker engine implementation: what berth's own rollout,
// readiness and drift repair ask of one Docker Engine. Only engine/docker/ sees it; the reconcile
// loop speaks the workload-level interface of ../types.ts.
import type { Capacity, RegistryAuth, UnitStatus, WorkloadSpec } from '../types.js';

/** A container to create: a workload unit's spec with its unique name. */
export interface ContainerSpec extends WorkloadSpec {
  /** unique, human-readable name */
  name: string;
}

export type ContainerStatus = UnitStatus;

/** A container carrying berth labels, as listing shows it (no extra calls). */
export interface ManagedContainer {
  id: string;
  name: string;
  labels: Record<string, string>;
  status: ContainerStatus;
  createdAt: Date;
  /** the address on berth's network, as the listing shows it (undefined when not connected) */
  address: string | undefined;
  /** the exit code the listing shows for a container that exited */
  exitCode: number | undefined;
}

/** What inspecting one container tells. */
export interface ContainerDetails extends ManagedContainer {
  startedAt: Date | undefined;
  finishedAt: Date | undefined;
  oomKilled: boolean;
  error: string | undefined;
}

export type EngineEventAction =
  'start' | 'die' | 'stop' | 'kill' | 'oom' | 'destroy' | 'create' | 'pause' | 'unpause';

export interface EngineEvent {
  action: EngineEventAction;
  containerId: string;
  labels: Record<string, string>;
  exitCode: number | undefined;
  time: Date;
}

export interface ContainerWatchHandlers {
  onEvent: (event: EngineEvent) => void;
  onError: (error: Error) => void;
  /** the event stream is (re)connected: events may have been missed while it was down */
  onConnect: () => void;
  /**
   * anything happened to a container of the instance (any action, also those onEvent leaves
   * out): what was listed before may be out of date
   */
  onActivity?: () => void;
  /** the event stream ended (the engine went away, or the connection to it was cut); it reconnects */
  onDisconnect?: () => void;
}

/** A listening TCP socket inside a container. */
export interface ListeningSocket {
  address: string;
  port: number;
}

export interface ContainerApi {
  /** containers carrying `berth.managed=true` and `berth.instance=<instance>`, stopped ones too */
  listManaged(instance: string, only?: { kind: string; name: string }): Promise<ManagedContainer[]>;
  /** makes the image present locally (pulls when missing, with `auth` when given); a failure is an ImageError */
  ensureImage(image: string, auth?: RegistryAuth): Promise<void>;
  ensureVolume(name: string, labels: Record<string, string>): Promise<void>;
  /** volumes carrying every one of these labels */
  listVolumes(labels: Record<string, string>): Promise<{ name: string }[]>;
  /** removes a volume; one still in use by a container stays (and is said so in the error) */
  removeVolume(name: string): Promise<void>;
  /** the instance's network when it exists, with the number of containers attached to it now */
  network(): Promise<{ name: string; attached: number } | undefined>;
  /** removes the instance's network (the next create makes it again); gone already is fine */
  removeNetwork(): Promise<void>;
  create(spec: ContainerSpec): Promise<string>;
  /** makes the container run: starts a stopped one, resumes a paused one */
  start(id: string): Promise<void>;
  stop(id: string, timeoutSeconds: number): Promise<void>;
  remove(id: string): Promise<void>;
  inspect(id: string): Promise<ContainerDetails | undefined>;
  /** the last `tail` lines of stdout and stderr */
  logs(id: string, tail: number): Promise<string>;
  /** stdout and stderr as they come, until the container ends (or the signal aborts) */
  followLogs(
    id: string,
    tail: number | undefined,
    write: (text: string) => void,
    signal?: AbortSignal,
  ): Promise<void>;
  rename(id: string, name: string): Promise<void>;
  /** TCP sockets listening inside the container; undefined when the engine cannot look */
  listeningSockets(id: string): Promise<ListeningSocket[] | undefined>;
  capacity(): Promise<Capacity>;
  /**
   * what identifies this life of the engine (it changes when the engine restarts: the engine
   * makes its default bridge again at every start); undefined when it cannot tell
   */
  engineBoot(): Promise<string | undefined>;
  /**
   * whether the engine accepts a new connection now; an engine shutting down closes its listener
   * first and stops its containers after, while connections already open still answer
   */
  acceptsConnections(): Promise<boolean>;
  /** follows container events of this instance until the returned function is called */
  watch(instance: string, handlers: ContainerWatchHandlers): () => void;
}

/** A container of that name exists already. */
export class NameTakenError extends Error {
  readonly code = 'NAME_TAKEN';
  override readonly name = 'NameTakenError';
}
