// What of one berth instance is left on the engine besides its containers once no resource owns
// it: a pipeline run's workspace volume whose run is gone (its containers removed beyond the
// history limit, by hand, or never created by a berth killed in between), and the instance's
// network once no container of the instance is left. An owner's data volume (/data) is user data
// that SPEC §4.2 keeps: it is never touched. The units are those of the pass's observation (a
// workspace made since is young and left alone; a network something runs on now has it
// attached), and looking costs two engine reads, so a sweep that removes looks only when
// something may have been left: at its first pass, after berth or someone removed containers or
// volumes since the observation, after a lost event stream, and every 10 minutes.
import type { Clock } from '../../clock.js';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../log.js';
import { labelKeys } from '../labels.js';
import type { Leftover, Observation } from '../types.js';
import type { ContainerApi } from './container-api.js';

const lookAgainMs = 10 * 60_000;
/** a workspace made this recently may still wait for its first container */
const youngVolumeMs = 60_000;

export interface Sweeper {
  /** something may have been left (containers or volumes removed, events missed) */
  changed: () => void;
  /** a volume berth is about to mount: never taken for left over while it is young */
  touched: (volume: string) => void;
  /** a full observation was taken: changes before it are in it */
  observed: () => void;
  sweep(instance: string, options: { remove: boolean; observed: Observation }): Promise<Leftover[]>;
}

export function createSweeper(containers: ContainerApi, clock: Clock, log: Logger): Sweeper {
  let dirty = true;
  /** changes since the last full observation: a sweep from it cannot see what they left */
  let changedSinceObserved = true;
  let lastAt: number | undefined;
  let left: Leftover[] = [];
  const young = new Map<string, number>();

  async function find(
    instance: string,
    observed: Observation,
  ): Promise<{ volumes: string[]; network?: string }> {
    const units = [...observed.workloads.values()].flatMap((w) => w.units);
    const used = new Set(units.map((u) => u.labels[labelKeys.workspace]));
    const workspaces = await containers.listVolumes({
      [labelKeys.managed]: 'true',
      [labelKeys.instance]: instance,
      [labelKeys.kind]: 'Job',
    });
    const now = clock.now();
    for (const [name, at] of young) if (now - at >= youngVolumeMs) young.delete(name);
    const volumes = workspaces.map((v) => v.name).filter((n) => !used.has(n) && !young.has(n));
    const strays = (observed.leftovers ?? []).filter((l) => l.kind === 'container');
    if (units.length > 0 || strays.length > 0) return { volumes };
    const network = await containers.network();
    return network && network.attached === 0 ? { volumes, network: network.name } : { volumes };
  }

  return {
    changed: () => {
      dirty = true;
      changedSinceObserved = true;
    },
    observed: () => {
      changedSinceObserved = false;
    },
    touched: (volume) => {
      young.set(volume, clock.now());
    },
    async sweep(instance, { remove, observed }) {
      if (remove && !dirty && lastAt !== undefined && clock.now() - lastAt < lookAgainMs)
        return left;
      // What was removed after the observation is swept at the next pass.
      dirty = changedSinceObserved;
      lastAt = clock.now();
      const found = await find(instance, observed);
      const unused = 'no resource uses it (its run is gone)';
      if (!remove) {
        return [
          ...found.volumes.map((name) =>
            volumeLeftover(name, `${unused}; the next apply removes it`),
          ),
          ...(found.network
            ? [
                networkLeftover(
                  found.network,
                  'nothing of the instance runs on it; the next apply removes it',
                ),
              ]
            : []),
        ];
      }
      const kept: Leftover[] = [];
      for (const name of found.volumes) {
        try {
          await containers.removeVolume(name);
          log.info({ volume: name }, 'removed a workspace volume no run uses');
        } catch (error) {
          kept.push(
            volumeLeftover(
              name,
              `${unused}, but the engine keeps it (${errorMessage(error)}); remove what uses it, then \`docker volume rm ${name}\``,
            ),
          );
        }
      }
      if (found.network) {
        try {
          await containers.removeNetwork();
          log.info({ network: found.network }, 'removed the network nothing of the instance uses');
        } catch (error) {
          kept.push(
            networkLeftover(
              found.network,
              `nothing of the instance runs on it, but the engine keeps it (${errorMessage(error)}); disconnect what is attached (\`docker network inspect ${found.network}\`), then \`docker network rm ${found.network}\``,
            ),
          );
        }
      }
      // What could not go is looked at again at the next pass.
      if (kept.length > 0) dirty = true;
      left = kept;
      return kept;
    },
  };
}

function volumeLeftover(name: string, problem: string): Leftover {
  return { kind: 'volume', id: name, name, problem };
}

function networkLeftover(name: string, problem: string): Leftover {
  return { kind: 'network', id: name, name, problem };
}
