// The last full listing of the instance's containers, kept while the event stream is connected
// and nothing has happened since (no event, no change berth made), for at most 10 s. A warm
// reconcile then plans without asking the engine; any activity, a lost stream or age makes the
// next look list again. A generation count keeps a listing that raced with a change from being kept.
import { performance } from 'node:perf_hooks';
import type { ManagedContainer } from './container-api.js';

export interface ListingCache {
  /** what was listed is out of date (an event, an error) */
  forget: () => void;
  /** the event stream is (dis)connected: only while it is up can a listing be kept */
  watching(on: boolean): void;
  get(list: () => Promise<ManagedContainer[]>): Promise<ManagedContainer[]>;
  /** runs a change to the engine; listings from before it or during it are not kept */
  around: <T>(change: () => Promise<T>) => Promise<T>;
}

export function createListingCache(maxAgeMs = 10_000): ListingCache {
  let kept: { list: ManagedContainer[]; at: number } | undefined;
  let generation = 0;
  let watching = false;
  const forget = () => {
    generation += 1;
    kept = undefined;
  };
  return {
    forget,
    watching(on) {
      watching = on;
      forget();
    },
    async get(list) {
      if (kept && watching && performance.now() - kept.at < maxAgeMs) return kept.list;
      const before = generation;
      const at = performance.now();
      const fresh = await list();
      if (watching && generation === before) kept = { list: fresh, at };
      return fresh;
    },
    around: async (change) => {
      forget();
      try {
        return await change();
      } finally {
        forget();
      }
    },
  };
}
