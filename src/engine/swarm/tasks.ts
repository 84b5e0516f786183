// Swarm tasks as berth's units (pure): a Deployment's replicas are the tasks Swarm wants running.
import type { ObservedUnit, UnitStatus } from '../types.js';

/** The parts of a task (GET /tasks) berth reads. */
export interface SwarmTask {
  ID: string;
  ServiceID: string;
  NodeID?: string;
  Slot?: number;
  CreatedAt: string;
  DesiredState: string;
  Spec: {
    ContainerSpec?: { Labels?: Record<string, string> };
    Resources?: { Reservations?: { GenericResources?: unknown[] } };
  };
  Status: {
    State: string;
    Timestamp?: string;
    Err?: string;
    ContainerStatus?: { ContainerID?: string; ExitCode?: number };
  };
  NetworksAttachments?: {
    Network: { ID?: string; Spec: { Name: string } };
    Addresses?: string[];
  }[];
}

/**
 * Why Swarm refused a task, and what to do. Swarm before the fix of moby/moby#44378 (Docker 20.10
 * to 24) drops a task that reserves generic resources (GPUs) once its node changes, and a task on
 * a network changes its node at once: the task never runs, with a reason that names no cause.
 */
export function refusalOf(task: SwarmTask): string {
  const reason = task.Status.Err ?? 'no reason given';
  const reservesGpus = (task.Spec.Resources?.Reservations?.GenericResources?.length ?? 0) > 0;
  if (reservesGpus && reason.includes('no longer meets constraints'))
    return `${reason} (the task reserves GPUs: Swarm in Docker engines without the fix of moby/moby#44378 drops such tasks on a network; update Docker on the Swarm's nodes)`;
  return reason;
}

/**
 * A task Swarm ended for a reason of its own before any container ran: Docker 20.10 can hand a
 * node a task before the node has its address on the task's newly made overlay (the task is then
 * rejected while it prepares). Swarm starts another task for a service; it is no crash of what the
 * task runs, and no refusal of its image or constraints.
 */
export function failedBySwarm(task: SwarmTask): boolean {
  return (
    (task.Status.State === 'rejected' || task.Status.State === 'failed') &&
    !task.Status.ContainerStatus?.ContainerID &&
    (task.Status.Err ?? '').includes('node is missing network attachments')
  );
}

/** Swarm's task states as a container's status. */
export function unitStatusOf(state: string): UnitStatus {
  switch (state) {
    case 'running':
      return 'running';
    case 'complete':
    case 'failed':
    case 'shutdown':
    case 'rejected':
    case 'orphaned':
    case 'remove':
      return 'exited';
    default:
      // new, pending, assigned, accepted, preparing, ready, starting (health not yet passed)
      return 'created';
  }
}

/** The task's address on the network berth gave it (`ours`), without the prefix length. */
export function taskAddress(
  task: SwarmTask,
  ours: (network: string) => boolean,
): string | undefined {
  const attachment = task.NetworksAttachments?.find((a) => ours(a.Network.Spec.Name));
  return attachment?.Addresses?.[0]?.split('/')[0];
}

/** A replica: a task Swarm wants running (history of finished tasks is not a replica). */
export function replicaOf(
  task: SwarmTask,
  address: string | undefined,
  ready: (id: string) => boolean,
): ObservedUnit | undefined {
  if (task.DesiredState !== 'running') return undefined;
  const labels = task.Spec.ContainerSpec?.Labels ?? {};
  return {
    id: task.ID,
    name: `${labels['berth.name'] ?? task.ServiceID}.${task.Slot ?? 0}`,
    labels,
    specHash: labels['berth.spec-hash'] ?? '',
    status: unitStatusOf(task.Status.State),
    createdAt: new Date(task.CreatedAt),
    address,
    ready: ready(task.ID),
  };
}

/**
 * The tasks Swarm made for the service's current spec (`specHash`), newest first: those created
 * since the spec was last written (`since`, the service's `UpdatedAt`). A change by hand keeps
 * berth's labels, so the label alone would also take in tasks of a spec changed by hand that
 * berth's write then stopped half-started; their end is no failure of berth's spec.
 */
export function tasksOfSpec(
  tasks: readonly SwarmTask[],
  specHash: string,
  since: string,
): SwarmTask[] {
  const from = Date.parse(since);
  return tasks
    .filter(
      (t) =>
        t.Spec.ContainerSpec?.Labels?.['berth.spec-hash'] === specHash &&
        !(Date.parse(t.CreatedAt) < from),
    )
    .sort((a, b) => Date.parse(b.CreatedAt) - Date.parse(a.CreatedAt));
}
