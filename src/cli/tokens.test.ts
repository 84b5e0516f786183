// `berth tokens create <user>` prints a token once and keeps only its hash.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hashOf, openTokenStore } from '../gateway/tokens.js';
import { main } from './main.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function tokens(argv: string[], env: Record<string, string> = {}) {
  const cwd = await mkdtemp(path.join(tmpdir(), 'berth-cli-tokens-'));
  dirs.push(cwd);
  let stdout = '';
  let stderr = '';
  const code = await main(['tokens', ...argv], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env,
    cwd,
    isTty: false,
  });
  return { code, stdout, stderr, cwd };
}

describe('berth tokens create', () => {
  it('prints a token once, on stdout alone, and stores only its hash in the state folder', async () => {
    const { code, stdout, stderr, cwd } = await tokens(['create', 'alice', '--state-dir', 'state']);
    expect(code).toBe(0);
    const token = stdout.trim();
    expect(stdout).toMatch(/^berth_[A-Za-z0-9_-]{43}\n$/);
    expect(stderr).toContain('a token for user:alice; it is shown only this once');
    expect(stderr).not.toContain(token);
    const folder = path.join(cwd, 'state', 'gateway', 'tokens');
    const files = await readdir(folder);
    expect(files).toEqual([hashOf(token)]);
    expect(await readFile(path.join(folder, hashOf(token)), 'utf8')).not.toContain(token);
    expect(await openTokenStore(path.join(cwd, 'state')).identify(token)).toBe('user:alice');
  });

  it('uses BERTH_STATE_DIR, and takes user:<login> too', async () => {
    const { stdout, cwd } = await tokens(['create', 'user:bob'], { BERTH_STATE_DIR: 'elsewhere' });
    const store = openTokenStore(path.join(cwd, 'elsewhere'));
    expect(await store.identify(stdout.trim())).toBe('user:bob');
  });

  it.each([
    [['create'], 'berth tokens: say whom the token is for: berth tokens create <user>\n'],
    [['list'], 'berth tokens: say whom the token is for: berth tokens create <user>\n'],
    [
      ['create', 'group:data-science'],
      'berth tokens: "group:data-science" is not a GitHub login; give the login (alice) or user:<login> of a person\n',
    ],
  ])('refuses %j with one line that says what to do', async (argv, message) => {
    const { code, stdout, stderr } = await tokens(argv);
    expect({ code, stdout, stderr }).toEqual({ code: 1, stdout: '', stderr: message });
  });
});
