import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cannotRead, credentialsFor, parsePullSecret } from './credentials.js';
import { createSecretStore } from './store.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('per-owner credentials', () => {
  it("gives an owner's GIT_TOKEN to that owner alone", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'berth-cred-'));
    dirs.push(dir);
    const store = createSecretStore({ dir });
    await store.write('group:data-eng', 'GIT_TOKEN', 'ghp_abc');
    expect(await credentialsFor(store, 'group:data-eng')).toEqual({
      username: 'x-access-token',
      password: 'ghp_abc',
    });
    expect(await credentialsFor(store, 'group:data-science')).toBeUndefined();
  });

  it('says who cannot read what, and how to fix it', () => {
    expect(cannotRead('group:data-eng', 'https://git.example.com/ml.git')).toBe(
      'group:data-eng cannot read https://git.example.com/ml.git: add GIT_TOKEN to group:data-eng (berth secrets set group:data-eng GIT_TOKEN)',
    );
  });

  it.each([
    ['robot:s3cr:et', { username: 'robot', password: 's3cr:et' }],
    ['no-colon', undefined],
    [':password', undefined],
  ])('reads the pull secret %j as user:password', (value, expected) => {
    expect(parsePullSecret(value)).toEqual(expected);
  });
});
