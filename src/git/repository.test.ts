// Integration: a real `git http-backend` behind a local HTTP server, real isomorphic-git, real
// commits made with the git CLI.
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NotFoundError, UserError } from '../errors.js';
import { loadRevision } from '../resources/load.js';
import {
  commit,
  pushRef,
  runGit,
  startGitServer,
  type GitServer,
  type TestRepo,
} from '../../test/support/git-server.js';
import { capturingLogger, type LogLine } from '../../test/support/capture-logs.js';
import { manualClock } from '../../test/support/manual-clock.js';
import { deploymentYaml } from '../../test/support/resources.js';
import { openRepository, type GitRepository, type OpenRepositoryOptions } from './repository.js';

function jobYaml(name: string, command = 'python train.py'): string {
  return `apiVersion: berth/v1
kind: Job
metadata:
  name: ${name}
  owner: user:alice
spec:
  image: berth-examples/busybox:1
  command: ${command}
`;
}

let server: GitServer;
let stateDir: string;
let lines: LogLine[];

function open(repo: TestRepo, extra: Partial<OpenRepositoryOptions> = {}): GitRepository {
  const captured = capturingLogger();
  lines = captured.lines;
  return openRepository({
    url: repo.url,
    branch: 'main',
    stateDir,
    logger: captured.logger,
    ...extra,
  });
}

/** Objects in the cache's smallest pack: the one a fetch of a small change brought. */
async function smallestPackObjects(): Promise<number> {
  const [slug = ''] = await readdir(path.join(stateDir, 'repos'));
  const packDir = path.join(stateDir, 'repos', slug, 'objects', 'pack');
  const indexes = (await readdir(packDir)).filter((f) => f.endsWith('.idx'));
  const counts = await Promise.all(indexes.map((f) => packObjects(path.join(packDir, f))));
  return Math.min(...counts);
}

async function packObjects(index: string): Promise<number> {
  const listing = spawnSync('git', ['show-index'], { input: await readFile(index) });
  return listing.stdout.toString().trim().split('\n').length;
}

beforeEach(async () => {
  stateDir = await mkdtemp(path.join(os.tmpdir(), 'berth-state-'));
});

afterEach(async () => {
  await rm(stateDir, { recursive: true, force: true });
});

