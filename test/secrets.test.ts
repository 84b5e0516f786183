// Secrets end to end on the real engine (SPEC §3): env vars and read-only files from the owner's
// scope only, rotation that rolls exactly the resources using a value, and no value anywhere
// berth writes (logs at trace level, labels, docker inspect, plan output, API answers).
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/log.js';
import { createSecretStore, type FolderSecretStore } from '../src/secrets/store.js';
import { startService, type RunningService } from '../src/service/serve.js';
import { readFolder } from '../src/source/local-folder.js';
import { runCli } from './support/cli.js';
import { eventually, removeInstance, testEngine, type TestEngine } from './support/docker.js';
import { tempFolder, type TempFolder } from './support/resources.js';

const mark = randomBytes(4).toString('hex');
const envValue = `envSecret-${mark}-A`;
const fileValue = `fileSecret-${mark}-B\nsecond line`;
const rotated = `envSecret-${mark}-ROTATED`;
const values = [envValue, fileValue.split('\n')[0] ?? '', rotated];

const httpd = "command: 'exec httpd -f -p 8000 -h /'";
const resources = `apiVersion: berth/v1
kind: Deployment
metadata: { name: api, owner: group:ds }
spec:
  image: berth-examples/busybox:1
  ${httpd}
  secrets: [DB_PASSWORD, { name: DB_PASSWORD, env: PGPASSWORD }]
---
apiVersion: berth/v1
kind: Deployment
metadata: { name: filer, owner: group:ds }
spec:
  image: berth-examples/busybox:1
  ${httpd}
  secrets: [{ name: CERT, file: /run/secrets/cert.pem }]
---
apiVersion: berth/v1
kind: Deployment
metadata: { name: plain, owner: group:ds }
spec:
  image: berth-examples/busybox:1
  ${httpd}
---
apiVersion: berth/v1
kind: Deployment
metadata: { name: thief, owner: group:other }
spec:
  image: berth-examples/busybox:1
  ${httpd}
  secrets: [DB_PASSWORD]
---
apiVersion: berth/v1
kind: Job
metadata: { name: etl, owner: group:ds }
spec:
  image: berth-examples/busybox:1
  command: 'test "$DB_PASSWORD" = "$PGPASSWORD" && test -n "$DB_PASSWORD" && echo connected'
  secrets: [DB_PASSWORD, { name: DB_PASSWORD, env: PGPASSWORD }]
---
apiVersion: berth/v1
kind: Group
metadata: { name: ds }
spec: { members: [alice] }
---
apiVersion: berth/v1
kind: Group
metadata: { name: other }
spec: { members: [mallory] }
`;

let t: TestEngine;
let folder: TempFolder;
let secretsDir: string;
let store: FolderSecretStore;
let service: RunningService;
const logs: string[] = [];

const stateOf = (key: string) => service.core.reconciler.status.get(key);
const containersOf = async (name: string) =>
  t.docker.listContainers({
    all: true,
    filters: { label: [`berth.instance=${t.instance}`, `berth.name=${name}`] },
  });
const idsOf = async (name: string) => (await containersOf(name)).map((c) => c.Id).sort();
async function exec(id: string, cmd: string[]): Promise<string> {
  const run = await t.docker.getContainer(id).exec({ Cmd: cmd, AttachStdout: true });
  const stream = await run.start({ hijack: true, stdin: false });
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  // drop the multiplexing headers: 8 bytes before each frame
  const raw = Buffer.concat(chunks);
  let out = '';
  for (let at = 0; at + 8 <= raw.length;) {
    const size = raw.readUInt32BE(at + 4);
    out += raw.subarray(at + 8, at + 8 + size).toString('utf8');
    at += 8 + size;
  }
  return out;
}
function expectNoValue(what: string, text: string): void {
  for (const value of values) expect(text, `${what} holds a secret value`).not.toContain(value);
}

beforeAll(async () => {
  t = testEngine('sec');
  folder = await tempFolder();
  secretsDir = path.join(await mkdtemp(path.join(tmpdir(), 'berth-secrets-')), 'secrets');
  store = createSecretStore({ dir: secretsDir });
  await store.write('group:ds', 'DB_PASSWORD', envValue);
  await store.write('group:ds', 'CERT', fileValue);
  await folder.write('resources.yaml', resources);
  service = await startService({
    instance: t.instance,
    docker: t.docker,
    logger: createLogger({
      level: 'trace',
      destination: { write: (line: string) => void logs.push(line) },
    }),
    listen: '127.0.0.1:0',
    secretsDir,
    drainTimeoutMs: 200,
    stopTimeoutSeconds: 1,
    source: async (intake) => {
      const revision = await readFolder(folder.dir);
      intake({ id: revision.id, resources: revision.resources, problems: revision.problems });
      return () => Promise.resolve();
    },
  });
  await eventually(
    () =>
      ['api', 'filer', 'plain'].every((n) => stateOf(`Deployment/${n}`)?.state === 'Ready') &&
      stateOf('Job/etl')?.job?.runs[0]?.state === 'Succeeded'
        ? true
        : undefined,
    90_000,
    'the deployments to be ready and the job to succeed',
  ).catch((error: unknown) => {
    const states = service.core.reconciler.status.all().map((x) => [x.key, x.state, x.message]);
    throw new Error(`${String(error)}: ${JSON.stringify(states)}`);
  });
}, 150_000);

afterAll(async () => {
  await service.stop();
  await removeInstance(t.instance);
  await folder.cleanup();
  await rm(path.dirname(secretsDir), { recursive: true, force: true });
});

