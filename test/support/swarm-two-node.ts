// Test support for a real two-node Swarm on this machine (scripts/swarm-two-node.sh): this engine
// is the manager, a second dockerd in a network namespace of its own joins as a worker labelled
// hardware=gpu. Set up in beforeAll and taken down in afterAll, even after a failure.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import Docker from 'dockerode';

const run = promisify(execFile);
const script = 'scripts/swarm-two-node.sh';

export interface TwoNodeSwarm {
  /** node ID of this machine's engine (the manager) */
  manager: string;
  /** node ID of the second engine (a worker, labelled hardware=gpu at first) */
  second: string;
  /** the second engine itself */
  secondEngine: Docker;
  /** sets the `hardware` label of a node */
  labelHardware(node: string, hardware: 'cpu' | 'gpu'): Promise<void>;
  /** leaves the Swarm on both engines and removes the second one */
  leave(): Promise<void>;
}

/** The second node with `images` copied into it (it reaches no registry). */
export async function joinTwoNodeSwarm(images: readonly string[]): Promise<TwoNodeSwarm> {
  const docker = new Docker();
  const info = (await docker.info()) as { Swarm?: { LocalNodeState?: string } };
  if (info.Swarm?.LocalNodeState !== 'inactive')
    throw new Error('this engine is in a Swarm already; leave it before running the Swarm tests');
  const leave = async () => {
    await run('bash', [script, 'down']);
  };
  try {
    const { stdout } = await run('bash', [script, 'up', ...images]);
    const secondEngine = new Docker({ socketPath: stdout.trim().replace(/^unix:\/\//, '') });
    const secondInfo = (await secondEngine.info()) as { Swarm: { NodeID: string } };
    const managerInfo = (await docker.info()) as { Swarm: { NodeID: string } };
    return {
      manager: managerInfo.Swarm.NodeID,
      second: secondInfo.Swarm.NodeID,
      secondEngine,
      labelHardware: async (node, hardware) => {
        await run('docker', ['node', 'update', '--label-add', `hardware=${hardware}`, node]);
      },
      leave,
    };
  } catch (error) {
    await leave();
    throw error;
  }
}