describe('fetching', () => {
  beforeEach(async () => {
    server = await startGitServer();
  });
  afterEach(async () => {
    await server.close();
  });

  it('fetches the branch and writes its resource folder for loadRevision', async () => {
    const repo = await server.createRepo('fleet');
    const sha = await commit(
      repo.work,
      {
        'resources/api.yaml': deploymentYaml({ name: 'churn-api' }),
        'resources/jobs/nightly.yml': jobYaml('nightly'),
        'resources/notes.txt': 'not a resource',
        'resources/.draft.yaml': jobYaml('draft'),
        'README.md': '# fleet',
      },
      'first resources',
    );
    const repository = open(repo);

    expect(await repository.fetchBranch()).toBe(sha);
    const written = await repository.materialize(sha, 'resources');

    expect(written).toMatchObject({
      commit: sha,
      files: ['api.yaml', 'jobs/nightly.yml'],
      problems: [],
    });
    expect(written.pathProblem).toBeUndefined();
    const revision = await loadRevision(written.dir);
    expect(revision.problems).toEqual([]);
    expect(revision.resources.map((r) => r.resource.metadata.name)).toEqual([
      'churn-api',
      'nightly',
    ]);
    expect(lines.some((l) => l.msg === 'fetched' && l.commit === sha)).toBe(true);
  });

  it('asks once and fetches no pack when the branch has not moved', async () => {
    const repo = await server.createRepo('still');
    const sha = await commit(repo.work, { 'resources/a.yaml': jobYaml('a') }, 'one');
    const repository = open(repo);
    await repository.fetchBranch();
    const before = { requests: server.requests.length, packs: server.packRequests() };

    expect(await repository.fetchBranch()).toBe(sha);

    expect(server.packRequests()).toBe(before.packs);
    expect(server.requests.length).toBe(before.requests + 1);
  });

  it('fetches a new commit with only the objects it added', async () => {
    const repo = await server.createRepo('moving');
    await commit(
      repo.work,
      { 'resources/a.yaml': jobYaml('a'), 'resources/b.yaml': jobYaml('b'), 'docs/x.md': 'x' },
      'one',
    );
    const repository = open(repo);
    await repository.fetchBranch();

    const second = await commit(
      repo.work,
      { 'resources/b.yaml': jobYaml('b', 'python b.py') },
      'two',
    );
    expect(await repository.fetchBranch()).toBe(second);

    expect(server.packRequests()).toBe(2);
    // the commit, the top tree, the resources tree and the one changed file
    expect(await smallestPackObjects()).toBe(4);
    const written = await repository.materialize(second, 'resources');
    expect(await readFile(path.join(written.dir, 'b.yaml'), 'utf8')).toContain('python b.py');
  });

  it('fetches a pull request ref that no branch holds', async () => {
    const repo = await server.createRepo('prs');
    await commit(repo.work, { 'resources/a.yaml': jobYaml('a') }, 'base');
    const repository = open(repo);
    await repository.fetchBranch();
    await runGit(repo.work, ['checkout', '--quiet', '-b', 'feature']);
    const head = await commit(repo.work, { 'resources/b.yaml': jobYaml('b') }, 'add b', {
      push: false,
    });
    await pushRef(repo.work, head, 'refs/pull/7/head');

    expect(await repository.hasCommit(head)).toBe(false);
    expect(await repository.fetchRef('refs/pull/7/head')).toBe(head);
    expect(await repository.hasCommit(head)).toBe(true);
    expect((await repository.materialize(head, 'resources')).files).toEqual(['a.yaml', 'b.yaml']);
    await expect(repository.fetchRef('refs/pull/8/head')).rejects.toThrow(NotFoundError);
  });

  it('says which branch is missing and what to set', async () => {
    const repo = await server.createRepo('nobranch');
    await commit(repo.work, { 'resources/a.yaml': jobYaml('a') }, 'one');
    const repository = open(repo, { branch: 'production' });

    const failure = repository.fetchBranch();

    await expect(failure).rejects.toThrow(UserError);
    await expect(failure).rejects.toThrow(/branch production does not exist in .*BERTH_BRANCH/);
  });
});

describe('a repository that needs a token', () => {
  let repo: TestRepo;
  beforeEach(async () => {
    server = await startGitServer({ requireToken: 'secret' });
    repo = await server.createRepo('private');
  });
  afterEach(async () => {
    await server.close();
  });

  it('fails without the token, naming the address and BERTH_REPO_TOKEN', async () => {
    await commit(repo.work, { 'resources/a.yaml': jobYaml('a') }, 'one');
    const repository = open(repo);

    const failure = repository.fetchBranch();

    await expect(failure).rejects.toThrow(UserError);
    await expect(failure).rejects.toThrow(
      `${repo.url} requires authentication (HTTP 401); set BERTH_REPO_TOKEN to a token that can read the repository`,
    );
  });

  it('fails with a wrong token, saying the token was refused', async () => {
    await commit(repo.work, { 'resources/a.yaml': jobYaml('a') }, 'one');
    const repository = open(repo, {
      auth: () => Promise.resolve({ username: 'x-access-token', password: 'wrong' }),
    });

    await expect(repository.fetchBranch()).rejects.toThrow(/refused the token \(HTTP 401\)/);
  });

  it('fetches with the token', async () => {
    const sha = await commit(repo.work, { 'resources/a.yaml': jobYaml('a') }, 'one');
    const repository = open(repo, {
      auth: () => Promise.resolve({ username: 'x-access-token', password: 'secret' }),
    });

    expect(await repository.fetchBranch()).toBe(sha);
    expect((await repository.materialize(sha, 'resources')).files).toEqual(['a.yaml']);
    expect(server.requests.every((r) => r.status !== 401)).toBe(true);
  });

  it('uses credentials written into the address but never stores or logs them', async () => {
    const sha = await commit(repo.work, { 'resources/a.yaml': jobYaml('a') }, 'one');
    const repository = open({ ...repo, url: repo.url.replace('http://', 'http://bot:secret@') });

    expect(await repository.fetchBranch()).toBe(sha);
    await repository.materialize(sha, 'resources');

    const stored: string[] = [];
    for (const entry of await readdir(stateDir, { recursive: true, withFileTypes: true })) {
      const file = path.join(entry.parentPath, entry.name);
      if (entry.isFile() && (await readFile(file, 'latin1')).includes('secret')) stored.push(file);
    }
    expect(stored).toEqual([]);
    expect(JSON.stringify(lines)).not.toContain('secret');
    expect(lines.find((l) => l.msg === 'fetched')?.repo).toBe(repo.url);
  });
});

