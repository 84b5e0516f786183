// The reconciler: holds the newest valid revision, plans it against the engine, converges each
// resource in its own queue, and repairs drift from engine events and a periodic resync.
import { systemClock, type Clock } from '../clock.js';
import { errorMessage } from '../errors.js';
import type { Engine, ManagedContainer } from '../engine/types.js';
import { createEndpoints, type Endpoints } from '../gateway/endpoints.js';
import type { Logger } from '../log.js';
import type { Resource } from '../resources/types.generated.js';
import {
  convergeDeployment,
  retire,
  type ConvergeContext,
  type ResourceOutcome,
} from './deployment.js';
import { desiredDeployment, type DesiredDeployment } from './desired.js';
import { createDriftHandler } from './drift.js';
import { createKeyedQueue } from './keyed-queue.js';
import { identityOf, resourceKey } from './labels.js';
import { planRevision, type Plan, type PlanAction } from './plan.js';
import { createRestartTracker } from './restarts.js';
import { createStatusStore, type StatusStore } from './status.js';

export interface ControllerOptions {
  engine: Engine;
  instance: string;
  logger: Logger;
  clock?: Clock;
  prune?: boolean;
  concurrency?: number;
  resyncMs?: number;
  drainTimeoutMs?: number;
  stopTimeoutSeconds?: number;
}

export interface DesiredRevision {
  /** commit, or a content id for a local folder */
  id: string;
  resources: Resource[];
}

export interface ReconcileReport {
  plan: Plan;
  outcomes: Map<string, ResourceOutcome>;
}

export interface Controller {
  setRevision(revision: DesiredRevision): void;
  /**
   * plans the current revision against the engine without changing anything; with
   * `checkReadiness`, running replicas this controller has not seen pass readiness get a `verify`
   */
  plan(options?: { checkReadiness?: boolean }): Promise<Plan>;
  /** one full reconcile; resolves when every resource has converged or failed */
  reconcile(): Promise<ReconcileReport>;
  /** asks for a full reconcile; one asked for while another runs coalesces into one follow-up */
  trigger(): Promise<void>;
  /** follows engine events and resyncs periodically until `stop` */
  start(): void;
  stop(): Promise<void>;
  status: StatusStore;
  endpoints: Endpoints;
}

interface CurrentRevision {
  id: string;
  deployments: Map<string, DesiredDeployment>;
  skipped: Resource[];
}

export const jobsNotRunYet =
  'Job resources are validated but not run by this version of berth; nothing was started for it';

