// The Swarm engine on a real two-node Swarm: this machine's engine is the manager, a second engine
// in a network namespace of its own is a worker labelled hardware=gpu that advertises two GPUs as
// generic resources (scripts/swarm-two-node.sh), set up for this file and taken down after it.
// berth runs as it must on more than one node: in a container on a manager, joining the overlay
// of each resource, so its gateway reaches the tasks on both nodes by their own addresses (there is
// no IPVS here, so no VIPs and no routing mesh) while tasks of different resources cannot reach
// each other.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Docker from 'dockerode';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ResourceStatus } from '../src/reconcile/status.js';
import { startBerthContainer, type BerthContainer } from './support/berth-container.js';
import { runCli } from './support/cli.js';
import { eventually, exampleImage } from './support/docker.js';
import { deploymentYaml, tempFolder, type TempFolder } from './support/resources.js';
import { removeSwarmInstance } from './support/swarm.js';
import { joinTwoNodeSwarm, type TwoNodeSwarm } from './support/swarm-two-node.js';

const docker = new Docker();
const instance = `two-${randomBytes(4).toString('hex')}`;
const sizes = path.join(tmpdir(), `berth-sizes-${instance}.yaml`);

let swarm: TwoNodeSwarm | undefined;
let berth: BerthContainer | undefined;
let folder: TempFolder | undefined;

beforeAll(async () => {
  folder = await tempFolder();
  swarm = await joinTwoNodeSwarm([exampleImage]);
  await writeFile(sizes, 'gpu-small: { cpus: 1, memory: 256MiB, gpus: 1 }\n');
  // Not encrypted: this kernel has no ESP, and an encrypted overlay carries nothing between nodes.
  berth = await startBerthContainer({
    instance,
    watch: folder.dir,
    sizes,
    env: { BERTH_SWARM_ENCRYPT: 'false' },
  });
}, 90_000);

