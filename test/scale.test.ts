// How berth's engine reads grow with what runs: a cold no-op apply (a fresh berth, everything
// already running) reads the engine the same number of times for 10 and for 100 Deployments.
import { afterAll, describe, expect, it } from 'vitest';
import type { Resource } from '../src/resources/types.generated.js';
import { testEngine } from './support/docker.js';

const t = testEngine('scale');
afterAll(() => t.cleanup());

function deployments(n: number): Resource[] {
  return Array.from({ length: n }, (_, i) => ({
    apiVersion: 'berth/v1',
    kind: 'Deployment',
    metadata: { name: `api-${i}`, owner: 'user:alice' },
    spec: { image: 'berth-examples/busybox:1', command: 'exec httpd -f -p 8000 -h /www' },
  }));
}

/** Applies n Deployments, then a fresh berth applies them again: its engine calls. */
async function coldNoop(n: number) {
  const warm = t.core();
  warm.reconciler.setRevision({ id: `n${n}`, resources: deployments(n) });
  const made = await warm.reconciler.reconcile();
  expect(made.outcomes.size).toBeGreaterThan(0);
  await warm.close();

  const cold = t.core();
  cold.reconciler.setRevision({ id: `n${n}`, resources: deployments(n) });
  t.resetCalls();
  const report = await cold.reconciler.reconcile();
  await cold.close();
  expect(report.plan.hasChanges).toBe(false);
  const ready = cold.reconciler.status.all().filter((s) => s.state === 'Ready');
  expect(ready).toHaveLength(n);
  return { reads: t.calls.length - t.writes().length, writes: t.writes() };
}

describe('engine reads at scale', () => {
  it(
    'a cold no-op apply reads the engine as often for 100 running Deployments as for 10, and writes nothing',
    { timeout: 300_000 },
    async () => {
      const ten = await coldNoop(10);
      const hundred = await coldNoop(100);
      expect(ten.writes).toEqual([]);
      expect(hundred.writes).toEqual([]);
      expect(hundred.reads).toBe(ten.reads);
      expect(ten.reads).toBeLessThanOrEqual(5);
    },
  );
});
