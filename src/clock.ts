// Time, injectable: tests hand in their own clock so back-off, deadlines and cron need no real sleeps.

export interface Clock {
  now(): number;
  /** resolves after `ms`, or early (without error) when the signal aborts */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** runs `fn` after `ms`; returns a cancel function */
  setTimer(ms: number, fn: () => void): () => void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      if (signal?.aborted) {
        resolve();
        return;
      }
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      }
      signal?.addEventListener('abort', done, { once: true });
    }),
  setTimer: (ms, fn) => {
    const timer = setTimeout(fn, ms);
    timer.unref();
    return () => {
      clearTimeout(timer);
    };
  },
};
