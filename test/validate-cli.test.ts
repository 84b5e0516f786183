// `berth validate` through the CLI entry point, with captured output.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../src/cli/command.js';
import { main } from '../src/cli/main.js';

const repo = fileURLToPath(new URL('..', import.meta.url));

async function run(argv: string[], cwd = repo) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: {},
    cwd,
    isTty: false,
  };
  const code = await main(['validate', ...argv], io);
  return { code, stdout, stderr };
}

describe('berth validate', () => {
  let empty: string;
  beforeAll(async () => {
    empty = await mkdtemp(path.join(tmpdir(), 'berth-cli-'));
  });
  afterAll(async () => {
    await rm(empty, { recursive: true, force: true });
  });

  it('exits 0 and says so when the resources are valid; without a store, secrets are not checked', async () => {
    expect(await run(['examples/resources', '--state-dir', empty])).toEqual({
      code: 0,
      stdout: '7 files, 8 resources: no problems\n',
      stderr: `berth validate: secrets not checked: no secret store at ${path.join(empty, 'secrets')} (pass --secrets-dir to check them against one)\n`,
    });
  });

  it('exits 1 and lists every problem with its position when they are not', async () => {
    const { code, stdout } = await run(['test/fixtures/invalid']);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toContain(
      'test/fixtures/invalid/port-too-low.yaml:9:9  spec.port  must be at least 1024 (got 80); choose a port between 1024 and 65535',
    );
    expect(lines.at(-1)).toMatch(/^\d+ problems in \d+ files$/);
  });

  it('checks a single file', async () => {
    const { code, stdout } = await run(['test/fixtures/invalid/name-uppercase.yaml']);
    expect(code).toBe(1);
    expect(stdout).toBe(
      `test/fixtures/invalid/name-uppercase.yaml:5:9  metadata.name  "Churn-API" is not a valid name: use a DNS label: lowercase letters, digits and '-', starting and ending with a letter or digit, at most 52 characters\n1 problem in 1 file\n`,
    );
  });

  it('prints GitHub workflow annotations with --format github', async () => {
    const { code, stdout } = await run([
      'test/fixtures/invalid/cron-six-fields.yaml',
      '--format',
      'github',
    ]);
    expect(code).toBe(1);
    expect(stdout).toBe(
      '::error file=test/fixtures/invalid/cron-six-fields.yaml,line=9,col=13,title=spec.schedule::schedule "0 */5 * * * *" has 6 fields, but berth schedules have minute granularity: remove the seconds field and keep 5 (minute hour day-of-month month day-of-week)\n1 problem in 1 file\n',
    );
  });

  it('prints an object with --format json', async () => {
    const { code, stdout } = await run(['--format=json', 'test/fixtures/invalid/port-quoted.yaml']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      ok: false,
      files: 1,
      resources: 0,
      problems: [
        {
          file: 'test/fixtures/invalid/port-quoted.yaml',
          line: 9,
          col: 9,
          path: 'spec.port',
          message: 'must be a whole number (got "8080"); remove the quotes',
        },
      ],
    });
  });

  it('reports a clean revision as json too', async () => {
    const { code, stdout } = await run(['examples/resources', '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ ok: true, files: 7, resources: 8, problems: [] });
  });

  it('rejects an unknown format, naming the allowed ones', async () => {
    expect(await run(['examples/resources', '--format', 'yaml'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'berth validate: --format must be one of text, json, github (got "yaml")\n',
    });
  });

  it('rejects an unknown flag', async () => {
    const { code, stderr } = await run(['--strict']);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^berth validate: Unknown option '--strict'.*; see `berth validate --help`\n$/,
    );
  });

  it('explains a missing default folder and how to pass a path', async () => {
    expect(await run([], empty)).toEqual({
      code: 1,
      stdout: '',
      stderr: `berth validate: no "resources" folder here (${empty}); pass the folder with your resource files: \`berth validate <path>\`\n`,
    });
  });

  it('explains a path that does not exist', async () => {
    const { code, stderr } = await run(['nope']);
    expect(code).toBe(1);
    expect(stderr).toBe(
      'berth validate: "nope" does not exist; pass a folder or file with resource files: `berth validate <path>`\n',
    );
  });

  it('says when a folder has no resource files', async () => {
    expect(await run(['.'], empty)).toEqual({
      code: 0,
      stdout: '0 files, 0 resources: no problems\n',
      stderr: 'berth validate: no *.yaml or *.yml files under .\n',
    });
  });

  it('documents its arguments and options in --help', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: berth validate [path] [options]');
    expect(stdout).toContain('--format <format>  text (default), json, or github');
    expect(stdout).toContain('path               folder or file to check (default: resources)');
  });
});
