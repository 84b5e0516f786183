// Deployments on the real Docker engine: apply from scratch, no-op reconciles, rolling updates
// under load, readiness diagnoses and drift repair.
import http from 'node:http';
import type Docker from 'dockerode';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock, type Clock } from '../src/clock.js';
import { silentLogger } from '../src/log.js';
import { startServer, type RunningServer } from '../src/server/http.js';
import type { Core } from '../src/service/core.js';
import { readFolder } from '../src/source/local-folder.js';
import { applyFolder, eventually, exampleImage, testEngine } from './support/docker.js';
import { deploymentYaml, tempFolder, type TempFolder } from './support/resources.js';
import { dockerSocketProxy } from './support/socket-proxy.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function setup(prefix: string, clock?: Clock) {
  const t = testEngine(prefix);
  const core = t.core({
    ...(clock ? { clock } : {}),
    drainTimeoutMs: 5_000,
    stopTimeoutSeconds: 2,
  });
  cleanups.push(
    () => t.cleanup(),
    () => core.close(),
  );
  return { t, core, controller: core.reconciler };
}

async function folder(): Promise<TempFolder> {
  const f = await tempFolder();
  cleanups.push(() => f.cleanup());
  return f;
}

function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, body });
        });
      })
      .on('error', reject);
  });
}

/** Tells a replica started with the crash loop of the back-off test to crash (exec, no signal). */
async function crash(container: Docker.Container): Promise<void> {
  const exec = await container.exec({ Cmd: ['touch', '/tmp/crash'] });
  const stream = await exec.start({});
  stream.resume();
  await new Promise((resolve) => stream.once('end', resolve));
}

async function server(core: Core): Promise<RunningServer> {
  const s = await startServer({
    status: core.reconciler.status,
    endpoints: core.endpoints,
    logger: silentLogger(),
    listen: '127.0.0.1:0',
    ready: () => true,
  });
  cleanups.push(() => s.close());
  return s;
}

