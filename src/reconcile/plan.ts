// The plan: what a reconcile will do, as plain data. `berth plan` prints it, a pull request shows
// it, and apply executes exactly its actions, one per resource, against the observation it was
// made from. Pure: no engine, no clock.

export type ActionType =
  | 'create'
  | 'update'
  | 'scale'
  | 'repair'
  | 'verify'
  | 'delete'
  | 'run'
  | 'stop'
  | 'prune'
  | 'noop'
  | 'error';

/** One step of an action, as data: what it does in words, and what its kind needs to do it. */
export interface PlanStep {
  op: string;
  describe: string;
}

export interface PlanAction {
  type: ActionType;
  key: string;
  kind: string;
  name: string;
  reason: string;
  /** the steps a kind will carry out, when it plans them ahead (job runs to start, stop, remove) */
  steps?: readonly PlanStep[];
  /** the fields an update changes against the applied spec (`replicas: 2 → 3`), when it is known */
  changes?: readonly string[];
}

export interface Plan {
  /** the revision planned */
  revision: string;
  /** one action per resource, declared or still running, sorted by key */
  actions: PlanAction[];
  summary: { create: number; update: number; delete: number; run: number; error: number };
  /** true when applying would change something on the engine */
  hasChanges: boolean;
}

const changing = new Set<ActionType>([
  'create',
  'update',
  'scale',
  'repair',
  'delete',
  'run',
  'stop',
  'prune',
]);
/** settled by the plan itself: nothing to execute */
const settled = new Set<ActionType>(['noop', 'error']);

/** Whether apply hands this action to its kind (every changing action, and `verify`). */
export function executes(action: PlanAction): boolean {
  return !settled.has(action.type);
}

export function assemblePlan(revision: string, unsorted: PlanAction[]): Plan {
  const actions = [...unsorted].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const count = (...types: ActionType[]) => actions.filter((a) => types.includes(a.type)).length;
  return {
    revision,
    actions,
    summary: {
      create: count('create'),
      update: count('update', 'scale', 'repair'),
      delete: count('delete'),
      run: count('run'),
      error: count('error'),
    },
    hasChanges: actions.some((a) => changing.has(a.type)),
  };
}
