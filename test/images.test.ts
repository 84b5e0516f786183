// Resource images on the real engine (SPEC §1.1, §3, §4.2): git snapshots served over HTTP on this
// machine, images built from a tar context, pip packages from a local index, and owners'
// GIT_TOKENs. Builds and engine writes are counted to show that nothing moves when nothing changed.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Writable } from 'node:stream';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { labelKeys } from '../src/engine/labels.js';
import { createLogger, silentLogger, type Logger } from '../src/log.js';
import type { Resource } from '../src/resources/types.generated.js';
import { credentialsFor } from '../src/secrets/credentials.js';
import { resolveSecrets } from '../src/secrets/resolve.js';
import { createSecretStore } from '../src/secrets/store.js';
import type { Core, ImageSettings } from '../src/service/core.js';
import { eventually, exampleImage, testEngine, type TestEngine } from './support/docker.js';
import {
  commit,
  runGit,
  startGitServer,
  type GitServer,
  type TestRepo,
} from './support/git-server.js';
import { jobResource } from './support/resources.js';
import { startPipIndex } from './support/pip-index.js';
import { startRegistry } from './support/registry.js';

const run = promisify(execFile);
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

let pythonImage = '';
beforeAll(async () => {
  pythonImage = (await run('bash', ['scripts/python-base-image.sh'])).stdout.trim();
}, 120_000);

interface Setup {
  t: TestEngine;
  core: Core;
  /** applies a revision (a fresh id each time, as a new commit would be) and waits for its pass */
  apply(...resources: Resource[]): Promise<Awaited<ReturnType<Core['reconciler']['reconcile']>>>;
  builds(): number;
  /** output of the Job's newest run, once it ended */
  output(name: string): Promise<string>;
}

async function setup(
  prefix: string,
  images: Partial<ImageSettings> = {},
  logger: Logger = silentLogger(),
): Promise<Setup> {
  const t = testEngine(prefix);
  const stateDir = await mkdtemp(path.join(os.tmpdir(), 'berth-images-'));
  const core = t.core({ stopTimeoutSeconds: 1, images: { stateDir, ...images }, logger });
  cleanups.push(
    () => rm(stateDir, { recursive: true, force: true }),
    () => removeImages(t),
    () => t.cleanup(),
    () => core.close(),
  );
  let n = 0;
  return {
    t,
    core,
    async apply(...resources) {
      n += 1;
      core.reconciler.setRevision({ id: `rev${n}`, resources });
      return core.reconciler.reconcile();
    },
    builds: () => t.calls.filter((c) => c.method === 'POST' && c.path.startsWith('/build')).length,
    async output(name) {
      const unit = await eventually(
        async () => {
          const units = await t.containers.listManaged(t.instance, { kind: 'Job', name });
          const newest = units.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
          return newest?.status === 'exited' ? newest : undefined;
        },
        30_000,
        `a finished run of ${name}`,
      );
      return t.containers.logs(unit.id, 200);
    },
  };
}

async function removeImages(t: TestEngine): Promise<void> {
  const images = await t.docker.listImages({
    filters: { label: [`berth.instance=${t.instance}`] },
  });
  for (const image of images)
    await t.docker
      .getImage(image.Id)
      .remove({ force: true })
      .catch(() => undefined);
}

const job = (name: string, spec: Record<string, unknown>, owner = 'group:data-eng') =>
  jobResource(name, spec, owner);

async function gitServer(options: Parameters<typeof startGitServer>[0] = {}): Promise<GitServer> {
  const server = await startGitServer(options);
  cleanups.push(() => server.close());
  return server;
}

/** Points an annotated tag at the clone's HEAD and pushes it (moving it when it exists). */
async function tag(repo: TestRepo, name: string): Promise<void> {
  await runGit(repo.work, ['tag', '--force', '--annotate', '--message', name, name]);
  await runGit(repo.work, ['push', '--quiet', '--force', 'origin', `refs/tags/${name}`]);
}

