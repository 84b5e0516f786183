// The reconcile loop against a fake engine (pure bookkeeping, no containers) and a manual clock.
import { describe, expect, it } from 'vitest';
import { EngineFailure } from '../engine/failures.js';
import { createKinds } from '../kinds/index.js';
import { silentLogger } from '../log.js';
import type { Resource } from '../resources/types.generated.js';
import { fakeEngine } from '../../test/support/fake-engine.js';
import { manualClock, type ManualClock } from '../../test/support/manual-clock.js';
import { createReconciler, type Reconciler } from './loop.js';
import { executes } from './plan.js';

function deployment(name: string, image = 'img:1', replicas = 1): Resource {
  return {
    apiVersion: 'berth/v1',
    kind: 'Deployment',
    metadata: { name, owner: 'user:alice' },
    spec: { image, replicas },
  };
}

function job(name: string): Resource {
  return {
    apiVersion: 'berth/v1',
    kind: 'Job',
    metadata: { name, owner: 'user:alice' },
    spec: { image: 'etl:1', command: 'true' },
  };
}

function setup(options: { prune?: boolean; clock?: ManualClock } = {}) {
  const fake = fakeEngine();
  const loop: Reconciler = createReconciler({
    engine: fake.engine,
    kinds: createKinds(),
    instance: 'test',
    logger: silentLogger(),
    ...options,
  });
  const revise = (id: string, resources: Resource[]) => {
    loop.setRevision({ id, resources });
  };
  return { fake, loop, revise };
}

