// Follows the engine for the loop: container events become drift repair and workload events, a
// lost stream makes listings stale, and a reconnect to a new life of the engine (it restarted)
// brings back what the engine stopped before the loop catches up on what it missed.
import type { Clock } from '../../clock.js';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../log.js';
import type { EndpointSink, WatchHandlers } from '../types.js';
import type { ContainerApi } from './container-api.js';
import { createDriftHandler, type DriftHandler } from './drift.js';
import type { ListingCache } from './listing-cache.js';
import type { UnitMarks } from './marks.js';
import type { RestartTracker } from './restarts.js';

export interface WatchContext {
  containers: ContainerApi;
  clock: Clock;
  log: Logger;
  endpoints: EndpointSink;
  restarts: RestartTracker;
  marks: UnitMarks;
  listing: ListingCache;
  /** something may have been left on the engine (a container removed, events missed) */
  changed: () => void;
}

export function watchEngine(
  ctx: WatchContext,
  instance: string,
  handlers: WatchHandlers,
): { drift: DriftHandler; stop: () => void } {
  const { containers, log, listing, marks } = ctx;
  const drift = createDriftHandler({
    containers,
    clock: ctx.clock,
    log,
    endpoints: ctx.endpoints,
    restarts: ctx.restarts,
    retiring: marks.retiring,
    unready: marks.unready,
    paused: marks.paused,
    emit: handlers.onEvent,
    ended: marks.ended,
    stoppedByBerth: marks.stoppedByBerth,
  });
  /** the engine's life berth last saw; a different one on reconnect means it restarted */
  let boot: string | undefined;
  let connects = 0;
  const connected = async () => {
    const now = await containers.engineBoot();
    const restarted = connects > 0 && now !== undefined && boot !== undefined && now !== boot;
    connects += 1;
    boot = now ?? boot;
    if (restarted) log.warn({ instance }, 'the engine restarted; bringing workloads back');
    if (connects > 1) await drift.reconnected(restarted, instance);
  };
  const stopWatching = containers.watch(instance, {
    onEvent: (event) => {
      if (event.action === 'destroy') ctx.changed();
      drift.onEvent(event);
    },
    onError: (error) => {
      listing.forget();
      handlers.onError(error);
    },
    onActivity: listing.forget,
    onDisconnect: () => {
      listing.watching(false);
      log.warn({ instance }, 'engine event stream ended');
      ctx.changed();
      drift.disconnected();
    },
    // What the engine stopped is brought back before the loop catches up on what it missed.
    onConnect: () => {
      listing.watching(true);
      void connected()
        .catch((error: unknown) => {
          log.warn({ err: errorMessage(error) }, 'cannot bring back what the engine stopped');
        })
        .finally(handlers.onConnect);
    },
  });
  return {
    drift,
    stop() {
      listing.watching(false);
      stopWatching();
      drift.stop();
    },
  };
}
