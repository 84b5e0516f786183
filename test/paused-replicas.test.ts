// Replicas paused by hand on the real Docker engine: a paused process answers nothing but its
// kernel still accepts connections, so only the engine's events tell. The paused replica leaves
// the gateway's rotation at once (the others keep serving every request), berth shows it not
// ready and resumes it; with no other replica, requests wait for it instead of failing.
import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../src/log.js';
import type { ResourceStatus } from '../src/reconcile/status.js';
import { startServer } from '../src/server/http.js';
import type { Core } from '../src/service/core.js';
import { applyFolder, eventually, testEngine } from './support/docker.js';
import { deploymentYaml, tempFolder } from './support/resources.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** berth's core on a fresh instance, following the engine's events once its first pass is done. */
async function following(prefix: string, files: Record<string, string>) {
  const t = testEngine(prefix);
  const lines: string[] = [];
  const logger = createLogger({ destination: { write: (line: string) => lines.push(line) } });
  const core = t.core({ logger, drainTimeoutMs: 1_000, stopTimeoutSeconds: 1 });
  const folder = await tempFolder();
  cleanups.push(
    () => t.cleanup(),
    () => core.close(),
    () => folder.cleanup(),
  );
  for (const [name, text] of Object.entries(files)) await folder.write(name, text);
  await applyFolder(core, folder.dir);
  // The event stream is connected when the loop's catch-up pass after connecting has run.
  const passes = () => lines.filter((l) => l.includes('"reconcile finished"')).length;
  const before = passes();
  core.reconciler.start();
  await eventually(() => (passes() > before ? true : undefined), 10_000, 'the event stream');
  return { t, core };
}

async function gateway(core: Core): Promise<string> {
  const s = await startServer({
    status: core.reconciler.status,
    endpoints: core.endpoints,
    logger: createLogger({ level: 'silent' }),
    listen: '127.0.0.1:0',
    ready: () => true,
  });
  cleanups.push(() => s.close());
  return s.url;
}

function get(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.get(url, { agent: false, timeout: 5_000 }, (res) => {
      res.resume();
      res.once('end', () => {
        resolve(res.statusCode ?? 0);
      });
    });
    req.once('timeout', () => req.destroy(new Error('no answer in 5 s')));
    req.once('error', () => {
      resolve(0);
    });
  });
}

/** A Deployment whose readiness is the default TCP connect, which a paused process passes. */
const tcpDeployment = `apiVersion: berth/v1
kind: Deployment
metadata: { name: solo, owner: user:alice }
spec:
  image: berth-examples/busybox:1
  command: exec httpd -f -p 8000 -h /www
  public: true
`;

describe('replicas paused by hand', () => {
  it('with 2 replicas and one paused, every GET through the gateway succeeds; berth resumes it', async () => {
    const { t, core } = await following('pause2', {
      'api.yaml': deploymentYaml({ name: 'api', replicas: 2 }),
    });
    const url = await gateway(core);
    const [victim] = await t.containers.listManaged(t.instance);
    if (!victim) throw new Error('no replica');

    const state = { done: false, afterPause: 0 };
    const answers: number[] = [];
    const client = (async () => {
      while (!state.done) {
        answers.push(await get(`${url}/d/api/index.html`));
        state.afterPause += 1;
      }
    })();
    await eventually(() => (answers.length >= 20 ? true : undefined), 10_000, 'requests');
    await t.docker.getContainer(victim.id).pause();
    state.afterPause = 0;
    await eventually(
      async () =>
        state.afterPause >= 50 &&
        (await t.containers.inspect(victim.id))?.status === 'running' &&
        core.endpoints.list('api').some((e) => e.unitId === victim.id)
          ? true
          : undefined,
      20_000,
      'the paused replica resumed and back in rotation, and 50 requests since the pause',
    );
    state.done = true;
    await client;

    expect(answers.filter((status) => status !== 200)).toEqual([]);
    const history = core.reconciler.status.get('Deployment/api')?.history.map((h) => h.message);
    expect(history).toContain(
      `replica ${victim.id.slice(0, 12)} was paused outside berth; resuming it`,
    );
    expect(core.reconciler.status.get('Deployment/api')?.state).toBe('Ready');
  });

  it('with its only replica paused, berth shows it not ready and resumes the same replica; no GET fails', async () => {
    const { t, core } = await following('pause1', { 'solo.yaml': tcpDeployment });
    const url = await gateway(core);
    const [replica] = await t.containers.listManaged(t.instance);
    if (!replica) throw new Error('no replica');
    expect(core.endpoints.list('solo').map((e) => e.unitId)).toEqual([replica.id]);

    const seen: Pick<ResourceStatus, 'state' | 'replicas'>[] = [];
    const unsubscribe = core.reconciler.status.subscribe((s) => {
      if (s.key === 'Deployment/solo') seen.push({ state: s.state, replicas: s.replicas });
    });
    cleanups.push(() => {
      unsubscribe();
      return Promise.resolve();
    });
    const state = { done: false };
    const answers: number[] = [];
    const client = (async () => {
      while (!state.done) answers.push(await get(`${url}/d/solo/index.html`));
    })();
    await eventually(() => (answers.length >= 10 ? true : undefined), 10_000, 'requests');
    await t.docker.getContainer(replica.id).pause();
    await eventually(
      async () =>
        (await t.containers.inspect(replica.id))?.status === 'running' &&
        core.endpoints.list('solo').some((e) => e.unitId === replica.id) &&
        core.reconciler.status.get('Deployment/solo')?.state === 'Ready'
          ? true
          : undefined,
      20_000,
      'the paused replica resumed, ready and back in rotation',
    );
    const since = answers.length;
    await eventually(() => (answers.length >= since + 10 ? true : undefined), 10_000, 'requests');
    state.done = true;
    await client;
    expect(answers.filter((status) => status !== 200)).toEqual([]);

    // Not ready while paused (out of rotation), then ready again: the same container, resumed.
    const notReady = seen.findIndex((s) => s.replicas?.ready === 0);
    expect(notReady).toBeGreaterThanOrEqual(0);
    expect(seen[notReady]?.state).not.toBe('Ready');
    expect(seen.at(-1)).toEqual({ state: 'Ready', replicas: { desired: 1, ready: 1 } });
    const listed = await t.containers.listManaged(t.instance);
    expect(listed.map((c) => [c.id, c.status])).toEqual([[replica.id, 'running']]);
    const history = core.reconciler.status.get('Deployment/solo')?.history.map((h) => h.message);
    expect(history).toEqual(
      expect.arrayContaining([
        `replica ${replica.id.slice(0, 12)} was paused outside berth; resuming it`,
        expect.stringMatching(/^(resumed replica|started replica)/),
      ]),
    );
  });
});
