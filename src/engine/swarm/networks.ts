// The networks tasks join on the Swarm. On an overlay (more than one node) every resource gets an
// attachable overlay of its own and berth's own container joins each: the gateway reaches every
// task, and tasks of different resources cannot reach each other, as on the Docker engine (whose
// one bridge has inter-container traffic off, which an overlay cannot do). On one node
// (`local`), one Swarm-scoped bridge with inter-container traffic off does the same.
import { readFileSync } from 'node:fs';
import type Docker from 'dockerode';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../log.js';
import { statusOf } from '../docker/failures.js';
import type { Leftover } from '../types.js';
import { type SwarmTask, unitStatusOf } from './tasks.js';

export interface SwarmNetworks {
  /** the network the resource's tasks join */
  nameFor(key: string): string;
  /** whether a network (by name) is one of this instance's */
  owns: (name: string) => boolean;
  /** creates the resource's network when missing, and has berth's container join it */
  ensure(key: string): Promise<void>;
  /**
   * Finds the instance's Swarm networks no resource in use joins (those of resources that have no
   * service left, and those of another network mode or an earlier berth, such as the one overlay
   * all resources once shared) and, with `remove`, removes them (berth's container leaves them
   * first). Answers what it found without `remove`; with it, those the engine would not let go
   * twice in a row.
   */
  sweep(keysInUse: ReadonlySet<string>, remove: boolean): Promise<Leftover[]>;
}

export interface SwarmNetworkOptions {
  docker: Docker;
  instance: string;
  mode: 'overlay' | 'local';
  /** encrypt overlays (IPsec between nodes); off where the kernel has no ESP */
  encrypted: boolean;
  /** berth's own container on the manager, when it runs in one (found by `ownContainerId`) */
  self: string | undefined;
  log: Logger;
}

interface ListedNetwork {
  Id: string;
  Name: string;
  Scope?: string;
  Labels?: Record<string, string>;
}

