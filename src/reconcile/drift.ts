// Drift repair (SPEC §4.3): engine events about managed containers. A container removed or
// stopped by hand is put back at once; one that died on its own is restarted after back-off.
import type { Clock } from '../clock.js';
import { NotFoundError, errorMessage } from '../errors.js';
import type { Engine, EngineEvent } from '../engine/types.js';
import type { Endpoints } from '../gateway/endpoints.js';
import type { Logger } from '../log.js';
import { identityOf } from './labels.js';
import type { RestartTracker } from './restarts.js';
import type { StatusStore } from './status.js';

export interface DriftOptions {
  engine: Engine;
  clock: Clock;
  log: Logger;
  status: StatusStore;
  endpoints: Endpoints;
  restarts: RestartTracker;
  /** containers berth itself is stopping: their events are not drift */
  retiring: Set<string>;
  /** containers that failed readiness; one that exits gets a full readiness check when it runs again */
  unready: Set<string>;
  /** converges one resource (coalescing with work already queued for it) */
  converge: (key: string) => Promise<void>;
}

export interface DriftHandler {
  onEvent: (event: EngineEvent) => void;
  /** true while a crashed container waits for its back-off restart */
  restartPending(containerId: string): boolean;
  cancelRestart: (containerId: string) => void;
  stop(): void;
}

export function createDriftHandler(options: DriftOptions): DriftHandler {
  const { engine, clock, log, status, endpoints, restarts, retiring } = options;
  const restartTimers = new Map<string, () => void>();
  /** crashed containers whose restart is being planned, and those of them stopped by hand since */
  const planningRestart = new Set<string>();
  const stoppedByHand = new Set<string>();
  let stopped = false;
  const converge = (key: string) => {
    options.converge(key).catch(logFailure(key));
  };

  function onEvent(event: EngineEvent): void {
    const identity = identityOf(event.labels);
    if (!identity) return;
    const { containerId: id } = event;
    if (event.action === 'destroy') cancelRestart(id);
    if (retiring.has(id)) {
      if (event.action === 'destroy') retiring.delete(id);
      return;
    }
    const key = identity.key;
    const short = id.slice(0, 12);
    switch (event.action) {
      case 'die': {
        endpoints.remove(id);
        options.unready.delete(id);
        const code = event.exitCode === undefined ? '' : ` with code ${event.exitCode}`;
        status.record(key, `replica ${short} exited${code}`);
        void scheduleRestart(key, id);
        return;
      }
      case 'pause':
        // A paused replica answers nothing: out of rotation, and resumed by a converge.
        endpoints.remove(id);
        status.record(key, `replica ${short} was paused outside berth; resuming it`);
        log.warn({ resource: key, container: short }, 'replica paused outside berth');
        converge(key);
        return;
      case 'oom':
        status.record(key, `replica ${short} ran out of memory`);
        return;
      case 'stop':
        // `docker stop` by hand: not a crash, so no back-off. Put it back now.
        cancelRestart(id);
        if (planningRestart.has(id)) stoppedByHand.add(id);
        status.record(key, `replica ${short} was stopped outside berth; starting it again`);
        log.warn({ resource: key, container: short }, 'replica stopped outside berth');
        converge(key);
        return;
      case 'destroy':
        cancelRestart(id);
        restarts.forget(id);
        endpoints.remove(id);
        status.record(key, `replica ${short} was removed outside berth; replacing it`);
        log.warn({ resource: key, container: short }, 'replica removed outside berth');
        converge(key);
        return;
      default:
        return;
    }
  }

  async function scheduleRestart(key: string, id: string): Promise<void> {
    planningRestart.add(id);
    const details = await engine.inspect(id).catch((error: unknown) => {
      log.warn({ resource: key, err: errorMessage(error) }, 'cannot inspect a crashed replica');
      return undefined;
    });
    planningRestart.delete(id);
    if (stoppedByHand.delete(id)) return;
    if (!details || retiring.has(id) || restartTimers.has(id) || stopped) return;
    const delay = restarts.crashed(id, details.startedAt?.getTime(), clock.now());
    status.record(key, `restarting replica ${id.slice(0, 12)} in ${Math.round(delay / 1000)} s`);
    const cancel = clock.setTimer(delay, () => {
      restartTimers.delete(id);
      if (retiring.has(id)) return;
      engine
        .start(id)
        .then(() => {
          restarts.restarted(id);
          return options.converge(key);
        })
        .catch((error: unknown) => {
          // Removed while it waited: the destroy event has already asked for a replacement.
          if (error instanceof NotFoundError) restarts.forget(id);
          else logFailure(key)(error);
        });
    });
    restartTimers.set(id, cancel);
  }

  function cancelRestart(id: string): void {
    restartTimers.get(id)?.();
    restartTimers.delete(id);
  }

  function logFailure(key: string) {
    return (error: unknown) => {
      log.error({ resource: key, err: errorMessage(error) }, 'reconcile of resource failed');
    };
  }

  return {
    onEvent,
    restartPending: (id) => restartTimers.has(id),
    cancelRestart,
    stop() {
      stopped = true;
      for (const cancel of restartTimers.values()) cancel();
      restartTimers.clear();
    },
  };
}
