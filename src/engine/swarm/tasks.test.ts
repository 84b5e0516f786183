import { describe, expect, it } from 'vitest';
import { refusalOf, type SwarmTask, tasksOfSpec } from './tasks.js';

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

describe("the tasks of a service's current spec", () => {
  const task = (id: string, hash: string, createdAt: string, state = 'failed'): SwarmTask => ({
    ID: id,
    ServiceID: 's1',
    CreatedAt: createdAt,
    DesiredState: 'shutdown',
    Spec: { ContainerSpec: { Labels: { 'berth.spec-hash': hash } } },
    Status: { State: state },
  });

  it('takes tasks of the spec hash made since the last write, newest first', () => {
    const tasks = [
      task('before', 'h1', '2026-12-06T11:16:13.830123456Z'),
      task('same-millisecond', 'h1', '2026-12-06T11:16:13.838Z'),
      task('after', 'h1', '2026-12-06T11:16:14.000000001Z'),
      task('other-spec', 'h0', '2026-12-06T11:16:15Z'),
    ];
    expect(tasksOfSpec(tasks, 'h1', '2026-12-06T11:16:13.838999Z').map((t) => t.ID)).toEqual([
      'after',
      'same-millisecond',
    ]);
  });

  it('leaves out a task of a spec changed by hand, which keeps the labels, stopped by the write', () => {
    const handMade = task('hand', 'h1', '2026-12-06T11:16:13.819Z', 'failed');
    expect(tasksOfSpec([handMade], 'h1', '2026-12-06T11:16:13.838Z')).toEqual([]);
  });
});
