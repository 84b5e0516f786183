import { describe, expect, it } from 'vitest';
import type { ManagedContainer } from '../engine/types.js';
import type { Deployment } from '../resources/types.generated.js';
import { desiredDeployment } from './desired.js';
import { planRevision, type PlanInput } from './plan.js';

const GiB = 1024 ** 3;

function desired(name: string, spec: Partial<Deployment['spec']> = {}) {
  return desiredDeployment(
    {
      apiVersion: 'berth/v1',
      kind: 'Deployment',
      metadata: { name, owner: 'user:alice' },
      spec: { image: 'img:1', ...spec },
    },
    { instance: 'default', commit: 'c1' },
  );
}

function container(
  id: string,
  name: string,
  hash: string,
  status: ManagedContainer['status'] = 'running',
): ManagedContainer {
  return {
    id,
    name: id,
    status,
    createdAt: new Date(0),
    labels: {
      'berth.managed': 'true',
      'berth.kind': 'Deployment',
      'berth.name': name,
      'berth.spec-hash': hash,
    },
  };
}

function plan(input: Partial<PlanInput>) {
  return planRevision({
    deployments: [],
    skipped: [],
    actual: [],
    capacity: { cpus: 8, memoryBytes: 32 * GiB, gpus: 0 },
    prune: true,
    ...input,
  });
}

const api = desired('api', { replicas: 2 });

describe('plan', () => {
  it.each([
    ['nothing runs yet', [], 'create', 'create 2 replicas of img:1'],
    [
      'everything is up to date',
      [container('a', 'api', api.specHash), container('b', 'api', api.specHash)],
      'noop',
      '2 replicas running, up to date',
    ],
    [
      'the spec changed',
      [container('a', 'api', 'old'), container('b', 'api', api.specHash)],
      'update',
      'spec changed: roll 2 replicas (1 to replace)',
    ],
    [
      'a replica is missing',
      [container('a', 'api', api.specHash)],
      'scale',
      'scale from 1 to 2 replicas',
    ],
    [
      'a replica stopped',
      [container('a', 'api', api.specHash), container('b', 'api', api.specHash, 'exited')],
      'repair',
      '1 of 2 replicas not running (exited)',
    ],
  ])('when %s: %s', (_when, actual, type, reason) => {
    const result = plan({ deployments: [api], actual });
    expect(result.actions.map((a) => [a.key, a.type, a.reason])).toEqual([
      ['Deployment/api', type, reason],
    ]);
    expect(result.hasChanges).toBe(type !== 'noop');
  });

  it('deletes containers of resources no longer declared, unless pruning is off', () => {
    const actual = [container('x1', 'gone', 'h'), container('x2', 'gone', 'h')];
    const pruned = plan({ actual });
    expect(pruned.actions).toEqual([
      {
        type: 'delete',
        key: 'Deployment/gone',
        kind: 'Deployment',
        name: 'gone',
        reason: 'removed from the revision: delete 2 containers',
        containers: ['x1', 'x2'],
      },
    ]);
    expect(pruned.summary).toEqual({ create: 0, update: 0, delete: 1, error: 0 });
    const kept = plan({ actual, prune: false });
    expect(kept.actions.map((a) => a.type)).toEqual(['noop']);
    expect(kept.hasChanges).toBe(false);
  });

  it('ignores containers without complete berth labels', () => {
    const stray = { ...container('s', 'x', 'h'), labels: { 'berth.managed': 'true' } };
    expect(plan({ actual: [stray] }).actions).toEqual([]);
  });

  it('asks to verify running replicas not known to be ready, when told which are', () => {
    const actual = [container('a', 'api', api.specHash), container('b', 'api', api.specHash)];
    expect(plan({ deployments: [api], actual, knownReady: new Set(['a']) }).actions[0]?.type).toBe(
      'verify',
    );
    expect(
      plan({ deployments: [api], actual, knownReady: new Set(['a', 'b']) }).actions[0]?.type,
    ).toBe('noop');
  });

  it.each([
    [
      'more CPUs',
      '4xlarge',
      { cpus: 2, memoryBytes: 256 * GiB, gpus: 0 },
      'size 4xlarge (16 CPUs, 128 GiB) is more than this engine can give (it has 2 CPUs); choose a smaller size',
    ],
    [
      'more memory',
      'large',
      { cpus: 8, memoryBytes: 8 * GiB, gpus: 0 },
      'size large (2 CPUs, 16 GiB) is more than this engine can give (it has 8 GiB); choose a smaller size',
    ],
    [
      'a GPU',
      'g4dnxlarge',
      { cpus: 8, memoryBytes: 64 * GiB, gpus: 0 },
      'size g4dnxlarge (4 CPUs, 16 GiB, 1 GPU) is more than this engine can give (it has 0 GPUs); choose a smaller size',
    ],
  ])('is an error when a size needs %s than the engine has', (_what, size, capacity, reason) => {
    const result = plan({ deployments: [desired('big', { size })], capacity });
    expect(result.actions.map((a) => [a.type, a.reason])).toEqual([['error', reason]]);
    expect(result.summary.error).toBe(1);
  });

  it('lists skipped resources with their reason and counts them as no change', () => {
    const result = plan({
      skipped: [{ key: 'Job/etl', kind: 'Job', name: 'etl', reason: 'not run' }],
    });
    expect(result.actions.map((a) => [a.key, a.type, a.reason])).toEqual([
      ['Job/etl', 'skip', 'not run'],
    ]);
    expect(result.hasChanges).toBe(false);
  });
});
