// Converges one Deployment: starts what is missing, rolls changed replicas start-first (a new
// replica must pass readiness before an old one stops), scales, and retires what is left over.
// Expected failures come back as an outcome with a reason, never as an exception.
import { randomBytes } from 'node:crypto';
import type { Clock } from '../clock.js';
import { errorMessage } from '../errors.js';
import type { Engine, ManagedContainer } from '../engine/types.js';
import { ImageError } from '../engine/types.js';
import type { Endpoints } from '../gateway/endpoints.js';
import type { Logger } from '../log.js';
import type { DesiredDeployment } from './desired.js';
import { identityOf } from './labels.js';
import { waitReady, type ReadinessFailure } from './readiness.js';
import type { RestartTracker } from './restarts.js';

export type FailureReason = ReadinessFailure | 'ImageError' | 'EngineError' | 'Invalid';

export interface ResourceOutcome {
  state: 'Ready' | 'Failed' | 'Deleted';
  message: string;
  readyReplicas: number;
  reason?: FailureReason;
}

export interface ConvergeContext {
  engine: Engine;
  endpoints: Endpoints;
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
  /** containers with a restart scheduled after a crash: converge leaves them to that timer */
  restartPending: (containerId: string) => boolean;
  /**
   * runs an idempotent preparation (an image present, a volume created) once per reconcile,
   * however many resources need it
   */
  prepare: (what: string, run: () => Promise<void>) => Promise<void>;
  /** drops a scheduled restart (the container is being retired) */
  cancelRestart: (containerId: string) => void;
  /** records a line in the resource's status history */
  record: (message: string) => void;
  drainTimeoutMs: number;
  stopTimeoutSeconds: number;
  signal?: AbortSignal;
}

export async function convergeDeployment(
  desired: DesiredDeployment,
  containers: ManagedContainer[],
  ctx: ConvergeContext,
): Promise<ResourceOutcome> {
  try {
    return await converge(desired, containers, ctx);
  } catch (error) {
    const reason: FailureReason = error instanceof ImageError ? 'ImageError' : 'EngineError';
    ctx.log.warn({ err: error }, 'deployment failed to converge');
    return {
      state: 'Failed',
      reason,
      message: errorMessage(error),
      readyReplicas: ctx.endpoints.list(desired.name).length,
    };
  }
}

async function converge(
  desired: DesiredDeployment,
  containers: ManagedContainer[],
  ctx: ConvergeContext,
): Promise<ResourceOutcome> {
  const { engine, endpoints } = ctx;
  const live = containers.filter((c) => c.status !== 'removing' && !ctx.retiring.has(c.id));
  const isCurrent = (c: ManagedContainer) => identityOf(c.labels)?.specHash === desired.specHash;
  const current = live.filter(isCurrent);
  const old = live.filter((c) => !isCurrent(c));
  const want = desired.replicas;

  if (want > 0)
    await ctx.prepare(`image ${desired.template.image}`, () =>
      engine.ensureImage(desired.template.image),
    );
  for (const volume of desired.template.volumes) {
    const labels = { 'berth.managed': 'true', 'berth.owner': desired.owner };
    await ctx.prepare(`volume ${volume.name}`, () => engine.ensureVolume(volume.name, labels));
  }

  // Replicas of the current spec that exist: start the stopped ones, check readiness of the rest.
  const ready: string[] = [];
  let failure: ResourceOutcome | undefined;
  for (const container of current.slice(0, want)) {
    if (ctx.restartPending(container.id)) continue;
    if (container.status !== 'running') {
      await engine.start(container.id);
      ctx.record(`started replica ${container.name} (was ${container.status})`);
    }
    const result = await admit(desired, container.id, ctx);
    if (result) failure ??= result;
    else ready.push(container.id);
  }

  // Roll: one new replica at a time; each that passes readiness retires one old replica.
  let creating = want - current.length;
  while (creating > 0 && !failure) {
    creating -= 1;
    const id = await createReplica(desired, ctx);
    const result = await admit(desired, id, ctx);
    if (result) {
      failure = result;
      break;
    }
    ready.push(id);
    const next = old.shift();
    if (next) await retire(next, ctx);
  }

  // Replicas beyond `replicas` go. Old replicas keep serving while the new spec is short of ready
  // replicas (a failed rollout, a new replica waiting to restart), but no more of them than needed.
  for (const container of current.slice(want)) await retire(container, ctx);
  const keepOld = Math.max(want - ready.length, 0);
  for (const container of old.slice(keepOld)) await retire(container, ctx);
  const serving = endpoints.list(desired.name).length;
  if (failure) return { ...failure, readyReplicas: serving };
  const waiting = current.slice(0, want).filter((c) => ctx.restartPending(c.id));
  if (waiting.length > 0) {
    const restarts = Math.max(...waiting.map((c) => ctx.restarts.count(c.id)));
    return {
      state: 'Failed',
      reason: 'CrashLoop',
      message: `crash loop: ${waiting.length} of ${want} replicas wait to restart after crashing (restarts: ${restarts}); ${serving} serving`,
      readyReplicas: serving,
    };
  }
  return {
    state: 'Ready',
    message: `${ready.length}/${want} replicas ready`,
    readyReplicas: ready.length,
  };
}

