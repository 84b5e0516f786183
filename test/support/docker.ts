// Test support for the real Docker engine: a unique berth instance per test file, a client that
// counts the engine calls by HTTP method, and cleanup of everything an instance made.
import { randomBytes } from 'node:crypto';
import Docker from 'dockerode';
import { expect } from 'vitest';
import type { ContainerApi } from '../../src/engine/docker/container-api.js';
import { createDockerContainers } from '../../src/engine/docker/containers.js';
import { silentLogger } from '../../src/log.js';
import { buildCore, type Core, type CoreOptions } from '../../src/service/core.js';
import { readFolder } from '../../src/source/local-folder.js';

export const exampleImage = 'berth-examples/busybox:1';

export interface TestEngine {
  instance: string;
  docker: Docker;
  /** the container-level client, to look at what berth made */
  containers: ContainerApi;
  /** berth's core (engine, gateway table, reconcile loop) on this instance, counting its calls */
  core(options?: Partial<CoreOptions>): Core;
  /** engine API calls so far, by HTTP method and path */
  calls: { method: string; path: string }[];
  writes(): { method: string; path: string }[];
  resetCalls(): void;
  cleanup(): Promise<void>;
}

export function testEngine(prefix = 't'): TestEngine {
  const instance = `${prefix}-${randomBytes(4).toString('hex')}`;
  const docker = new Docker();
  const calls: { method: string; path: string }[] = [];
  const modem = docker.modem as unknown as {
    dial: (options: { method: string; path: string }, cb: unknown) => void;
  };
  const dial = modem.dial.bind(modem);
  modem.dial = (options, cb) => {
    calls.push({ method: options.method, path: options.path });
    dial(options, cb);
  };
  const containers = createDockerContainers({
    docker,
    where: 'the local socket',
    network: `berth-${instance}`,
    logger: silentLogger(),
  });
  return {
    instance,
    docker,
    containers,
    core: (options = {}) =>
      buildCore({
        instance,
        logger: silentLogger(),
        ...(options.dockerHost ? {} : { docker }),
        ...options,
      }),
    calls,
    writes: () => calls.filter((c) => c.method !== 'GET' && c.method !== 'HEAD'),
    resetCalls: () => {
      calls.length = 0;
    },
    cleanup: () => removeInstance(instance),
  };
}

/** Removes every container, the network and the volumes of a berth instance. */
export async function removeInstance(instance: string): Promise<void> {
  const docker = new Docker();
  const containers = await docker.listContainers({
    all: true,
    filters: { label: [`berth.instance=${instance}`] },
  });
  await Promise.all(
    containers.map((c) =>
      docker
        .getContainer(c.Id)
        .remove({ force: true, v: true })
        .catch(() => undefined),
    ),
  );
  const networks = await docker.listNetworks({ filters: { name: [`berth-${instance}`] } });
  await Promise.all(
    networks.map((n) =>
      docker
        .getNetwork(n.Id)
        .remove()
        .catch(() => undefined),
    ),
  );
  const { Volumes: volumes } = await docker.listVolumes();
  await Promise.all(
    volumes
      .filter((v) => v.Name.startsWith(`berth-${instance}-`))
      .map((v) =>
        docker
          .getVolume(v.Name)
          .remove()
          .catch(() => undefined),
      ),
  );
}

/** Polls `check` every 50 ms until it returns a value, or fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => T | undefined | Promise<T | undefined>,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** What the service does with a valid revision: the loop applies it, the gateway follows it. */
export async function applyFolder(core: Core, dir: string) {
  const revision = await readFolder(dir);
  expect(revision.problems).toEqual([]);
  const resources = revision.resources.map((r) => r.resource);
  core.reconciler.setRevision({ id: revision.id, resources });
  core.endpoints.syncRoutes(resources);
  return core.reconciler.reconcile();
}
