// Drift repair (SPEC §4.3) on one Docker engine: container events of the instance. A container
// removed or stopped by hand is reported and the loop converges its resource at once; one that
// died on its own is restarted here after back-off (the engine's own choreography).
//
// A container that someone else stopped (a `kill` event berth did not cause comes before its
// `die`) is no crash: no back-off. Whether that someone was a person or the engine shutting down
// shows a moment later: an engine going down stops every container, then its event stream ends.
// So such ends are held until the stops in flight are over and a short settle time has passed:
// the stream still up means "stopped outside berth"; the stream ended means the engine went
// away, and when it is back (a new life of the engine) the units are brought back as
// engine-caused: replicas start again at once, a job run's attempt runs again as the same attempt.
import type { Clock } from '../../clock.js';
import { NotFoundError, errorMessage } from '../../errors.js';
import type { Logger } from '../../log.js';
import { identityOf } from '../labels.js';
import type { EndpointSink, WorkloadEvent } from '../types.js';
import type { ContainerApi, EngineEvent } from './container-api.js';
import type { RestartTracker } from './restarts.js';

export interface DriftOptions {
  containers: ContainerApi;
  clock: Clock;
  log: Logger;
  endpoints: EndpointSink;
  restarts: RestartTracker;
  /** containers berth itself is stopping: their events are not drift */
  retiring: Set<string>;
  /** containers that failed readiness; one that exits gets a full readiness check when it runs again */
  unready: Set<string>;
  /** replicas paused (by the event stream) and not resumed since */
  paused: Set<string>;
  /** tells the loop; `converge` asks it to converge the resource */
  emit: (event: WorkloadEvent) => void;
  /**
   * job run containers the event stream says ended: the stream can be ahead of the engine's
   * listing, so observations trust it until the listing agrees
   */
  ended: Map<string, { exitCode: number | undefined; at: Date }>;
  /** units berth stops itself (a job run's deadline, a replaced run): their kill is not drift */
  stoppedByBerth: Set<string>;
  /** how long ends by an outside stop are held to see whether the engine is going away */
  settleMs?: number;
}

/** A unit's end by an outside stop, held until it is clear who stopped it. */
interface HeldEnd {
  key: string;
  kind: string;
  event: EngineEvent;
}

export interface DriftHandler {
  onEvent: (event: EngineEvent) => void;
  /** the event stream ended: ends held now are the engine's if it does not come back the same */
  disconnected(): void;
  /**
   * the event stream is back; `restarted` when the engine is a new life of itself. Brings back
   * what the engine stopped (job attempts are started again here) before the loop catches up.
   */
  reconnected(restarted: boolean, instance: string): Promise<void>;
  /** a job run's unit the engine stopped that berth brings back: the plan must not count its end */
  comingBack(containerId: string): boolean;
  /** true while a crashed container waits for its back-off restart */
  restartPending(containerId: string): boolean;
  cancelRestart: (containerId: string) => void;
  stop(): void;
}

