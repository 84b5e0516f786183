// The resource image through the CLI: `berth apply` clones a private project with the owner's
// GIT_TOKEN from the secret store (`berth secrets set`), and `berth run` starts a manual run from
// the commit the branch points at now.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { exampleImage, removeInstance } from './support/docker.js';
import { commit, startGitServer } from './support/git-server.js';
import { tempFolder } from './support/resources.js';
import Docker from 'dockerode';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('resource images from the CLI', () => {
  it("apply clones a private project with the owner's GIT_TOKEN, and run starts from the branch as it is now", async () => {
    const token = 'tok-cli-5b0f9e2a77';
    const server = await startGitServer({ requireToken: token });
    cleanups.push(() => server.close());
    const repo = await server.createRepo('report');
    await commit(repo.work, { 'report.sh': 'echo "report one"\n' }, 'one');
    const state = await mkdtemp(path.join(os.tmpdir(), 'berth-state-'));
    const folder = await tempFolder();
    const instance = `cli-img-${Date.now().toString(36)}`;
    cleanups.push(
      () => rm(state, { recursive: true, force: true }),
      () => folder.cleanup(),
      () => removeImages(instance),
      () => removeInstance(instance),
    );
    await folder.write(
      'report.yaml',
      `apiVersion: berth/v1
kind: Job
metadata: { name: report, owner: group:analytics }
spec:
  image: ${exampleImage}
  git: [{ url: '${repo.url}', ref: main }]
  command: sh report.sh
`,
    );
    await folder.write(
      'group.yaml',
      'apiVersion: berth/v1\nkind: Group\nmetadata: { name: analytics }\nspec: { members: [alice] }\n',
    );
    const flags = ['--instance', instance, '--state-dir', state];

    const refused = await runCli(['apply', folder.dir, ...flags]);
    expect(refused.code).toBe(1);
    expect(refused.stdout + refused.stderr).toContain(
      `group:analytics cannot read ${repo.url}: add GIT_TOKEN to group:analytics`,
    );

    const set = await runCli(
      ['secrets', 'set', 'group:analytics', 'GIT_TOKEN', '--state-dir', state],
      {},
      false,
      token,
    );
    expect(set.code).toBe(0);
    const applied = await runCli(['apply', folder.dir, ...flags]);
    expect(applied.stderr).toBe('');
    expect(applied.code).toBe(0);
    const first = await runCli(['logs', 'report', '--instance', instance]);
    expect(first.stdout).toContain('report one');

    await commit(repo.work, { 'report.sh': 'echo "report two"\n' }, 'two');
    const ran = await runCli(['run', 'report', '--path', folder.dir, ...flags]);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain('report two');
    expect(JSON.stringify(ran)).not.toContain(token);
  }, 120_000);
});

async function removeImages(instance: string): Promise<void> {
  const docker = new Docker();
  const images = await docker.listImages({ filters: { label: [`berth.instance=${instance}`] } });
  for (const image of images)
    await docker
      .getImage(image.Id)
      .remove({ force: true })
      .catch(() => undefined);
}