describe('secrets on the real engine', () => {
  it('gives env secrets as variables, under another name too, and a Job its secrets', async () => {
    const [api] = await containersOf('api');
    expect(await exec(api?.Id ?? '', ['sh', '-c', 'echo "$DB_PASSWORD"; echo "$PGPASSWORD"'])).toBe(
      `${envValue}\n${envValue}\n`,
    );
    expect(stateOf('Job/etl')?.job?.runs[0]?.state).toBe('Succeeded');
  });

  it('writes file secrets read-only (0400) through the engine, with no host mount and no env var', async () => {
    const [filer] = await containersOf('filer');
    const id = filer?.Id ?? '';
    expect(await exec(id, ['cat', '/run/secrets/cert.pem'])).toBe(fileValue);
    expect(await exec(id, ['stat', '-c', '%a %u', '/run/secrets/cert.pem'])).toBe('400 0\n');
    const inspect = await t.docker.getContainer(id).inspect();
    expect(inspect.HostConfig.Binds ?? []).toEqual([]);
    expect(inspect.Mounts.every((m) => m.Type === 'volume')).toBe(true);
    expectNoValue('docker inspect of the file-secret container', JSON.stringify(inspect));
  });

  it("refuses a secret of another owner's scope: the resource fails, no container, the rest runs", async () => {
    expect(stateOf('Deployment/thief')).toMatchObject({
      state: 'Failed',
      message:
        "secret DB_PASSWORD is not in scope group:other (a resource gets only its owner's secrets); add it with `berth secrets set group:other DB_PASSWORD`",
    });
    expect(await containersOf('thief')).toEqual([]);
  });

  it('berth run gives a manual run the secrets too, from --secrets-dir', async () => {
    const result = await runCli([
      'run',
      'etl',
      '--path',
      folder.dir,
      '--instance',
      t.instance,
      '--secrets-dir',
      secretsDir,
    ]);
    expect(result.stdout).toContain('connected\n');
    expect(result.code).toBe(0);
    expectNoValue('berth run', result.stdout + result.stderr);
  }, 60_000);

  it('rotating a value rolls exactly the resources that use it', async () => {
    const before = {
      api: await idsOf('api'),
      filer: await idsOf('filer'),
      plain: await idsOf('plain'),
    };
    const runsBefore = stateOf('Job/etl')?.job?.runs.length ?? 0;
    t.resetCalls();
    await store.write('group:ds', 'DB_PASSWORD', rotated);
    await eventually(
      async () => {
        const ids = await idsOf('api');
        const ready = stateOf('Deployment/api')?.state === 'Ready';
        return ready && ids.length === 1 && ids[0] !== before.api[0] ? ids : undefined;
      },
      60_000,
      'the api to roll onto the new value',
    );
    await eventually(
      () =>
        (stateOf('Job/etl')?.job?.runs ?? []).filter((r) => r.state === 'Succeeded').length >
        runsBefore
          ? true
          : undefined,
      60_000,
      'the job to run again with the new value',
    );
    const [api] = await containersOf('api');
    expect(await exec(api?.Id ?? '', ['sh', '-c', 'echo "$DB_PASSWORD"'])).toBe(`${rotated}\n`);
    expect(await idsOf('filer')).toEqual(before.filer);
    expect(await idsOf('plain')).toEqual(before.plain);
    // No engine write touched the resources that do not use the value.
    const touched = t.writes().map((w) => w.path);
    for (const id of [...before.filer, ...before.plain])
      expect(touched.some((p) => p.includes(id))).toBe(false);
  }, 120_000);

  it('puts no value in labels or anywhere in docker inspect but the env of env secrets', async () => {
    const all = await t.docker.listContainers({
      all: true,
      filters: { label: [`berth.instance=${t.instance}`] },
    });
    expect(all.length).toBeGreaterThan(3);
    for (const c of all) {
      const inspect = await t.docker.getContainer(c.Id).inspect();
      expectNoValue(`labels of ${c.Names[0] ?? ''}`, JSON.stringify(inspect.Config.Labels));
      const config: Partial<typeof inspect.Config> = { ...inspect.Config };
      delete config.Env;
      expectNoValue(
        `inspect of ${c.Names[0] ?? ''}`,
        JSON.stringify({ ...inspect, Config: config }),
      );
    }
  });

  it('puts no value in the API answers, the plan in any format, or the logs at trace level', async () => {
    for (const route of [
      '/api/v1/resources',
      '/api/v1/resources/Deployment/api',
      '/api/v1/resources/Job/etl',
      '/api/v1/resources/Job/etl/runs',
    ]) {
      const res = await fetch(`${service.url}${route}`);
      expect(res.status).toBe(200);
      expectNoValue(route, await res.text());
    }
    for (const format of ['text', 'json', 'markdown']) {
      const plan = await runCli([
        'plan',
        folder.dir,
        '--instance',
        t.instance,
        '--secrets-dir',
        secretsDir,
        '--format',
        format,
      ]);
      // exit 1: the resource of group:other is an error in the plan
      expect(plan.stdout).toContain('Deployment/thief');
      expectNoValue(`berth plan --format ${format}`, plan.stdout + plan.stderr);
    }
    const list = await runCli(['secrets', 'list', 'group:ds', '--secrets-dir', secretsDir]);
    expect(list.stdout).toContain('DB_PASSWORD');
    expectNoValue('berth secrets list', list.stdout);
    expect(logs.join('')).toContain('secrets changed: applying the revision again');
    expectNoValue('the logs', logs.join(''));
  });
});
