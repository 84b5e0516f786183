// What the Dockerfile offers works: the image builds and runs berth (the Action: action.test.ts).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { eventually, removeInstance } from './support/docker.js';
import { deploymentYaml, tempFolder, type TempFolder } from './support/resources.js';

const run = promisify(execFile);
const folders: TempFolder[] = [];
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
afterAll(async () => {
  for (const f of folders) await f.cleanup();
});

async function exec(file: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  try {
    const { stdout, stderr } = await run(file, args, {
      env: { ...process.env, ...env },
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function workspace(): Promise<TempFolder> {
  const f = await tempFolder();
  folders.push(f);
  await run('mkdir', ['-p', path.join(f.dir, 'resources')]);
  return f;
}

describe('the container image', () => {
  it(
    'builds on Node 24, validates resource files, and serves: a Deployment reconciled through the mounted socket',
    { timeout: 400_000 },
    async () => {
      const base = (await run('bash', ['scripts/node-base-image.sh', '24'])).stdout.trim();
      const built = await exec('docker', [
        'build',
        '-q',
        '--build-arg',
        `NODE_IMAGE=${base}`,
        '-t',
        'berth:test',
        '.',
      ]);
      expect(built.stderr.replace(/DEPRECATED[\s\S]*?buildx\/\n\n?/, '').trim()).toBe('');
      expect(built.code).toBe(0);
      const { version } = JSON.parse(await readFile('package.json', 'utf8')) as { version: string };
      expect(await exec('docker', ['run', '--rm', 'berth:test', '--version'])).toEqual({
        code: 0,
        stdout: `berth ${version}\n`,
        stderr: '',
      });
      const inside = await exec('docker', [
        'run',
        '--rm',
        '--entrypoint',
        'node',
        'berth:test',
        '--version',
      ]);
      expect(inside.stdout).toMatch(/^v24\./);

      const mount = `${path.resolve('examples/resources')}:/resources:ro`;
      const ok = await exec('docker', [
        'run',
        '--rm',
        '-v',
        mount,
        'berth:test',
        'validate',
        '/resources',
      ]);
      expect(ok).toMatchObject({ code: 0, stdout: '7 files, 8 resources: no problems\n' });
      // No secret store in the image: the check of secrets is skipped, and said so.
      expect(ok.stderr).toMatch(
        /^berth validate: secrets not checked: no secret store at \S+ \(pass --secrets-dir to check them against one\)\n$/,
      );
      const bad = `${path.resolve('test/fixtures/invalid')}:/resources:ro`;
      const failed = await exec('docker', [
        'run',
        '--rm',
        '-v',
        bad,
        'berth:test',
        'validate',
        '/resources',
      ]);
      expect(failed.code).toBe(1);

      // berth serve inside the image, driving the host's engine through the mounted socket.
      const w = await workspace();
      await w.write('resources/api.yaml', deploymentYaml({ name: 'api' }));
      const instance = `image-${randomBytes(3).toString('hex')}`;
      const port = 18_000 + Math.floor(Math.random() * 1000);
      const name = `berth-serve-${instance}`;
      cleanups.push(async () => {
        await exec('docker', ['rm', '-f', name]);
        await removeInstance(instance);
      });
      const started = await exec('docker', [
        'run',
        '-d',
        '--name',
        name,
        '--network',
        'host',
        '-v',
        '/var/run/docker.sock:/var/run/docker.sock',
        '-v',
        `${path.join(w.dir, 'resources')}:/resources:ro`,
        '-e',
        `BERTH_INSTANCE=${instance}`,
        '-e',
        `BERTH_LISTEN=127.0.0.1:${port}`,
        'berth:test',
        'serve',
        '--watch',
        '/resources',
      ]);
      expect(started.code).toBe(0);
      const ready = await eventually(
        async () => {
          const res = await fetch(`http://127.0.0.1:${port}/api/v1/resources/Deployment/api`).catch(
            () => undefined,
          );
          const body = res?.ok ? ((await res.json()) as { state: string }) : undefined;
          return body?.state === 'Ready' ? body : undefined;
        },
        120_000,
        'the Deployment to be ready',
      );
      expect(ready.state).toBe('Ready');
      const health = await eventually(
        async () => {
          const out = await exec('docker', ['inspect', '-f', '{{.State.Health.Status}}', name]);
          return out.stdout.trim() === 'healthy' ? 'healthy' : undefined;
        },
        60_000,
        'the health check',
      );
      expect(health).toBe('healthy');
    },
  );
});