describe('deployments on the docker engine', () => {
  it('applies the example Deployments from scratch; a second reconcile plans nothing and writes nothing', async () => {
    const { t, core, controller } = setup('ex');
    const report = await applyFolder(core, path.resolve('examples/resources'));
    const states = controller.status.all().map((s) => [s.key, s.state, s.replicas?.ready]);
    expect(states).toEqual([
      ['Deployment/churn-api', 'Ready', 2],
      ['Deployment/churn-dashboard', 'Ready', 1],
      ['Job/churn-grid', 'Running', undefined],
      ['Job/churn-pipeline', 'Scheduled', undefined],
      ['Job/churn-train-release', 'Failed', undefined],
      ['Job/nightly-etl', 'Failed', undefined],
      ['Job/weekly-report', 'Scheduled', undefined],
    ]);
    // The Job that needs secrets says which are missing and how to set them, instead of running
    // without them; the one that needs a repository on github.com says it cannot read it.
    expect(controller.status.get('Job/nightly-etl')?.message).toMatch(
      /^secrets SNOWFLAKE_PASSWORD, WAREHOUSE_CERT .*berth secrets set group:data-science/,
    );
    expect(report.plan.summary).toEqual({ create: 2, update: 0, delete: 0, run: 1, error: 2 });
    const running = await t.containers.listManaged(t.instance);
    const replicas = running.filter((c) => c.labels['berth.kind'] === 'Deployment');
    expect(replicas.filter((c) => c.status === 'running')).toHaveLength(3);
    expect(running.filter((c) => c.labels['berth.name'] === 'churn-grid')).toHaveLength(6);

    const s = await server(core);
    expect(await get(`${s.url}/d/churn-api/index.html`)).toEqual({
      status: 200,
      body: 'berth example\n',
    });

    t.resetCalls();
    const again = await controller.reconcile();
    expect(again.plan.hasChanges).toBe(false);
    expect(t.writes()).toEqual([]);
    // One list (the engine's size is read once a process); finished job runs are inspected once
    // each for their times.
    const reads = t.calls.map((c) => `${c.method} ${c.path.split('?')[0] ?? ''}`);
    expect(reads.filter((r) => !/^GET \/containers\/[0-9a-f]{64}\/json$/.test(r))).toEqual([
      'GET /containers/json',
    ]);
  });

  it('while it follows the engine’s events, a warm reconcile asks the engine nothing; any change makes the next one look again', async () => {
    const { t, core, controller } = setup('warm');
    const f = await folder();
    await f.write('a.yaml', deploymentYaml({ name: 'steady', replicas: 2 }));
    await applyFolder(core, f.dir);
    controller.start();
    // Once the event stream is connected, a pass plans from the last listing.
    await eventually(
      async () => {
        await controller.reconcile();
        t.resetCalls();
        const again = await controller.reconcile();
        return !again.plan.hasChanges && t.calls.length === 0 ? true : undefined;
      },
      10_000,
      'a reconcile without engine calls',
    );
    // A change made by hand (here a rename, which berth does not act on) is activity on the
    // stream: the next pass lists again and sees it.
    const [replica] = await t.containers.listManaged(t.instance);
    await t.docker
      .getContainer(replica?.id ?? '')
      .rename({ name: `${replica?.name ?? ''}-by-hand` });
    const seen = await eventually(
      async () => {
        t.resetCalls();
        const pass = await controller.plan();
        const unit = pass.observation.workloads
          .get('Deployment/steady')
          ?.units.find((u) => u.id === replica?.id);
        return unit?.name.endsWith('-by-hand') ? t.calls : undefined;
      },
      10_000,
      'the renamed replica in a fresh listing',
    );
    expect(seen.map((c) => `${c.method} ${c.path.split('?')[0] ?? ''}`)).toEqual([
      'GET /containers/json',
    ]);
  });

  it('executes on the engine exactly the actions of the plan, from the observation of the plan', async () => {
    const { t, core, controller } = setup('exact');
    const f = await folder();
    await f.write('a.yaml', deploymentYaml({ name: 'changes' }));
    await f.write('b.yaml', deploymentYaml({ name: 'goes' }));
    await f.write('c.yaml', deploymentYaml({ name: 'scales' }));
    await applyFolder(core, f.dir);
    await f.write(
      'a.yaml',
      deploymentYaml({ name: 'changes', command: 'exec httpd -f -v -p 8000 -h /www' }),
    );
    await f.remove('b.yaml');
    await f.write('c.yaml', deploymentYaml({ name: 'scales', replicas: 2 }));
    await f.write('d.yaml', deploymentYaml({ name: 'arrives' }));
    const revision = await readFolder(f.dir);
    controller.setRevision({
      id: revision.id,
      resources: revision.resources.map((r) => r.resource),
    });

    const pass = await controller.plan();
    t.resetCalls();
    const report = await controller.apply(pass);
    expect(pass.plan.actions.map((a) => [a.name, a.type])).toEqual([
      ['arrives', 'create'],
      ['changes', 'update'],
      ['goes', 'delete'],
      ['scales', 'scale'],
    ]);
    const sorted = [...report.executed].sort((a, b) => a.key.localeCompare(b.key));
    expect(sorted).toEqual(pass.plan.actions);
    // apply reused the plan's observation: it listed nothing itself.
    expect(t.calls.filter((c) => c.path.startsWith('/containers/json'))).toEqual([]);
    const running = await t.containers.listManaged(t.instance);
    expect(running.map((c) => c.labels['berth.name']).sort()).toEqual([
      'arrives',
      'changes',
      'scales',
      'scales',
    ]);
  });

  it('a restarted berth rebuilds its state from labels: it verifies readiness and writes nothing', async () => {
    const { t, core, controller } = setup('restart');
    const f = await folder();
    await f.write('api.yaml', deploymentYaml({ name: 'steady', replicas: 2 }));
    await applyFolder(core, f.dir);
    const before = (await t.containers.listManaged(t.instance)).map((c) => c.id).sort();
    await controller.stop();

    const restarted = t.core();
    cleanups.push(() => restarted.close());
    t.resetCalls();
    const report = await applyFolder(restarted, f.dir);
    expect(report.plan.actions.map((a) => [a.type, a.reason])).toEqual([
      ['verify', 'check readiness of 2 running replicas'],
    ]);
    expect(t.writes()).toEqual([]);
    expect(restarted.reconciler.status.get('Deployment/steady')?.message).toBe(
      '2/2 replicas ready',
    );
    expect(
      restarted.endpoints
        .list('steady')
        .map((e) => e.unitId)
        .sort(),
    ).toEqual(before);
    expect((await t.containers.listManaged(t.instance)).map((c) => c.id).sort()).toEqual(before);
  });

  it('opens and closes the gateway as `public` changes, without restarting anything', async () => {
    const { t, core } = setup('gate');
    const f = await folder();
    await f.write('api.yaml', deploymentYaml({ name: 'gated' }));
    await applyFolder(core, f.dir);
    const s = await server(core);
    const ids = (await t.containers.listManaged(t.instance)).map((c) => c.id);
    expect((await get(`${s.url}/d/gated/index.html`)).status).toBe(200);

    await f.write(
      'api.yaml',
      deploymentYaml({ name: 'gated' }).replace('public: true', 'public: false'),
    );
    const closed = await applyFolder(core, f.dir);
    expect(closed.plan.actions.map((a) => a.type)).toEqual(['noop']);
    expect((await get(`${s.url}/d/gated/index.html`)).status).toBe(404);
    expect((await t.containers.listManaged(t.instance)).map((c) => c.id)).toEqual(ids);

    await f.remove('api.yaml');
    await applyFolder(core, f.dir);
    expect((await get(`${s.url}/d/gated/index.html`)).status).toBe(404);
  });

  it('reports an image that cannot be pulled, and keeps a resource with replicas: 0 running nothing', async () => {
    const { t, core, controller } = setup('img');
    const f = await folder();
    await f.write(
      'missing.yaml',
      deploymentYaml({ name: 'missing', image: '127.0.0.1:9/team/model:1' }),
    );
    await f.write('idle.yaml', deploymentYaml({ name: 'idle', replicas: 0 }));
    await applyFolder(core, f.dir);
    const missing = controller.status.get('Deployment/missing');
    expect([missing?.state, missing?.reason]).toEqual(['Failed', 'ImageError']);
    expect(missing?.message).toMatch(
      /^cannot pull image 127\.0\.0\.1:9\/team\/model:1: .*; check the image name, push it to a registry this engine can reach, or for a private registry set spec\.imagePullSecret/,
    );
    expect(controller.status.get('Deployment/idle')?.message).toBe('0/0 replicas ready');
    expect(await t.containers.listManaged(t.instance)).toEqual([]);
  });

  it('keeps the old replica serving while the new spec crash-loops, across later reconciles', async () => {
    const { t, core, controller } = setup('stuck');
    const f = await folder();
    await f.write('api.yaml', deploymentYaml({ name: 'stuck' }));
    await applyFolder(core, f.dir);
    const [old] = await t.containers.listManaged(t.instance);
    const s = await server(core);
    controller.start();

    await f.write(
      'api.yaml',
      deploymentYaml({ name: 'stuck', command: 'echo "bad model"; exit 1' }),
    );
    await applyFolder(core, f.dir);
    expect(controller.status.get('Deployment/stuck')?.reason).toBe('CrashLoop');
    await eventually(
      () =>
        controller.status
          .get('Deployment/stuck')
          ?.history.some((h) => h.message.startsWith('restarting replica'))
          ? true
          : undefined,
      5_000,
      'the crashed replica waiting to restart',
    );

    await applyFolder(core, f.dir);
    const after = controller.status.get('Deployment/stuck');
    expect([after?.state, after?.reason, after?.message]).toEqual([
      'Failed',
      'CrashLoop',
      'crash loop: 1 of 1 replicas wait to restart after crashing (restarts: 0, last exit code 1); 1 serving',
    ]);
    const running = await t.containers.listManaged(t.instance);
    expect(running.find((c) => c.id === old?.id)?.status).toBe('running');
    expect((await get(`${s.url}/d/stuck/index.html`)).status).toBe(200);
  });

  it('rolls a changed image while a client requests it throughout, without one failed request', async () => {
    const { t, core, controller } = setup('roll');
    await t.docker.getImage(exampleImage).tag({ repo: 'berth-examples/busybox', tag: 'rolled' });
    const f = await folder();
    await f.write('api.yaml', deploymentYaml({ name: 'model-api', replicas: 2 }));
    await applyFolder(core, f.dir);
    const before = (await t.containers.listManaged(t.instance)).map((c) => c.id);
    const s = await server(core);

    const state = { done: false };
    const results = { ok: 0, failed: [] as string[] };
    const client = (async () => {
      while (!state.done) {
        const r = await get(`${s.url}/d/model-api/index.html`).catch((e: unknown) => ({
          status: 0,
          body: String(e),
        }));
        if (r.status === 200) results.ok += 1;
        else results.failed.push(`${r.status} ${r.body}`);
      }
    })();
    await new Promise((r) => setTimeout(r, 300));
    await f.write(
      'api.yaml',
      deploymentYaml({ name: 'model-api', replicas: 2, image: 'berth-examples/busybox:rolled' }),
    );
    const report = await applyFolder(core, f.dir);
    await new Promise((r) => setTimeout(r, 300));
    state.done = true;
    await client;

    expect(report.plan.actions.map((a) => a.type)).toEqual(['update']);
    expect(controller.status.get('Deployment/model-api')?.state).toBe('Ready');
    expect(results.failed).toEqual([]);
    expect(results.ok).toBeGreaterThan(50);
    const after = await t.containers.listManaged(t.instance);
    expect(after).toHaveLength(2);
    expect(after.every((c) => !before.includes(c.id))).toBe(true);
  });

  const broken = [
    {
      name: 'crashes',
      command: 'echo "loading model"; sleep 0.1; echo "FileNotFoundError: model.pkl" >&2; exit 1',
      reason: 'CrashLoop',
      message:
        /^crash loop: the container exited with code 1 \(restarts: 0\); last log lines: loading model \| FileNotFoundError: model.pkl$/,
    },
    {
      name: 'loopback',
      command: 'exec httpd -f -p 127.0.0.1:8000 -h /www',
      reason: 'LoopbackOnly',
      message:
        /^the process listens on 127\.0\.0\.1:8000 only, which nothing outside the container can reach; bind 0\.0\.0\.0:8000 instead$/,
    },
    {
      name: 'silent',
      command: 'exec sleep 3600',
      reason: 'NotListening',
      message:
        /^nothing listens on port 8000 after 3 s; make the process listen on 0\.0\.0\.0:8000, or set spec\.port to the port it uses$/,
    },
    {
      name: 'health-500',
      command: String.raw`mkdir -p /tmp/www/cgi-bin && printf '#!/bin/sh\nprintf "HTTP/1.0 500 Internal Server Error\\r\\n\\r\\n"\n' > /tmp/www/cgi-bin/health && chmod +x /tmp/www/cgi-bin/health && exec httpd -f -p 8000 -h /tmp/www`,
      healthPath: '/cgi-bin/health',
      reason: 'HealthCheckFailed',
      message:
        /^health check GET \/cgi-bin\/health on port 8000 answered 500 Internal Server Error; make \/cgi-bin\/health answer 2xx once the service is ready, or fix healthCheck\.path$/,
    },
    {
      name: 'hangs',
      command: String.raw`mkdir -p /tmp/www/cgi-bin && printf '#!/bin/sh\nsleep 3600\n' > /tmp/www/cgi-bin/health && chmod +x /tmp/www/cgi-bin/health && exec httpd -f -p 8000 -h /tmp/www`,
      healthPath: '/cgi-bin/health',
      reason: 'Timeout',
      message:
        /^not ready after 3 s: health check GET \/cgi-bin\/health on port 8000 did not answer within 1 s; check that the process is not stuck, or raise healthCheck\.timeoutSeconds$/,
    },
  ];

  it('diagnoses each way a deployment fails to become ready, precisely', async () => {
    const { core, controller } = setup('diag');
    const f = await folder();
    for (const b of broken)
      await f.write(`${b.name}.yaml`, deploymentYaml({ ...b, failureThreshold: 3 }));
    await applyFolder(core, f.dir);
    const got = broken.map((b) => controller.status.get(`Deployment/${b.name}`));
    expect(got.map((s) => [s?.name, s?.state, s?.reason])).toEqual(
      broken.map((b) => [b.name, 'Failed', b.reason]),
    );
    for (const [i, b] of broken.entries()) expect(got[i]?.message).toMatch(b.message);

    // A later reconcile checks the running ones again with one probe: same diagnosis, no new noise.
    await applyFolder(core, f.dir);
    for (const b of broken.filter((x) => x.reason !== 'CrashLoop')) {
      const again = controller.status.get(`Deployment/${b.name}`);
      expect([again?.state, again?.reason]).toEqual(['Failed', b.reason]);
      const notReady = again?.history.filter((h) => h.message.startsWith('not ready: ')) ?? [];
      expect(notReady).toHaveLength(1);
    }
  });

  it('puts back a replica removed by hand within 5 s, and one stopped or paused by hand, and records each', async () => {
    const { t, core, controller } = setup('drift');
    const f = await folder();
    await f.write('api.yaml', deploymentYaml({ name: 'drifty' }));
    await applyFolder(core, f.dir);
    controller.start();
    await new Promise((r) => setTimeout(r, 300)); // the event stream is connected
    const [first] = await t.containers.listManaged(t.instance);
    if (!first) throw new Error('no replica');

    const removedAt = Date.now();
    await t.docker.getContainer(first.id).remove({ force: true });
    const replacement = await eventually(
      () => core.endpoints.list('drifty').find((e) => e.unitId !== first.id),
      10_000,
      'a ready replacement',
    );
    expect(Date.now() - removedAt).toBeLessThan(5_000);
    const history = controller.status.get('Deployment/drifty')?.history.map((h) => h.message) ?? [];
    expect(history).toContain(
      `replica ${first.id.slice(0, 12)} was removed outside berth; replacing it`,
    );

    await t.docker.getContainer(replacement.unitId).stop({ t: 1 });
    await eventually(
      async () =>
        (await t.containers.inspect(replacement.unitId))?.status === 'running' ? true : undefined,
      10_000,
      'the stopped replica running again',
    );
    const later = controller.status.get('Deployment/drifty')?.history.map((h) => h.message) ?? [];
    expect(later).toContain(
      `replica ${replacement.unitId.slice(0, 12)} was stopped outside berth; starting it again`,
    );
    // A stop by hand is no crash: no exit reported as one, no back-off.
    expect(later.filter((m) => /exited with code|restarting replica in/.test(m))).toEqual([]);

    await t.docker.getContainer(replacement.unitId).pause();
    await eventually(
      async () =>
        (await t.containers.inspect(replacement.unitId))?.status === 'running' &&
        core.endpoints.list('drifty').some((e) => e.unitId === replacement.unitId)
          ? true
          : undefined,
      10_000,
      'the paused replica resumed and back in rotation',
    );
    const last = controller.status.get('Deployment/drifty')?.history.map((h) => h.message) ?? [];
    expect(last).toContain(
      `replica ${replacement.unitId.slice(0, 12)} was paused outside berth; resuming it`,
    );
  });

  it('catches up on what it missed while its connection to the engine was cut, routes included', async () => {
    const proxy = await dockerSocketProxy();
    cleanups.push(() => proxy.close());
    const t = testEngine('cut');
    cleanups.push(() => t.cleanup());
    const core = t.core({ dockerHost: `unix://${proxy.socketPath}` });
    const controller = core.reconciler;
    cleanups.push(() => core.close());
    const f = await folder();
    await f.write('api.yaml', deploymentYaml({ name: 'cut' }));
    await applyFolder(core, f.dir);
    controller.start();
    await new Promise((r) => setTimeout(r, 300));
    const [first] = await t.containers.listManaged(t.instance);
    if (!first) throw new Error('no replica');

    // While berth cannot hear the engine, the replica is removed: no event reaches berth.
    proxy.cut();
    await t.docker.getContainer(first.id).remove({ force: true });
    await new Promise((r) => setTimeout(r, 500));
    expect(core.endpoints.list('cut').map((e) => e.unitId)).toEqual([first.id]);

    proxy.restore();
    const replacement = await eventually(
      () => core.endpoints.list('cut').find((e) => e.unitId !== first.id),
      15_000,
      'a replacement after reconnecting',
    );
    expect((await t.containers.inspect(replacement.unitId))?.status).toBe('running');
    // The route to the replica removed meanwhile leaves the gateway: only the replacement serves.
    expect(core.endpoints.list('cut').map((e) => e.unitId)).toEqual([replacement.unitId]);
  });

  it('restarts a crashed replica after the back-off delay, doubling it on the next crash', async () => {
    // Timers run 100 times faster than real: the 10 s and 20 s delays take 0.1 s and 0.2 s.
    const fast: Clock = {
      ...systemClock,
      setTimer: (ms, fn) => systemClock.setTimer(ms / 100, fn),
    };
    const { t, core, controller } = setup('crash', fast);
    const f = await folder();
    // It crashes on its own (exit 3) when told to through a file: a `docker kill` would be a
    // stop from outside berth, which is put back at once, not a crash.
    const command =
      'httpd -f -p 8000 -h /www & while [ ! -f /tmp/crash ]; do sleep 0.05; done; rm /tmp/crash; exit 3';
    await f.write('api.yaml', deploymentYaml({ name: 'crashy', command }));
    await applyFolder(core, f.dir);
    controller.start();
    await new Promise((r) => setTimeout(r, 300));
    const [replica] = await t.containers.listManaged(t.instance);
    if (!replica) throw new Error('no replica');
    const short = replica.id.slice(0, 12);
    const history = () =>
      controller.status.get('Deployment/crashy')?.history.map((h) => h.message) ?? [];

    for (const delay of [10, 20]) {
      await crash(t.docker.getContainer(replica.id));
      await eventually(
        () => (history().includes(`restarting replica ${short} in ${delay} s`) ? true : undefined),
        5_000,
        `a restart planned in ${delay} s`,
      );
      await eventually(
        () =>
          core.endpoints.list('crashy').some((e) => e.unitId === replica.id) ? true : undefined,
        10_000,
        'the same replica ready again',
      );
    }
    expect(history()).toContain(`replica ${short} exited with code 3`);
    expect((await t.containers.listManaged(t.instance)).map((c) => c.id)).toEqual([replica.id]);
  });
});
