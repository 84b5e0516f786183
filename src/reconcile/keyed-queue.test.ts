import { describe, expect, it } from 'vitest';
import { createKeyedQueue } from './keyed-queue.js';

function deferred() {
  let resolve = () => {};
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('keyed queue', () => {
  it('coalesces triggers that arrive while a key is busy into one follow-up', async () => {
    const gate = deferred();
    const runs: string[] = [];
    const queue = createKeyedQueue(4, async (key) => {
      runs.push(key);
      if (runs.length === 1) await gate.promise;
    });
    const first = queue.schedule('a');
    const second = queue.schedule('a');
    const third = queue.schedule('a');
    gate.resolve();
    await Promise.all([first, second, third]);
    expect(runs).toEqual(['a', 'a']);
  });

  it('runs at most `concurrency` keys at once', async () => {
    let now = 0;
    let peak = 0;
    const queue = createKeyedQueue(2, async () => {
      now += 1;
      peak = Math.max(peak, now);
      await new Promise((r) => setTimeout(r, 5));
      now -= 1;
    });
    await Promise.all(['a', 'b', 'c', 'd', 'e'].map((k) => queue.schedule(k)));
    expect(peak).toBe(2);
  });

  it('runs the follow-up asked for during a run that fails', async () => {
    const runs: number[] = [];
    let second: Promise<void> | undefined;
    const queue = createKeyedQueue(1, async () => {
      runs.push(runs.length);
      if (runs.length === 1) {
        second = queue.schedule('a');
        await Promise.resolve();
        throw new Error('first run fails');
      }
    });
    await queue.schedule('a');
    await second;
    expect(runs).toEqual([0, 1]);
  });

  it('keeps going after a failed run and reports the failure to the caller', async () => {
    const queue = createKeyedQueue(1, (key) =>
      key === 'bad' ? Promise.reject(new Error('boom')) : Promise.resolve(),
    );
    await expect(queue.schedule('bad')).rejects.toThrow('boom');
    await expect(queue.schedule('good')).resolves.toBeUndefined();
  });
});
