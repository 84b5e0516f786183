import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { manualClock } from '../../test/support/manual-clock.js';
import { silentLogger } from '../log.js';
import { createSecretStore } from './store.js';
import { watchSecrets } from './watch.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup() {
  const root = await mkdtemp(path.join(tmpdir(), 'berth-watch-'));
  const dir = path.join(root, 'secrets');
  const clock = manualClock();
  let changes = 0;
  let watching: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    watching = resolve;
  });
  const stop = await watchSecrets({
    dir,
    logger: silentLogger(),
    clock,
    intervalMs: 60_000,
    debounceMs: 10,
    onChange: () => {
      changes += 1;
    },
    onWatching: () => {
      watching();
    },
  });
  cleanups.push(stop, () => rm(root, { recursive: true, force: true }));
  return { dir, clock, ready, store: createSecretStore({ dir }), changes: () => changes };
}

describe('watching the secret store', () => {
  it('creates nothing, and looks again at every interval', async () => {
    const s = await setup();
    await expect(stat(s.dir)).rejects.toThrow();
    s.clock.advance(60_000);
    expect(s.changes()).toBe(1);
  });

  it('notices a value set after the folder appeared', async () => {
    const s = await setup();
    await s.store.write('user:alice', 'TOKEN', 'one');
    s.clock.advance(60_000); // the look that finds the folder and starts watching it
    await s.ready;
    const before = s.changes();
    await s.store.write('user:alice', 'TOKEN', 'two');
    // The watcher's event, then its debounce timer on the manual clock.
    await vi.waitFor(
      () => {
        s.clock.advance(10);
        expect(s.changes()).toBeGreaterThan(before);
      },
      { timeout: 5000, interval: 25 },
    );
  });
});