afterAll(async () => {
  try {
    await berth?.remove();
    await removeSwarmInstance(instance);
  } finally {
    await swarm?.leave();
    await folder?.cleanup();
    await rm(sizes, { force: true });
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

/** A resource's running tasks: the container (short ID) and its address on its network. */
async function taskAddressOf(name: string): Promise<{ container: string; address: string }[]> {
  const services = await servicesOf(name);
  const tasks = (await docker.listTasks({
    filters: { service: services.map((s) => s.ID), 'desired-state': ['running'] },
  })) as (Task & { NetworksAttachments?: { Addresses?: string[] }[] })[];
  return tasks.map((t) => ({
    container: (t.Status.ContainerStatus?.ContainerID ?? '').slice(0, 12),
    address: t.NetworksAttachments?.[0]?.Addresses?.[0]?.split('/')[0] ?? '',
  }));
}

/** Runs a command in a container of an engine; its exit code and what it printed. */
async function execIn(
  engine: Docker,
  container: string,
  cmd: string[],
): Promise<{ code: number; output: string }> {
  const exec = await engine
    .getContainer(container)
    .exec({ Cmd: cmd, AttachStdout: true, AttachStderr: true });
  const stream = await exec.start({ hijack: true, stdin: false });
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const { ExitCode } = await exec.inspect();
  return { code: ExitCode ?? -1, output: Buffer.concat(chunks).toString('utf8') };
}

function withHardware(yaml: string, hardware: 'cpu' | 'gpu'): string {
  return yaml.replace('  replicas:', `  hardware: ${hardware}\n  replicas:`);
}

describe('deployments on a two-node swarm', () => {
  it('keeps cpu sizes off the node labelled hardware=gpu; a gpu size goes only there, with a GPU, or is refused at plan time when no node can give it', async () => {
    const { swarm } = ready();
    await swarm.labelHardware(swarm.second, 'gpu');
    await apply('web', deploymentYaml({ name: 'web', replicas: 2 }));
    const web = await settled('Deployment/web');
    expect([web.state, web.message]).toEqual(['Ready', '2/2 replicas ready']);
    expect((await tasksOf('web')).map((t) => t.node)).toEqual([swarm.manager, swarm.manager]);

    // gpu-small comes from the sizes file berth was started with: 1 CPU, 256 MiB, 1 GPU.
    await apply(
      'trainer',
      withHardware(deploymentYaml({ name: 'trainer', size: 'gpu-small' }), 'gpu'),
    );
    const trainer = await settled('Deployment/trainer');
    expect([trainer.state, trainer.message]).toEqual(['Ready', '1/1 replicas ready']);
    const [task, ...more] = await tasksOf('trainer');
    expect([task?.node, more]).toEqual([swarm.second, []]);
    // Swarm gave the task one of the node's GPUs: it tells the container which, as the runtime of a
    // real GPU node reads it.
    const inspected = await swarm.secondEngine.getContainer(task?.container ?? '').inspect();
    expect(inspected.Config.Env).toContain('DOCKER_RESOURCE_GPU=1');

    await apply('big', withHardware(deploymentYaml({ name: 'big', size: 'g4dnxlarge' }), 'gpu'));
    const big = await settled('Deployment/big');
    // g4dnxlarge is 4 CPUs: a Swarm whose largest node has fewer (this machine has 2) cannot run
    // it anywhere, and berth says so before any task exists.
    const { NCPU } = (await swarm.secondEngine.info()) as { NCPU: number };
    const [expected, nodes] =
      NCPU >= 4
        ? [['Ready', undefined, '1/1 replicas ready'], [swarm.second]]
        : [
            [
              'Failed',
              'Invalid',
              `size g4dnxlarge (4 CPUs, 16 GiB, 1 GPU) is more than this engine can give (it has ${NCPU} CPUs); choose a smaller size`,
            ],
            [],
          ];
    expect([big.state, big.reason, big.message]).toEqual(expected);
    expect((await tasksOf('big')).map((t) => t.node)).toEqual(nodes);
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

  it('keeps tasks of different resources apart: each resource has an overlay of its own, berth joins them all', async () => {
    const { swarm, berth } = ready();
    await swarm.labelHardware(swarm.second, 'cpu');
    const command = 'hostname > /www/host && exec httpd -f -p 8000 -h /www';
    await apply('left', deploymentYaml({ name: 'left', replicas: 2, command }));
    await apply('right', deploymentYaml({ name: 'right', command }));
    for (const key of ['Deployment/left', 'Deployment/right'])
      expect((await settled(key)).state).toBe('Ready');
    // Both answer through the gateway: berth is on both networks.
    for (const name of ['left', 'right'])
      expect((await fetch(`${berth.url}/d/${name}/host`)).status).toBe(200);

    const left = (await tasksOf('left')).filter((t) => t.running);
    const leftAddresses = await taskAddressOf('left');
    const rightAddresses = await taskAddressOf('right');
    const from = left[0];
    const sibling = leftAddresses.find((a) => a.container !== from?.container);
    const [right] = rightAddresses;
    if (!from || !sibling?.address || !right?.address)
      throw new Error('the tasks of left and right, and their addresses, are not all there');
    const engine = from.node === swarm.manager ? docker : swarm.secondEngine;
    // busybox's nc: an HTTP request by hand (its wget crashes in this image).
    const fetchFrom = async (target: string) =>
      execIn(engine, from.container, [
        'sh',
        '-c',
        `printf 'GET /host HTTP/1.0\\r\\n\\r\\n' | nc -w 3 ${target} 8000`,
      ]);
    // The other replica of the same resource answers (they share the resource's network) ...
    expect((await fetchFrom(sibling.address)).output).toContain(`200 OK`);
    // ... a task of another resource cannot be reached directly.
    expect((await fetchFrom(right.address)).output).not.toContain('200 OK');
    const networks = await docker.listNetworks({
      filters: { label: [`berth.instance=${instance}`] },
    });
    expect(networks.map((n) => n.Name)).toEqual(
      expect.arrayContaining([`berth-${instance}-d-left`, `berth-${instance}-d-right`]),
    );
  });

  it('runs a job on the second node; berth reports its exit code and its logs', async () => {
    const { swarm } = ready();
    await swarm.labelHardware(swarm.second, 'cpu');
    // A cpu run never lands on a gpu node: with the manager labelled gpu, only the second node
    // takes it. (Not drained: berth's container on the manager joins the run's network, and a
    // drained node takes no network attachment.)
    await swarm.labelHardware(swarm.manager, 'gpu');
    try {
      await apply(
        'report',
        [
          'apiVersion: berth/v1',
          'kind: Job',
          'metadata: { name: report, owner: user:alice }',
          'spec:',
          '  image: berth-examples/busybox:1',
          '  command: "echo report of $BERTH_RUN; echo written on $(hostname); exit 3"',
          '  backoffLimit: 0',
          '',
        ].join('\n'),
      );
      const status = await eventually(
        async () => {
          const job = (await ready().berth.resources()).find((r) => r.key === 'Job/report');
          const run = job?.job?.runs[0];
          return run?.state === 'Failed' ? run : undefined;
        },
        60_000,
        'the run of Job/report to fail',
      );
      expect([status.exitCode, status.attempts]).toEqual([3, 1]);
      const tasks = await tasksOf('report');
      expect(tasks.map((t) => t.node)).toEqual([swarm.second]);
      const logs = await runCli(['logs', 'report', '--instance', instance], {
        BERTH_ENGINE: 'swarm',
      });
      expect([logs.code, logs.stdout]).toEqual([
        0,
        `report of ${status.id}\nwritten on ${tasks[0]?.container ?? ''}\n`,
      ]);
    } finally {
      await swarm.labelHardware(swarm.manager, 'cpu');
    }
  });

  it('keeps the tasks of an image berth built on the manager there: no other node has it', async () => {
    const { swarm } = ready();
    // Labelled as berth labels the images it builds (git snapshots, extra packages), in no
    // registry and on no other node.
    const image = `berth/built-here:${instance}`;
    await promisify(execFile)('sh', [
      '-c',
      `printf 'FROM ${exampleImage}\\nLABEL berth.managed=true berth.instance=${instance} berth.kind=Deployment berth.name=built\\n' | docker build -q -t ${image} -`,
    ]);
    // Both nodes take cpu sizes: two replicas would be spread over them (as in the test above).
    await swarm.labelHardware(swarm.second, 'cpu');
    try {
      await apply('built', deploymentYaml({ name: 'built', image, replicas: 2 }));
      const status = await settled('Deployment/built');
      expect([status.state, status.message]).toEqual(['Ready', '2/2 replicas ready']);
      const tasks = (await tasksOf('built')).filter((t) => t.running);
      expect(tasks.map((t) => t.node)).toEqual([swarm.manager, swarm.manager]);

      await apply(
        'built-job',
        [
          'apiVersion: berth/v1',
          'kind: Job',
          'metadata: { name: built-job, owner: user:alice }',
          'spec:',
          `  image: ${image}`,
          '  command: "true"',
          '  backoffLimit: 0',
          '',
        ].join('\n'),
      );
      const run = await eventually(
        async () => {
          const job = (await ready().berth.resources()).find((r) => r.key === 'Job/built-job');
          const first = job?.job?.runs[0];
          return first?.state === 'Succeeded' || first?.state === 'Failed' ? first : undefined;
        },
        60_000,
        'the run of Job/built-job to end',
      );
      expect([run.state, run.attempts]).toEqual(['Succeeded', 1]);
      expect((await tasksOf('built-job')).map((t) => t.node)).toEqual([swarm.manager]);
    } finally {
      // Its containers may still run (the services go after the test): the tag goes now.
      await docker.getImage(image).remove({ force: true });
    }
  });

  it('says which node refused a task, and why, when the image is only on the manager', async () => {
    const { swarm } = ready();
    // An image of its own ID that only this machine's engine holds (the second node has busybox).
    const image = `berth-test/manager-only:${instance}`;
    await promisify(execFile)('sh', [
      '-c',
      `printf 'FROM ${exampleImage}\\nLABEL only=manager\\n' | docker build -q -t ${image} -`,
    ]);
    await swarm.labelHardware(swarm.second, 'cpu');
    await swarm.labelHardware(swarm.manager, 'gpu');
    try {
      await apply('stray', deploymentYaml({ name: 'stray', image }));
      const stray = await settled('Deployment/stray');
      const { Description } = (await docker.getNode(swarm.second).inspect()) as {
        Description: { Hostname: string };
      };
      expect([stray.state, stray.reason]).toEqual(['Failed', 'EngineError']);
      expect(stray.message).toMatch(
        new RegExp(`^Swarm refused a task on node ${Description.Hostname}: .*No such image`),
      );
    } finally {
      await swarm.labelHardware(swarm.manager, 'cpu');
      await docker.getImage(image).remove();
    }
  });
});