describe('resource images', () => {
  it('runs the files of the commit a tag points at, and the new commit once the tag moves', async () => {
    const server = await gitServer();
    const repo = await server.createRepo('train');
    const first = await commit(repo.work, { 'run.sh': 'echo "files of v1"\n' }, 'v1');
    await tag(repo, 'v1');
    const s = await setup('img-tag');
    const train = job('train', {
      git: [{ url: repo.url, ref: 'v1' }],
      command: 'sh run.sh; echo "snapshot $BERTH_SNAPSHOT in $(pwd)"',
    });

    const report = await s.apply(train);
    expect(report.plan.actions.map((a) => a.type)).toEqual(['run']);
    const output = await s.output('train');
    expect(output).toContain('files of v1');
    expect(output).toContain(`snapshot ${repo.url}@${first} in /workspace/train`);
    expect(s.builds()).toBe(1);

    const second = await commit(repo.work, { 'run.sh': 'echo "files of v2"\n' }, 'v2');
    await tag(repo, 'v1');
    const moved = await s.apply(train);
    expect(moved.plan.actions.map((a) => a.type)).toEqual(['run']);
    expect(moved.plan.actions[0]?.reason).toContain(
      `(snapshot train ${first.slice(0, 7)} → ${second.slice(0, 7)})`,
    );
    await eventually(
      async () => ((await s.output('train')).includes('files of v2') ? true : undefined),
      30_000,
      'the run of the moved tag',
    );
    expect(await s.output('train')).toContain(`${repo.url}@${second}`);
    expect(s.builds()).toBe(2);

    // Nothing moved: the ref is asked for, nothing is fetched, built, or written to the engine.
    const packs = server.packRequests();
    s.t.resetCalls();
    const still = await s.apply(train);
    expect(still.plan.actions.map((a) => a.type)).toEqual(['noop']);
    expect(s.builds()).toBe(0);
    expect(s.t.writes()).toEqual([]);
    expect(server.packRequests()).toBe(packs);
  }, 120_000);

  it('runs the files of a commit given by its id, also one below the branch head', async () => {
    const server = await gitServer();
    const repo = await server.createRepo('pinned');
    const pinned = await commit(repo.work, { 'run.sh': 'echo "pinned files"\n' }, 'pinned');
    await commit(repo.work, { 'run.sh': 'echo "newer files"\n' }, 'newer');
    const s = await setup('img-sha');
    await s.apply(job('pinned', { git: [{ url: repo.url, ref: pinned }], command: 'sh run.sh' }));
    expect(await s.output('pinned')).toContain('pinned files');
  }, 120_000);

  it('rolls a deployment when its branch moves, and removes its image once it is gone', async () => {
    const server = await gitServer();
    const repo = await server.createRepo('site');
    await commit(repo.work, { 'index.html': 'first page\n' }, 'first');
    const s = await setup('img-branch');
    const site: Resource = {
      apiVersion: 'berth/v1',
      kind: 'Deployment',
      metadata: { name: 'site', owner: 'user:alice' },
      spec: {
        image: exampleImage,
        git: [{ url: repo.url, ref: 'main', path: '/srv/site' }],
        command: 'httpd -f -p 8000 -h .',
      },
    };
    const page = async () => {
      const observed = await s.core.engine.observe(s.t.instance, 'Deployment/site');
      const unit = observed.workloads
        .get('Deployment/site')
        ?.units.find((u) => u.status === 'running');
      const response = await fetch(`http://${unit?.address ?? ''}:8000/index.html`);
      return response.text();
    };

    await s.apply(site);
    expect(s.core.reconciler.status.get('Deployment/site')?.state).toBe('Ready');
    expect(await page()).toBe('first page\n');
    const firstImage = (await s.t.containers.listManaged(s.t.instance))[0]?.labels;
    expect(firstImage?.[labelKeys.specHash]).toBeDefined();

    await commit(repo.work, { 'index.html': 'second page\n' }, 'second');
    const rolled = await s.apply(site);
    expect(rolled.plan.actions.map((a) => a.type)).toEqual(['update']);
    expect(rolled.plan.actions[0]?.reason).toMatch(
      /^spec changed \(snapshot site [0-9a-f]{7} → [0-9a-f]{7}\): roll/,
    );
    expect(s.core.reconciler.status.get('Deployment/site')?.state).toBe('Ready');
    expect(await page()).toBe('second page\n');

    s.t.resetCalls();
    const still = await s.apply(site);
    expect(still.plan.actions.map((a) => a.type)).toEqual(['noop']);
    expect(s.builds()).toBe(0);
    expect(s.t.writes()).toEqual([]);

    const built = async () =>
      (await s.t.docker.listImages({ filters: { label: [`berth.instance=${s.t.instance}`] } }))
        .flatMap((i) => i.RepoTags ?? [])
        .sort();
    expect(await built()).toHaveLength(1);
    await s.apply(job('other', { command: 'true' }));
    expect(await built()).toEqual([]);
  }, 120_000);

  it('bakes pip packages from a requirements file into the image once, importable in the container', async () => {
    const index = await startPipIndex([
      {
        name: 'berthdemo',
        version: '1.0',
        files: { 'berthdemo/__init__.py': 'VALUE = "from the local index"\n' },
      },
    ]);
    cleanups.push(() => index.close());
    const server = await gitServer();
    const repo = await server.createRepo('model');
    await commit(
      repo.work,
      {
        'requirements.txt': 'berthdemo==1.0\n',
        'main.py': 'import berthdemo\nprint("value:", berthdemo.VALUE)\n',
      },
      'model',
    );
    const s = await setup('img-pip', { pipIndexUrl: index.url, buildNetwork: 'host' });
    const model = job('model', {
      image: pythonImage,
      git: [{ url: repo.url, ref: 'main' }],
      extraPackages: { pip: ['-r requirements.txt'] },
      command: ['python3', 'main.py'],
    });

    await s.apply(model);
    expect(await s.output('model')).toContain('value: from the local index');
    expect(s.builds()).toBe(1);
    const downloads = index.requests.filter((r) => r.startsWith('/files/')).length;
    expect(downloads).toBe(1);

    s.t.resetCalls();
    const again = await s.apply(model);
    expect(again.plan.actions.map((a) => a.type)).toEqual(['noop']);
    expect(s.builds()).toBe(0);
    expect(s.t.writes()).toEqual([]);
    expect(index.requests.filter((r) => r.startsWith('/files/'))).toHaveLength(downloads);
  }, 180_000);

  it("bakes apt packages from Debian's archive into the image once, on the container's PATH", async () => {
    const debian = (
      await run('bash', ['scripts/debian-base-image.sh'], { timeout: 600_000 })
    ).stdout.trim();
    const s = await setup('img-apt');
    const tool = job('tool', {
      image: debian,
      extraPackages: { apt: ['jq'] },
      command: `echo '{"answer": 42}' | jq .answer`,
    });
    await s.apply(tool);
    expect(await s.output('tool')).toContain('42');
    expect(s.builds()).toBe(1);

    s.t.resetCalls();
    const again = await s.apply(tool);
    expect(again.plan.actions.map((a) => a.type)).toEqual(['noop']);
    expect(s.builds()).toBe(0);
    expect(s.t.writes()).toEqual([]);
  }, 900_000);

  it("builds on a base image of a private registry with the owner's imagePullSecret, and says why without it", async () => {
    const login = { username: 'builder', password: 'pw-registry-7d1e' };
    const registry = await startRegistry(login);
    cleanups.push(() => registry.stop());
    const s = await setup('img-registry');
    const base = await registry.push(s.t.docker, exampleImage, 'base/busybox', '1');
    cleanups.push(() =>
      s.t.docker
        .getImage(base)
        .remove({ force: true })
        .then(
          () => undefined,
          () => undefined,
        ),
    );
    const server = await gitServer();
    const repo = await server.createRepo('etl');
    await commit(repo.work, { 'run.sh': 'echo "etl on the private base"\n' }, 'etl');
    const secrets = await mkdtemp(path.join(os.tmpdir(), 'berth-secrets-'));
    cleanups.push(() => rm(secrets, { recursive: true, force: true }));
    const store = createSecretStore({ dir: secrets });
    await store.write('group:data-eng', 'REGISTRY', `${login.username}:${login.password}`);
    const spec = { image: base, git: [{ url: repo.url, ref: 'main' }], command: 'sh run.sh' };
    const resources = [
      job('with-login', { ...spec, imagePullSecret: 'REGISTRY' }),
      job('without-login', spec, 'group:ml'),
    ];
    const secretsOf = await resolveSecrets(store, resources);

    // Without a login first: once one owner pulled the base, the engine holds it for everyone.
    s.core.reconciler.setRevision({ id: 'r1', resources: resources.slice(1), secrets: secretsOf });
    await s.core.reconciler.reconcile();
    const refused = s.core.reconciler.status.get('Job/without-login');
    expect(refused?.state).toBe('Failed');
    expect(refused?.reason).toBe('ImageError');
    expect(refused?.message).toMatch(/building image berth\/without-login:[0-9a-f]+ failed/);

    s.core.reconciler.setRevision({ id: 'r2', resources, secrets: secretsOf });
    const report = await s.core.reconciler.reconcile();
    expect(await s.output('with-login')).toContain('etl on the private base');
    expect(JSON.stringify(report.plan)).not.toContain(login.password);
    expect(JSON.stringify(s.core.reconciler.status.all())).not.toContain(login.password);
  }, 180_000);

  it('fails a resource whose build fails with the build output in its status', async () => {
    const index = await startPipIndex([]);
    cleanups.push(() => index.close());
    const s = await setup('img-fail', { pipIndexUrl: index.url, buildNetwork: 'host' });
    await s.apply(
      job('broken', {
        image: pythonImage,
        extraPackages: { pip: ['no-such-package==9'] },
        command: 'true',
      }),
    );
    const status = s.core.reconciler.status.get('Job/broken');
    expect(status?.state).toBe('Failed');
    expect(status?.reason).toBe('ImageError');
    expect(status?.message).toMatch(/building image berth\/broken:[0-9a-f]+ failed/);
    expect(status?.message).toMatch(/No matching distribution found for no-such-package==9/);
    expect(await s.t.containers.listManaged(s.t.instance)).toEqual([]);
  }, 120_000);

  it("clones a private repository with the owner's GIT_TOKEN and refuses another group, keeping the token out of the image", async () => {
    const token = 'tok-6f1c0ddee2c94b1aa1';
    const server = await gitServer({ requireToken: token });
    const repo = await server.createRepo('private');
    await commit(repo.work, { 'secret-project.sh': 'echo private files\n' }, 'private');
    const secrets = await mkdtemp(path.join(os.tmpdir(), 'berth-secrets-'));
    cleanups.push(() => rm(secrets, { recursive: true, force: true }));
    const store = createSecretStore({ dir: secrets });
    await store.write('group:data-eng', 'GIT_TOKEN', token);
    const lines: string[] = [];
    const logger = createLogger({
      level: 'trace',
      destination: new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(chunk.toString());
          done();
        },
      }),
    });
    const s = await setup(
      'img-private',
      { credentials: (owner) => credentialsFor(store, owner) },
      logger,
    );
    const mine = job('mine', {
      git: [{ url: repo.url, ref: 'main' }],
      command: 'sh secret-project.sh',
    });
    const theirs = job(
      'theirs',
      { git: [{ url: repo.url, ref: 'main' }], command: 'true' },
      'group:ml',
    );

    const report = await s.apply(mine, theirs);
    expect(await s.output('mine')).toContain('private files');
    const refused = s.core.reconciler.status.get('Job/theirs');
    expect(refused?.state).toBe('Failed');
    expect(refused?.message).toContain(
      `group:ml cannot read ${repo.url}: add GIT_TOKEN to group:ml`,
    );
    expect(await s.t.containers.listManaged(s.t.instance, { kind: 'Job', name: 'theirs' })).toEqual(
      [],
    );

    // The token is nowhere in the image: not in its layers, its history or its configuration.
    const images = await s.t.docker.listImages({
      filters: { label: [`berth.instance=${s.t.instance}`] },
    });
    expect(images).toHaveLength(1);
    const tagName = images[0]?.RepoTags?.[0] ?? '';
    const saved = await s.t.docker.getImage(tagName).get();
    const chunks: Buffer[] = [];
    for await (const chunk of saved) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    expect(bytes.includes('private files')).toBe(true);
    expect(bytes.includes(token)).toBe(false);
    const history: unknown = await s.t.docker.getImage(tagName).history();
    expect(JSON.stringify(history)).not.toContain(token);
    expect(JSON.stringify(await s.t.docker.getImage(tagName).inspect())).not.toContain(token);
    // Nor in what berth writes: logs at every level, the plan, statuses, containers' settings.
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('')).not.toContain(token);
    expect(JSON.stringify(report.plan)).not.toContain(token);
    expect(JSON.stringify(s.core.reconciler.status.all())).not.toContain(token);
    for (const unit of await s.t.containers.listManaged(s.t.instance))
      expect(JSON.stringify(await s.t.docker.getContainer(unit.id).inspect())).not.toContain(token);
  }, 120_000);
});
