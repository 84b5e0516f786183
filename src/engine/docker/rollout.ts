// berth's own Deployment choreography on one Docker engine: starts what is missing, rolls changed
// replicas start-first (a new replica must pass readiness before an old one stops), scales, and
// retires what is left over. It works from the units the reconcile's observation saw, never a
// listing of its own. Expected failures come back as a result with a reason, never as an exception.
import { randomBytes } from 'node:crypto';
import type { Clock } from '../../clock.js';
import { NotFoundError, errorMessage } from '../../errors.js';
import { remedyFor } from '../failures.js';
import type { Logger } from '../../log.js';
import { splitReplicas } from '../replicas.js';
import {
  ImageError,
  type ActionHooks,
  type DeploymentResult,
  type DeploymentWorkload,
  type EndpointSink,
  type FailureReason,
  type ObservedUnit,
} from '../types.js';
import type { ContainerApi } from './container-api.js';
import { waitReady } from './readiness.js';
import type { RestartTracker } from './restarts.js';

export interface RolloutContext {
  containers: ContainerApi;
  endpoints: EndpointSink;
  clock: Clock;
  log: Logger;
  restarts: RestartTracker;
  /** containers berth itself is stopping: their events are not drift */
  retiring: Set<string>;
  /**
   * running containers that already failed readiness: later reconciles check them with one
   * probe instead of the full budget, so an unready deployment does not hold a queue slot
   */
  unready: Set<string>;
  /** replicas the event stream says are paused: never admitted on a listing's word */
  paused: Set<string>;
  /** containers with a restart scheduled after a crash: converge leaves them to that timer */
  restartPending: (containerId: string) => boolean;
  /** drops a scheduled restart (the container is being retired) */
  cancelRestart: (containerId: string) => void;
  drainTimeoutMs: number;
  stopTimeoutSeconds: number;
  instance: string;
  /** a container was removed: something may be left for the sweep */
  removed: () => void;
}

type Failure = NonNullable<DeploymentResult['failure']>;

export async function rollOut(
  workload: DeploymentWorkload,
  units: readonly ObservedUnit[],
  ctx: RolloutContext,
  hooks: ActionHooks,
): Promise<DeploymentResult> {
  try {
    return await converge(workload, units, ctx, hooks);
  } catch (error) {
    const reason: FailureReason = error instanceof ImageError ? 'ImageError' : 'EngineError';
    ctx.log.warn({ err: error }, 'deployment failed to converge');
    const serving = ctx.endpoints.count(workload.name);
    return { ready: 0, serving, failure: { reason, message: errorMessage(error) } };
  }
}

async function converge(
  workload: DeploymentWorkload,
  units: readonly ObservedUnit[],
  ctx: RolloutContext,
  hooks: ActionHooks,
): Promise<DeploymentResult> {
  const { containers, endpoints } = ctx;
  const split = splitReplicas(units, workload.specHash);
  // Running replicas first: they are the ones kept when there are more than wanted.
  const current = [...split.current].sort(
    (a, b) => Number(b.status === 'running') - Number(a.status === 'running'),
  );
  const { old } = split;
  const want = workload.replicas;

  // The image and volumes are made ready only when a replica is created: checking what already
  // runs asks the engine nothing.
  const prepare = async () => {
    const { image, pullAuth } = workload.spec;
    const as = pullAuth ? ` as ${pullAuth.owner}` : '';
    await hooks.once(`image ${image}${as}`, () => containers.ensureImage(image, pullAuth));
    for (const volume of workload.spec.volumes) {
      const labels = { 'berth.managed': 'true', 'berth.owner': workload.owner };
      await hooks.once(`volume ${volume.name}`, () => containers.ensureVolume(volume.name, labels));
    }
  };

  // Replicas of the current spec that exist: start the stopped ones, check readiness of the rest.
  const ready: string[] = [];
  let failure: Failure | undefined;
  /** replicas that cannot start again as they are: removed, made anew below */
  let replaced = 0;
  for (const unit of current.slice(0, want)) {
    if (ctx.restartPending(unit.id)) continue;
    if (unit.status !== 'running') {
      if (!(await startAgain(unit, ctx, hooks))) {
        replaced += 1;
        continue;
      }
      hooks.record(`started replica ${unit.name} (was ${unit.status})`);
    }
    const listed = unit.status === 'running' && !ctx.paused.has(unit.id) ? unit : undefined;
    const result = await admit(workload, unit.id, ctx, hooks, listed);
    if (result) failure ??= result;
    else ready.push(unit.id);
  }

  // Roll: one new replica at a time; each that passes readiness retires one old replica.
  const retire = [...old];
  let creating = want - Math.min(current.length, want) + replaced;
  if (creating > 0) await prepare();
  while (creating > 0 && !failure) {
    creating -= 1;
    const id = await createReplica(workload, ctx, hooks);
    const result = await admit(workload, id, ctx, hooks);
    if (result) {
      failure = result;
      break;
    }
    ready.push(id);
    const next = retire.shift();
    if (next) await retireUnit(next, ctx, hooks);
  }

  // Replicas beyond `replicas` go. Old replicas keep serving while the new spec is short of ready
  // replicas (a failed rollout, a new replica waiting to restart), but no more of them than needed.
  for (const unit of current.slice(want)) await retireUnit(unit, ctx, hooks);
  const keepOld = Math.max(want - ready.length, 0);
  for (const unit of retire.slice(keepOld)) await retireUnit(unit, ctx, hooks);
  const serving = endpoints.count(workload.name);
  if (failure) return { ready: ready.length, serving, failure };
  const waiting = current.slice(0, want).filter((u) => ctx.restartPending(u.id));
  if (waiting.length > 0) {
    const restarts = Math.max(...waiting.map((u) => ctx.restarts.count(u.id)));
    // The last crash's exit code stays in the message while the replicas wait.
    const codes = [...new Set(waiting.map((u) => ctx.restarts.lastExitCode(u.id)))].filter(
      (code) => code !== undefined,
    );
    const exited = codes.length > 0 ? `, last exit code ${codes.join(', ')}` : '';
    return {
      ready: ready.length,
      serving,
      failure: {
        reason: 'CrashLoop',
        message: `crash loop: ${waiting.length} of ${want} replicas wait to restart after crashing (restarts: ${restarts}${exited}); ${serving} serving`,
      },
    };
  }
  return { ready: ready.length, serving };
}

