// The entry point loads a command's module only when that command runs or shows its help. The
// engine-facing commands are replaced by doubles that record when they are loaded.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CliIo, Command } from './command.js';
import { commandEntries } from './commands.js';
import { main } from './main.js';

const loaded = vi.hoisted(() => [] as string[]);
const ran = vi.hoisted(() => [] as [string, string[]][]);
const double = vi.hoisted(() => (name: string): Command => {
  loaded.push(name);
  return {
    name,
    summary: `${name} (double)`,
    usage: `Usage: berth ${name} (double)\n`,
    run: (argv) => {
      ran.push([name, argv]);
      return Promise.resolve(0);
    },
  };
});
// Getters: a module is evaluated once per test file, but each load reads its command again.
vi.mock('./plan.js', () => ({
  get planCommand() {
    return double('plan');
  },
}));
vi.mock('./apply.js', () => ({
  get applyCommand() {
    return double('apply');
  },
}));
vi.mock('./serve.js', () => ({
  get serveCommand() {
    return double('serve');
  },
}));

const repo = fileURLToPath(new URL('../../', import.meta.url));
const loadedByImport = [...loaded];

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: {},
    cwd: repo,
    isTty: false,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

describe('main', () => {
  beforeEach(() => {
    loaded.length = 0;
    ran.length = 0;
  });

  it('loads no command when the entry point is imported', () => {
    expect(loadedByImport).toEqual([]);
  });

  it('lists every command with its summary without loading any of them', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    for (const entry of commandEntries) expect(stdout).toContain(`${entry.name}  `);
    expect(stdout).toContain('  validate  check resource files and report every problem');
    expect(stdout).toContain('  serve     run the service: follow a folder or a Git repository');
    expect(loaded).toEqual([]);
  });

  it('prints its version from package.json', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(await run(['--version'])).toMatchObject({ code: 0, stdout: `berth ${version}\n` });
  });

  it('runs validate without loading the engine-facing commands', async () => {
    const { code, stdout } = await run(['validate', 'examples/resources']);
    expect({ code, stdout }).toEqual({ code: 0, stdout: '7 files, 8 resources: no problems\n' });
    expect(loaded).toEqual([]);
  });

  it.each(['plan', 'apply', 'serve'])(
    'loads only %s to print its usage for --help',
    async (name) => {
      expect(await run([name, '--help'])).toEqual({
        code: 0,
        stdout: `Usage: berth ${name} (double)\n`,
        stderr: '',
      });
      expect(loaded).toEqual([name]);
    },
  );

  it('loads and runs the command named', async () => {
    expect((await run(['serve', '--watch', 'x'])).code).toBe(0);
    expect(loaded).toEqual(['serve']);
    expect(ran).toEqual([['serve', ['--watch', 'x']]]);
  });

  it('names an unknown command without loading any', async () => {
    const { code, stderr } = await run(['deploy']);
    expect(code).toBe(1);
    expect(stderr).toBe('berth: unknown command "deploy"; run `berth --help` for the list\n');
    expect(loaded).toEqual([]);
  });
});
