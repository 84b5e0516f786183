// Drift repair (SPEC §4.3) on one Docker engine: container events of the instance. A container
// removed or stopped by hand is reported and the loop converges its resource at once; one that
// died on its own is restarted here after back-off (the engine's own choreography).
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
  /** tells the loop; `converge` asks it to converge the resource */
  emit: (event: WorkloadEvent) => void;
  /**
   * job run containers the event stream says ended: the stream can be ahead of the engine's
   * listing, so observations trust it until the listing agrees
   */
  ended: Map<string, { exitCode: number | undefined; at: Date }>;
}

export interface DriftHandler {
  onEvent: (event: EngineEvent) => void;
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
    if (event.action === 'destroy') cancelRestart(id);
    if (retiring.has(id)) {
      if (event.action === 'destroy') retiring.delete(id);
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
        // A paused replica answers nothing: out of rotation, and resumed by a converge.
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
    const delay = restarts.crashed(id, details.startedAt?.getTime(), clock.now());
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

  function cancelRestart(id: string): void {
    restartTimers.get(id)?.();
    restartTimers.delete(id);
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