/** Waits for readiness and adds the replica to the routing table; returns a failure or undefined. */
async function admit(
  workload: DeploymentWorkload,
  containerId: string,
  ctx: RolloutContext,
  hooks: ActionHooks,
  listed?: ObservedUnit,
): Promise<Failure | undefined> {
  if (ctx.endpoints.has(containerId)) return undefined;
  const options = {
    containers: ctx.containers,
    clock: ctx.clock,
    restartCount: (id: string) => ctx.restarts.count(id),
    ...(hooks.signal ? { signal: hooks.signal } : {}),
  };
  const recheck = ctx.unready.has(containerId);
  const spec = recheck
    ? { ...workload.readiness, initialDelayMs: 0, failureThreshold: 1 }
    : workload.readiness;
  let result = await waitReady(containerId, spec, options, listed);
  if (result.ready && ctx.paused.has(containerId)) {
    // Paused while it was checked: a paused process still accepts connections.
    result = { ready: false, reason: 'Paused', message: 'the container was paused outside berth' };
  }
  if (!result.ready && result.reason === 'Paused') {
    // Paused by hand (the engine's listing may not show it yet): resume it and check again.
    await ctx.containers.start(containerId);
    ctx.paused.delete(containerId);
    hooks.record(`resumed replica ${containerId.slice(0, 12)}`);
    result = await waitReady(containerId, workload.readiness, options);
  }
  if (!result.ready) {
    if (!recheck) hooks.record(`not ready: ${result.message}`);
    ctx.unready.add(containerId);
    return { reason: result.reason, message: result.message };
  }
  ctx.unready.delete(containerId);
  ctx.endpoints.add(workload.name, {
    unitId: containerId,
    host: result.address,
    port: workload.readiness.port,
  });
  return undefined;
}

/**
 * Starts a stopped replica; false when it cannot run as it is (the engine's classification says
 * replace, or it is gone) and has been removed so that a new one takes its place.
 */
async function startAgain(
  unit: Pick<ObservedUnit, 'id' | 'name' | 'status'>,
  ctx: RolloutContext,
  hooks: ActionHooks,
): Promise<boolean> {
  try {
    await ctx.containers.start(unit.id);
    ctx.paused.delete(unit.id);
    return true;
  } catch (error) {
    if (error instanceof NotFoundError) return false;
    if (remedyFor(error) !== 'replace') throw error;
    ctx.log.warn({ container: unit.name, err: errorMessage(error) }, 'replacing a replica');
    hooks.record(`replica ${unit.name} cannot start again (${errorMessage(error)}); replacing it`);
    await discard(unit.id, ctx);
    return false;
  }
}

/** Removes a container berth gave up on, so that its events are not read as drift. */
async function discard(id: string, ctx: RolloutContext): Promise<void> {
  ctx.retiring.add(id);
  ctx.cancelRestart(id);
  ctx.endpoints.remove(id);
  ctx.unready.delete(id);
  await ctx.containers.remove(id);
  ctx.restarts.forget(id);
  ctx.removed();
}

async function createReplica(
  workload: DeploymentWorkload,
  ctx: RolloutContext,
  hooks: ActionHooks,
): Promise<string> {
  // A new replica that the engine cannot start for reasons of its own is replaced once more.
  for (let attempt = 1; ; attempt++) {
    const suffix = randomBytes(3).toString('hex');
    const name = `berth-${ctx.instance}-${workload.name}-${workload.specHash.slice(0, 8)}-${suffix}`;
    const id = await ctx.containers.create({ ...workload.spec, name });
    try {
      await ctx.containers.start(id);
    } catch (error) {
      await discard(id, ctx);
      if (attempt >= 2 || remedyFor(error) !== 'replace') throw error;
      hooks.record(`new replica ${name} did not start (${errorMessage(error)}); making another`);
      continue;
    }
    hooks.record(`created replica ${name}`);
    return id;
  }
}

/** Takes a replica out of rotation, lets its requests finish, then stops and removes it. */
export async function retireUnit(
  unit: Pick<ObservedUnit, 'id' | 'name' | 'status'>,
  ctx: RolloutContext,
  hooks: ActionHooks,
): Promise<void> {
  ctx.retiring.add(unit.id);
  ctx.cancelRestart(unit.id);
  ctx.endpoints.remove(unit.id);
  try {
    await ctx.endpoints.drain(unit.id, ctx.drainTimeoutMs);
    if (unit.status === 'running') await ctx.containers.stop(unit.id, ctx.stopTimeoutSeconds);
    await ctx.containers.remove(unit.id);
  } catch (error) {
    // Not retired after all: the next reconcile must see this container again.
    ctx.retiring.delete(unit.id);
    throw error;
  }
  ctx.restarts.forget(unit.id);
  ctx.removed();
  hooks.record(`removed replica ${unit.name}`);
}
