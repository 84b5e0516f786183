// The reconcile loop, one for every kind: read the desired revision, observe the engine once,
// ask each kind for its action, execute those actions with bounded concurrency, record outcomes.
// Engine events and a periodic resync trigger it; triggers that arrive while it works coalesce.
import { systemClock, type Clock } from '../clock.js';
import { errorMessage } from '../errors.js';
import { engineRetryDelay, remedyFor } from '../engine/failures.js';
import type {
  ActionHooks,
  Engine,
  Leftover,
  Observation,
  ObservedWorkload,
} from '../engine/types.js';
import type { ResolvedSnapshots, ResourceImages } from '../images/types.js';
import type { Logger } from '../log.js';
import type { Resource } from '../resources/types.generated.js';
import type { SizeTable } from '../resources/spec-checks.js';
import type { RevisionSecrets } from '../secrets/types.js';
import type { DesiredResource, KindModule, Planned, ResourceOutcome } from './kind.js';
import { createKeyedQueue } from './keyed-queue.js';
import { assemblePlan, executes, type Plan, type PlanAction } from './plan.js';
import { createStatusStore, type StatusStore } from './status.js';

export interface ReconcilerOptions {
  engine: Engine;
  kinds: readonly KindModule[];
  instance: string;
  logger: Logger;
  clock?: Clock;
  prune?: boolean;
  /** resources converged at once */
  concurrency?: number;
  resyncMs?: number;
  /** reads the secrets of a revision handed in without them (a pull request's plan) */
  resolveSecrets?: (resources: readonly Resource[]) => Promise<RevisionSecrets>;
  /** resolves git refs and builds resource images; resources with git or packages fail without it */
  images?: ResourceImages;
  /** the size table resources are desired with (default: the built-in one) */
  sizes?: SizeTable;
}

export interface DesiredRevision {
  /** commit, or a content id for a local folder */
  id: string;
  resources: Resource[];
  /** the secrets its resources use, read before it is set (`secrets/resolve.ts`) */
  secrets?: RevisionSecrets | undefined;
}

/** A plan with the observation it was made from, ready for `apply`. */
export interface PlannedPass {
  plan: Plan;
  observation: Observation;
  /** outcomes of the resources the plan settles by itself (noop, error, skip) */
  settled: Map<string, ResourceOutcome>;
}

export interface ReconcileReport {
  plan: Plan;
  /** the actions apply handed to their kinds, in the order they started */
  executed: PlanAction[];
  outcomes: Map<string, ResourceOutcome>;
}

export interface StopReport {
  /** resources whose work was still in flight when the grace time ran out */
  left: string[];
}

export interface Reconciler {
  setRevision(revision: DesiredRevision): void;
  /** observes the engine once and plans the current revision against it; changes nothing */
  plan(): Promise<PlannedPass>;
  /** plans a revision that is not the current one (a pull request) against the engine; changes nothing */
  planFor(revision: DesiredRevision): Promise<Plan>;
  /** executes exactly the plan's actions; resolves when each has finished or failed */
  apply(pass: PlannedPass): Promise<ReconcileReport>;
  /** plan, then apply */
  reconcile(): Promise<ReconcileReport>;
  /** asks for a full reconcile; one asked for while another runs coalesces into one follow-up */
  trigger(): Promise<void>;
  /** follows engine events and resyncs periodically until `stop` */
  start(): void;
  /**
   * stops following the engine and waits for the work in flight, at most `graceMs` (20 s by
   * default); says which resources were still in flight then: their state is on the engine, and a
   * restarted berth takes them up from there
   */
  stop(options?: { graceMs?: number }): Promise<StopReport>;
  status: StatusStore;
}

interface CurrentRevision {
  id: string;
  desired: Map<string, DesiredResource>;
  /** the resource each desired one was made from */
  sources: Map<string, Resource>;
  /** what the git refs resolved to in the latest pass */
  snapshots: ResolvedSnapshots | undefined;
  secrets: RevisionSecrets | undefined;
}

/** What git entries resolve to in a loop made without an image builder (a library use). */
const withoutBuilder: ResolvedSnapshots = {
  get: () => ({
    problem:
      'git entries need berth to build images, and this reconciler was made without an image builder; apply it with `berth apply` or `berth serve`',
  }),
};

