// SPEC §5: under `berth serve` with the Git source, a signed push webhook of a project repository
// that a resource uses re-resolves its refs at once: the Job runs the new commit without waiting
// for a poll or the periodic resync.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Docker from 'dockerode';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../src/log.js';
import { startService } from '../src/service/serve.js';
import { eventually, exampleImage, removeInstance, testEngine } from './support/docker.js';
import { commit, startGitServer } from './support/git-server.js';
import { webhookExamples } from './support/webhooks.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('pushes to project repositories', () => {
  it('re-resolve the refs of the resources that use the repository at once', async () => {
    const git = await startGitServer();
    cleanups.push(() => git.close());
    const project = await git.createRepo('acme/report');
    const first = await commit(project.work, { 'run.sh': 'echo first\n' }, 'first');
    const resources = await git.createRepo('acme/platform');
    await commit(
      resources.work,
      {
        'resources/report.yaml': `apiVersion: berth/v1
kind: Job
metadata: { name: report, owner: user:alice }
spec:
  image: ${exampleImage}
  git: [{ url: '${project.url}', ref: main }]
  command: 'sh run.sh; echo "$BERTH_SNAPSHOT"'
`,
      },
      'report',
    );
    const t = testEngine('img-hook');
    const stateDir = await mkdtemp(path.join(tmpdir(), 'berth-state-'));
    cleanups.push(
      () => rm(stateDir, { recursive: true, force: true }),
      () => removeImages(t.instance),
      () => removeInstance(t.instance),
    );
    const secret = 'hook-secret';
    const service = await startService({
      instance: t.instance,
      logger: silentLogger(),
      docker: t.docker,
      listen: '127.0.0.1:0',
      resyncMs: 3_600_000,
      images: { stateDir },
      git: {
        url: resources.url,
        branch: 'main',
        path: 'resources',
        pollIntervalMs: 3_600_000,
        stateDir,
        github: {
          repo: 'acme/platform',
          apiUrl: 'http://127.0.0.1:9',
          auth: undefined,
          webhookSecrets: [secret],
        },
        statusContext: 'berth',
        admins: [],
        allowEmpty: false,
      },
    });
    cleanups.push(() => service.stop());
    const outputs = async () => {
      const units = await t.containers.listManaged(t.instance, { kind: 'Job', name: 'report' });
      const done = units.filter((u) => u.status === 'exited');
      return Promise.all(done.map((u) => t.containers.logs(u.id, 20)));
    };
    await eventually(
      async () => ((await outputs()).some((o) => o.includes(first)) ? true : undefined),
      60_000,
      'the run of the first commit',
    );

    const second = await commit(project.work, { 'run.sh': 'echo second\n' }, 'second');
    const signed = await webhookExamples().signed({
      event: 'push',
      secret,
      overrides: { repo: 'acme/report', ref: 'refs/heads/main', after: second, commits: [second] },
    });
    const res = await fetch(`${service.url}/webhooks/github`, {
      method: 'POST',
      headers: signed.headers,
      body: signed.body,
    });
    expect(res.status).toBe(202);
    await eventually(
      async () => ((await outputs()).some((o) => o.includes(second)) ? true : undefined),
      60_000,
      'the run of the pushed commit',
    );
  }, 180_000);
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
