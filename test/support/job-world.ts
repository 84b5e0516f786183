// A Job kind driven by the reconcile loop against the in-memory engine and a manual clock: the
// world the Job unit tests (single-command Jobs and pipelines) run in, without waiting.
import { fakeEngine, type FakeEngine } from './fake-engine.js';
import { manualClock, type ManualClock } from './manual-clock.js';
import { silentLogger } from '../../src/log.js';
import { createReconciler, type Reconciler } from '../../src/reconcile/loop.js';
import type { Job } from '../../src/resources/types.generated.js';
import { createKinds } from '../../src/kinds/index.js';

export function job(spec: Partial<Job['spec']> = {}, name = 'etl'): Job {
  return {
    apiVersion: 'berth/v1',
    kind: 'Job',
    metadata: { name, owner: 'user:alice' },
    spec: { image: 'etl:1', command: 'python etl.py', ...spec },
  };
}

export interface World {
  clock: ManualClock;
  fake: FakeEngine;
  loop: Reconciler;
  apply(resource: Job): Promise<void>;
  /** a new berth on the same engine (as after a restart) */
  restart(): Reconciler;
  started(): string[];
  status(): ReturnType<Reconciler['status']['get']>;
}

export const flush = async () => {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
};

export function world(startIso = '2026-11-22T10:00:30Z'): World {
  const clock = manualClock(Date.parse(startIso));
  const fake = fakeEngine(clock);
  const make = () =>
    createReconciler({
      engine: fake.engine,
      kinds: createKinds(),
      instance: 't',
      logger: silentLogger(),
      clock,
      resyncMs: 24 * 3600_000,
    });
  const w: World = {
    clock,
    fake,
    loop: make(),
    async apply(resource) {
      w.loop.setRevision({ id: `rev-${clock.now()}`, resources: [resource] });
      await w.loop.reconcile();
      await flush();
    },
    restart() {
      w.loop = make();
      return w.loop;
    },
    started: () =>
      fake.calls.filter((c) => c.startsWith('start ')).map((c) => c.replace(/^start berth-t-/, '')),
    status: () => w.loop.status.get('Job/etl'),
  };
  w.loop.start();
  return w;
}

export async function advance(w: World, ms: number): Promise<void> {
  w.clock.advance(ms);
  await flush();
}