/** Waits for readiness and adds the replica to the routing table; returns a failure outcome or undefined. */
async function admit(
  desired: DesiredDeployment,
  containerId: string,
  ctx: ConvergeContext,
): Promise<ResourceOutcome | undefined> {
  if (ctx.endpoints.readyIds().has(containerId)) return undefined;
  const options = {
    engine: ctx.engine,
    clock: ctx.clock,
    restartCount: (id: string) => ctx.restarts.count(id),
    ...(ctx.signal ? { signal: ctx.signal } : {}),
  };
  const recheck = ctx.unready.has(containerId);
  const spec = recheck
    ? { ...desired.readiness, initialDelayMs: 0, failureThreshold: 1 }
    : desired.readiness;
  let result = await waitReady(containerId, spec, options);
  if (!result.ready && result.reason === 'Paused') {
    // Paused by hand (the engine's listing may not show it yet): resume it and check again.
    await ctx.engine.start(containerId);
    ctx.record(`resumed replica ${containerId.slice(0, 12)}`);
    result = await waitReady(containerId, desired.readiness, options);
  }
  if (!result.ready) {
    if (!recheck) ctx.record(`not ready: ${result.message}`);
    ctx.unready.add(containerId);
    return { state: 'Failed', reason: result.reason, message: result.message, readyReplicas: 0 };
  }
  ctx.unready.delete(containerId);
  ctx.endpoints.add(desired.name, {
    containerId,
    host: result.address,
    port: desired.readiness.port,
  });
  return undefined;
}

async function createReplica(desired: DesiredDeployment, ctx: ConvergeContext): Promise<string> {
  const suffix = randomBytes(3).toString('hex');
  const instance = desired.template.labels['berth.instance'] ?? 'default';
  const name = `berth-${instance}-${desired.name}-${desired.specHash.slice(0, 8)}-${suffix}`;
  const id = await ctx.engine.create({ ...desired.template, name });
  await ctx.engine.start(id);
  ctx.record(`created replica ${name}`);
  return id;
}

/** Takes a replica out of rotation, lets its requests finish, then stops and removes it. */
export async function retire(container: ManagedContainer, ctx: ConvergeContext): Promise<void> {
  ctx.retiring.add(container.id);
  ctx.cancelRestart(container.id);
  ctx.endpoints.remove(container.id);
  try {
    await ctx.endpoints.drain(container.id, ctx.drainTimeoutMs);
    if (container.status === 'running') await ctx.engine.stop(container.id, ctx.stopTimeoutSeconds);
    await ctx.engine.remove(container.id);
  } catch (error) {
    // Not retired after all: the next reconcile must see this container again.
    ctx.retiring.delete(container.id);
    throw error;
  }
  ctx.restarts.forget(container.id);
  ctx.record(`removed replica ${container.name}`);
}
