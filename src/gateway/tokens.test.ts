import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hashOf, openTokenStore } from './tokens.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function stateDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'berth-tokens-'));
  dirs.push(dir);
  return dir;
}

describe('the token store', () => {
  it('keeps only the hash of a token, in a file of its own that only berth reads', async () => {
    const dir = await stateDir();
    const token = await openTokenStore(dir).create('user:alice');
    expect(token).toMatch(/^berth_[A-Za-z0-9_-]{43}$/);
    const tokens = path.join(dir, 'gateway', 'tokens');
    expect(await readdir(tokens)).toEqual([hashOf(token)]);
    const file = path.join(tokens, hashOf(token));
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readFile(file, 'utf8')).not.toContain(token);
    // Another process (berth serve) knows it at once; deleting the file revokes it.
    expect(await openTokenStore(dir).identify(token)).toBe('user:alice');
    await rm(file);
    expect(await openTokenStore(dir).identify(token)).toBeUndefined();
    expect(await openTokenStore(dir).identify('berth_forged')).toBeUndefined();
  });

  it("gives an owner's containers the same token across restarts of berth", async () => {
    const dir = await stateDir();
    const first = await openTokenStore(dir).ownerToken('group:data-science');
    const again = await openTokenStore(dir).ownerToken('group:data-science');
    expect(again).toBe(first);
    expect(await openTokenStore(dir).ownerToken('user:bob')).not.toBe(first);
    expect(await openTokenStore(dir).identify(first)).toBe('group:data-science');
    expect((await stat(path.join(dir, 'gateway', 'key'))).mode & 0o777).toBe(0o600);
  });

  it('binds a session cookie to one deployment and to a token that still exists', async () => {
    const dir = await stateDir();
    const store = openTokenStore(dir);
    const token = await store.create('user:alice');
    const cookie = await store.session('churn-api', token);
    expect(cookie).not.toContain(token);
    expect(await store.identifySession('churn-api', cookie)).toBe('user:alice');
    expect(await store.identifySession('churn-dashboard', cookie)).toBeUndefined();
    expect(
      await store.identifySession('churn-api', `${cookie.split('.')[0] ?? ''}.forged`),
    ).toBeUndefined();
    await rm(path.join(dir, 'gateway', 'tokens', hashOf(token)));
    expect(await store.identifySession('churn-api', cookie)).toBeUndefined();
  });
});