export function createSwarmNetworks(options: SwarmNetworkOptions): SwarmNetworks {
  const { docker, instance, mode } = options;
  const shared = `berth-${instance}`;
  const ready = new Map<string, Promise<void>>();
  let self = options.self;
  if (mode === 'overlay' && !self)
    options.log.warn(
      {},
      'berth is not in a container, so it cannot join the overlays and its gateway cannot reach the tasks; run it in a container on a manager, or set BERTH_SWARM_NETWORK=local on a one-node Swarm',
    );
  /** networks a sweep could not remove once: a second failure makes them a leftover */
  const refused = new Set<string>();

  function nameFor(key: string): string {
    if (mode === 'local') return shared;
    const [kind = '', name = ''] = key.split('/');
    return `${shared}-${kind === 'Job' ? 'j' : 'd'}-${name}`;
  }

  async function create(key: string, name: string): Promise<void> {
    const found = await docker.listNetworks({ filters: { name: [name] } });
    if (!found.some((n) => n.Name === name)) {
      const [kind = '', resource = ''] = key.split('/');
      await docker.createNetwork({
        Name: name,
        Driver: mode === 'local' ? 'bridge' : 'overlay',
        Scope: 'swarm',
        Attachable: true,
        CheckDuplicate: true,
        Labels: {
          'berth.managed': 'true',
          'berth.instance': instance,
          ...(mode === 'local' ? {} : { 'berth.kind': kind, 'berth.name': resource }),
        },
        Options:
          mode === 'local'
            ? { 'com.docker.network.bridge.enable_icc': 'false' }
            : options.encrypted
              ? { encrypted: 'true' }
              : {},
      });
    }
    if (mode === 'overlay' && self) await join(self, name);
  }

  async function join(container: string, name: string): Promise<void> {
    let inspected: { NetworkSettings: { Networks: Record<string, unknown> } };
    try {
      inspected = await docker.getContainer(container).inspect();
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
      // In a container, but not one of the engine berth drives: it cannot join the overlays.
      options.log.warn(
        { container },
        'berth runs in a container the Swarm manager does not know; run it on a manager, with its socket, so it can join the networks of the tasks',
      );
      self = undefined;
      return;
    }
    if (inspected.NetworkSettings.Networks[name]) return;
    try {
      await docker.getNetwork(name).connect({ Container: container });
    } catch (error) {
      throw new Error(
        `berth's container cannot join ${name} (${errorMessage(error)}); its node must be an active node of the Swarm (not drained): a drained node takes no network attachment`,
      );
    }
  }

  /**
   * Removes a network no resource joins (berth's container leaves it first); what stands in the
   * way, when something does. A network a task still stops on waits: removed now, it would wedge
   * Swarm's allocator (`heldByTasks`).
   */
  async function removeUnused(
    network: ListedNetwork,
    heldBy: string | undefined,
  ): Promise<string | undefined> {
    if (heldBy)
      return `; task ${heldBy} of a removed service is still stopping on it: berth removes the network once that task has ended (check it with \`docker inspect ${heldBy}\`)`;
    try {
      if (self)
        await docker
          .getNetwork(network.Id)
          .disconnect({ Container: self, Force: true })
          .catch((error: unknown) => {
            // Not attached (any more): nothing to leave.
            if (statusOf(error) !== 403 && statusOf(error) !== 404) throw error;
          });
      await docker.getNetwork(network.Id).remove();
      options.log.info({ network: network.Name }, 'removed a network no resource joins');
      return undefined;
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      return ` cannot be removed (${errorMessage(error)}); remove what is still attached, then \`docker network rm ${network.Name}\``;
    }
  }

  return {
    nameFor,

    owns: (name) => name === shared || name.startsWith(`${shared}-`),

    ensure(key) {
      const name = nameFor(key);
      let done = ready.get(name);
      if (!done) {
        done = create(key, name).catch((error: unknown) => {
          ready.delete(name);
          throw new Error(`network ${name}: ${errorMessage(error)}`);
        });
        ready.set(name, done);
      }
      return done;
    },

    async sweep(keysInUse, remove) {
      const inUse = new Set([...keysInUse].map(nameFor));
      const networks = (await docker.listNetworks({
        filters: { label: ['berth.managed=true', `berth.instance=${instance}`] },
      })) as ListedNetwork[];
      const left: Leftover[] = [];
      // A Docker engine's bridge of the same instance (local scope) is not the Swarm's to sweep.
      const unused = networks.filter((n) => n.Scope === 'swarm' && !inUse.has(n.Name));
      const held =
        remove && unused.length > 0 ? await heldByTasks(docker) : new Map<string, string>();
      for (const network of unused) {
        const kind = network.Labels?.['berth.kind'];
        const name = network.Labels?.['berth.name'];
        const whose =
          kind && name
            ? `the network of removed ${kind}/${name}`
            : 'a network no resource of this instance joins (of another network mode or an earlier berth)';
        const leftover = (problem: string): Leftover => ({
          kind: 'network',
          id: network.Id,
          name: network.Name,
          problem: `${whose}${problem}`,
        });
        if (!remove) {
          left.push(
            leftover(
              `; berth removes it after its next apply (or \`docker network rm ${network.Name}\`)`,
            ),
          );
          continue;
        }
        ready.delete(network.Name);
        const problem = await removeUnused(network, held.get(network.Id));
        if (problem === undefined) {
          refused.delete(network.Name);
          continue;
        }
        // Tasks still stopping hold a network for a moment: only a second refusal is a leftover.
        if (refused.has(network.Name)) left.push(leftover(problem));
        refused.add(network.Name);
      }
      return left;
    },
  };
}

/**
 * The networks tasks that have not ended yet still use, each with one such task. Swarm lets a
 * network go once no task wants to run on it, also while tasks of a removed service are still
 * stopping; its allocator then keeps asking for the removed network's address on their node, and
 * (Docker 20.10) the node gets no address on any overlay made after ("node is missing network
 * attachments"): tasks on new networks fail. So berth removes a network only after such tasks end.
 */
async function heldByTasks(docker: Docker): Promise<Map<string, string>> {
  const tasks = (await docker.listTasks()) as SwarmTask[];
  const held = new Map<string, string>();
  for (const task of tasks) {
    if (unitStatusOf(task.Status.State) === 'exited') continue;
    for (const attachment of task.NetworksAttachments ?? [])
      if (attachment.Network.ID) held.set(attachment.Network.ID, task.ID);
  }
  return held;
}

/**
 * berth's own container ID when it runs in a Docker container (its /etc/hostname is mounted from
 * the engine's folder of that container), else undefined.
 */
export function ownContainerId(mountinfo = readMountinfo()): string | undefined {
  return /\/containers\/([0-9a-f]{64})\/hostname /.exec(mountinfo)?.[1];
}

function readMountinfo(): string {
  try {
    return readFileSync('/proc/self/mountinfo', 'utf8');
  } catch {
    return '';
  }
}
