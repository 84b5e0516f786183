// Work per resource, one at a time per key, a bounded number at once overall. A trigger for a key
// that is busy coalesces into one follow-up run that reads the newest state.

export interface KeyedQueue {
  /** resolves when this key's work, including any follow-up it coalesced into, has finished */
  schedule(key: string): Promise<void>;
  /** true while work for this key runs or waits for a slot */
  busy(key: string): boolean;
  /** the keys whose work runs or waits */
  keys(): string[];
  idle(): Promise<void>;
}

export function createKeyedQueue(
  concurrency: number,
  work: (key: string) => Promise<void>,
): KeyedQueue {
  const active = new Map<string, { done: Promise<void>; dirty: boolean }>();
  const waiting: (() => void)[] = [];
  let running = 0;

  const slot = async (): Promise<void> => {
    if (running < concurrency) {
      running += 1;
      return;
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  };
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  };

  return {
    schedule(key) {
      const existing = active.get(key);
      if (existing) {
        existing.dirty = true;
        return existing.done;
      }
      const entry = { done: Promise.resolve(), dirty: true };
      entry.done = (async () => {
        // A failed run does not drop a follow-up asked for meanwhile; the last failure is reported.
        let failure: { error: unknown } | undefined;
        try {
          while (entry.dirty) {
            entry.dirty = false;
            await slot();
            try {
              await work(key);
              failure = undefined;
            } catch (error) {
              failure = { error };
            } finally {
              release();
            }
          }
        } finally {
          active.delete(key);
        }
        if (failure) throw failure.error;
      })();
      active.set(key, entry);
      return entry.done;
    },
    busy: (key) => active.has(key),
    keys: () => [...active.keys()],
    async idle() {
      while (active.size > 0) await Promise.all([...active.values()].map((e) => e.done));
    },
  };
}
