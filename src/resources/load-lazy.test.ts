// Files in plain YAML are read without the parser with positions; it runs only for a file it must
// read, or to point at a problem. Counted through a wrapper around the real parser.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadRevision } from './load.js';
import type * as ParseFile from './parse-file.js';

const parsed = vi.hoisted(() => ({ count: 0 }));
vi.mock('./parse-file.js', async (importOriginal) => {
  const actual = await importOriginal<typeof ParseFile>();
  return {
    ...actual,
    parseResourceFile: (...args: Parameters<typeof actual.parseResourceFile>) => {
      parsed.count += 1;
      return actual.parseResourceFile(...args);
    },
  };
});

const examples = fileURLToPath(new URL('../../examples/resources/', import.meta.url));
const job = (name: string, owner = 'user:alice') =>
  `apiVersion: berth/v1\nkind: Job\nmetadata:\n  name: ${name}\n  owner: ${owner}\nspec:\n  image: python:3.12-slim\n`;

describe('loadRevision on plain YAML', () => {
  let dir: string;
  beforeEach(async () => {
    parsed.count = 0;
    dir = await mkdtemp(path.join(tmpdir(), 'berth-lazy-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads a valid revision without the parser with positions', async () => {
    const revision = await loadRevision(examples);
    expect(revision.problems).toEqual([]);
    expect(revision.resources).toHaveLength(8);
    expect(parsed.count).toBe(0);
  });

  it('parses with positions only the file with a schema problem', async () => {
    await writeFile(path.join(dir, 'a.yaml'), job('a'));
    await writeFile(path.join(dir, 'b.yaml'), job('B'));
    const revision = await loadRevision(dir);
    expect(revision.problems.map((p) => `${p.file}:${p.line}:${p.col} ${p.path}`)).toEqual([
      'b.yaml:4:9 metadata.name',
    ]);
    expect(parsed.count).toBe(1);
  });

  it('parses with positions a file whose resource has a problem found across the revision', async () => {
    await writeFile(path.join(dir, 'a.yaml'), job('a'));
    await writeFile(
      path.join(dir, 'b.yaml'),
      `# owned by a group nobody declared\n${job('b', 'group:x')}`,
    );
    const revision = await loadRevision(dir);
    expect(revision.problems.map((p) => `${p.file}:${p.line}:${p.col} ${p.path}`)).toEqual([
      'b.yaml:6:10 metadata.owner',
    ]);
    expect(parsed.count).toBe(1);
  });

  it('parses with positions a file that is not plain YAML', async () => {
    await writeFile(path.join(dir, 'a.yaml'), job('a').replace('name: a', 'name: &n a'));
    const revision = await loadRevision(dir);
    expect(revision.problems).toEqual([]);
    expect(revision.resources.map((r) => r.resource.metadata.name)).toEqual(['a']);
    expect(parsed.count).toBe(1);
  });
});