interface Pending {
  action: PlanAction;
  observed: ObservedWorkload | undefined;
  executed: PlanAction[];
}

export function createReconciler(options: ReconcilerOptions): Reconciler {
  const clock = options.clock ?? systemClock;
  const log = options.logger.child({ component: 'reconcile' });
  const { engine, instance } = options;
  const prune = options.prune ?? true;
  /** what every desire of this loop shares */
  const base = { instance, ...(options.sizes ? { sizes: options.sizes } : {}) };
  const status = createStatusStore(clock);
  const abort = new AbortController();
  /** preparations (an image, a volume) made during the current pass */
  const prepared = new Map<string, Promise<void>>();
  /** actions of a pass waiting for their resource's turn in the queue */
  const pending = new Map<string, Pending>();
  let revision: CurrentRevision | undefined;
  let stopped = false;
  let started = false;
  const wakeTimers = new Map<string, () => void>();
  let stopWatching: (() => void) | undefined;
  let cancelResync: (() => void) | undefined;

  const queue = createKeyedQueue(options.concurrency ?? 8, (key) => reconcileKey(key));

  function hooksFor(key: string): ActionHooks {
    return {
      record: (message) => {
        status.record(key, message);
      },
      once: (what, run) => {
        let done = prepared.get(what);
        if (!done) {
          done = run();
          prepared.set(what, done);
          // A failure is not remembered: the next resource that needs it tries again.
          done.catch(() => prepared.delete(what));
        }
        return done;
      },
      signal: abort.signal,
    };
  }

  function planOne(
    key: string,
    current: CurrentRevision,
    observed: ObservedWorkload | undefined,
    observation: Observation,
    preview = false,
  ): Planned | undefined {
    const desired = current.desired.get(key);
    if (desired)
      return desired.plan(observed, { capacity: observation.capacity, now: clock.now(), preview });
    if (!observed) return undefined;
    const n = observed.units.length;
    const base = { key, kind: observed.kind, name: observed.name };
    if (!prune) {
      const reason = 'removed from the revision; kept (pruning is off)';
      return { action: { type: 'noop', ...base, reason } };
    }
    const reason = `removed from the revision: delete ${n} container${n === 1 ? '' : 's'}`;
    return { action: { type: 'delete', ...base, reason } };
  }

  async function plan(): Promise<PlannedPass> {
    const current = revision;
    if (!current) throw new Error('no revision to plan: call setRevision first');
    return planAgainst(current);
  }

  async function planAgainst(current: CurrentRevision, preview = false): Promise<PlannedPass> {
    const [observation] = await Promise.all([engine.observe(instance), resolveSnapshots(current)]);
    if (observation.leftovers && !preview) noteLeftovers([...observation.leftovers, ...swept]);
    const keys = new Set([...current.desired.keys(), ...observation.workloads.keys()]);
    const actions: PlanAction[] = [];
    const settled = new Map<string, ResourceOutcome>();
    for (const key of keys) {
      const planned = planOne(key, current, observation.workloads.get(key), observation, preview);
      if (!planned) continue;
      actions.push(planned.action);
      if (planned.outcome) settled.set(key, planned.outcome);
    }
    return { plan: assemblePlan(current.id, actions), observation, settled };
  }

  /** Keeps what berth found and cannot clean in the status; says so once per new find. */
  function noteLeftovers(found: readonly Leftover[]): void {
    const known = new Set(status.leftovers().map((l) => `${l.kind} ${l.id}`));
    for (const leftover of found)
      if (!known.has(`${leftover.kind} ${leftover.id}`))
        log.warn(
          { kind: leftover.kind, name: leftover.name, problem: leftover.problem },
          'leftover on the engine',
        );
    status.setLeftovers(found);
  }

  /** what the last sweep could not remove (shown with every pass's leftovers until it goes) */
  let swept: Leftover[] = [];
  /**
   * After an applied pass, what no resource owns besides units (old workspaces, a network
   * nothing runs on) goes; what the engine keeps is shown as a leftover.
   */
  async function sweep(observation: Observation, declared: ReadonlySet<string>): Promise<void> {
    if (!engine.sweep) return;
    try {
      swept = await engine.sweep(instance, { remove: true, observed: observation, declared });
    } catch (error) {
      log.warn({ err: errorMessage(error) }, 'cannot look for leftovers on the engine');
      return;
    }
    if (observation.leftovers) noteLeftovers([...observation.leftovers, ...swept]);
  }

  /**
   * Resolves the git refs of every resource that has any (SPEC §1.1: on every reconcile) and
   * desires those resources again with the commits found, so a moved ref plans as a change.
   */
  async function resolveSnapshots(current: CurrentRevision): Promise<void> {
    const requests = [...current.desired.values()].flatMap((d) => d.snapshotRequests ?? []);
    if (requests.length === 0) return;
    const snapshots = options.images ? await options.images.resolve(requests) : withoutBuilder;
    current.snapshots = snapshots;
    const context = { ...base, commit: current.id, snapshots, secrets: current.secrets };
    for (const [key, before] of current.desired) {
      const resource = current.sources.get(key);
      if (!resource || !before.snapshotRequests?.length) continue;
      const one = options.kinds.find((k) => k.kind === resource.kind)?.desire(resource, context);
      if (one) current.desired.set(key, one);
    }
  }

  async function apply(pass: PlannedPass): Promise<ReconcileReport> {
    const current = revision;
    if (!current) throw new Error('no revision to apply: call setRevision first');
    if (pass.plan.revision !== current.id) {
      throw new Error(`the plan is for ${pass.plan.revision}, not the current ${current.id}`);
    }
    prepared.clear();
    const outcomes = new Map<string, ResourceOutcome>();
    const executed: PlanAction[] = [];
    const declared = new Set(pass.plan.actions.map((a) => a.key));
    // Resources gone from the revision with nothing left to delete leave the status too.
    for (const entry of status.all()) if (!declared.has(entry.key)) status.remove(entry.key);
    const work: Promise<void>[] = [];
    for (const action of pass.plan.actions) {
      const observed = pass.observation.workloads.get(action.key);
      if (!executes(action)) {
        const outcome = pass.settled.get(action.key);
        if (outcome) settle(action.key, outcome, outcomes);
        continue;
      }
      // A resource busy with a repair is planned again from a fresh look when its turn comes.
      if (!queue.busy(action.key)) pending.set(action.key, { action, observed, executed });
      work.push(
        queue.schedule(action.key).then(() => {
          collect(action.key, outcomes);
        }),
      );
    }
    await Promise.all(work);
    await pruneImages(current);
    await sweep(pass.observation, new Set(current.desired.keys()));
    // A newer revision may have been rejected meanwhile: that stays what the status says.
    if (status.revision()?.id === current.id) {
      status.setRevision({ id: current.id, state: 'Applied', problems: [] });
    }
    return { plan: pass.plan, executed, outcomes };
  }

  /** Images berth built that no resource of the applied revision uses go (in-use ones stay). */
  async function pruneImages(current: CurrentRevision): Promise<void> {
    if (!options.images || stopped || revision !== current) return;
    const inUse = new Set<string>();
    for (const desired of current.desired.values())
      for (const image of desired.builtImages ?? []) inUse.add(image);
    await options.images.prune(inUse).catch((error: unknown) => {
      log.warn({ err: errorMessage(error) }, 'cannot remove unused images');
    });
  }

  /** each resource's latest outcome, for the pass that waits on it */
  const lastOutcome = new Map<string, ResourceOutcome>();
  function collect(key: string, outcomes: Map<string, ResourceOutcome>): void {
    const outcome = lastOutcome.get(key);
    if (outcome && !outcomes.has(key)) outcomes.set(key, outcome);
  }

  /** Executes one resource's pending action, or plans it afresh; failures become its status. */
  async function reconcileKey(key: string): Promise<void> {
    const current = revision;
    if (!current) return;
    const desired = current.desired.get(key);
    const [kind = '', name = ''] = key.split('/');
    const resourceLog = log.child({ resource: key, commit: current.id });
    try {
      let next = pending.get(key);
      pending.delete(key);
      if (!next) {
        const observation = await engine.observe(instance, key);
        const observed = observation.workloads.get(key);
        const planned = planOne(key, current, observed, observation);
        if (!planned) return;
        if (!executes(planned.action)) {
          if (planned.outcome) settle(key, planned.outcome);
          return;
        }
        next = { action: planned.action, observed, executed: [] };
      }
      next.executed.push(next.action);
      const before = status.get(key)?.replicas;
      status.update(key, {
        kind,
        name,
        owner: desired?.owner,
        state: 'Progressing',
        reason: undefined,
        message: desired ? 'converging' : 'removed from the revision: deleting',
        // Ready while converging: what the gateway routes to now (a paused replica is not).
        replicas:
          desired?.replicas === undefined
            ? undefined
            : {
                desired: desired.replicas,
                ready: next.observed?.units.filter((u) => u.ready).length ?? before?.ready ?? 0,
              },
        revision: current.id,
      });
      const outcome = desired
        ? await desired.execute(next.action, next.observed, {
            engine,
            hooks: hooksFor(key),
            instance,
            now: () => clock.now(),
            images: options.images,
          })
        : await remove(key, next.observed);
      settle(key, retryEngineFailure(key, outcome));
      resourceLog.info({ state: outcome.state, reason: outcome.reason }, 'converged');
    } catch (error) {
      resourceLog.warn({ err: errorMessage(error) }, 'resource failed to converge');
      if (remedyFor(error) === 'user-error') {
        const message = `${errorMessage(error)}; berth retries at the next reconcile`;
        settle(key, { state: 'Failed', reason: 'EngineError', message });
      } else {
        const failed: ResourceOutcome = {
          state: 'Failed',
          reason: 'EngineError',
          message: errorMessage(error),
        };
        settle(key, retryEngineFailure(key, failed));
      }
    }
  }

  /** engine failures in a row, per resource */
  const engineFailures = new Map<string, number>();
  /**
   * An engine hiccup never leaves a resource failed until the next resync: the resource is looked
   * at again after a back-off (1 s doubling to 30 s), reset by any outcome that is not one.
   */
  function retryEngineFailure(key: string, outcome: ResourceOutcome): ResourceOutcome {
    if (outcome.state !== 'Failed' || outcome.reason !== 'EngineError') {
      engineFailures.delete(key);
      return outcome;
    }
    const failures = (engineFailures.get(key) ?? 0) + 1;
    engineFailures.set(key, failures);
    const delay = engineRetryDelay(failures);
    const wakeAt = Math.min(outcome.wakeAt ?? Infinity, clock.now() + delay);
    const message = `${outcome.message}; berth retries in ${Math.round(delay / 1000)} s`;
    return { ...outcome, message, wakeAt };
  }

  async function remove(
    key: string,
    observed: ObservedWorkload | undefined,
  ): Promise<ResourceOutcome> {
    if (observed) await engine.removeWorkload(observed, hooksFor(key));
    log.info({ resource: key }, 'pruned');
    return { state: 'Deleted', message: 'deleted' };
  }

  /** Records a resource's outcome in its status (a deleted resource leaves the status). */
  function settle(
    key: string,
    outcome: ResourceOutcome,
    outcomes?: Map<string, ResourceOutcome>,
  ): void {
    lastOutcome.set(key, outcome);
    outcomes?.set(key, outcome);
    wake(key, outcome.wakeAt);
    if (outcome.state === 'Deleted') {
      status.remove(key);
      return;
    }
    const desired = revision?.desired.get(key);
    const [kind = '', name = ''] = key.split('/');
    status.update(key, {
      kind: desired?.kind ?? kind,
      name: desired?.name ?? name,
      owner: desired?.owner,
      state: outcome.state,
      reason: outcome.reason,
      message: outcome.message,
      replicas: outcome.replicas,
      job: outcome.job,
      revision: revision?.id ?? '',
    });
  }

  /**
   * One timer per resource for the time it asked to be looked at again (a schedule, a retry, a
   * deadline); a newer wish replaces the older. Timers run only while the loop is started.
   */
  function wake(key: string, at: number | undefined): void {
    wakeTimers.get(key)?.();
    wakeTimers.delete(key);
    if (at === undefined || !started || stopped) return;
    const cancel = clock.setTimer(Math.max(at - clock.now(), 0), () => {
      wakeTimers.delete(key);
      due.add(key);
      // Resources due at the same moment (Jobs on the same schedule) share one observation.
      if (due.size === 1) setImmediate(() => void wakeDue());
    });
    wakeTimers.set(key, cancel);
  }

  const due = new Set<string>();
  async function wakeDue(): Promise<void> {
    const keys = [...due];
    due.clear();
    const current = revision;
    const observation = current ? await engine.observe(instance).catch(() => undefined) : undefined;
    for (const key of keys) {
      // Planned here from the shared look; a resource already busy plans afresh in its turn.
      if (current && observation && !queue.busy(key)) {
        const observed = observation.workloads.get(key);
        const planned = planOne(key, current, observed, observation);
        if (planned && executes(planned.action))
          pending.set(key, { action: planned.action, observed, executed: [] });
      }
      queue.schedule(key).catch((error: unknown) => {
        log.error({ resource: key, err: errorMessage(error) }, 'reconcile of resource failed');
      });
    }
  }

  async function reconcile(): Promise<ReconcileReport> {
    return apply(await plan());
  }

  /** Full reconciles asked for while one runs coalesce into one follow-up of the newest revision. */
  const full = createKeyedQueue(1, async () => {
    if (!revision || stopped) return;
    const report = await reconcile();
    log.info(
      { revision: report.plan.revision, summary: report.plan.summary },
      'reconcile finished',
    );
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

  /** The revision as the kinds want it; git refs resolve to what the latest pass found until the next. */
  function desire(next: DesiredRevision): CurrentRevision {
    const desired = new Map<string, DesiredResource>();
    const sources = new Map<string, Resource>();
    const snapshots = revision?.snapshots;
    const context = { ...base, commit: next.id, snapshots, secrets: next.secrets };
    for (const resource of next.resources) {
      const module = options.kinds.find((k) => k.kind === resource.kind);
      const one = module?.desire(resource, context);
      if (!one) continue;
      desired.set(one.key, one);
      sources.set(one.key, resource);
    }
    return { id: next.id, desired, sources, snapshots, secrets: next.secrets };
  }

  return {
    setRevision(next) {
      revision = desire(next);
      status.setRevision({ id: next.id, state: 'Applying', problems: [] });
    },
    plan,
    planFor: async (next) => {
      const secrets = next.secrets ?? (await options.resolveSecrets?.(next.resources));
      return (await planAgainst(desire({ ...next, secrets }), true)).plan;
    },
    apply,
    reconcile,
    trigger,
    start() {
      started = true;
      // What asked to be woken before the loop started (an apply's pass) gets its timer now.
      for (const [key, outcome] of lastOutcome) wake(key, outcome.wakeAt);
      stopWatching = engine.watch(instance, {
        onEvent: (event) => {
          status.record(event.key, event.message);
          if (event.drift) log.warn({ resource: event.key, event: event.message }, 'drift');
          if (!event.converge) return;
          queue.schedule(event.key).catch((error: unknown) => {
            log.error({ resource: event.key, err: errorMessage(error) }, 'repair failed');
          });
        },
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
    async stop(stopOptions = {}) {
      stopped = true;
      // Waits for readiness end now; what is half done (a replica created, a run started) is
      // on the engine, where the next reconcile (of this berth or the next) reads it.
      abort.abort();
      stopWatching?.();
      cancelResync?.();
      for (const cancel of wakeTimers.values()) cancel();
      wakeTimers.clear();
      const graceMs = stopOptions.graceMs ?? 20_000;
      const timeUp = new AbortController();
      const finished = await Promise.race([
        Promise.all([full.idle(), queue.idle()]).then(
          () => true,
          () => true,
        ),
        clock.sleep(graceMs, timeUp.signal).then(() => false),
      ]);
      timeUp.abort();
      const left = finished ? [] : queue.keys();
      if (left.length > 0)
        log.warn(
          { resources: left, graceMs },
          'stopped with work in flight; a restarted berth takes it up from the engine',
        );
      else log.info('stopped with no work in flight');
      return { left };
    },
    status,
  };
}
