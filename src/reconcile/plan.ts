// Plan: desired state (one revision) against actual state (managed containers) → actions with
// reasons. Pure: no engine, no clock. Apply converges each resource that has work to do.
import type { Capacity, ManagedContainer } from '../engine/types.js';
import { describeSize, formatBytes } from '../resources/sizes.js';
import type { DesiredDeployment } from './desired.js';
import { identityOf } from './labels.js';

export type ActionType =
  'create' | 'update' | 'scale' | 'repair' | 'verify' | 'delete' | 'noop' | 'error' | 'skip';

export interface PlanAction {
  type: ActionType;
  key: string;
  kind: string;
  name: string;
  reason: string;
  /** containers this action removes (delete) */
  containers: string[];
}

export interface Plan {
  actions: PlanAction[];
  summary: { create: number; update: number; delete: number; error: number };
  /** true when applying would change something on the engine */
  hasChanges: boolean;
}

export interface PlanInput {
  deployments: DesiredDeployment[];
  /** resources in the revision that this version does not run, with why */
  skipped: { key: string; kind: string; name: string; reason: string }[];
  actual: ManagedContainer[];
  capacity: Capacity | undefined;
  prune: boolean;
  /** containers known to pass readiness; when given, running ones not in it get a `verify` */
  knownReady?: ReadonlySet<string>;
}

const changing = new Set<ActionType>(['create', 'update', 'scale', 'repair', 'delete']);

export function planRevision(input: PlanInput): Plan {
  const byKey = new Map<string, ManagedContainer[]>();
  for (const container of input.actual) {
    const identity = identityOf(container.labels);
    if (!identity) continue;
    const list = byKey.get(identity.key) ?? [];
    list.push(container);
    byKey.set(identity.key, list);
  }
  const actions: PlanAction[] = [];
  for (const desired of input.deployments) {
    actions.push(planDeployment(desired, byKey.get(desired.key) ?? [], input));
    byKey.delete(desired.key);
  }
  for (const skipped of input.skipped) {
    actions.push({ type: 'skip', ...skipped, containers: [] });
    byKey.delete(skipped.key);
  }
  for (const [key, containers] of byKey) {
    const identity = identityOf(containers[0]?.labels ?? {});
    if (!identity) continue;
    const n = containers.length;
    actions.push({
      type: input.prune ? 'delete' : 'noop',
      key,
      kind: identity.kind,
      name: identity.name,
      reason: input.prune
        ? `removed from the revision: delete ${n} container${n === 1 ? '' : 's'}`
        : `removed from the revision; kept (pruning is off)`,
      containers: containers.map((c) => c.id),
    });
  }
  actions.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const count = (type: ActionType) => actions.filter((a) => a.type === type).length;
  return {
    actions,
    summary: {
      create: count('create'),
      update: count('update') + count('scale') + count('repair'),
      delete: count('delete'),
      error: count('error'),
    },
    hasChanges: actions.some((a) => changing.has(a.type)),
  };
}

function planDeployment(
  desired: DesiredDeployment,
  containers: ManagedContainer[],
  input: PlanInput,
): PlanAction {
  const base = { key: desired.key, kind: desired.kind, name: desired.name, containers: [] };
  const problem = desired.unsupported ?? capacityProblem(desired, input.capacity);
  if (problem) return { type: 'error', ...base, reason: problem };
  const live = containers.filter((c) => c.status !== 'removing');
  const current = live.filter((c) => identityOf(c.labels)?.specHash === desired.specHash);
  const old = live.filter((c) => identityOf(c.labels)?.specHash !== desired.specHash);
  const want = desired.replicas;
  const replicas = `${want} replica${want === 1 ? '' : 's'}`;
  if (live.length === 0) {
    if (want === 0) return { type: 'noop', ...base, reason: 'replicas: 0, nothing runs' };
    return { type: 'create', ...base, reason: `create ${replicas} of ${desired.template.image}` };
  }
  if (old.length > 0) {
    return {
      type: 'update',
      ...base,
      reason: `spec changed: roll ${replicas} (${old.length} to replace)`,
    };
  }
  const notRunning = current.filter((c) => c.status !== 'running');
  if (notRunning.length > 0) {
    const states = [...new Set(notRunning.map((c) => c.status))].join(', ');
    return {
      type: 'repair',
      ...base,
      reason: `${notRunning.length} of ${current.length} replicas not running (${states})`,
    };
  }
  if (current.length !== want) {
    return { type: 'scale', ...base, reason: `scale from ${current.length} to ${replicas}` };
  }
  const unverified = input.knownReady ? current.filter((c) => !input.knownReady?.has(c.id)) : [];
  if (unverified.length > 0) {
    return {
      type: 'verify',
      ...base,
      reason: `check readiness of ${unverified.length} running replicas`,
    };
  }
  return { type: 'noop', ...base, reason: `${replicas} running, up to date` };
}

/** A plan-time error when one container of this size is more than the engine can give. */
export function capacityProblem(
  desired: DesiredDeployment,
  capacity: Capacity | undefined,
): string | undefined {
  const { name, spec } = desired.size;
  if (!spec) return `unknown size "${name}"; use one of the sizes in SPEC §1.4`;
  if (!capacity) return undefined;
  const short: string[] = [];
  if (spec.cpus > capacity.cpus) short.push(`${capacity.cpus} CPUs`);
  if (spec.memoryBytes > capacity.memoryBytes) short.push(formatBytes(capacity.memoryBytes));
  if (capacity.gpus !== undefined && spec.gpus > capacity.gpus) short.push(`${capacity.gpus} GPUs`);
  if (short.length === 0) return undefined;
  return `size ${describeSize(name, spec)} is more than this engine can give (it has ${short.join(', ')}); choose a smaller size`;
}
