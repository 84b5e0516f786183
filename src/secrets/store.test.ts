import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../errors.js';
import { createSecretStore } from './store.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function store() {
  const dir = await mkdtemp(path.join(tmpdir(), 'berth-secrets-'));
  dirs.push(dir);
  return createSecretStore({ dir: path.join(dir, 'secrets') });
}

const mode = async (file: string) => (await stat(file)).mode & 0o777;

describe('the secret store', () => {
  it('keeps one folder per owner scope (0700) and one file per secret (0600)', async () => {
    const s = await store();
    await s.write('group:data-science', 'SNOWFLAKE_PASSWORD', 'hunter2');
    await s.write('user:alice', 'TOKEN', 'a\nb\n');
    const file = path.join(s.dir, 'group.data-science', 'SNOWFLAKE_PASSWORD');
    expect(await readFile(file, 'utf8')).toBe('hunter2');
    expect(await mode(file)).toBe(0o600);
    expect(await mode(path.join(s.dir, 'group.data-science'))).toBe(0o700);
    expect(await mode(s.dir)).toBe(0o700);
    expect(await s.read('user:alice', 'TOKEN')).toBe('a\nb\n');
    expect(await s.read('user:alice', 'MISSING')).toBeUndefined();
    expect(await s.read('user:bob', 'TOKEN')).toBeUndefined();
    expect(await s.owners()).toEqual(['group:data-science', 'user:alice']);
  });

  it('replaces a value atomically and leaves no temporary file behind', async () => {
    const s = await store();
    await s.write('user:alice', 'TOKEN', 'one');
    await s.write('user:alice', 'TOKEN', 'two');
    expect(await s.read('user:alice', 'TOKEN')).toBe('two');
    expect(await readdir(path.join(s.dir, 'user.alice'))).toEqual(['TOKEN']);
  });

  it('lists names and when they were set, never values', async () => {
    const s = await store();
    await s.write('user:alice', 'B_KEY', 'value-b');
    await s.write('user:alice', 'A_KEY', 'value-a');
    const list = await s.list('user:alice');
    expect(list.map((e) => e.name)).toEqual(['A_KEY', 'B_KEY']);
    expect(JSON.stringify(list)).not.toContain('value-');
    expect(Number.isNaN(Date.parse(list[0]?.setAt ?? ''))).toBe(false);
    expect(await s.list('group:nobody')).toEqual([]);
  });

  it('removes a secret, and says when there was nothing to remove', async () => {
    const s = await store();
    await s.write('user:alice', 'TOKEN', 'x');
    expect(await s.remove('user:alice', 'TOKEN')).toBe(true);
    expect(await s.remove('user:alice', 'TOKEN')).toBe(false);
    expect(await s.read('user:alice', 'TOKEN')).toBeUndefined();
  });

  it('fingerprints with a key of its own: stable, different per store, never the plain hash', async () => {
    const a = await store();
    const b = await store();
    expect(a.fingerprint('v')).toBe(a.fingerprint('v'));
    expect(a.fingerprint('v')).not.toBe(a.fingerprint('w'));
    expect(a.fingerprint('v')).not.toBe(b.fingerprint('v'));
    expect(await mode(path.join(a.dir, '.key'))).toBe(0o600);
    // A second store on the same folder (another berth process) uses the same key.
    expect(createSecretStore({ dir: a.dir }).fingerprint('v')).toBe(a.fingerprint('v'));
  });

  it.each([
    ['an owner without a kind', 'alice', 'TOKEN'],
    ['an owner that climbs out', 'user:..', 'TOKEN'],
    ['an owner with a slash', 'group:a/b', 'TOKEN'],
    ['a name starting with a digit', 'user:alice', '1TOKEN'],
    ['a name with a dot', 'user:alice', '.key'],
    ['a name with a slash', 'user:alice', 'a/b'],
  ])('refuses %s', async (_what, owner, name) => {
    const s = await store();
    await expect(s.write(owner, name, 'x')).rejects.toBeInstanceOf(UserError);
    await expect(s.read(owner, name)).rejects.toBeInstanceOf(UserError);
  });
});
