// The port every resource kind implements (src/kinds/*): the loop asks a kind what it wants, how
// that compares with what the engine runs, and to carry out the action it planned. Adding a kind
// touches no other kind and not the loop.
import type {
  ActionHooks,
  Capacity,
  Engine,
  FailureReason,
  ObservedWorkload,
} from '../engine/types.js';
import type { ResolvedSnapshots, ResourceImages, SnapshotRequest } from '../images/types.js';
import type { SizeSpec } from '../resources/sizes.js';
import type { Resource } from '../resources/types.generated.js';
import type { RevisionSecrets } from '../secrets/types.js';
import type { PlanAction } from './plan.js';
import type { JobStatus, ResourceState } from './status.js';

export interface ResourceOutcome {
  state: Exclude<ResourceState, 'Pending' | 'Progressing'> | 'Pending';
  reason?: FailureReason;
  message: string;
  replicas?: { desired: number; ready: number };
  job?: JobStatus;
  /** when the resource wants to be looked at again (a schedule, a retry, a deadline) */
  wakeAt?: number;
}

export interface DesireContext {
  instance: string;
  /** the resource repository commit (or local revision id) being applied */
  commit: string;
  sizes?: Readonly<Record<string, SizeSpec>>;
  /** the commits the resources' git refs resolved to in this pass (undefined before the first) */
  snapshots?: ResolvedSnapshots | undefined;
  /** the owners' secrets the revision uses, read when it was set; none when absent */
  secrets?: RevisionSecrets | undefined;
}

export interface PlanContext {
  capacity: Capacity | undefined;
  /** the loop's clock, read once per pass */
  now: number;
  /** a plan of a revision that is not applied (a pull request): the kind remembers nothing of it */
  preview?: boolean;
}

export interface ExecuteContext {
  engine: Engine;
  hooks: ActionHooks;
  instance: string;
  now: () => number;
  /** builds the resource images; undefined when the loop has no image builder */
  images: ResourceImages | undefined;
}

export interface Planned {
  action: PlanAction;
  /** the resource's outcome when the plan settles it by itself (noop, error, skip) */
  outcome?: ResourceOutcome;
}

/** One declared resource, as its kind understands it. */
export interface DesiredResource {
  key: string;
  kind: string;
  name: string;
  owner: string | undefined;
  /** replicas to show while it converges, for kinds that have them */
  replicas?: number;
  /** the images berth built for it (kept while the resource is declared) */
  builtImages?: readonly string[];
  /** its git entries, resolved to commits at the start of every pass */
  snapshotRequests?: readonly SnapshotRequest[];
  /** pure: this resource against what the engine runs for it */
  plan(observed: ObservedWorkload | undefined, ctx: PlanContext): Planned;
  /** carries out an action this resource planned, from the same observation */
  execute(
    action: PlanAction,
    observed: ObservedWorkload | undefined,
    ctx: ExecuteContext,
  ): Promise<ResourceOutcome>;
}

/** Builds the modules of every kind; each call gives modules with their own memory. */
export type KindFactory = () => readonly KindModule[];

export interface KindModule {
  kind: Resource['kind'];
  /** undefined for a resource of another kind */
  desire(resource: Resource, ctx: DesireContext): DesiredResource | undefined;
}
