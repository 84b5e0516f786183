import { describe, expect, it } from 'vitest';
import type { Capacity, ObservedUnit, ObservedWorkload } from '../../engine/types.js';
import type { Deployment } from '../../resources/types.generated.js';
import { desiredDeployment } from './desired.js';
import { planDeployment } from './plan.js';

const GiB = 1024 ** 3;
const roomy: Capacity = { cpus: 8, memoryBytes: 32 * GiB, gpus: 0 };

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

function unit(
  id: string,
  specHash: string,
  status: ObservedUnit['status'] = 'running',
  ready = true,
): ObservedUnit {
  return {
    id,
    name: id,
    labels: {},
    specHash,
    status,
    createdAt: new Date(0),
    address: undefined,
    ready,
  };
}

function observed(units: ObservedUnit[]): ObservedWorkload {
  return { key: 'Deployment/api', kind: 'Deployment', name: 'api', owner: 'user:alice', units };
}

const api = desired('api', { replicas: 2 });

describe('planning a Deployment', () => {
  it.each([
    ['nothing runs yet', [], 'create', 'create 2 replicas of img:1'],
    [
      'everything is up to date and ready',
      [unit('a', api.specHash), unit('b', api.specHash)],
      'noop',
      '2 replicas running, up to date',
    ],
    [
      'the spec changed',
      [unit('a', 'old'), unit('b', api.specHash)],
      'update',
      'spec changed: roll 2 replicas (1 to replace)',
    ],
    ['a replica is missing', [unit('a', api.specHash)], 'scale', 'scale from 1 to 2 replicas'],
    [
      'a replica stopped',
      [unit('a', api.specHash), unit('b', api.specHash, 'exited')],
      'repair',
      '1 of 2 replicas not running (exited)',
    ],
    [
      'a running replica was never seen ready (a restarted berth)',
      [unit('a', api.specHash), unit('b', api.specHash, 'running', false)],
      'verify',
      'check readiness of 1 running replica',
    ],
    [
      'a replica berth is retiring is on its way out',
      [unit('a', api.specHash), unit('b', api.specHash), unit('c', 'old', 'removing')],
      'noop',
      '2 replicas running, up to date',
    ],
  ])('when %s: %s', (_when, units, type, reason) => {
    const planned = planDeployment(api, observed(units), roomy);
    expect([planned.action.key, planned.action.type, planned.action.reason]).toEqual([
      'Deployment/api',
      type,
      reason,
    ]);
  });

  it('settles what needs no work with its outcome, and leaves work to apply', () => {
    expect(
      planDeployment(api, observed([unit('a', api.specHash), unit('b', api.specHash)]), roomy)
        .outcome,
    ).toEqual({
      state: 'Ready',
      message: '2/2 replicas ready',
      replicas: { desired: 2, ready: 2 },
    });
    expect(planDeployment(desired('idle', { replicas: 0 }), undefined, roomy).outcome).toEqual({
      state: 'Ready',
      message: '0/0 replicas ready',
      replicas: { desired: 0, ready: 0 },
    });
    expect(planDeployment(api, undefined, roomy).outcome).toBeUndefined();
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
    const planned = planDeployment(desired('big', { size }), undefined, capacity);
    expect([planned.action.type, planned.action.reason]).toEqual(['error', reason]);
    expect(planned.outcome).toMatchObject({ state: 'Failed', reason: 'Invalid', message: reason });
  });
});
