// imagePullSecret on the real engine against a private registry with a login (SPEC §1.1, §3):
// pulled with the owner's `user:password`, refused without it or with a wrong one, clearly.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSecretStore } from '../src/secrets/store.js';
import { runCli } from './support/cli.js';
import { exampleImage, removeInstance, testEngine, type TestEngine } from './support/docker.js';
import { startRegistry, type TestRegistry } from './support/registry.js';
import { tempFolder, type TempFolder } from './support/resources.js';

const login = { username: 'robot', password: `pw-${randomBytes(6).toString('hex')}` };
let t: TestEngine;
let registry: TestRegistry;
let folder: TempFolder;
let image: string;
let secretsDir: string;

const job = (pullSecret: string | undefined) => `apiVersion: berth/v1
kind: Job
metadata: { name: private-job, owner: group:ds }
spec:
  image: ${image}
  command: 'echo pulled with a login'${pullSecret ? `\n  imagePullSecret: ${pullSecret}` : ''}
---
apiVersion: berth/v1
kind: Group
metadata: { name: ds }
spec: { members: [alice] }
`;

async function apply(pullSecret: string | undefined) {
  await folder.write('job.yaml', job(pullSecret));
  const result = await runCli([
    'apply',
    folder.dir,
    '--instance',
    t.instance,
    '--secrets-dir',
    secretsDir,
  ]);
  const out = result.stdout + result.stderr;
  expect(out).not.toContain(login.password);
  return { ...result, out };
}

beforeAll(async () => {
  t = testEngine('reg');
  registry = await startRegistry(login);
  image = await registry.push(
    t.docker,
    exampleImage,
    'private/busybox',
    randomBytes(4).toString('hex'),
  );
  folder = await tempFolder();
  secretsDir = path.join(folder.dir, '.secrets');
  const store = createSecretStore({ dir: secretsDir });
  await store.write('group:ds', 'REGISTRY_LOGIN', `${login.username}:${login.password}`);
  await store.write('group:ds', 'WRONG_LOGIN', `${login.username}:not-the-password`);
}, 120_000);

afterAll(async () => {
  await removeInstance(t.instance);
  await t.docker
    .getImage(image)
    .remove()
    .catch(() => undefined);
  await registry.stop();
  await folder.cleanup();
});

describe('a private registry', () => {
  it('refuses to pull without an imagePullSecret, and says how to give one', async () => {
    const result = await apply(undefined);
    expect(result.code).toBe(1);
    expect(result.out).toContain(`cannot pull image ${image}`);
    expect(result.out).toContain(
      "for a private registry set spec.imagePullSecret to a secret of the owner's scope holding user:password",
    );
  }, 60_000);

  it('refuses a wrong login, naming the secret and its owner', async () => {
    const result = await apply('WRONG_LOGIN');
    expect(result.code).toBe(1);
    expect(result.out).toContain(
      `cannot pull image ${image} with the imagePullSecret WRONG_LOGIN of group:ds`,
    );
    expect(result.out).toContain('`berth secrets set group:ds WRONG_LOGIN` with user:password');
  }, 60_000);

  it("pulls with the owner's imagePullSecret and runs", async () => {
    const result = await apply('REGISTRY_LOGIN');
    expect(result.out).toMatch(/✓ Job\/private-job run \S+ {2}Succeeded/);
    expect(result.code).toBe(0);
    const containers = await t.docker.listContainers({
      all: true,
      filters: { label: [`berth.instance=${t.instance}`] },
    });
    for (const c of containers) {
      const inspect = JSON.stringify(await t.docker.getContainer(c.Id).inspect());
      expect(inspect).not.toContain(login.password);
    }
  }, 60_000);
});
