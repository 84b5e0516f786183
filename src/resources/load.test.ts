import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotFoundError } from '../errors.js';
import { defaultLimits, loadRevision, type Revision } from './load.js';
import { createValidator } from './validate.js';

const examples = fileURLToPath(new URL('../../examples/resources/', import.meta.url));
const validator = createValidator();

const job = (name: string) => `apiVersion: berth/v1
kind: Job
metadata:
  name: ${name}
  owner: user:alice
spec:
  image: python:3.12-slim
`;

function lines(revision: Revision): string[] {
  return revision.problems.map((p) =>
    [`${p.file}:${p.line}:${p.col}`, p.path, p.message].filter(Boolean).join('  '),
  );
}

describe('loadRevision', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'berth-load-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const write = async (file: string, text: string | Buffer) => {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  };

  it('reads every example without problems, with the expected kinds and names', async () => {
    const revision = await loadRevision(examples, { validator });
    expect(revision.problems).toEqual([]);
    expect(revision.files).toEqual([
      'churn-api.yaml',
      'dashboards.yaml',
      'data-science-group.yaml',
      'hyperparameter-grid.yaml',
      'nightly-etl.yaml',
      'release-training.yaml',
      'training-pipeline.yaml',
    ]);
    const found = revision.resources.map(
      (r) => `${r.file}#${r.document} ${r.resource.kind}/${r.resource.metadata.name}`,
    );
    expect(found).toEqual([
      'churn-api.yaml#0 Deployment/churn-api',
      'dashboards.yaml#0 Deployment/churn-dashboard',
      'dashboards.yaml#1 Job/weekly-report',
      'data-science-group.yaml#0 Group/data-science',
      'hyperparameter-grid.yaml#0 Job/churn-grid',
      'nightly-etl.yaml#0 Job/nightly-etl',
      'release-training.yaml#0 Job/churn-train-release',
      'training-pipeline.yaml#0 Job/churn-pipeline',
    ]);
  });

  it('applies schema defaults and records where each resource starts', async () => {
    await write('a.yaml', `# comment\n${job('train')}`);
    const [loaded] = (await loadRevision(dir, { validator })).resources;
    expect(loaded).toMatchObject({ file: 'a.yaml', line: 2, col: 1, document: 0 });
    expect(loaded?.resource.spec).toMatchObject({
      size: 'medium',
      git: [],
      env: {},
      secrets: [],
      timeZone: 'UTC',
      concurrencyPolicy: 'Allow',
      backoffLimit: 3,
      suspend: false,
      historyLimit: { succeeded: 3, failed: 1 },
    });
  });

  it('finds files recursively, skipping dot-directories, dot-files, node_modules and other extensions', async () => {
    await write('a.yaml', job('a'));
    await write('team/b.yml', job('b'));
    await write('.github/workflow.yaml', 'not: a resource');
    await write('node_modules/x/c.yaml', 'not: a resource');
    await write('.hidden.yaml', 'not: a resource');
    await write('README.md', '# hi');
    const revision = await loadRevision(dir, { validator });
    expect(revision.files).toEqual(['a.yaml', 'team/b.yml']);
    expect(revision.problems).toEqual([]);
    expect(revision.root).toBe(dir);
  });

  it('takes a single file as root; files are relative to its folder', async () => {
    await write('one.yaml', job('one'));
    const revision = await loadRevision(path.join(dir, 'one.yaml'), { validator });
    expect(revision).toMatchObject({ root: dir, files: ['one.yaml'], problems: [] });
  });

  it('fails with NotFoundError for a root that does not exist', async () => {
    await expect(loadRevision(path.join(dir, 'missing'), { validator })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('reads several documents per file, ignores empty ones and counts them in the index', async () => {
    await write('multi.yaml', `${job('a')}---\n# only a comment\n---\n${job('b')}---\n`);
    const revision = await loadRevision(dir, { validator });
    expect(revision.problems).toEqual([]);
    expect(revision.resources.map((r) => [r.resource.metadata.name, r.document, r.line])).toEqual([
      ['a', 0, 1],
      ['b', 2, 11],
    ]);
  });

  it('reports problems of all files at once, sorted by file, line and column', async () => {
    await write('b.yaml', job('B'));
    await write('a.yaml', `${job('a')}  port: 80\n  replica: 2\n`);
    expect(lines(await loadRevision(dir, { validator }))).toEqual([
      'a.yaml:8:3  spec.port  unknown field "port"; remove it or check its spelling (allowed: image, command, steps, hardware, size, git, workingDir, env, secrets, startScript, extraPackages, imagePullSecret, schedule, timeZone, concurrencyPolicy, backoffLimit, activeDeadlineSeconds, startingDeadlineSeconds, suspend, parameters, parameterSets, historyLimit)',
      'a.yaml:9:3  spec.replica  unknown field "replica"; remove it or check its spelling (allowed: image, command, steps, hardware, size, git, workingDir, env, secrets, startScript, extraPackages, imagePullSecret, schedule, timeZone, concurrencyPolicy, backoffLimit, activeDeadlineSeconds, startingDeadlineSeconds, suspend, parameters, parameterSets, historyLimit)',
      `b.yaml:4:9  metadata.name  "B" is not a valid name: use a DNS label: lowercase letters, digits and '-', starting and ending with a letter or digit, at most 52 characters`,
    ]);
  });

  it('points a duplicate name at the second resource and names the first', async () => {
    await write('a.yaml', job('train'));
    await write('b/c.yaml', `# again\n${job('train')}`);
    expect(lines(await loadRevision(dir, { validator }))).toEqual([
      'b/c.yaml:5:9  metadata.name  another Job is already named "train" (a.yaml:1); names are unique per kind, rename one of them',
    ]);
  });

  it('accepts an owner group that is declared in an invalid Group document', async () => {
    const group =
      'apiVersion: berth/v1\nkind: Group\nmetadata: { name: ds }\nspec: { members: [alice], extra: 1 }\n';
    await write('a.yaml', `${group}---\n${job('train').replace('user:alice', 'group:ds')}`);
    expect(lines(await loadRevision(dir, { validator }))).toEqual([
      'a.yaml:4:27  spec.extra  unknown field "extra"; remove it or check its spelling (allowed: members)',
    ]);
  });

  it('follows merge keys to where a value was written', async () => {
    const text = job('train').replace('user:alice', 'user:alice\n  labels: &labels\n    team: 5');
    await write('a.yaml', `${text}  env:\n    <<: *labels\n    B: 'x'\n`);
    expect(lines(await loadRevision(dir, { validator }))).toEqual([
      'a.yaml:7:11  metadata.labels.team  must be a string (got 5); quote it: "5"',
      'a.yaml:7:11  spec.env.team  must be a string (got 5); quote it: "5"',
    ]);
  });

  it('reports an alias to an anchor of another document', async () => {
    await write(
      'a.yaml',
      `${job('a')}  env: &env { A: 'x' }\n---\n${job('b')}  env:\n    <<: *env\n`,
    );
    expect(lines(await loadRevision(dir, { validator }))).toEqual([
      'a.yaml:18:9  alias *env has no anchor &env before it in this document; anchors do not carry over to other documents (---), so define it first or write the value out',
    ]);
  });
});

describe('limits against hostile input', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'berth-limits-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('has the documented defaults', () => {
    expect(defaultLimits).toEqual({
      maxFileBytes: 1024 * 1024,
      maxDocuments: 100,
      maxAliasCount: 100,
      maxDepth: 32,
      maxScalars: 20_000,
      maxFiles: 10_000,
      maxProblemsPerFile: 100,
    });
  });

  it('rejects a billion-laughs alias bomb', async () => {
    let bomb = 'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n';
    for (const [prev, name] of ['ab', 'bc', 'cd', 'de', 'ef', 'fg', 'gh', 'hi', 'ij', 'jk']) {
      bomb += `${name}: &${name} [${Array.from({ length: 9 }, () => `*${prev}`).join(', ')}]\n`;
    }
    await writeFile(path.join(dir, 'bomb.yaml'), bomb);
    const revision = await loadRevision(dir, { validator });
    expect(lines(revision)).toEqual([
      'bomb.yaml:2:8  YAML aliases expand to more than 100 nodes, the limit per document (a guard against "billion laughs" alias bombs); write the values out instead of nesting aliases',
    ]);
  });

  it('rejects a 50 MB file by its size, before reading it', async () => {
    await writeFile(path.join(dir, 'huge.yaml'), Buffer.alloc(50 * 1024 * 1024, 'a: b\n'));
    const revision = await loadRevision(dir, { validator });
    expect(lines(revision)).toEqual([
      'huge.yaml:1:1  file is 50 MiB, over the 1 MiB limit per resource file; split it or remove data that does not belong in resource files',
    ]);
  });

  it('names the size with one decimal', async () => {
    await writeFile(path.join(dir, 'big.yaml'), Buffer.alloc(1536, 'a: b\n'));
    const revision = await loadRevision(dir, { validator, limits: { maxFileBytes: 1024 } });
    expect(revision.problems[0]?.message).toMatch(
      /^file is 1.5 KiB, over the 1 KiB limit per resource file;/,
    );
  });

  it.each([
    [
      'block mappings',
      (n: number) =>
        Array.from({ length: n }, (_, i) => `${' '.repeat(2 * i)}k${i}:`).join('\n') + ' v\n',
    ],
    ['flow lists', (n: number) => `${'['.repeat(n)}${']'.repeat(n)}\n`],
  ])('allows 32 levels of %s and rejects 33 at the level over the limit', async (_style, nest) => {
    await writeFile(path.join(dir, 'ok.yaml'), nest(32));
    await writeFile(path.join(dir, 'deep.yaml'), nest(33));
    const revision = await loadRevision(dir, { validator });
    const deep = revision.problems.filter((p) => p.message.startsWith('nesting'));
    expect(deep.map((p) => p.file)).toEqual(['deep.yaml']);
    expect(deep[0]?.message).toBe(
      'nesting is deeper than 32 levels, the limit per document; flatten the structure',
    );
  });

  it('stops a pathologically nested file before the parser recurses', async () => {
    await writeFile(path.join(dir, 'deep.yaml'), '['.repeat(500_000));
    const revision = await loadRevision(dir, { validator });
    expect(lines(revision)).toEqual([
      'deep.yaml:1:73  nesting is deeper than 32 levels, the limit per document; flatten the structure',
    ]);
  });

  it('counts depth through aliases', async () => {
    const inner = `${'['.repeat(20)}x${']'.repeat(20)}`;
    await writeFile(
      path.join(dir, 'a.yaml'),
      `a: &deep ${inner}\nb: ${'['.repeat(15)}*deep${']'.repeat(15)}\n`,
    );
    expect(lines(await loadRevision(dir, { validator }))).toEqual([
      'a.yaml:2:19  nesting is deeper than 32 levels, the limit per document; flatten the structure',
    ]);
  });

  it('reads at most maxDocuments documents per file and says so', async () => {
    const docs = Array.from({ length: 5 }, (_, i) => job(`j${i}`)).join('---\n');
    await writeFile(path.join(dir, 'many.yaml'), docs);
    const revision = await loadRevision(dir, { validator, limits: { maxDocuments: 3 } });
    expect(lines(revision)).toEqual([
      'many.yaml:24:1  file has more than 3 YAML documents, the limit per resource file; split it into several files',
    ]);
    expect(revision.resources.map((r) => r.resource.metadata.name)).toEqual(['j0', 'j1', 'j2']);
  });

  it('refuses more than maxFiles files before reading any', async () => {
    for (const name of ['a', 'b', 'c']) await writeFile(path.join(dir, `${name}.yaml`), job(name));
    const revision = await loadRevision(dir, { validator, limits: { maxFiles: 2 } });
    expect(revision.files).toEqual([]);
    expect(lines(revision)).toEqual([
      '.:1:1  more than 2 resource files, the limit per revision; point berth at the folder that holds the resource files, not at a whole repository',
    ]);
  });

  it('shows at most maxProblemsPerFile problems of a file and counts the rest', async () => {
    const keys = Array.from({ length: 5 }, (_, i) => `  x${i}: 1\n`).join('');
    await writeFile(path.join(dir, 'a.yaml'), `${job('a')}${keys}`);
    const revision = await loadRevision(dir, { validator, limits: { maxProblemsPerFile: 2 } });
    expect(revision.problems.map((p) => `${p.line}:${p.col} ${p.path}`)).toEqual([
      '8:3 spec.x0',
      '9:3 spec.x1',
      '10:3 ',
    ]);
    expect(revision.problems[2]?.message).toBe(
      '3 more problems in this file not shown (at most 2 per file); fix the ones above and validate again',
    );
  });

  // How long these take is measured by `npm run bench:validate`, not asserted here.
  it('finds duplicate keys in a mapping of 40,000 keys', async () => {
    const keys = Array.from({ length: 40_000 }, (_, i) => `k${i}: 1\n`).join('');
    await writeFile(path.join(dir, 'a.yaml'), `${keys}k7: 2\n`);
    const revision = await loadRevision(dir, { validator, limits: { maxScalars: 100_000 } });
    expect(lines(revision)).toEqual([
      'a.yaml:40001:1  k7  duplicate key "k7", already set at line 8, column 1; remove one of them',
    ]);
  });

  it('stops a file of many tiny nodes at the scalar limit', async () => {
    // Just under 1 MiB of one-character list items: about 500,000 scalars.
    await writeFile(path.join(dir, 'flood.yaml'), `items: [${'1,'.repeat(500_000)}1]\n`);
    const revision = await loadRevision(dir, { validator });
    expect(lines(revision)).toEqual([
      'flood.yaml:1:40007  file has more than 20000 keys and values, the limit per resource file; split it into several files',
    ]);
  });

  it('reports duplicate keys at the second key, naming the first', async () => {
    await writeFile(path.join(dir, 'a.yaml'), 'apiVersion: berth/v1\nkind: Job\nkind: Group\n');
    expect(lines(await loadRevision(dir, { validator }))).toEqual([
      'a.yaml:3:1  kind  duplicate key "kind", already set at line 2, column 1; remove one of them',
    ]);
  });

  it.each([
    ['a list', '- a\n- b\n', 'document is a list, not a mapping'],
    ['a string', 'hello\n', 'document is a string, not a mapping'],
    ['a number', '42\n', 'document is a number, not a mapping'],
    ['null', '~\n', 'document is null, not a mapping'],
  ])('reports a document that is %s', async (_what, text, message) => {
    await writeFile(path.join(dir, 'a.yaml'), `${job('ok')}---\n${text}`);
    const revision = await loadRevision(dir, { validator });
    expect(lines(revision)).toEqual([
      `a.yaml:9:1  ${message}; a resource document is a mapping with apiVersion, kind, metadata and spec`,
    ]);
    expect(revision.resources).toHaveLength(1);
  });

  it('ignores empty files and comment-only documents', async () => {
    await writeFile(path.join(dir, 'empty.yaml'), '');
    await writeFile(path.join(dir, 'comments.yaml'), '# nothing yet\n---\n# still nothing\n');
    expect(await loadRevision(dir, { validator })).toMatchObject({ problems: [], resources: [] });
  });

  it('reports a syntax error at its position and keeps the other documents', async () => {
    await writeFile(path.join(dir, 'a.yaml'), `${job('ok')}---\nkey: "unterminated\n`);
    const revision = await loadRevision(dir, { validator });
    expect(lines(revision)).toEqual(['a.yaml:10:1  invalid YAML: missing closing "quote']);
    expect(revision.resources).toHaveLength(1);
  });

  it('reports a symbolic link instead of following it', async () => {
    await writeFile(path.join(dir, 'real.txt'), job('x'));
    await symlink(path.join(dir, 'real.txt'), path.join(dir, 'link.yaml'));
    expect(lines(await loadRevision(dir, { validator }))).toEqual([
      'link.yaml:1:1  is a symbolic link; berth does not follow links in resource folders (one could point outside the repository); replace it with the file itself',
    ]);
  });
});
