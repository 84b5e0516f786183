import { describe, expect, it } from 'vitest';
import { createRestartTracker, restartPolicy } from './restarts.js';

describe('restart back-off', () => {
  it('waits 10 s, then doubles up to 5 minutes', () => {
    const tracker = createRestartTracker();
    const delays = Array.from({ length: 8 }, (_, i) =>
      tracker.crashed('c1', i * 1000, i * 1000 + 500),
    );
    expect(delays).toEqual([10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000, 300_000]);
  });

  it('resets the delay after a replica ran for 10 minutes', () => {
    const tracker = createRestartTracker();
    tracker.crashed('c1', 0, 1000);
    tracker.crashed('c1', 2000, 3000);
    expect(tracker.crashed('c1', 10_000, 10_000 + restartPolicy.resetAfterMs)).toBe(10_000);
  });

  it('counts restarts per container, and forgets a removed one', () => {
    const tracker = createRestartTracker();
    expect(tracker.count('c1')).toBe(0);
    tracker.crashed('c1', 0, 1);
    expect(tracker.count('c1')).toBe(0);
    tracker.restarted('c1');
    tracker.crashed('c1', 2, 3);
    tracker.restarted('c1');
    expect(tracker.count('c1')).toBe(2);
    tracker.forget('c1');
    expect(tracker.count('c1')).toBe(0);
  });

  it('keeps the exit code of the last crash, for the status while the replica waits', () => {
    const tracker = createRestartTracker();
    expect(tracker.lastExitCode('c1')).toBeUndefined();
    tracker.crashed('c1', 0, 1, 3);
    expect(tracker.lastExitCode('c1')).toBe(3);
    tracker.crashed('c1', 2, 3, 137);
    expect(tracker.lastExitCode('c1')).toBe(137);
    tracker.forget('c1');
    expect(tracker.lastExitCode('c1')).toBeUndefined();
  });
});
