// `berth serve` stopped with SIGTERM in the middle of a rollout: it stops within its grace time,
// says what it left, leaves what runs running, and the next start finishes the rollout.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { eventually, removeInstance, testEngine } from './support/docker.js';
import { deploymentYaml, tempFolder } from './support/resources.js';
import { apiStatus, startServe, type ServeProcess } from './support/serve-process.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('berth serve stopped with SIGTERM', () => {
  it('stops in the middle of a rollout within its grace time, keeps the old replica serving, and the next start finishes it', async () => {
    const t = testEngine('term');
    cleanups.push(() => removeInstance(t.instance));
    const f = await tempFolder();
    cleanups.push(() => f.cleanup());
    const stateDir = await mkdtemp(path.join(tmpdir(), 'berth-term-state-'));
    cleanups.push(() => rm(stateDir, { recursive: true, force: true }));
    const start = async (): Promise<ServeProcess> => {
      const berth = await startServe(f.dir, t.instance, {
        args: ['--state-dir', stateDir],
        env: { BERTH_LOG_LEVEL: 'info' },
      });
      cleanups.push(() => berth.kill());
      return berth;
    };
    const ready = async (berth: ServeProcess, want: (message: string) => boolean) => {
      const one = (await apiStatus(berth.url)).resources.find((r) => r.key === 'Deployment/api');
      return one?.state === 'Ready' && want(one.message) ? one : undefined;
    };
    await f.write('api.yaml', deploymentYaml({ name: 'api' }));
    const first = await start();
    await eventually(() => ready(first, () => true), 30_000, 'the first spec ready');
    const [old] = await t.containers.listManaged(t.instance);
    if (!old) throw new Error('no replica');

    // The new spec listens only after 3 s: the rollout waits on its readiness when the stop comes.
    const slow = 'sleep 3; echo v2; exec httpd -f -p 8000 -h /www';
    await f.write('api.yaml', deploymentYaml({ name: 'api', command: slow }));
    await eventually(
      async () => ((await t.containers.listManaged(t.instance)).length === 2 ? true : undefined),
      20_000,
      'the new replica created',
    );
    const code = await first.stop(30_000);
    expect(code).toBe(0);
    expect(first.stderr()).toMatch(
      /berth: stopped; no work was in flight|berth: stopped after 20 s with work in flight for Deployment\/api/,
    );
    expect(first.stderr()).toMatch(/"msg":"stopped with (no )?work in flight/);
    // Containers keep running: the old replica still serves.
    const after = await t.containers.listManaged(t.instance);
    expect(after.find((c) => c.id === old.id)?.status).toBe('running');

    const second = await start();
    await eventually(
      async () => {
        const listed = await t.containers.listManaged(t.instance);
        return listed.length === 1 && listed[0]?.id !== old.id ? listed : undefined;
      },
      30_000,
      'the rollout finished by the next start',
    );
    await eventually(() => ready(second, () => true), 30_000, 'the new spec ready');
    const [replica] = await t.containers.listManaged(t.instance);
    expect(await t.containers.logs(replica?.id ?? '', 5)).toBe('v2\n');
  }, 120_000);
});
