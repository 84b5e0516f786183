// The GitOps sync against a repository in memory, the fake engine and a manual clock: which
// commits get which statuses, coalescing, ownership, invalid and emptying revisions.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CommitInfo, GitRepository } from '../git/types.js';
import { createKinds } from '../kinds/index.js';
import { silentLogger } from '../log.js';
import { createReconciler } from '../reconcile/loop.js';
import { createValidator } from '../resources/validate.js';
import { fakeEngine } from '../../test/support/fake-engine.js';
import { manualClock } from '../../test/support/manual-clock.js';
import { createActorBook } from './actors.js';
import type { AppliedRevision } from './applied-state.js';
import { createCommitReports } from './commit-reports.js';
import { createGitSync } from './git-sync.js';
import { createIntake } from './intake.js';

type Files = Record<string, string>;

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A branch in memory: commits with their resource folder, written out on `materialize`. */
function memoryRepository() {
  const commits: { sha: string; parent?: string; files: Files }[] = [];
  let fetches = 0;
  const find = (sha: string | undefined) => commits.find((c) => c.sha === sha);
  const keysOf = (files: Files, file: string) =>
    [...(files[file] ?? '').matchAll(/kind: (\w+)\nmetadata: \{ name: ([\w-]+)/g)].map(
      (m) => `${m[1] ?? ''}/${m[2] ?? ''}`,
    );
  const repository: GitRepository = {
    fetchBranch: () => {
      fetches += 1;
      return Promise.resolve(commits.at(-1)?.sha ?? '');
    },
    fetchRef: () => Promise.reject(new Error('no pull requests here')),
    hasCommit: (sha) => Promise.resolve(find(sha) !== undefined),
    async materialize(sha) {
      const files = find(sha)?.files ?? {};
      const dir = await mkdtemp(path.join(tmpdir(), 'berth-sync-'));
      dirs.push(dir);
      for (const [file, text] of Object.entries(files)) await writeFile(path.join(dir, file), text);
      if (Object.keys(files).length > 0)
        return { commit: sha, dir, files: Object.keys(files), problems: [] };
      return {
        commit: sha,
        dir,
        files: [],
        problems: [],
        pathProblem: 'empty',
        message: 'resources has no resource files',
      };
    },
    commitsBetween(from, to) {
      const end = commits.findIndex((c) => c.sha === to);
      const start = from === undefined ? -1 : commits.findIndex((c) => c.sha === from);
      const listed: CommitInfo[] = commits.slice(start + 1, end + 1).map((c) => ({
        sha: c.sha,
        ...(c.parent ? { parent: c.parent } : {}),
        message: '',
        authorName: 'a',
        authorEmail: 'a@example.com',
        time: 0,
      }));
      return Promise.resolve({ commits: listed, rewritten: from !== undefined && start < 0 });
    },
    changedResources(sha, against) {
      const now = find(sha)?.files ?? {};
      const before = find(against)?.files ?? {};
      const files = [...new Set([...Object.keys(now), ...Object.keys(before)])].filter(
        (f) => now[f] !== before[f],
      );
      const keys = [...new Set(files.flatMap((f) => [...keysOf(now, f), ...keysOf(before, f)]))];
      return Promise.resolve({ files: files.sort(), keys: keys.sort() });
    },
  };
  return {
    repository,
    fetches: () => fetches,
    commit(files: Files): string {
      const sha = `c${String(commits.length + 1).padStart(39, '0')}`;
      const parent = commits.at(-1);
      commits.push({
        sha,
        ...(parent ? { parent: parent.sha } : {}),
        files: { ...parent?.files, ...files },
      });
      return sha;
    },
    remove(file: string): string {
      const parent = commits.at(-1);
      const files = Object.fromEntries(
        Object.entries(parent?.files ?? {}).filter(([name]) => name !== file),
      );
      const sha = `c${String(commits.length + 1).padStart(39, '0')}`;
      commits.push({ sha, ...(parent ? { parent: parent.sha } : {}), files });
      return sha;
    },
  };
}

function deployment(name: string, owner: string, image = 'api:1'): string {
  return `apiVersion: berth/v1\nkind: Deployment\nmetadata: { name: ${name}, owner: ${owner} }\nspec:\n  image: ${image}\n`;
}
const group = (name: string, members: string[]) =>
  `apiVersion: berth/v1\nkind: Group\nmetadata: { name: ${name} }\nspec:\n  members: [${members.join(', ')}]\n`;

function setup(options: { allowEmpty?: boolean; ownership?: boolean } = {}) {
  const repo = memoryRepository();
  const fake = fakeEngine();
  const clock = manualClock();
  const reconciler = createReconciler({
    engine: fake.engine,
    kinds: createKinds(),
    instance: 'test',
    logger: silentLogger(),
    clock,
  });
  let passes = 0;
  const trigger = reconciler.trigger.bind(reconciler);
  reconciler.trigger = () => {
    passes += 1;
    return trigger();
  };
  const reports = createCommitReports({ aggregateContext: 'berth' });
  const actors = createActorBook();
  let stored: AppliedRevision | undefined;
  const sync = createGitSync({
    repository: repo.repository,
    resourcePath: 'resources',
    reconciler,
    intake: createIntake({ reconciler, routes: () => undefined, clock, logger: silentLogger() }),
    reports,
    context: 'berth',
    publicUrl: 'http://berth.test',
    admins: [],
    ownership: options.ownership ?? true,
    allowEmpty: options.allowEmpty ?? false,
    applied: {
      read: () => Promise.resolve(stored),
      write: (applied) => {
        stored = applied;
        return Promise.resolve();
      },
    },
    actors,
    load: { validator: createValidator() },
    clock,
    logger: silentLogger(),
    pollIntervalMs: 60_000,
  });
  const statuses = (sha: string) =>
    Object.fromEntries(
      (reports.get(sha)?.statuses ?? []).map((s) => [s.context, `${s.state}: ${s.description}`]),
    );
  /** resolves once the aggregate status of the commit is final */
  const finished = (sha: string) =>
    new Promise<void>((resolve) => {
      reports.follow(sha, {
        onStatus: () => undefined,
        onDone: () => {
          resolve();
        },
      });
    });
  return { repo, fake, clock, reconciler, sync, actors, statuses, finished, passes: () => passes };
}

describe('the Git sync', () => {
  it('applies the head and tells the commit that changed a resource how it ended', async () => {
    const s = setup();
    const first = s.repo.commit({ 'a.yaml': deployment('api', 'user:alice') });
    s.actors.record([first], 'alice');
    await s.sync.start();
    await s.finished(first);
    expect(s.statuses(first)).toEqual({
      berth: 'success: applied: 1 resource changed, all settled',
      'berth/deployment/api': 'success: ready: 1/1 replicas',
    });
    expect(s.fake.workloads.get('Deployment/api')?.units).toHaveLength(1);
    await s.sync.stop();
  });

  it('coalesces a burst of pushes into few passes, applies the newest, and tells every commit', async () => {
    const s = setup();
    const base = s.repo.commit({ 'a.yaml': deployment('api', 'user:alice') });
    s.actors.record([base], 'alice');
    await s.sync.start();
    await s.finished(base);
    const before = s.passes();
    const burst: string[] = [];
    for (let i = 1; i <= 20; i += 1) {
      const sha = s.repo.commit({ [`d${i}.yaml`]: deployment(`d${i}`, 'user:alice') });
      s.actors.record([sha], 'alice');
      burst.push(sha);
    }
    await Promise.all(burst.map(() => s.sync.sync('push')));
    expect(s.passes() - before).toBeLessThanOrEqual(2);
    await Promise.all(burst.map((sha) => s.finished(sha)));
    expect(s.reconciler.status.revision()?.id).toBe(burst.at(-1));
    for (const [i, sha] of burst.entries()) {
      expect(s.statuses(sha)[`berth/deployment/d${i + 1}`]).toBe('success: ready: 1/1 replicas');
      expect(s.statuses(sha).berth).toMatch(/^success: applied/);
    }
    await s.sync.stop();
  });

  it('refuses a change by someone outside the owning group and keeps the resource as applied', async () => {
    const s = setup();
    const base = s.repo.commit({
      'g.yaml': group('ds', ['alice']),
      'a.yaml': deployment('api', 'group:ds'),
    });
    s.actors.record([base], 'alice');
    await s.sync.start();
    await s.finished(base);
    const change = s.repo.commit({
      'g.yaml': group('ds', ['alice', 'mallory']),
      'a.yaml': deployment('api', 'group:ds', 'api:2'),
    });
    s.actors.record([change], 'mallory');
    await s.sync.sync('push');
    await s.finished(change);
    expect(s.statuses(change)).toMatchObject({
      'berth/deployment/api':
        'failure: mallory may not change Deployment/api: mallory is not a member of group:ds',
      berth: expect.stringMatching(/^failure: 2 of 2 failed/) as string,
    });
    expect(s.fake.specs.size + s.fake.calls.filter((c) => c.startsWith('apply')).length).toBe(1);
    expect(s.sync.applied()?.resources).toContainEqual(
      expect.objectContaining({ spec: expect.objectContaining({ image: 'api:1' }) as unknown }),
    );
    await s.sync.stop();
  });

  it('still holds a change against its author when a later commit by someone else makes the revision valid', async () => {
    const s = setup();
    const base = s.repo.commit({
      'g.yaml': group('ds', ['alice']),
      'a.yaml': deployment('api', 'group:ds'),
    });
    s.actors.record([base], 'alice');
    await s.sync.start();
    await s.finished(base);
    const sneaky = s.repo.commit({
      'a.yaml': deployment('api', 'group:ds', 'evil:1'),
      'broken.yaml': 'kind: [',
    });
    s.actors.record([sneaky], 'mallory');
    await s.sync.sync('push');
    expect(s.statuses(sneaky).berth).toMatch(/^failure: invalid/);
    const fix = s.repo.remove('broken.yaml');
    s.actors.record([fix], 'alice');
    await s.sync.sync('push');
    await s.finished(fix);
    // The invalid commit is not told again; the head says what it did not apply.
    expect(s.statuses(fix)).toEqual({
      berth: expect.stringMatching(
        /^failure: 1 of 1 failed: Deployment\/api: mallory may not/,
      ) as unknown,
      'berth/deployment/api':
        'failure: mallory may not change Deployment/api: mallory is not a member of group:ds',
    });
    expect(s.sync.applied()?.resources).toContainEqual(
      expect.objectContaining({ spec: expect.objectContaining({ image: 'api:1' }) as unknown }),
    );
    expect([...s.fake.specs.values()].map((spec) => spec.image)).not.toContain('evil:1');
    await s.sync.stop();
  });

  it('applies nothing of a commit with an invalid file and names the file and line', async () => {
    const s = setup();
    const base = s.repo.commit({ 'a.yaml': deployment('api', 'user:alice') });
    s.actors.record([base], 'alice');
    await s.sync.start();
    await s.finished(base);
    const calls = s.fake.calls.length;
    const bad = s.repo.commit({
      'a.yaml': `${deployment('api', 'user:alice', 'api:2')}  replicas: many\n`,
    });
    s.actors.record([bad], 'alice');
    await s.sync.sync('push');
    expect(s.statuses(bad).berth).toMatch(/^failure: invalid: resources\/a\.yaml:6:\d+: /);
    expect(s.statuses(bad)['berth/deployment/api']).toMatch(/^failure: not applied: invalid/);
    expect(s.fake.calls.slice(calls).filter((c) => !c.startsWith('observe'))).toEqual([]);
    expect(s.reconciler.status.revision()).toMatchObject({ id: bad, state: 'Rejected' });
    await s.sync.stop();
  });

  it('prunes nothing when a commit empties the resource folder, unless empty revisions are allowed', async () => {
    for (const allowEmpty of [false, true]) {
      const s = setup({ allowEmpty });
      const base = s.repo.commit({ 'a.yaml': deployment('api', 'user:alice') });
      s.actors.record([base], 'alice');
      await s.sync.start();
      await s.finished(base);
      const empty = s.repo.remove('a.yaml');
      s.actors.record([empty], 'alice');
      await s.sync.sync('push');
      await s.finished(empty);
      if (allowEmpty) {
        expect(s.statuses(empty)['berth/deployment/api']).toBe('success: deleted');
        expect(s.fake.workloads.get('Deployment/api')?.units ?? []).toHaveLength(0);
      } else {
        expect(s.statuses(empty).berth).toMatch(
          /^failure: nothing applied: resources has no resource files \(BERTH_ALLOW_EMPTY=true/,
        );
        expect(s.fake.workloads.get('Deployment/api')?.units).toHaveLength(1);
      }
      await s.sync.stop();
    }
  });

  it('polls the branch when no webhook comes', async () => {
    const s = setup({ ownership: false });
    s.repo.commit({ 'a.yaml': deployment('api', 'user:alice') });
    await s.sync.start();
    const fetched = s.repo.fetches();
    const next = s.repo.commit({ 'b.yaml': deployment('web', 'user:alice') });
    const done = s.finished(next);
    s.clock.advance(60_000);
    await done;
    expect(s.repo.fetches()).toBe(fetched + 1);
    expect(s.statuses(next)['berth/deployment/web']).toBe('success: ready: 1/1 replicas');
    await s.sync.stop();
  });
});
