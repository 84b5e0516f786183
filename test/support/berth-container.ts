// Test support: `berth serve` in a container, as it runs on a multi-node Swarm (on a manager, where
// it joins the overlay of each resource so that it reaches the tasks on every node). It runs this
// checkout's build (dist/, bin/, schemas/ and node_modules mounted read-only) on the local
// stand-in Node base (scripts/node-base-image.sh), with the Docker socket, watching a folder.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import Docker from 'dockerode';
import type { ResourceStatus } from '../../src/reconcile/status.js';
import { eventually } from './docker.js';

const run = promisify(execFile);

export interface BerthContainer {
  /** the service's address, published on 127.0.0.1 */
  url: string;
  /** `/api/v1/resources` of the running berth */
  resources(): Promise<ResourceStatus[]>;
  /** what berth wrote so far */
  logs(): Promise<string>;
  remove(): Promise<void>;
}

export interface BerthContainerOptions {
  instance: string;
  /** a Docker network to start on (default: the default bridge); berth joins its tasks' itself */
  network?: string;
  /** the folder berth watches */
  watch: string;
  /** a sizes file on this machine, given to berth as BERTH_SIZES */
  sizes?: string;
  env?: Record<string, string>;
}

export async function startBerthContainer(options: BerthContainerOptions): Promise<BerthContainer> {
  const docker = new Docker();
  const base = (await run('bash', ['scripts/node-base-image.sh', '20'])).stdout.trim();
  const root = process.cwd();
  const modules = await realpath(path.join(root, 'node_modules'));
  const token = randomBytes(16).toString('hex');
  const env = {
    BERTH_ENGINE: 'swarm',
    BERTH_INSTANCE: options.instance,
    BERTH_WATCH: '/resources',
    BERTH_LISTEN: '0.0.0.0:8080',
    BERTH_API_TOKEN: token,
    BERTH_STATE_DIR: '/state',
    BERTH_ALLOW_EMPTY: 'true',
    BERTH_LOG_LEVEL: 'info',
    ...(options.sizes ? { BERTH_SIZES: '/config/sizes.yaml' } : {}),
    ...options.env,
  };
  const container = await docker.createContainer({
    name: `berth-serve-${options.instance}`,
    Image: base,
    Cmd: ['node', '/app/bin/berth.js', 'serve'],
    WorkingDir: '/app',
    Env: Object.entries(env).map(([k, v]) => `${k}=${v}`),
    ExposedPorts: { '8080/tcp': {} },
    HostConfig: {
      Binds: [
        '/var/run/docker.sock:/var/run/docker.sock',
        `${options.watch}:/resources:ro`,
        ...(options.sizes ? [`${options.sizes}:/config/sizes.yaml:ro`] : []),
        `${root}/package.json:/app/package.json:ro`,
        `${root}/bin:/app/bin:ro`,
        `${root}/dist:/app/dist:ro`,
        `${root}/schemas:/app/schemas:ro`,
        `${modules}:/app/node_modules:ro`,
      ],
      Tmpfs: { '/state': '' },
      PortBindings: { '8080/tcp': [{ HostIp: '127.0.0.1', HostPort: '' }] },
      ...(options.network ? { NetworkMode: options.network } : {}),
    },
  });
  const remove = () => container.remove({ force: true, v: true });
  const logs = async () => {
    const raw = await container.logs({ stdout: true, stderr: true, follow: false });
    return Buffer.isBuffer(raw) ? raw.toString('utf8') : String(raw);
  };
  try {
    await container.start();
    const url = await eventually(
      async () => {
        const inspected = await container.inspect();
        const port = inspected.NetworkSettings.Ports['8080/tcp']?.[0]?.HostPort;
        return port ? `http://127.0.0.1:${port}` : undefined;
      },
      10_000,
      'the port of berth published',
    );
    await eventually(
      async () => {
        const state = await container.inspect();
        if (!state.State.Running) throw new Error(`berth exited: ${await logs()}`);
        const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) }).catch(
          () => undefined,
        );
        return res?.ok ? true : undefined;
      },
      30_000,
      `berth in its container to answer at ${url}`,
    );
    return {
      url,
      resources: async () => {
        const res = await fetch(`${url}/api/v1/resources`, {
          headers: { authorization: `Bearer ${token}` },
        });
        return ((await res.json()) as { resources: ResourceStatus[] }).resources;
      },
      logs,
      remove,
    };
  } catch (error) {
    await remove();
    throw error;
  }
}
