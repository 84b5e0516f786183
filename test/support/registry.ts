// A private registry on this machine for tests: Debian's `docker-registry` with an htpasswd
// (bcrypt) login, on a free port of 127.0.0.1 (which the engine treats as a registry it may reach
// over plain HTTP). Installed by scripts/ensure-test-tools.sh when missing.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type Docker from 'dockerode';

export interface TestRegistry {
  /** host:port, the first component of the image references it serves */
  host: string;
  /** pushes a local image under `<host>/<repository>:<tag>` with the login, then drops that tag locally */
  push(docker: Docker, image: string, repository: string, tag: string): Promise<string>;
  stop(): Promise<void>;
}

export async function startRegistry(login: { username: string; password: string }) {
  const tools = ['docker-registry', 'htpasswd'];
  if (tools.some((t) => !onPath(t))) execFileSync('bash', ['scripts/ensure-test-tools.sh']);
  const dir = await mkdtemp(path.join(tmpdir(), 'berth-registry-'));
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const htpasswd = execFileSync('htpasswd', ['-Bbn', login.username, login.password]).toString();
  await writeFile(path.join(dir, 'htpasswd'), htpasswd);
  await writeFile(
    path.join(dir, 'config.yml'),
    `version: 0.1
log: { level: error }
storage: { filesystem: { rootdirectory: ${dir}/data } }
http: { addr: ${host} }
auth: { htpasswd: { realm: berth-test, path: ${dir}/htpasswd } }
`,
  );
  const child = spawn('docker-registry', ['serve', path.join(dir, 'config.yml')], {
    stdio: 'ignore',
  });
  for (let i = 0; ; i++) {
    const status = await fetch(`http://${host}/v2/`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 401) break;
    if (i > 100) throw new Error(`the registry did not start on ${host}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const registry: TestRegistry = {
    host,
    async push(docker, image, repository, tag) {
      const ref = `${host}/${repository}:${tag}`;
      await docker.getImage(image).tag({ repo: `${host}/${repository}`, tag });
      const stream = await docker
        .getImage(ref)
        .push({ authconfig: { ...login, serveraddress: host } });
      const events = await new Promise<{ error?: string }[]>((resolve, reject) => {
        docker.modem.followProgress(stream, (err: Error | null, out: { error?: string }[]) => {
          if (err) reject(err);
          else resolve(out);
        });
      });
      const failed = events.find((e) => e.error);
      if (failed) throw new Error(`push of ${ref} failed: ${failed.error ?? ''}`);
      await docker.getImage(ref).remove();
      return ref;
    },
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      await rm(dir, { recursive: true, force: true });
    },
  };
  return registry;
}

function onPath(tool: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}
