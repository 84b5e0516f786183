// `berth serve --watch` end to end: the built CLI in its own process, a real folder, the real engine.
import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { eventually, removeInstance, testEngine } from './support/docker.js';
import { deploymentYaml, tempFolder } from './support/resources.js';

interface ApiResource {
  key: string;
  state: string;
  message: string;
}
interface ApiStatus {
  revision: {
    id: string;
    state: string;
    problems: { file: string; path: string; message: string }[];
  };
  resources: ApiResource[];
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function serve(
  dir: string,
  instance: string,
): Promise<{ url: string; child: ChildProcess; stderr: () => string }> {
  const child = spawn(
    process.execPath,
    ['bin/berth.js', 'serve', '--watch', dir, '--listen', '127.0.0.1:0', '--instance', instance],
    {
      env: { ...process.env, BERTH_LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) resolve();
        child.once('exit', () => {
          resolve();
        });
        child.kill('SIGTERM');
      }),
  );
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const url = /status at (http:\/\/[\d.:]+)\//.exec(stderr)?.[1];
      if (url) resolve({ url, child, stderr: () => stderr });
    });
    child.once('exit', (code) => {
      reject(new Error(`berth serve exited with ${String(code)}: ${stderr}`));
    });
  });
}

async function status(url: string): Promise<ApiStatus> {
  const res = await fetch(`${url}/api/v1/resources`);
  return (await res.json()) as ApiStatus;
}

describe('berth serve --watch', () => {
  it('applies the folder, prunes a deleted resource, and ignores a revision with an invalid file', async () => {
    const t = testEngine('serve');
    cleanups.push(() => removeInstance(t.instance));
    const f = await tempFolder();
    cleanups.push(() => f.cleanup());
    await f.write('keep.yaml', deploymentYaml({ name: 'keep' }));
    await f.write('drop.yaml', deploymentYaml({ name: 'drop' }));
    await f.write(
      'job.yaml',
      'apiVersion: berth/v1\nkind: Job\nmetadata: { name: train, owner: user:alice }\nspec: { image: berth-examples/busybox:1 }\n',
    );
    const { url, stderr } = await serve(f.dir, t.instance);

    const ready = (s: ApiStatus, key: string) =>
      s.resources.find((r) => r.key === key)?.state === 'Ready';
    await eventually(
      async () => {
        const s = await status(url);
        return ready(s, 'Deployment/keep') && ready(s, 'Deployment/drop') ? s : undefined;
      },
      30_000,
      'both deployments ready',
    );
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    // The Job without a schedule runs once.
    await eventually(
      async () =>
        (await status(url)).resources.find((r) => r.key === 'Job/train')?.state === 'Succeeded'
          ? true
          : undefined,
      30_000,
      'the job run to succeed',
    );
    expect(stderr()).not.toContain('"level":50');
    await eventually(
      async () => ((await fetch(`${url}/readyz`)).status === 200 ? true : undefined),
      10_000,
      'ready after the first reconcile',
    );
    const names = async () =>
      (await t.containers.listManaged(t.instance))
        .map((c) => `${c.labels['berth.name'] ?? ''}:${c.status}`)
        .sort();
    expect(await names()).toEqual(['drop:running', 'keep:running', 'train:exited']);
    const [keep] = (await t.containers.listManaged(t.instance)).filter(
      (c) => c.labels['berth.name'] === 'keep',
    );

    await f.remove('drop.yaml');
    await eventually(
      async () => ((await names()).join() === 'keep:running,train:exited' ? true : undefined),
      20_000,
      'drop pruned',
    );
    expect((await status(url)).resources.map((r) => r.key)).toEqual([
      'Deployment/keep',
      'Job/train',
    ]);

    await f.write(
      'keep.yaml',
      deploymentYaml({ name: 'keep', replicas: 3 }).replace('replicas: 3', 'replicas: many'),
    );
    const rejected = await eventually(
      async () => {
        const s = await status(url);
        return s.revision.state === 'Rejected' ? s : undefined;
      },
      10_000,
      'the invalid revision rejected',
    );
    expect(rejected.revision.problems.map((p) => `${p.file} ${p.path}`)).toEqual([
      'keep.yaml spec.replicas',
    ]);
    await new Promise((r) => setTimeout(r, 1000));
    const after = await t.containers.listManaged(t.instance);
    expect(after.filter((c) => c.status === 'running').map((c) => c.id)).toEqual([keep?.id]);
    expect(after).toHaveLength(2);
  });
});
