// The Swarm engine on a real two-node Swarm: this machine's engine is the manager, a second engine
// in a network namespace of its own is a worker labelled hardware=gpu (scripts/swarm-two-node.sh),
// set up for this file and taken down after it. berth runs as it must on more than one node: in a
// container on a manager, attached to the instance's overlay, so its gateway reaches the tasks on
// both nodes by their own addresses (there is no IPVS here, so no VIPs and no routing mesh).
import { randomBytes } from 'node:crypto';
import Docker from 'dockerode';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ResourceStatus } from '../src/reconcile/status.js';
import { startBerthContainer, type BerthContainer } from './support/berth-container.js';
import { eventually, exampleImage } from './support/docker.js';
import { deploymentYaml, tempFolder, type TempFolder } from './support/resources.js';
import { removeSwarmInstance } from './support/swarm.js';
import { joinTwoNodeSwarm, type TwoNodeSwarm } from './support/swarm-two-node.js';

const docker = new Docker();
const instance = `two-${randomBytes(4).toString('hex')}`;
const network = `berth-${instance}`;

let swarm: TwoNodeSwarm | undefined;
let berth: BerthContainer | undefined;
let folder: TempFolder | undefined;

beforeAll(async () => {
  folder = await tempFolder();
  swarm = await joinTwoNodeSwarm([exampleImage]);
  // berth attaches to the network it would otherwise create, so it is made first, as the docs say.
  // Not encrypted: this kernel has no ESP, and an encrypted overlay carries nothing between nodes.
  await docker.createNetwork({
    Name: network,
    Driver: 'overlay',
    Attachable: true,
    CheckDuplicate: true,
    Labels: { 'berth.managed': 'true', 'berth.instance': instance },
  });
  berth = await startBerthContainer({ instance, network, watch: folder.dir });
}, 90_000);

afterAll(async () => {
  try {
    await berth?.remove();
    await removeSwarmInstance(instance);
  } finally {
    await swarm?.leave();
    await folder?.cleanup();
  }
}, 90_000);

const written: string[] = [];
afterEach(async () => {
  const names = written.splice(0);
  for (const name of names) await folder?.remove(`${name}.yaml`);
  await eventually(
    async () => ((await servicesOf(...names)).length === 0 ? true : undefined),
    30_000,
    'berth to remove the services of the test',
  );
}, 60_000);

function ready(): { berth: BerthContainer; swarm: TwoNodeSwarm; folder: TempFolder } {
  if (!berth || !swarm || !folder) throw new Error('the two-node Swarm is not set up');
  return { berth, swarm, folder };
}

async function apply(name: string, yaml: string): Promise<void> {
  written.push(name);
  await ready().folder.write(`${name}.yaml`, yaml);
}

/** The resource's status once berth has finished with it: Ready or Failed. */
async function settled(key: string): Promise<ResourceStatus> {
  return eventually(
    async () => {
      const status = (await ready().berth.resources()).find((r) => r.key === key);
      return status?.state === 'Ready' || status?.state === 'Failed' ? status : undefined;
    },
    60_000,
    `${key} to be Ready or Failed`,
  );
}

async function servicesOf(...names: string[]) {
  if (names.length === 0) return [];
  const services = await docker.listServices({
    filters: { label: [`berth.instance=${instance}`] },
  });
  return services.filter((s) => names.includes(s.Spec?.Labels?.['berth.name'] ?? ''));
}

interface Task {
  NodeID?: string;
  DesiredState: string;
  Status: { ContainerStatus?: { ContainerID?: string } };
}

/** The tasks Swarm made for a resource (assigned to a node): the node, and the container's hostname. */
async function tasksOf(
  name: string,
): Promise<{ node: string; container: string; running: boolean }[]> {
  const services = await servicesOf(name);
  // An empty service filter would list every task of the Swarm.
  if (services.length === 0) return [];
  const tasks = (await docker.listTasks({
    filters: { service: services.map((s) => s.ID) },
  })) as Task[];
  return tasks
    .filter((t) => t.NodeID)
    .map((t) => ({
      node: t.NodeID ?? '',
      container: (t.Status.ContainerStatus?.ContainerID ?? '').slice(0, 12),
      running: t.DesiredState === 'running',
    }));
}

function withHardware(yaml: string, hardware: 'cpu' | 'gpu'): string {
  return yaml.replace('  replicas:', `  hardware: ${hardware}\n  replicas:`);
}

describe('deployments on a two-node swarm', () => {
  it('places a gpu deployment only on the node labelled hardware=gpu, and keeps cpu sizes off it', async () => {
    const { swarm } = ready();
    await swarm.labelHardware(swarm.second, 'gpu');
    await apply('web', deploymentYaml({ name: 'web', replicas: 2 }));
    const web = await settled('Deployment/web');
    expect([web.state, web.message]).toEqual(['Ready', '2/2 replicas ready']);
    expect((await tasksOf('web')).map((t) => t.node)).toEqual([swarm.manager, swarm.manager]);

    await apply(
      'trainer',
      withHardware(deploymentYaml({ name: 'trainer', size: 'g4dnxlarge' }), 'gpu'),
    );
    const trainer = await settled('Deployment/trainer');
    const trainerNodes = (await tasksOf('trainer')).map((t) => t.node);
    expect(trainerNodes.length).toBeGreaterThan(0);
    expect(new Set(trainerNodes)).toEqual(new Set([swarm.second]));
    // g4dnxlarge is 4 CPUs: Swarm refuses its task on a node with fewer (this machine has 2), and
    // berth says on which node and why, at once.
    const { NCPU } = (await swarm.secondEngine.info()) as { NCPU: number };
    const { Description } = (await docker.getNode(swarm.second).inspect()) as {
      Description: { Hostname: string };
    };
    expect([trainer.state, trainer.reason, trainer.message]).toEqual(
      NCPU >= 4
        ? ['Ready', undefined, '1/1 replicas ready']
        : [
            'Failed',
            'EngineError',
            expect.stringContaining(`Swarm refused a task on node ${Description.Hostname}: `),
          ],
    );
  });

  it('spreads a cpu deployment over both cpu nodes, and the gateway reaches the replicas on both', async () => {
    const { swarm, berth } = ready();
    await swarm.labelHardware(swarm.second, 'cpu');
    const command = 'hostname > /www/host && exec httpd -f -p 8000 -h /www';
    await apply('spread', deploymentYaml({ name: 'spread', replicas: 2, command }));
    const status = await settled('Deployment/spread');
    expect([status.state, status.message]).toEqual(['Ready', '2/2 replicas ready']);

    const tasks = (await tasksOf('spread')).filter((t) => t.running);
    const nodeOf = new Map(tasks.map((t) => [t.container, t.node]));
    expect(new Set(nodeOf.values())).toEqual(new Set([swarm.manager, swarm.second]));
    const answered: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      const res = await fetch(`${berth.url}/d/spread/host`);
      expect(res.status).toBe(200);
      answered.push(nodeOf.get((await res.text()).trim()) ?? 'a container of no task');
    }
    expect(new Set(answered)).toEqual(new Set([swarm.manager, swarm.second]));
  });
});
