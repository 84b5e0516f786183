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
