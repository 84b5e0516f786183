// One look at the engine for the reconcile loop: the instance's containers (one listing, kept
// while nothing happened) turned into workloads and their units, with what the event stream
// knows ahead of the listing, the times of ended job runs, and what no resource owns.
import { NotFoundError } from '../../errors.js';
import { identityOf, labelKeys } from '../labels.js';
import type {
  Capacity,
  EndpointSink,
  Leftover,
  Observation,
  ObservedUnit,
  ObservedWorkload,
  UnitMark,
  UnitStatus,
} from '../types.js';
import type { ContainerApi } from './container-api.js';
import type { ListingCache } from './listing-cache.js';
import type { UnitMarks } from './marks.js';

export interface ObserveContext {
  containers: ContainerApi;
  endpoints: EndpointSink;
  marks: UnitMarks;
  listing: ListingCache;
  capacityNow: () => Promise<Capacity | undefined>;
  /** a job run's unit the engine stopped that berth brings back: its end does not count */
  comingBack: (containerId: string) => boolean;
  /** a full observation is about to be taken */
  observing: () => void;
}

export async function observeInstance(
  ctx: ObserveContext,
  instance: string,
  key?: string,
): Promise<Observation> {
  const { containers, endpoints, marks } = ctx;
  const only = key ? identityOfKey(key) : undefined;
  if (!key) ctx.observing();
  // A whole look may come from the last listing while the event stream says nothing changed;
  // a look at one resource (after an event, after acting on it) always asks the engine.
  const list = () =>
    only
      ? containers.listManaged(instance, only)
      : ctx.listing.get(() => containers.listManaged(instance));
  const [listed, capacity] = await Promise.all([list(), ctx.capacityNow()]);
  // Containers that are gone need no marks, even when their destroy event was missed.
  if (!key) {
    const present = new Set(listed.map((c) => c.id));
    for (const set of [marks.retiring, marks.unready, marks.paused]) {
      for (const id of set) if (!present.has(id)) set.delete(id);
    }
  }
  const workloads = new Map<string, ObservedWorkload>();
  const leftovers: Leftover[] = [];
  for (const c of listed) {
    const identity = identityOf(c.labels);
    if (!identity) {
      leftovers.push({
        kind: 'container',
        id: c.id,
        name: c.name,
        problem: `its berth labels are incomplete (no kind, name or spec hash), so no resource owns it; remove it with \`docker rm -f ${c.name}\``,
      });
      continue;
    }
    if (c.status === 'dead') {
      leftovers.push({
        kind: 'container',
        id: c.id,
        name: c.name,
        problem: `the engine could not remove it (dead); berth keeps trying, or remove it with \`docker rm -f ${c.name}\``,
      });
    }
    const workload = workloads.get(identity.key) ?? {
      key: identity.key,
      kind: identity.kind,
      name: identity.name,
      owner: c.labels[labelKeys.owner],
      units: [],
    };
    // A replica that does not run serves nothing, even when its end was missed (engine restart).
    if (c.status !== 'running' && identity.kind !== 'Job') endpoints.remove(c.id);
    // A run's attempt the engine stopped as it went away runs again: its end does not count.
    const comingBack = identity.kind === 'Job' && ctx.comingBack(c.id);
    workload.units.push({
      id: c.id,
      name: c.name,
      labels: c.labels,
      specHash: identity.specHash,
      status: statusOf(c, marks, comingBack),
      createdAt: c.createdAt,
      address: c.address,
      ready: endpoints.has(c.id),
      exitCode: c.exitCode,
      mark: markOf(c.name),
      ...(comingBack ? { exitCode: undefined } : endedByEvent(marks, c)),
    });
    workloads.set(identity.key, workload);
  }
  await addRunTimes(containers, marks, workloads);
  if (!key) await dropGoneRoutes(ctx, listed);
  return { workloads, capacity, ...(key ? {} : { leftovers }) };
}

/**
 * Routes to replicas that no longer run (removed while the event stream was down) leave the
 * gateway. A replica missing from the listing may also be one made since it was taken: the
 * engine is asked about those, and only what it says is gone or stopped leaves.
 */
async function dropGoneRoutes(
  ctx: ObserveContext,
  listed: readonly { id: string; status: string }[],
): Promise<void> {
  const running = new Set(listed.filter((c) => c.status === 'running').map((c) => c.id));
  const unknown = ctx.endpoints.routed().filter((id) => !running.has(id));
  await Promise.all(
    unknown.map(async (id) => {
      const details = await ctx.containers.inspect(id);
      if (details?.status !== 'running') ctx.endpoints.remove(id);
    }),
  );
}

/** What a unit's status is, when the listing may be behind berth or the event stream. */
function statusOf(
  c: { id: string; status: UnitStatus },
  marks: UnitMarks,
  comingBack: boolean,
): UnitStatus {
  // What berth is retiring itself is on its way out, whatever the listing says.
  if (marks.retiring.has(c.id)) return 'removing';
  if (comingBack) return 'running';
  if (c.status === 'running' && marks.paused.has(c.id)) return 'paused';
  return c.status;
}

/** What the event stream knows of a container's end when the listing does not show it yet. */
function endedByEvent(marks: UnitMarks, c: { id: string; status: string }): Partial<ObservedUnit> {
  const end = marks.ended.get(c.id);
  if (!end) return {};
  if (c.status !== 'running' && c.status !== 'restarting') {
    marks.ended.delete(c.id);
    return {};
  }
  return { status: 'exited', exitCode: end.exitCode, finishedAt: end.at };
}

/** Job units that ended get their start and finish times (inspected once each, then cached). */
async function addRunTimes(
  containers: ContainerApi,
  marks: UnitMarks,
  workloads: Map<string, ObservedWorkload>,
): Promise<void> {
  const ended: ObservedUnit[] = [];
  for (const workload of workloads.values()) {
    if (workload.kind !== 'Job') continue;
    for (const unit of workload.units)
      if (unit.status === 'exited' || unit.status === 'dead') ended.push(unit);
  }
  await Promise.all(
    ended.map(async (unit) => {
      let times = marks.finished.get(unit.id);
      if (!times) {
        const details = await containers.inspect(unit.id).catch((error: unknown) => {
          if (error instanceof NotFoundError) return undefined;
          throw error;
        });
        if (!details) return;
        times = { startedAt: details.startedAt, finishedAt: details.finishedAt };
        // Only an end the engine itself reports is final.
        if (details.finishedAt) marks.finished.set(unit.id, times);
      }
      unit.startedAt = times.startedAt;
      unit.finishedAt = times.finishedAt ?? unit.finishedAt;
    }),
  );
}

function identityOfKey(key: string): { kind: string; name: string } {
  const [kind = '', name = ''] = key.split('/');
  return { kind, name };
}

/** The mark berth put on a unit it stopped, from its name (`<name>--replaced`). */
function markOf(name: string): UnitMark | undefined {
  if (name.endsWith('--deadline-exceeded')) return 'deadline-exceeded';
  if (name.endsWith('--replaced')) return 'replaced';
  return undefined;
}
