// The engine interface: what berth asks of a container runtime, in berth's own terms.
// Implementations: docker.ts (one Docker Engine). A Swarm implementation maps each replica to a
// one-task service on an overlay network; nothing here names a Docker API type, so the reconciler never sees dockerode.

/** What berth wants a container to be. Everything that should restart it is in the spec hash. */
export interface ContainerSpec {
  /** unique, human-readable name */
  name: string;
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
  /** a named volume per owner, mounted at `target` */
  volumes: { name: string; target: string }[];
}

export type ContainerStatus =
  'created' | 'running' | 'restarting' | 'paused' | 'exited' | 'dead' | 'removing';

/** A container carrying berth labels, as listing shows it (no extra calls). */
export interface ManagedContainer {
  id: string;
  name: string;
  labels: Record<string, string>;
  status: ContainerStatus;
  createdAt: Date;
}

/** What inspecting one container tells. */
export interface ContainerDetails extends ManagedContainer {
  exitCode: number | undefined;
  startedAt: Date | undefined;
  finishedAt: Date | undefined;
  oomKilled: boolean;
  /** the address on berth's network, where its port can be reached from berth */
  address: string | undefined;
  error: string | undefined;
}

export interface Capacity {
  cpus: number;
  memoryBytes: number;
  /** undefined when the engine cannot tell how many GPUs it has */
  gpus: number | undefined;
}

export type EngineEventAction =
  'start' | 'die' | 'stop' | 'kill' | 'oom' | 'destroy' | 'create' | 'pause';

export interface EngineEvent {
  action: EngineEventAction;
  containerId: string;
  labels: Record<string, string>;
  exitCode: number | undefined;
  time: Date;
}

export interface WatchHandlers {
  onEvent: (event: EngineEvent) => void;
  onError: (error: Error) => void;
  /** the event stream is (re)connected: events may have been missed while it was down */
  onConnect: () => void;
}

/** A listening TCP socket inside a container. */
export interface ListeningSocket {
  address: string;
  port: number;
}

export interface Engine {
  /** containers carrying `berth.managed=true` and `berth.instance=<instance>`, stopped ones too */
  listManaged(instance: string): Promise<ManagedContainer[]>;
  /** makes the image present locally (pulls when missing); a failure is an ImageError */
  ensureImage(image: string): Promise<void>;
  ensureVolume(name: string, labels: Record<string, string>): Promise<void>;
  create(spec: ContainerSpec): Promise<string>;
  /** makes the container run: starts a stopped one, resumes a paused one */
  start(id: string): Promise<void>;
  stop(id: string, timeoutSeconds: number): Promise<void>;
  remove(id: string): Promise<void>;
  inspect(id: string): Promise<ContainerDetails | undefined>;
  /** the last `tail` lines of stdout and stderr */
  logs(id: string, tail: number): Promise<string>;
  /** TCP sockets listening inside the container; undefined when the engine cannot look */
  listeningSockets(id: string): Promise<ListeningSocket[] | undefined>;
  capacity(): Promise<Capacity>;
  /** follows container events of this instance until the returned function is called */
  watch(instance: string, handlers: WatchHandlers): () => void;
}

/** The image could not be found or pulled. */
export class ImageError extends Error {
  readonly code = 'IMAGE_ERROR';
  override readonly name = 'ImageError';
}
