import { describe, expect, it } from 'vitest';
import { refusalOf, type SwarmTask } from './tasks.js';

function rejected(err: string | undefined, gpus: number): SwarmTask {
  return {
    ID: 't1',
    ServiceID: 's1',
    CreatedAt: '2026-12-06T00:00:00Z',
    DesiredState: 'shutdown',
    Spec: {
      Resources: {
        Reservations: {
          GenericResources: Array.from({ length: gpus }, () => ({
            DiscreteResourceSpec: { Kind: 'gpu', Value: 1 },
          })),
        },
      },
    },
    Status: { State: 'rejected', ...(err === undefined ? {} : { Err: err }) },
  };
}

describe("Swarm's reason for refusing a task", () => {
  it('names the known Swarm bug when a task that reserves GPUs no longer meets constraints', () => {
    expect(refusalOf(rejected('assigned node no longer meets constraints', 1))).toBe(
      "assigned node no longer meets constraints (the task reserves GPUs: Swarm in Docker engines without the fix of moby/moby#44378 drops such tasks on a network; update Docker on the Swarm's nodes)",
    );
  });

  it.each([
    ['a task without GPUs', 'assigned node no longer meets constraints', 0],
    ['another reason', 'No such image: x:1', 1],
  ])('passes the reason on as it is for %s', (_what, err, gpus) => {
    expect(refusalOf(rejected(err, gpus))).toBe(err);
  });

  it('says when Swarm gave no reason', () => {
    expect(refusalOf(rejected(undefined, 0))).toBe('no reason given');
  });
});
