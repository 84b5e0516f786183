import net, { type AddressInfo } from 'node:net';
import type Docker from 'dockerode';
import { describe, expect, it } from 'vitest';
import type { Clock } from '../../clock.js';
import { createEndpoints } from '../../gateway/endpoints.js';
import { silentLogger } from '../../log.js';
import type { DeploymentWorkload } from '../types.js';
import { followRollout } from './rollout.js';
import type { SwarmTask } from './tasks.js';

const written = '2026-12-06T11:16:13.838Z';
const before = '2026-12-06T11:16:13.500Z';
const after = '2026-12-06T11:16:14.000Z';

const workload: DeploymentWorkload = {
  key: 'Deployment/steady',
  name: 'steady',
  owner: 'user:alice',
  replicas: 1,
  spec: { image: 'busybox', env: {}, cpus: 1, memoryBytes: 1 << 26, gpus: 0 },
  specHash: 'h-new',
  readiness: {
    port: 8000,
    path: undefined,
    initialDelayMs: 0,
    periodMs: 1000,
    timeoutMs: 500,
    failureThreshold: 3,
  },
} as unknown as DeploymentWorkload;

function task(id: string, createdAt: string, state: string, hash = 'h-new'): SwarmTask {
  return {
    ID: id,
    ServiceID: 's1',
    Slot: 1,
    CreatedAt: createdAt,
    DesiredState: state === 'running' || state === 'starting' ? 'running' : 'shutdown',
    Spec: { ContainerSpec: { Labels: { 'berth.spec-hash': hash } } },
    Status: {
      State: state,
      ...(state === 'failed' ? { ContainerStatus: { ExitCode: 137 } } : {}),
    },
  };
}

interface Service {
  UpdatedAt: string;
  UpdateStatus?: { State: string; Message?: string };
  Spec: { Labels: Record<string, string> };
}

/**
 * The Swarm as the rollout reads it, one answer per poll (the last one stays). A pure stand-in:
 * what the engine does with these answers is what the Swarm tests check against a real one.
 */
function swarmAnswering(listings: SwarmTask[][], services: Service[]) {
  let listed = 0;
  let inspected = 0;
  const docker = {
    listTasks: () => Promise.resolve(listings[Math.min(listed++, listings.length - 1)]),
    getService: () => ({
      inspect: () => Promise.resolve(services[Math.min(inspected++, services.length - 1)]),
    }),
    getTask: () => ({ logs: () => Promise.resolve(Buffer.alloc(0)) }),
    getNode: () => ({ inspect: () => Promise.resolve({ Description: { Hostname: 'vm' } }) }),
  } as unknown as Docker;
  return docker;
}

/** Time that passes as the rollout waits: no real sleep. */
function steppingClock(): Clock {
  let now = Date.parse(written);
  return {
    now: () => now,
    sleep: (ms) => {
      now += ms;
      return Promise.resolve();
    },
    setTimer: () => () => undefined,
  };
}

/** Follows the rollout; a task reached at 127.0.0.1 answers there (a real TCP probe). */
async function follow(docker: Docker) {
  const server = net.createServer((socket) => socket.end());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const clock = steppingClock();
  try {
    return await followRollout(
      { ...workload, readiness: { ...workload.readiness, port } },
      { id: 's1', written: 'w-new' },
      {
        docker,
        endpoints: createEndpoints(clock),
        clock,
        log: silentLogger(),
        startAllowanceMs: 5_000,
        addresses: (tasks) => Promise.resolve(new Map(tasks.map((t) => [t.ID, '127.0.0.1']))),
      },
      { record: () => undefined, once: async (_what, run) => run() },
    );
  } finally {
    server.close();
  }
}

const berthSpec = { Labels: { 'berth.written': 'w-new' } };
const wrote = { UpdatedAt: written, Spec: berthSpec };

describe('following a rollout on Swarm', () => {
  it('takes no task of a spec changed by hand (same labels), stopped by the write, for a crash', async () => {
    const handMade = task('hand', before, 'failed');
    const docker = swarmAnswering(
      [
        [handMade, task('serving', after, 'starting')],
        [handMade, task('serving', after, 'running')],
      ],
      [wrote],
    );
    expect(await follow(docker)).toEqual({ ready: 1, serving: 1 });
  });

  it('waits for the next task when Swarm rejected one before it ran (no address on a new overlay)', async () => {
    const unplaced = task('unplaced', after, 'rejected');
    unplaced.Status = {
      State: 'rejected',
      Err: 'node is missing network attachments, ip addresses may be exhausted',
    };
    const docker = swarmAnswering(
      [
        [unplaced, task('serving', after, 'pending')],
        [unplaced, task('serving', after, 'running')],
      ],
      [wrote],
    );
    expect(await follow(docker)).toEqual({ ready: 1, serving: 1 });
  });

  it("diagnoses a crash of a task made for berth's spec, also once Swarm's rollback moved the service on", async () => {
    // Swarm records its rollback on the service: `UpdatedAt` moves past the crashed task's birth.
    const rollingBack = {
      UpdatedAt: '2026-12-06T11:16:15Z',
      UpdateStatus: { State: 'rollback_started' },
      Spec: berthSpec,
    };
    const docker = swarmAnswering([[task('crashed', after, 'failed')]], [wrote, rollingBack]);
    const result = await follow(docker);
    expect(result.failure?.reason).toBe('CrashLoop');
    expect(result.failure?.message).toBe(
      'crash loop: the container exited with code 137 (restarts: 0); it printed nothing',
    );
  });

  it("takes a rollback that left berth's spec in place (an earlier update's state) for no failure", async () => {
    const docker = swarmAnswering(
      [[task('serving', after, 'starting')], [task('serving', after, 'running')]],
      [{ ...wrote, UpdateStatus: { State: 'rollback_completed' } }],
    );
    expect(await follow(docker)).toEqual({ ready: 1, serving: 1 });
  });

  it('fails the rollout Swarm rolled back to the previous spec, with its reason', async () => {
    // The previous spec may have the same resource hash (a tag now pinned to another digest):
    // what berth wrote tells them apart.
    const docker = swarmAnswering(
      [[task('old', before, 'running', 'h-new'), task('new', after, 'shutdown')]],
      [
        wrote,
        {
          UpdatedAt: after,
          UpdateStatus: { State: 'rollback_completed', Message: 'rollback completed' },
          Spec: { Labels: { 'berth.written': 'w-old' } },
        },
      ],
    );
    const result = await follow(docker);
    expect(result.failure).toEqual({
      reason: 'HealthCheckFailed',
      message: 'Swarm rolled the update back: rollback completed',
    });
  });
});