it('reports an unreachable server as a failure that may pass', async () => {
  const repository = openRepository({
    url: 'http://127.0.0.1:1/nothing.git',
    branch: 'main',
    stateDir,
    logger: capturingLogger().logger,
  });
  await expect(repository.fetchBranch()).rejects.toMatchObject({ code: 'TRANSIENT' });
});

describe('writing a commit’s resource folder', () => {
  let repo: TestRepo;
  let sha: string;
  let repository: GitRepository;

  beforeAll(async () => {
    server = await startGitServer();
    repo = await server.createRepo('layouts');
    const other = await commit(repo.work, { 'secrets/token': 'hunter2' }, 'start');
    const links = path.join(repo.work, 'resources-links');
    await mkdir(path.join(links, 'vendor.yaml'), { recursive: true });
    await symlink('../secrets/token', path.join(links, 'x.yaml'));
    await symlink('a.yaml', path.join(links, 'readme'));
    // a submodule: a gitlink entry (its folder stays empty, as in a clone without submodules)
    await runGit(repo.work, [
      'update-index',
      '--add',
      '--cacheinfo',
      `160000,${other},resources-links/vendor.yaml`,
    ]);
    sha = await commit(
      repo.work,
      {
        'resources/a.yaml': jobYaml('a'),
        'resources/b.yaml': jobYaml('b'),
        'resources-links/a.yaml': jobYaml('a'),
        notafolder: 'plain file',
        'docs/README.md': '# no resources here',
      },
      'layouts',
    );
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(async () => {
    repository = open(repo);
    await repository.fetchBranch();
  });

  it.each([
    ['nowhere', 'missing', /"nowhere" does not exist in commit [0-9a-f]{7}; .*BERTH_PATH/],
    ['notafolder', 'not-a-folder', /"notafolder" is a file in commit [0-9a-f]{7}, not a folder/],
    ['docs', 'empty', /"docs" holds no \*\.yaml or \*\.yml files/],
    ['../elsewhere', 'outside', /points outside the repository/],
    ['/etc', 'outside', /points outside the repository/],
    ['resources/../..', 'outside', /points outside the repository/],
  ])('resource path %j is a path problem: %s', async (resourcePath, problem, message) => {
    const written = await repository.materialize(sha, resourcePath);

    expect(written).toMatchObject({ pathProblem: problem, files: [], problems: [] });
    expect(written.message).toMatch(message);
    expect(await readdir(written.dir)).toEqual(['.berth-checkout.json']);
  });

  it('never writes links and submodules, and names a link that looks like a resource file', async () => {
    const tree = await runGit(repo.work, ['ls-tree', sha, 'resources-links/']);
    expect(tree).toMatch(/^120000 blob \w+\tresources-links\/x\.yaml$/m);
    expect(tree).toMatch(/^120000 blob \w+\tresources-links\/readme$/m);
    expect(tree).toMatch(/^160000 commit \w+\tresources-links\/vendor\.yaml$/m);

    const written = await repository.materialize(sha, 'resources-links');

    expect(written.pathProblem).toBeUndefined();
    expect(written.files).toEqual(['a.yaml']);
    expect(written.problems).toEqual([
      {
        file: 'x.yaml',
        line: 1,
        col: 1,
        path: '',
        message:
          'is a symbolic link; berth does not follow links in resource folders (one could point outside the repository); replace it with the file itself',
      },
    ]);
    expect((await readdir(written.dir)).sort()).toEqual(['.berth-checkout.json', 'a.yaml']);
  });

  it.each([
    [{ maxFiles: 1 }, /more than 1 resource files, the limit per revision/],
    [{ maxRevisionBytes: 100 }, /add up to more than 100 bytes, the limit per revision/],
  ])('writes nothing over the caps %j', async (limits, message) => {
    const written = await repository.materialize(sha, 'resources', limits);

    expect(written.files).toEqual([]);
    expect(written.problems).toMatchObject([{ file: '.', line: 1, col: 1, path: '' }]);
    expect(written.problems[0]?.message).toMatch(message);
    expect(await readdir(written.dir)).toEqual(['.berth-checkout.json']);
  });

  it('reuses a written folder and keeps only the newest', async () => {
    const clock = manualClock();
    const small = open(repo, { keepCheckouts: 2, clock });
    const first = await small.materialize(sha, 'resources');
    expect(await small.materialize(sha, 'resources')).toEqual(first);
    clock.advance(1000);
    const docs = await small.materialize(sha, 'docs');
    clock.advance(1000);
    const links = await small.materialize(sha, 'resources-links');

    const left = await readdir(path.join(stateDir, 'checkouts'));
    expect(left.sort()).toEqual([path.basename(docs.dir), path.basename(links.dir)].sort());
  });
});

describe('history and changes', () => {
  let repo: TestRepo;
  beforeEach(async () => {
    server = await startGitServer();
    repo = await server.createRepo('history');
  });
  afterEach(async () => {
    await server.close();
  });

  it('lists the commits after the one handled before, oldest first', async () => {
    const a = await commit(repo.work, { 'resources/a.yaml': jobYaml('a') }, 'add a', {
      date: '2026-03-01T10:00:00Z',
    });
    const b = await commit(
      repo.work,
      { 'resources/b.yaml': jobYaml('b') },
      'add b\n\nwith a body',
      {
        date: '2026-03-01T11:00:00Z',
        authorName: 'Grace Hopper',
        authorEmail: 'grace@example.com',
      },
    );
    const c = await commit(repo.work, { 'resources/c.yaml': jobYaml('c') }, 'add c', {
      date: '2026-03-01T12:00:00Z',
    });
    const repository = open(repo);
    await repository.fetchBranch();

    expect(await repository.commitsBetween(a, c)).toEqual({
      rewritten: false,
      commits: [
        {
          sha: b,
          parent: a,
          message: 'add b\n\nwith a body',
          authorName: 'Grace Hopper',
          authorEmail: 'grace@example.com',
          time: Date.parse('2026-03-01T11:00:00Z'),
        },
        expect.objectContaining({ sha: c, parent: b, message: 'add c' }),
      ],
    });
    const all = await repository.commitsBetween(undefined, c);
    expect(all.commits.map((x) => x.sha)).toEqual([a, b, c]);
    expect(all.commits[0]?.parent).toBeUndefined();
    expect(await repository.commitsBetween(c, c)).toEqual({ commits: [], rewritten: false });
    const capped = await repository.commitsBetween(a, c, 1);
    expect(capped).toMatchObject({ rewritten: false, gap: 'truncated' });
    expect(capped.commits.map((x) => x.sha)).toEqual([c]);
  });

  it('gives the new head alone after a force push, and for an unknown commit', async () => {
    const a = await commit(repo.work, { 'resources/a.yaml': jobYaml('a') }, 'add a');
    await commit(repo.work, { 'resources/b.yaml': jobYaml('b') }, 'add b');
    const c = await commit(repo.work, { 'resources/c.yaml': jobYaml('c') }, 'add c');
    const repository = open(repo);
    await repository.fetchBranch();
    await runGit(repo.work, ['reset', '--quiet', '--hard', a]);
    const d = await commit(repo.work, { 'resources/d.yaml': jobYaml('d') }, 'add d instead', {
      force: true,
    });

    expect(await repository.fetchBranch()).toBe(d);

    const forced = await repository.commitsBetween(c, d);
    expect(forced).toMatchObject({ rewritten: true, gap: 'not-ancestor' });
    expect(forced.commits.map((x) => x.sha)).toEqual([d]);
    const unknown = await repository.commitsBetween('0123456789abcdef0123456789abcdef01234567', d);
    expect(unknown).toMatchObject({ rewritten: true, gap: 'unknown' });
    expect(unknown.commits.map((x) => x.sha)).toEqual([d]);
  });

  it('fetches a shallow history first and everything after the commit held later', async () => {
    const shas: string[] = [];
    for (const name of ['a', 'b', 'c', 'd', 'e'])
      shas.push(
        await commit(repo.work, { [`resources/${name}.yaml`]: jobYaml(name) }, `add ${name}`),
      );
    const [, , , d = '', e = ''] = shas;
    const repository = open(repo, { historyDepth: 2 });
    await repository.fetchBranch();

    const held = await repository.commitsBetween(undefined, e);
    expect(held).toMatchObject({ rewritten: false, gap: 'truncated' });
    expect(held.commits.map((x) => x.sha)).toEqual([d, e]);

    const f = await commit(repo.work, { 'resources/f.yaml': jobYaml('f') }, 'add f');
    const g = await commit(repo.work, { 'resources/g.yaml': jobYaml('g') }, 'add g');
    await repository.fetchBranch();
    expect((await repository.commitsBetween(e, g)).commits.map((x) => x.sha)).toEqual([f, g]);

    await runGit(repo.work, ['reset', '--quiet', '--hard', d]);
    const h = await commit(repo.work, { 'resources/h.yaml': jobYaml('h') }, 'add h', {
      force: true,
    });
    await repository.fetchBranch();
    expect(await repository.commitsBetween(g, h)).toMatchObject({
      commits: [expect.objectContaining({ sha: h })],
      rewritten: true,
      gap: 'not-ancestor',
    });
  });

  it('names the resources a commit changed in a multi-document file and a deleted file', async () => {
    const multi = (b: string) =>
      [deploymentYaml({ name: 'web' }), jobYaml('train', b), jobYaml('score')].join('---\n');
    const first = await commit(
      repo.work,
      {
        'resources/all.yaml': multi('python train.py'),
        'resources/old/gone.yaml': jobYaml('retired'),
        'resources/same.yaml': jobYaml('steady'),
        'docs/notes.yaml': jobYaml('not-a-resource-path'),
      },
      'first',
    );
    const second = await commit(
      repo.work,
      {
        'resources/all.yaml': multi('python train.py --epochs 3'),
        'resources/old/gone.yaml': null,
        'resources/broken.yaml': 'kind: Job\nmetadata: {name: [\n',
        'docs/notes.yaml': jobYaml('still-not'),
      },
      'second',
    );
    const repository = open(repo);
    await repository.fetchBranch();

    expect(await repository.changedResources(second, first, 'resources')).toEqual({
      files: ['all.yaml', 'broken.yaml', 'old/gone.yaml'],
      keys: ['Job/retired', 'Job/train'],
    });
    expect(await repository.changedResources(first, undefined, 'resources')).toEqual({
      files: ['all.yaml', 'old/gone.yaml', 'same.yaml'],
      keys: ['Deployment/web', 'Job/retired', 'Job/score', 'Job/steady', 'Job/train'],
    });
  });
});
