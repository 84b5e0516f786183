// What berth knows about each resource and revision, for `status`, the HTTP API and the CLI.
// In memory only: after a restart, the first reconcile rebuilds it from the engine's labels.
import type { Clock } from '../clock.js';
import type { Problem } from '../resources/problem.js';
import type { FailureReason, Leftover } from '../engine/types.js';

export type ResourceState =
  | 'Pending'
  | 'Progressing'
  | 'Ready'
  | 'Failed'
  | 'Deleted'
  | 'Running'
  | 'Succeeded'
  | 'Scheduled'
  | 'Suspended';

/** One run of a Job as status shows it (SPEC §4.4). */
export interface RunSummary extends RunProgress {
  id: string;
  trigger: string;
  /** ISO time the run was due (scheduled) or asked for */
  scheduledAt: string;
  params: Record<string, unknown>;
  /** a pipeline run's steps, in the Job's order */
  steps?: StepSummary[];
}

export interface StepSummary extends RunProgress {
  name: string;
  dependsOn: string[];
}

/** How a run, or one step of a pipeline run, stands. */
export interface RunProgress {
  state: 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Skipped';
  reason: string | undefined;
  message: string;
  attempts: number;
  exitCode: number | undefined;
  startedAt: string | undefined;
  finishedAt: string | undefined;
  durationMs: number | undefined;
  /** the engine's id of the last attempt, for logs */
  unitId: string | undefined;
}

export interface JobStatus {
  /** ISO time of the next scheduled run, when there is one */
  nextRunAt: string | undefined;
  /** kept runs, newest first */
  runs: RunSummary[];
}

export interface ResourceStatus {
  key: string;
  kind: string;
  name: string;
  owner: string | undefined;
  state: ResourceState;
  reason: FailureReason | undefined;
  message: string;
  replicas: { desired: number; ready: number } | undefined;
  /** for a Job: its runs and next scheduled time */
  job?: JobStatus | undefined;
  /** the revision this status belongs to */
  revision: string;
  updatedAt: string;
  /** recent events, newest last */
  history: { time: string; message: string }[];
}

export interface RevisionStatus {
  id: string;
  state: 'Applying' | 'Applied' | 'Rejected';
  problems: Problem[];
  updatedAt: string;
}

export interface StatusStore {
  update(
    key: string,
    patch: Partial<ResourceStatus> & Pick<ResourceStatus, 'kind' | 'name'>,
  ): ResourceStatus;
  record(key: string, message: string): void;
  get(key: string): ResourceStatus | undefined;
  remove(key: string): void;
  all(): ResourceStatus[];
  setRevision(revision: Omit<RevisionStatus, 'updatedAt'>): void;
  revision(): RevisionStatus | undefined;
  /** what the latest full look at the engine found that berth could not clean */
  setLeftovers(found: readonly Leftover[]): void;
  leftovers(): Leftover[];
  /** called after every change */
  subscribe(listener: (status: ResourceStatus) => void): () => void;
}

const historyLimit = 20;

export function createStatusStore(clock: Clock): StatusStore {
  const resources = new Map<string, ResourceStatus>();
  const listeners = new Set<(status: ResourceStatus) => void>();
  let revision: RevisionStatus | undefined;
  let leftovers: Leftover[] = [];
  const iso = () => new Date(clock.now()).toISOString();
  const notify = (status: ResourceStatus) => {
    for (const listener of listeners) listener(status);
  };

  return {
    update(key, patch) {
      const previous = resources.get(key);
      const next: ResourceStatus = {
        key,
        owner: undefined,
        state: 'Pending',
        reason: undefined,
        message: '',
        replicas: undefined,
        revision: revision?.id ?? '',
        history: [],
        ...previous,
        ...patch,
        updatedAt: iso(),
      };
      resources.set(key, next);
      notify(next);
      return next;
    },
    record(key, message) {
      const status = resources.get(key);
      if (!status) return;
      status.history.push({ time: iso(), message });
      if (status.history.length > historyLimit)
        status.history.splice(0, status.history.length - historyLimit);
    },
    get: (key) => resources.get(key),
    remove: (key) => void resources.delete(key),
    all: () => [...resources.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    setLeftovers(found) {
      leftovers = [...found];
    },
    leftovers: () => [...leftovers],
    setRevision(next) {
      revision = { ...next, updatedAt: iso() };
    },
    revision: () => revision,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
