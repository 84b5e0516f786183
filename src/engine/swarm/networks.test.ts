import Docker from 'dockerode';
import { describe, expect, it } from 'vitest';
import { capturingLogger } from '../../../test/support/capture-logs.js';
import { silentLogger } from '../../log.js';
import { createSwarmNetworks, ownContainerId } from './networks.js';

const id = 'a'.repeat(12) + 'b'.repeat(52);
/** A client that is never called: naming a network asks no engine. */
const idle = new Docker({ socketPath: '/nonexistent.sock' });

describe('the networks of the Swarm engine', () => {
  it('finds its own container from where /etc/hostname is mounted from', () => {
    const mountinfo = [
      '600 550 0:50 / / rw,relatime master:1 - overlay overlay rw',
      `612 600 8:1 /var/lib/docker/containers/${id}/hostname /etc/hostname rw,relatime - ext4 /dev/sda1 rw`,
    ].join('\n');
    expect(ownContainerId(mountinfo)).toBe(id);
    expect(ownContainerId('600 550 0:50 / / rw,relatime - ext4 /dev/sda1 rw')).toBeUndefined();
  });

  it('warns when berth, not in a container, cannot join the overlays its tasks are on', () => {
    const made = (mode: 'overlay' | 'local', self: string | undefined) => {
      const { logger, lines } = capturingLogger();
      createSwarmNetworks({
        docker: idle,
        instance: 'prod',
        mode,
        encrypted: true,
        self,
        log: logger,
      });
      return lines.filter((l) => l.level === 40).map((l) => l.msg);
    };
    expect(made('overlay', undefined)).toEqual([
      'berth is not in a container, so it cannot join the overlays and its gateway cannot reach the tasks; run it in a container on a manager, or set BERTH_SWARM_NETWORK=local on a one-node Swarm',
    ]);
    expect(made('overlay', id)).toEqual([]);
    expect(made('local', undefined)).toEqual([]);
  });

  it("owns the instance's networks only, not another instance's of a longer name", () => {
    const networks = createSwarmNetworks({
      docker: idle,
      instance: 'prod',
      mode: 'overlay',
      encrypted: true,
      self: id,
      log: silentLogger(),
    });
    expect(
      ['berth-prod', 'berth-prod-d-api', 'berth-production', 'ingress'].map(networks.owns),
    ).toEqual([true, true, false, false]);
  });

  it.each([
    ['overlay', 'Deployment/api', 'berth-prod-d-api'],
    ['overlay', 'Job/api', 'berth-prod-j-api'],
    ['local', 'Deployment/api', 'berth-prod'],
    ['local', 'Job/etl', 'berth-prod'],
  ] as const)('on %s, %s joins %s', (mode, key, name) => {
    const networks = createSwarmNetworks({
      docker: idle,
      instance: 'prod',
      mode,
      encrypted: true,
      self: undefined,
      log: silentLogger(),
    });
    expect(networks.nameFor(key)).toBe(name);
  });
});

describe("the sweep of the Swarm engine's networks", () => {
  const labels = { 'berth.managed': 'true', 'berth.instance': 'prod' };
  const listed = [
    {
      Id: 'n-api',
      Name: 'berth-prod-d-api',
      Scope: 'swarm',
      Labels: { ...labels, 'berth.kind': 'Deployment', 'berth.name': 'api' },
    },
    {
      Id: 'n-old',
      Name: 'berth-prod-d-old',
      Scope: 'swarm',
      Labels: { ...labels, 'berth.kind': 'Deployment', 'berth.name': 'old' },
    },
    { Id: 'n-shared', Name: 'berth-prod', Scope: 'swarm', Labels: labels },
    { Id: 'n-bridge', Name: 'berth-prod', Scope: 'local', Labels: labels },
  ];
  const stopping = {
    ID: 't-old',
    DesiredState: 'remove',
    Status: { State: 'running' },
    NetworksAttachments: [{ Network: { ID: 'n-old', Spec: { Name: 'berth-prod-d-old' } } }],
  };

  /** The engine's answers as the sweep reads them; what it removed. A stand-in for pure logic. */
  function engineWith(tasks: unknown[], mode: 'overlay' | 'local' = 'overlay') {
    const removed: string[] = [];
    const docker = {
      listNetworks: () => Promise.resolve(listed.filter((n) => !removed.includes(n.Id))),
      listTasks: () => Promise.resolve(tasks),
      getNetwork: (id: string) => ({
        remove: () => {
          removed.push(id);
          return Promise.resolve();
        },
        disconnect: () => Promise.resolve(),
      }),
    } as unknown as Docker;
    const networks = createSwarmNetworks({
      docker,
      instance: 'prod',
      mode,
      encrypted: true,
      self: undefined,
      log: silentLogger(),
    });
    return { networks, removed, tasks };
  }

  it("removes the networks no resource in use joins, also an earlier berth's shared one, and no local bridge", async () => {
    const { networks, removed } = engineWith([]);
    expect(await networks.sweep(new Set(['Deployment/api']), true)).toEqual([]);
    expect(removed).toEqual(['n-old', 'n-shared']);
  });

  it("on a one-node Swarm (local), keeps the shared bridge while a resource is in use and removes the overlays' networks", async () => {
    const { networks, removed } = engineWith([], 'local');
    expect(await networks.sweep(new Set(['Deployment/api']), true)).toEqual([]);
    expect(removed).toEqual(['n-api', 'n-old']);
  });

  it('keeps a network while a task of a removed service is still stopping on it', async () => {
    const swarm = engineWith([stopping]);
    expect(await swarm.networks.sweep(new Set(['Deployment/api']), true)).toEqual([]);
    expect(swarm.removed).toEqual(['n-shared']);
    // Still there at the next pass: now a leftover that says why.
    const left = await swarm.networks.sweep(new Set(['Deployment/api']), true);
    expect(left.map((l) => [l.name, l.problem])).toEqual([
      [
        'berth-prod-d-old',
        'the network of removed Deployment/old; task t-old of a removed service is still stopping on it: berth removes the network once that task has ended (check it with `docker inspect t-old`)',
      ],
    ]);
    // Once the task has stopped, the network goes.
    swarm.tasks.splice(0, 1, { ...stopping, Status: { State: 'shutdown' } });
    expect(await swarm.networks.sweep(new Set(['Deployment/api']), true)).toEqual([]);
    expect(swarm.removed).toEqual(['n-shared', 'n-old']);
  });
});
