// What the benchmarks do on the engine besides measuring: remove what one side made (containers by
// label, its network, its volumes) so every run starts from a clean engine, and count containers.
import Docker from 'dockerode';
import { sleep } from './stats.js';

/**
 * The engine the benchmarks use: DOCKER_HOST when set (berth and docker-compose follow it too),
 * else the local socket. Every call has a time limit, so an engine that stops answering ends the
 * benchmark with an error instead of hanging it.
 */
export function benchDocker(): Docker {
  return new Docker({ timeout: 120_000 });
}

/** The unix socket of the engine: DOCKER_HOST's when it names one, else the local socket. */
export function engineSocket(): string {
  const host = process.env.DOCKER_HOST;
  if (host === undefined || host === '') return '/var/run/docker.sock';
  if (!host.startsWith('unix://'))
    throw new Error(`DOCKER_HOST must be a unix:// socket here, not ${host}`);
  return host.slice('unix://'.length);
}

/** What one side of a benchmark leaves on the engine, and how to find it. */
export interface Footprint {
  /** a label filter (`key=value`) matching every container of the side */
  label: string;
  /** exact network names, or a prefix ending in `*` */
  networks: string[];
  /** exact volume names, or a prefix ending in `*` */
  volumes: string[];
}

/** berth's footprint for one instance: its label, network `berth-<i>`, volumes `berth-<i>-data-*`. */
export function berthFootprint(instance: string): Footprint {
  return {
    label: `berth.instance=${instance}`,
    networks: [`berth-${instance}`],
    volumes: [`berth-${instance}-data-*`],
  };
}

/** Runs `fn` over `items`, `width` at a time. */
export async function inPool<T>(
  items: readonly T[],
  width: number,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await fn(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
}

export async function countContainers(docker: Docker, label: string): Promise<number> {
  const list = await docker.listContainers({ all: true, filters: { label: [label] } });
  return list.length;
}

function statusOf(error: unknown): number | undefined {
  return (error as { statusCode?: number } | undefined)?.statusCode;
}

/** Ignores "gone" (404) and "already being removed" (409); anything else is thrown. */
function gone(error: unknown): void {
  const status = statusOf(error);
  if (status !== 404 && status !== 409) throw error;
}

/**
 * Removes the containers, networks and volumes of a footprint. Containers created after a listing
 * (a stopped `docker-compose up` whose requests the engine still completes) are caught by listing
 * again until none is left, a bounded number of times.
 */
export async function removeFootprint(docker: Docker, footprint: Footprint): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const list = await docker.listContainers({
      all: true,
      filters: { label: [footprint.label] },
    });
    if (list.length === 0) break;
    await inPool(list, 8, async (c) => {
      await docker.getContainer(c.Id).remove({ force: true, v: true }).catch(gone);
    });
    await sleep(200);
  }
  const matches = (patterns: string[], name: string) =>
    patterns.some((p) => (p.endsWith('*') ? name.startsWith(p.slice(0, -1)) : name === p));
  for (const network of await docker.listNetworks()) {
    if (matches(footprint.networks, network.Name)) {
      await untilGone(`network ${network.Name}`, () => docker.getNetwork(network.Id).remove());
    }
  }
  // The engine answers `null` rather than an empty list when there are no volumes.
  const volumes = ((await docker.listVolumes()).Volumes as { Name: string }[] | null) ?? [];
  for (const volume of volumes.filter((v) => matches(footprint.volumes, v.Name))) {
    await untilGone(`volume ${volume.Name}`, () => docker.getVolume(volume.Name).remove());
  }
}

/**
 * Removes a network or volume. Just after its containers are removed the engine may still hold
 * their endpoints or mounts for a moment ("has active endpoints", "volume is in use"): retried for
 * up to 15 s. An engine that keeps a removed container's endpoint for good (seen with Engine
 * 20.10 after force-removing running containers) is reported, and the benchmark goes on.
 */
async function untilGone(what: string, remove: () => Promise<unknown>): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await remove();
      return;
    } catch (error) {
      const status = statusOf(error);
      if (status === 404) return;
      if (status !== 403 && status !== 409) throw error;
      if (attempt >= 60) {
        console.warn(`  (cannot remove ${what}, the engine says it is in use; left behind)`);
        return;
      }
      await sleep(250);
    }
  }
}
