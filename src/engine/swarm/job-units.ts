// Job run attempts on Swarm as berth's units (pure). Each attempt is a replicated-job service of
// one task; the unit is the service (its labels, its mark) with how its task went: running until
// the task reaches an end, then its exit code and times. A skipped run's record is a service that
// never gets a task; a run berth stopped carries its mark on the service.
import { labelKeys } from '../labels.js';
import type { ObservedUnit, UnitMark } from '../types.js';
import type { SwarmServiceSpec } from './service-spec.js';
import { refusalOf, type SwarmTask } from './tasks.js';

/** The parts of a service (GET /services) berth reads. */
export interface ListedService {
  ID: string;
  Version: { Index: number };
  CreatedAt: string;
  UpdatedAt?: string;
  Spec: SwarmServiceSpec;
}

/** Labels berth adds to an attempt's service when it stops it (SPEC §4.1 keeps the rest). */
export const jobLabels = {
  /** why berth stopped the attempt (`deadline-exceeded`, `replaced`) */
  mark: 'berth.mark',
  /** when the attempt's task was made: kept for a task Swarm removes as it stops it */
  startedAt: 'berth.started-at',
} as const;

const ends = new Set(['complete', 'failed', 'shutdown', 'rejected', 'orphaned', 'remove']);

/** Whether a task has reached an end (it never runs again). */
export function taskEnded(task: SwarmTask): boolean {
  return ends.has(task.Status.State);
}

/**
 * How an ended task's container ended: 0 for a completed task; the container's own code for one
 * that ran (Swarm may mark a task failed after its container exited 0, when it cannot tear down
 * the task's network: the work still succeeded); none for a task that never had a container
 * (rejected: the 0 Swarm reports then is no exit code).
 */
export function exitCodeOf(task: SwarmTask): number | undefined {
  if (task.Status.State === 'complete') return 0;
  const { ContainerID: container, ExitCode: code } = task.Status.ContainerStatus ?? {};
  if (container) return code;
  return code === 0 ? undefined : code;
}

/** The newest task of a service (a replicated job of one completion has one, or none yet). */
export function newestTask(tasks: readonly SwarmTask[]): SwarmTask | undefined {
  return [...tasks].sort((a, b) => (a.CreatedAt < b.CreatedAt ? 1 : -1))[0];
}

export function markOf(labels: Record<string, string>): UnitMark | undefined {
  const mark = labels[jobLabels.mark];
  return mark === 'deadline-exceeded' || mark === 'replaced' ? mark : undefined;
}

/**
 * One attempt's unit. Its start is when Swarm made the task (the task keeps no start time once it
 * ended); its end is the task's last state change. Until the task ends, the attempt is running,
 * also while Swarm still schedules it.
 */
export function jobUnitOf(service: ListedService, tasks: readonly SwarmTask[]): ObservedUnit {
  const labels = service.Spec.Labels;
  const task = newestTask(tasks);
  const mark = markOf(labels);
  const base = {
    id: service.ID,
    name: service.Spec.Name,
    labels,
    specHash: labels[labelKeys.specHash] ?? '',
    createdAt: new Date(service.CreatedAt),
    address: undefined,
    ready: false,
    mark,
  };
  if (task) {
    const startedAt = new Date(task.CreatedAt);
    if (!taskEnded(task)) return { ...base, status: 'running', startedAt };
    // Only a completed task succeeded: one Swarm shut down or rejected ended without success.
    const exitCode = exitCodeOf(task);
    // A task Swarm refused (or could not start) has no exit code: its reason says why.
    const refused = exitCode === undefined && task.Status.Err !== undefined;
    return {
      ...base,
      status: 'exited',
      exitCode,
      ...(refused ? { error: refusalOf(task) } : {}),
      startedAt,
      finishedAt: new Date(task.Status.Timestamp ?? task.CreatedAt),
    };
  }
  if (labels[labelKeys.skipped] !== undefined) return { ...base, status: 'created' };
  if (mark) {
    // Stopped by berth on a node it could not reach: Swarm removed the task as it stopped it.
    const started = labels[jobLabels.startedAt];
    return {
      ...base,
      status: 'exited',
      startedAt: started ? new Date(started) : undefined,
      finishedAt: new Date(service.UpdatedAt ?? service.CreatedAt),
    };
  }
  return { ...base, status: 'running' };
}
