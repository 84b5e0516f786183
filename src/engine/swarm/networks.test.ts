import Docker from 'dockerode';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../log.js';
import { createSwarmNetworks, ownContainerId } from './networks.js';

const id = 'a'.repeat(12) + 'b'.repeat(52);

describe('the networks of the Swarm engine', () => {
  it('finds its own container from where /etc/hostname is mounted from', () => {
    const mountinfo = [
      '600 550 0:50 / / rw,relatime master:1 - overlay overlay rw',
      `612 600 8:1 /var/lib/docker/containers/${id}/hostname /etc/hostname rw,relatime - ext4 /dev/sda1 rw`,
    ].join('\n');
    expect(ownContainerId(mountinfo)).toBe(id);
    expect(ownContainerId('600 550 0:50 / / rw,relatime - ext4 /dev/sda1 rw')).toBeUndefined();
  });

  it.each([
    ['overlay', 'Deployment/api', 'berth-prod-d-api'],
    ['overlay', 'Job/api', 'berth-prod-j-api'],
    ['local', 'Deployment/api', 'berth-prod'],
    ['local', 'Job/etl', 'berth-prod'],
  ] as const)('on %s, %s joins %s', (mode, key, name) => {
    const networks = createSwarmNetworks({
      // A client that is never called: naming a network asks no engine.
      docker: new Docker({ socketPath: '/nonexistent.sock' }),
      instance: 'prod',
      mode,
      encrypted: true,
      self: undefined,
      log: silentLogger(),
    });
    expect(networks.nameFor(key)).toBe(name);
  });
});