/** Resolves once every promise callback queued so far has run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('the reconcile loop', () => {
  it('executes exactly the actions of the plan it printed, then plans nothing and calls nothing', async () => {
    const { fake, loop, revise } = setup();
    revise('c1', [deployment('api'), deployment('old-api'), deployment('steady')]);
    await loop.reconcile();
    revise('c2', [
      deployment('api', 'img:2'),
      deployment('steady'),
      deployment('new-api'),
      job('etl'),
    ]);

    const pass = await loop.plan();
    expect(pass.plan.actions.map((a) => [a.key, a.type])).toEqual([
      ['Deployment/api', 'update'],
      ['Deployment/new-api', 'create'],
      ['Deployment/old-api', 'delete'],
      ['Deployment/steady', 'noop'],
      ['Job/etl', 'run'],
    ]);
    expect(pass.plan.summary).toEqual({ create: 1, update: 1, delete: 1, run: 1, error: 0 });
    fake.calls.length = 0;
    const report = await loop.apply(pass);
    const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
    expect([...report.executed].sort(byKey)).toEqual(pass.plan.actions.filter(executes));
    // apply reused the plan's observation; only the Job looked again, at itself, for its status.
    expect([...fake.calls].sort()).toEqual([
      'apply Deployment/api',
      'apply Deployment/new-api',
      'observe Job/etl',
      'remove Deployment/old-api',
      expect.stringMatching(/^start berth-test-etl-h[0-9a-f]{10}-0-a1$/) as string,
    ]);
    expect(loop.status.all().map((s) => [s.key, s.state, s.message])).toEqual([
      ['Deployment/api', 'Ready', '1/1 replicas ready'],
      ['Deployment/new-api', 'Ready', '1/1 replicas ready'],
      ['Deployment/steady', 'Ready', '1/1 replicas ready'],
      [
        'Job/etl',
        'Running',
        expect.stringMatching(/^run h[0-9a-f]{10}-0: attempt 1 running$/) as string,
      ],
    ]);
    expect(report.outcomes.get('Deployment/old-api')?.state).toBe('Deleted');

    fake.calls.length = 0;
    const again = await loop.reconcile();
    expect(again.plan.hasChanges).toBe(false);
    expect(again.executed).toEqual([]);
    expect(fake.calls).toEqual(['observe all']);
  });

  it('keeps what was removed from the revision when pruning is off', async () => {
    const { fake, loop, revise } = setup({ prune: false });
    revise('c1', [deployment('api')]);
    await loop.reconcile();
    revise('c2', []);
    const report = await loop.reconcile();
    expect(report.plan.actions.map((a) => [a.type, a.reason])).toEqual([
      ['noop', 'removed from the revision; kept (pruning is off)'],
    ]);
    expect(fake.workloads.has('Deployment/api')).toBe(true);
  });

  it('refuses to apply a plan made for another revision', async () => {
    const { loop, revise } = setup();
    revise('c1', [deployment('api')]);
    const pass = await loop.plan();
    revise('c2', [deployment('api', 'img:2')]);
    await expect(loop.apply(pass)).rejects.toThrow('the plan is for c1, not the current c2');
  });

  it('turns an engine hiccup into a Failed status and retries it after a back-off, before any resync', async () => {
    const clock = manualClock();
    const { fake, loop, revise } = setup({ clock });
    revise('c1', [deployment('api')]);
    loop.start();
    fake.failNextApply(new Error('docker: create container: no space left on device'));
    await loop.reconcile();
    const failed = loop.status.get('Deployment/api');
    expect([failed?.state, failed?.reason, failed?.message]).toEqual([
      'Failed',
      'EngineError',
      'docker: create container: no space left on device; berth retries in 1 s',
    ]);
    clock.advance(999);
    await settle();
    expect(loop.status.get('Deployment/api')?.state).toBe('Failed');
    clock.advance(1);
    for (let i = 0; i < 10 && loop.status.get('Deployment/api')?.state !== 'Ready'; i++)
      await settle();
    expect(loop.status.get('Deployment/api')?.state).toBe('Ready');
    await loop.stop();
  });

  it('a stop waits for work in flight up to its grace time, then names what it hands back', async () => {
    const clock = manualClock();
    const { fake, loop, revise } = setup({ clock });
    revise('c1', [deployment('api'), deployment('web')]);
    await loop.reconcile();
    loop.start();
    const release = fake.hold();
    revise('c2', [deployment('api', 'img:2'), deployment('web')]);
    const pass = loop.reconcile();
    await settle();
    const stopping = loop.stop({ graceMs: 5_000 });
    clock.advance(4_999);
    await settle();
    let report: { left: string[] } | undefined;
    void stopping.then((r) => (report = r));
    await settle();
    expect(report).toBeUndefined();
    clock.advance(1);
    expect(await stopping).toEqual({ left: ['Deployment/api'] });
    release();
    await pass;
  });

  it('a stop with nothing in flight hands nothing back', async () => {
    const { loop, revise } = setup();
    revise('c1', [deployment('api')]);
    await loop.reconcile();
    loop.start();
    expect(await loop.stop()).toEqual({ left: [] });
  });

  it('leaves an engine failure the user must fix to the next reconcile', async () => {
    const { fake, loop, revise } = setup();
    revise('c1', [deployment('api')]);
    fake.failNextApply(
      new EngineFailure('docker: start container: exec: "nope": not found', 'user-error'),
    );
    await loop.reconcile();
    expect(loop.status.get('Deployment/api')?.message).toBe(
      'docker: start container: exec: "nope": not found; berth retries at the next reconcile',
    );
    await loop.reconcile();
    expect(loop.status.get('Deployment/api')?.state).toBe('Ready');
  });

  it('repairs the one resource an engine event names, from a fresh look at it alone', async () => {
    const { fake, loop, revise } = setup();
    revise('c1', [deployment('api', 'img:1', 2), deployment('web')]);
    await loop.reconcile();
    loop.start();
    fake.workloads.get('Deployment/api')?.units.pop();
    fake.calls.length = 0;
    fake.emit({
      key: 'Deployment/api',
      message: 'replica api-1 was removed outside berth; replacing it',
      converge: true,
      drift: true,
    });
    await settle();
    await loop.stop();
    expect(fake.calls).toEqual(['observe Deployment/api', 'apply Deployment/api']);
    expect(loop.status.get('Deployment/api')?.history.map((h) => h.message)).toContain(
      'replica api-1 was removed outside berth; replacing it',
    );
  });

  it('coalesces triggers that arrive during a reconcile into one follow-up of the newest revision', async () => {
    const { fake, loop, revise } = setup();
    revise('c1', [deployment('api')]);
    const release = fake.hold();
    const first = loop.trigger();
    await settle();
    revise('c2', [deployment('api', 'img:2')]);
    const more = [loop.trigger(), loop.trigger(), loop.trigger()];
    release();
    await Promise.all([first, ...more]);
    expect(fake.calls.filter((c) => c === 'observe all')).toHaveLength(2);
    expect(loop.status.revision()).toMatchObject({ id: 'c2', state: 'Applied' });
    expect((await loop.plan()).plan.hasChanges).toBe(false);
  });

  it('resyncs on its timer, and reconciles when the engine stream reconnects', async () => {
    const clock = manualClock();
    const { fake, loop, revise } = setup({ clock });
    revise('c1', [deployment('api')]);
    loop.start();
    expect(fake.calls).toEqual([]);
    clock.advance(60_000);
    await settle();
    await settle();
    expect(fake.calls).toEqual(['observe all', 'apply Deployment/api']);
    fake.connect();
    await settle();
    expect(fake.calls.filter((c) => c === 'observe all')).toHaveLength(2);
    await loop.stop();
    expect(clock.pending()).toBe(0);
  });
});