export function createDriftHandler(options: DriftOptions): DriftHandler {
  const { containers, clock, log, endpoints, restarts, retiring, emit } = options;
  const restartTimers = new Map<string, () => void>();
  /** crashed containers whose restart is being planned, and those of them stopped by hand since */
  const planningRestart = new Set<string>();
  const stoppedByHand = new Set<string>();
  let stopped = false;
  /** units stopped from outside berth (kill seen) whose end has not come yet */
  const outsideKill = new Set<string>();
  /** units that ended after an outside stop, waiting to see whether the engine goes away */
  const held = new Map<string, HeldEnd>();
  /** units the engine stopped as it went away, brought back when it returns */
  const interrupted = new Map<string, HeldEnd>();
  let disconnectedAt: Date | undefined;
  let settleTimer: NodeJS.Timeout | undefined;
  const settleMs = options.settleMs ?? 1_000;
  const tell = (key: string, message: string) => {
    emit({ key, message, converge: false, drift: false });
  };
  const drift = (key: string, message: string) => {
    emit({ key, message, converge: true, drift: true });
  };

  function onEvent(event: EngineEvent): void {
    const identity = identityOf(event.labels);
    if (!identity) return;
    const { containerId: id } = event;
    if (event.action !== 'pause' && event.action !== 'kill' && event.action !== 'oom')
      options.paused.delete(id);
    if (event.action === 'destroy') {
      cancelRestart(id);
      outsideKill.delete(id);
      held.delete(id);
      interrupted.delete(id);
    }
    if (retiring.has(id)) {
      if (event.action === 'destroy') retiring.delete(id);
      return;
    }
    if (options.stoppedByBerth.has(id)) {
      if (event.action === 'die' || event.action === 'destroy') options.stoppedByBerth.delete(id);
    } else if (event.action === 'kill') {
      outsideKill.add(id);
      holdOn();
      return;
    } else if (event.action === 'die' && outsideKill.delete(id)) {
      if (identity.kind !== 'Job') {
        endpoints.remove(id);
        options.unready.delete(id);
      }
      held.set(id, { key: identity.key, kind: identity.kind, event });
      holdOn();
      return;
    } else if (event.action === 'stop' && (held.has(id) || interrupted.has(id))) {
      return;
    }
    const key = identity.key;
    const short = id.slice(0, 12);
    if (identity.kind === 'Job') {
      onRunEvent(key, event);
      return;
    }
    switch (event.action) {
      case 'die': {
        endpoints.remove(id);
        options.unready.delete(id);
        const code = event.exitCode === undefined ? '' : ` with code ${event.exitCode}`;
        tell(key, `replica ${short} exited${code}`);
        void scheduleRestart(key, id);
        return;
      }
      case 'pause':
        // A paused replica answers nothing (though it still accepts connections): out of
        // rotation at once, and resumed by a converge.
        options.paused.add(id);
        endpoints.remove(id);
        drift(key, `replica ${short} was paused outside berth; resuming it`);
        return;
      case 'oom':
        tell(key, `replica ${short} ran out of memory`);
        return;
      case 'stop':
        // `docker stop` by hand: not a crash, so no back-off. Put it back now.
        cancelRestart(id);
        if (planningRestart.has(id)) stoppedByHand.add(id);
        drift(key, `replica ${short} was stopped outside berth; starting it again`);
        return;
      case 'destroy':
        cancelRestart(id);
        restarts.forget(id);
        endpoints.remove(id);
        drift(key, `replica ${short} was removed outside berth; replacing it`);
        return;
      default:
        return;
    }
  }

  /** A job run's container ran to its end (or was removed): the loop decides what follows. */
  function onRunEvent(key: string, event: EngineEvent): void {
    const run = event.labels['berth.run'] ?? '?';
    const attempt = event.labels['berth.attempt'] ?? '?';
    if (event.action === 'die') {
      options.ended.set(event.containerId, { exitCode: event.exitCode, at: event.time });
      const code = event.exitCode === undefined ? '' : ` with code ${event.exitCode}`;
      emit({
        key,
        message: `run ${run} attempt ${attempt} exited${code}`,
        converge: true,
        drift: false,
      });
    } else if (event.action === 'destroy') {
      options.ended.delete(event.containerId);
      emit({
        key,
        message: `run ${run} attempt ${attempt} was removed`,
        converge: true,
        drift: false,
      });
    }
  }

  async function scheduleRestart(key: string, id: string): Promise<void> {
    planningRestart.add(id);
    const details = await containers.inspect(id).catch((error: unknown) => {
      log.warn({ resource: key, err: errorMessage(error) }, 'cannot inspect a crashed replica');
      return undefined;
    });
    planningRestart.delete(id);
    if (stoppedByHand.delete(id)) return;
    if (!details || retiring.has(id) || restartTimers.has(id) || stopped) return;
    const delay = restarts.crashed(id, details.startedAt?.getTime(), clock.now(), details.exitCode);
    tell(key, `restarting replica ${id.slice(0, 12)} in ${Math.round(delay / 1000)} s`);
    const cancel = clock.setTimer(delay, () => {
      restartTimers.delete(id);
      if (retiring.has(id)) return;
      containers
        .start(id)
        .then(() => {
          restarts.restarted(id);
          emit({
            key,
            message: `restarted replica ${id.slice(0, 12)}`,
            converge: true,
            drift: false,
          });
        })
        .catch((error: unknown) => {
          // Removed while it waited: the destroy event has already asked for a replacement.
          if (error instanceof NotFoundError) {
            restarts.forget(id);
            return;
          }
          // Anything else: a converge decides, by the engine's classification, whether the
          // replica is started again or replaced.
          log.warn({ resource: key, err: errorMessage(error) }, 'restart of a replica failed');
          emit({
            key,
            message: `restart of replica ${id.slice(0, 12)} failed (${errorMessage(error)})`,
            converge: true,
            drift: false,
          });
        });
    });
    restartTimers.set(id, cancel);
  }

  /** (Re)starts the settle time once no outside stop is in flight. */
  function holdOn(): void {
    if (settleTimer) clearTimeout(settleTimer);
    settleTimer = undefined;
    if (held.size === 0 || stopped) return;
    // Stops still in flight get the engine's longest stop time (a signal ignored, then SIGKILL).
    const wait = outsideKill.size > 0 ? settleMs + 15_000 : settleMs;
    settleTimer = setTimeout(() => {
      settleTimer = undefined;
      void settle();
    }, wait);
    settleTimer.unref();
  }

  /**
   * The stops are over: an engine that no longer accepts connections is shutting down (it closes
   * its listener before it stops its containers), so those ends are its own; otherwise someone
   * outside berth stopped them.
   */
  async function settle(): Promise<void> {
    const closing = !(await containers.acceptsConnections());
    if (closing) {
      log.warn({ units: held.size }, 'the engine is shutting down');
      disconnected();
      return;
    }
    outsideKill.clear();
    const ends = [...held.values()];
    held.clear();
    for (const end of ends) stoppedOutside(end);
  }

  /** Someone outside berth stopped a unit (the engine stayed): put it back, no back-off. */
  function stoppedOutside(end: HeldEnd): void {
    const { containerId: id, exitCode } = end.event;
    if (end.kind === 'Job') {
      onRunEvent(end.key, end.event);
      return;
    }
    log.info({ resource: end.key, container: id, exitCode }, 'replica stopped outside berth');
    drift(end.key, `replica ${id.slice(0, 12)} was stopped outside berth; starting it again`);
  }

  function disconnected(): void {
    if (settleTimer) clearTimeout(settleTimer);
    settleTimer = undefined;
    // Engine times are wall-clock times: compared with them, not with the injected clock.
    disconnectedAt ??= new Date();
    for (const [id, end] of held) interrupted.set(id, end);
    held.clear();
  }

  async function reconnected(restarted: boolean, instance: string): Promise<void> {
    const since = disconnectedAt;
    disconnectedAt = undefined;
    if (!restarted) {
      // The same engine: what stopped before the cut was stopped by someone, not by the engine.
      const ends = [...interrupted.values()];
      interrupted.clear();
      for (const end of ends) stoppedOutside(end);
      return;
    }
    // Ends the stream could not show (it was down): units stopped by a signal since it dropped.
    if (since) {
      const listed = await containers.listManaged(instance);
      for (const c of listed) {
        const identity = identityOf(c.labels);
        if (!identity || retiring.has(c.id) || interrupted.has(c.id)) continue;
        if (options.stoppedByBerth.has(c.id) || c.status !== 'exited') continue;
        if (c.exitCode !== 143 && c.exitCode !== 137) continue;
        const details = await containers.inspect(c.id).catch(() => undefined);
        if (!details?.finishedAt || details.finishedAt < new Date(since.getTime() - settleMs))
          continue;
        const event: EngineEvent = {
          action: 'die',
          containerId: c.id,
          labels: c.labels,
          exitCode: c.exitCode,
          time: details.finishedAt,
        };
        interrupted.set(c.id, { key: identity.key, kind: identity.kind, event });
      }
    }
    const ends = [...interrupted.entries()];
    for (const [id, end] of ends) {
      const short = id.slice(0, 12);
      if (end.kind !== 'Job') {
        interrupted.delete(id);
        cancelRestart(id);
        restarts.forget(id);
        endpoints.remove(id);
        drift(end.key, `the engine restarted; starting replica ${short} again`);
        continue;
      }
      const run = end.event.labels['berth.run'] ?? '?';
      const attempt = end.event.labels['berth.attempt'] ?? '?';
      try {
        await containers.start(id);
        interrupted.delete(id);
        emit({
          key: end.key,
          message: `the engine restarted; run ${run} attempt ${attempt} runs again`,
          converge: true,
          drift: false,
        });
      } catch (error) {
        // It cannot run again as it is: the plan reads its end as it is (a failed attempt).
        interrupted.delete(id);
        log.warn({ resource: end.key, err: errorMessage(error) }, 'cannot start a run again');
        onRunEvent(end.key, end.event);
      }
    }
  }

  function cancelRestart(id: string): void {
    restartTimers.get(id)?.();
    restartTimers.delete(id);
  }

  return {
    onEvent,
    disconnected,
    reconnected,
    comingBack: (id) => held.has(id) || interrupted.has(id),
    restartPending: (id) => restartTimers.has(id),
    cancelRestart,
    stop() {
      stopped = true;
      if (settleTimer) clearTimeout(settleTimer);
      for (const cancel of restartTimers.values()) cancel();
      restartTimers.clear();
    },
  };
}