export function createController(options: ControllerOptions): Controller {
  const clock = options.clock ?? systemClock;
  const log = options.logger.child({ component: 'reconcile' });
  const { engine, instance } = options;
  const prune = options.prune ?? true;
  const status = createStatusStore(clock);
  const endpoints = createEndpoints(clock);
  const restarts = createRestartTracker();
  const retiring = new Set<string>();
  const unready = new Set<string>();
  /** images and volumes made ready during the current reconcile */
  const prepared = new Map<string, Promise<void>>();
  const outcomes = new Map<string, ResourceOutcome>();
  const abort = new AbortController();
  let revision: CurrentRevision | undefined;
  let stopped = false;
  let stopWatching: (() => void) | undefined;
  let cancelResync: (() => void) | undefined;
  /** the revision whose Jobs were last reported as not run, so the warning comes once */
  let warnedRevision: string | undefined;

  const queue = createKeyedQueue(options.concurrency ?? 8, (key) => reconcileKey(key));
  const drift = createDriftHandler({
    engine,
    clock,
    log,
    status,
    endpoints,
    restarts,
    retiring,
    unready,
    converge: (key) => queue.schedule(key),
  });

  function context(key: string, resourceLog: Logger): ConvergeContext {
    return {
      engine,
      endpoints,
      clock,
      log: resourceLog,
      restarts,
      retiring,
      unready,
      restartPending: (id) => drift.restartPending(id),
      cancelRestart: (id) => {
        drift.cancelRestart(id);
      },
      prepare: (what, run) => {
        let done = prepared.get(what);
        if (!done) {
          done = run();
          prepared.set(what, done);
          // A failure is not remembered: the next resource that needs it tries again.
          done.catch(() => prepared.delete(what));
        }
        return done;
      },
      record: (message) => {
        status.record(key, message);
      },
      drainTimeoutMs: options.drainTimeoutMs ?? 30_000,
      stopTimeoutSeconds: options.stopTimeoutSeconds ?? 10,
      signal: abort.signal,
    };
  }

  async function containersOf(key: string): Promise<ManagedContainer[]> {
    const all = await engine.listManaged(instance);
    return all.filter((c) => identityOf(c.labels)?.key === key);
  }

  /** Converges or prunes one resource; an engine failure becomes its Failed status, not an exception. */
  async function reconcileKey(key: string): Promise<void> {
    if (!revision) return;
    const [kind = '', name = ''] = key.split('/');
    const owner = revision.deployments.get(key)?.owner;
    try {
      await convergeKey(key, revision);
    } catch (error) {
      log.warn({ resource: key, err: errorMessage(error) }, 'resource failed to converge');
      const message = `${errorMessage(error)}; berth retries at the next reconcile`;
      settle(
        key,
        { kind, name, owner },
        { state: 'Failed', reason: 'EngineError', message, readyReplicas: 0 },
      );
    }
  }

  async function convergeKey(key: string, current: CurrentRevision): Promise<void> {
    const desired = current.deployments.get(key);
    const resourceLog = log.child({ resource: key, commit: current.id });
    const containers = await containersOf(key);
    if (!desired) {
      if (!prune || containers.length === 0) return;
      const [kind = '', name = ''] = key.split('/');
      // The gateway route went with the revision (syncRoutes); the containers go now.
      status.update(key, {
        kind,
        name,
        state: 'Progressing',
        message: 'removed from the revision: deleting',
      });
      const ctx = context(key, resourceLog);
      for (const container of containers) await retire(container, ctx);
      outcomes.set(key, { state: 'Deleted', message: 'deleted', readyReplicas: 0 });
      status.remove(key);
      resourceLog.info('pruned');
      return;
    }
    status.update(key, {
      kind: 'Deployment',
      name: desired.name,
      owner: desired.owner,
      state: 'Progressing',
      reason: undefined,
      message: 'converging',
      replicas: { desired: desired.replicas, ready: endpoints.list(desired.name).length },
      revision: current.id,
    });
    const outcome = desired.unsupported
      ? {
          state: 'Failed' as const,
          reason: 'Invalid' as const,
          message: desired.unsupported,
          readyReplicas: 0,
        }
      : await convergeDeployment(desired, containers, context(key, resourceLog));
    settle(
      key,
      { kind: 'Deployment', name: desired.name, owner: desired.owner },
      outcome,
      desired.replicas,
    );
    resourceLog.info({ state: outcome.state, reason: outcome.reason }, 'converged');
  }

  /** Records a resource's outcome in the report and its status. */
  function settle(
    key: string,
    identity: { kind: string; name: string; owner: string | undefined },
    outcome: ResourceOutcome,
    desiredReplicas?: number,
  ): void {
    outcomes.set(key, outcome);
    status.update(key, {
      ...identity,
      state: outcome.state === 'Deleted' ? 'Ready' : outcome.state,
      reason: outcome.reason,
      message: outcome.message,
      replicas:
        desiredReplicas === undefined
          ? undefined
          : { desired: desiredReplicas, ready: outcome.readyReplicas },
      revision: revision?.id ?? '',
    });
  }

  /** Status for resources the plan settles by itself: skipped, invalid, already up to date. */
  function recordPlanned(
    action: PlanAction,
    current: { deployments: Map<string, DesiredDeployment> },
  ): void {
    const desired = current.deployments.get(action.key);
    const identity = { kind: action.kind, name: action.name, owner: desired?.owner };
    if (action.type === 'skip') {
      status.update(action.key, { ...identity, state: 'NotRun', message: action.reason });
    } else if (action.type === 'error') {
      settle(action.key, identity, {
        state: 'Failed',
        reason: 'Invalid',
        message: action.reason,
        readyReplicas: 0,
      });
    } else if (action.type === 'noop' && desired) {
      const ready = endpoints.list(desired.name).length;
      const message = `${ready}/${desired.replicas} replicas ready`;
      settle(
        action.key,
        identity,
        { state: 'Ready', message, readyReplicas: ready },
        desired.replicas,
      );
    }
  }

  async function plan(planOptions: { checkReadiness?: boolean } = {}): Promise<Plan> {
    if (!revision) throw new Error('no revision to plan: call setRevision first');
    const [actual, capacity] = await Promise.all([engine.listManaged(instance), engine.capacity()]);
    // Containers that are gone need no retiring mark, even when their destroy event was missed.
    const present = new Set(actual.map((c) => c.id));
    for (const marks of [retiring, unready]) {
      for (const id of marks) if (!present.has(id)) marks.delete(id);
    }
    return planRevision({
      deployments: [...revision.deployments.values()],
      skipped: revision.skipped.map((r) => ({
        key: resourceKey(r.kind, r.metadata.name),
        kind: r.kind,
        name: r.metadata.name,
        reason: jobsNotRunYet,
      })),
      actual,
      capacity,
      prune,
      ...(planOptions.checkReadiness ? { knownReady: endpoints.readyIds() } : {}),
    });
  }

  async function reconcile(): Promise<ReconcileReport> {
    const current = revision;
    if (!current) throw new Error('no revision to reconcile: call setRevision first');
    syncRoutes(current);
    prepared.clear();
    const result = await plan({ checkReadiness: true });
    outcomes.clear();
    for (const action of result.actions) recordPlanned(action, current);
    const notRun = result.actions.filter((a) => a.type === 'skip').map((a) => a.key);
    if (notRun.length > 0 && warnedRevision !== current.id) {
      warnedRevision = current.id;
      log.warn({ revision: current.id, resources: notRun }, jobsNotRunYet);
    }
    // Resources gone from the revision with nothing left to delete leave the status too.
    const declared = new Set(result.actions.map((a) => a.key));
    for (const entry of status.all()) if (!declared.has(entry.key)) status.remove(entry.key);
    const work = result.actions.filter((a) => !['skip', 'error', 'noop'].includes(a.type));
    await Promise.all(work.map((a) => queue.schedule(a.key)));
    // A newer revision may have been rejected meanwhile: that stays what the status says.
    if (status.revision()?.id === current.id) {
      status.setRevision({ id: current.id, state: 'Applied', problems: [] });
    }
    return { plan: result, outcomes: new Map(outcomes) };
  }

  /** The gateway follows the revision: `public` is not in the spec hash, so no converge would. */
  function syncRoutes(current: CurrentRevision): void {
    const names = new Set<string>();
    for (const desired of current.deployments.values()) {
      names.add(desired.name);
      endpoints.setRoute(desired.name, { public: desired.public });
    }
    for (const name of endpoints.routeNames()) if (!names.has(name)) endpoints.removeRoute(name);
  }

  /** Full reconciles asked for while one runs coalesce into one follow-up of the newest revision. */
  const full = createKeyedQueue(1, async () => {
    if (!revision || stopped) return;
    const report = await reconcile();
    log.info({ revision: revision.id, summary: report.plan.summary }, 'reconcile finished');
  });

  function trigger(): Promise<void> {
    return full.schedule('revision');
  }

  function resync(): void {
    cancelResync = clock.setTimer(options.resyncMs ?? 60_000, () => {
      trigger()
        .catch((error: unknown) => {
          log.error({ err: errorMessage(error) }, 'periodic resync failed');
        })
        .finally(() => {
          if (!stopped) resync();
        });
    });
  }

  return {
    setRevision(next) {
      const deployments = new Map<string, DesiredDeployment>();
      const skipped: Resource[] = [];
      for (const resource of next.resources) {
        if (resource.kind === 'Deployment') {
          const desired = desiredDeployment(resource, { instance, commit: next.id });
          deployments.set(desired.key, desired);
        } else if (resource.kind === 'Job') skipped.push(resource);
      }
      revision = { id: next.id, deployments, skipped };
      status.setRevision({ id: next.id, state: 'Applying', problems: [] });
    },
    plan,
    reconcile,
    trigger,
    start() {
      stopWatching = engine.watch(instance, {
        onEvent: drift.onEvent,
        onError: (error) => {
          log.warn({ err: error.message }, 'engine event stream failed; reconnecting');
        },
        // Events missed while the stream was down (an engine restart) are caught up by a reconcile.
        onConnect: () => {
          trigger().catch((error: unknown) => {
            log.error({ err: errorMessage(error) }, 'reconcile after reconnecting failed');
          });
        },
      });
      resync();
    },
    async stop() {
      stopped = true;
      abort.abort();
      stopWatching?.();
      cancelResync?.();
      drift.stop();
      await full.idle();
      await queue.idle();
    },
    status,
    endpoints,
  };
}
