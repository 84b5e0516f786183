// Test support for Swarm: this machine's engine as a one-node Swarm for the tests of one file
// (init in beforeAll, leave in afterAll even after a failure), and cleanup of an instance's
// services, secrets, volumes and network.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import Docker from 'dockerode';
import type { ListedService } from '../../src/engine/swarm/job-units.js';
import { removeService } from '../../src/engine/swarm/service-writes.js';

const run = promisify(execFile);

/** Makes the local engine a one-node Swarm; the returned function leaves it again. */
export async function joinOneNodeSwarm(): Promise<() => Promise<void>> {
  const docker = new Docker();
  const info = (await docker.info()) as { Swarm?: { LocalNodeState?: string } };
  if (info.Swarm?.LocalNodeState === 'active')
    throw new Error('this engine is in a Swarm already; leave it before running the Swarm tests');
  await run('docker', ['swarm', 'init', '--advertise-addr', '127.0.0.1']);
  return async () => {
    await run('docker', ['swarm', 'leave', '--force']);
  };
}

/** Removes the services and the network of a berth instance on the Swarm. */
export async function removeSwarmInstance(instance: string): Promise<void> {
  const docker = new Docker();
  const services = await docker.listServices({
    filters: { label: [`berth.instance=${instance}`] },
  });
  // As berth removes them: a replicated service scaled to 0 first (see src/engine/swarm/service-writes.ts).
  await Promise.all(
    (services as unknown as ListedService[]).map((s) =>
      removeService(docker, s).catch(() => undefined),
    ),
  );
  // The network and volumes go once the tasks' containers are gone (those of ended job tasks
  // are removed here: Swarm takes its time with them).
  const until = Date.now() + 20_000;
  for (;;) {
    const left = await docker.listContainers({
      all: true,
      filters: { label: [`berth.instance=${instance}`] },
    });
    if (left.length === 0 || Date.now() > until) break;
    await Promise.all(
      left
        .filter((c) => c.State !== 'running')
        .map((c) =>
          docker
            .getContainer(c.Id)
            .remove({ force: true, v: true })
            .catch(() => undefined),
        ),
    );
    await new Promise((r) => setTimeout(r, 100));
  }
  const secrets = await docker.listSecrets({ filters: { label: [`berth.instance=${instance}`] } });
  await Promise.all(
    secrets.map((x) =>
      docker
        .getSecret(x.ID)
        .remove()
        .catch(() => undefined),
    ),
  );
  // A volume may stay in use a moment longer (a container Swarm is still taking down), or be made
  // late by a node still preparing a task of a removed service: done once none is seen for 1 s.
  let clearSince: number | undefined;
  for (;;) {
    const { Volumes: volumes } = await docker.listVolumes();
    const ours = volumes.filter((v) => v.Name.startsWith(`berth-${instance}-`));
    if (ours.length > 0) clearSince = undefined;
    else clearSince ??= Date.now();
    if (
      (clearSince !== undefined && Date.now() - clearSince > 1_000) ||
      Date.now() > until + 10_000
    )
      break;
    const left = await docker.listContainers({
      all: true,
      filters: { label: [`berth.instance=${instance}`] },
    });
    await Promise.all([
      ...left.map((c) =>
        docker
          .getContainer(c.Id)
          .remove({ force: true, v: true })
          .catch(() => undefined),
      ),
      ...ours.map((v) =>
        docker
          .getVolume(v.Name)
          .remove()
          .catch(() => undefined),
      ),
    ]);
    await new Promise((r) => setTimeout(r, 200));
  }
  const networks = await docker.listNetworks({ filters: { name: [`berth-${instance}`] } });
  await Promise.all(
    networks.map((n) =>
      docker
        .getNetwork(n.Id)
        .remove()
        .catch(() => undefined),
    ),
  );
}
