// A clock tests move by hand: timers fire when `advance` passes their time, never on their own.
import type { Clock } from '../../src/clock.js';

export interface ManualClock extends Clock {
  /** moves time forward, firing every timer that falls due, in order */
  advance(ms: number): void;
  /** timers waiting to fire */
  pending(): number;
}

export function manualClock(start = Date.UTC(2026, 10, 22)): ManualClock {
  let now = start;
  let nextId = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const clock: ManualClock = {
    now: () => now,
    setTimer(ms, fn) {
      const id = nextId++;
      timers.set(id, { at: now + ms, fn });
      return () => {
        timers.delete(id);
      };
    },
    sleep(ms, signal) {
      return new Promise((resolve) => {
        if (signal?.aborted) {
          resolve();
          return;
        }
        const cancel = clock.setTimer(ms, resolve);
        signal?.addEventListener(
          'abort',
          () => {
            cancel();
            resolve();
          },
          { once: true },
        );
      });
    },
    advance(ms) {
      const until = now + ms;
      for (;;) {
        const due = [...timers.entries()]
          .filter(([, t]) => t.at <= until)
          .sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].fn();
      }
      now = until;
    },
    pending: () => timers.size,
  };
  return clock;
}
