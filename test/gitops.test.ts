// The GitOps loop end to end: a real engine, a repository served by `git http-backend`, signed
// webhooks from GitHub's example payloads, and the real Octokit client posting to a local
// GitHub-compatible endpoint that records every status.
import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/log.js';
import type { GitHubAuth } from '../src/github/types.js';
import { startService, type RunningService } from '../src/service/serve.js';
import { eventually, removeInstance, testEngine } from './support/docker.js';
import {
  commit,
  pushRef,
  startGitServer,
  type GitServer,
  type TestRepo,
} from './support/git-server.js';
import { startGitHubEndpoint, type GitHubEndpoint } from './support/github-endpoint.js';
import { deploymentYaml } from './support/resources.js';
import { webhookExamples, type WebhookOverrides } from './support/webhooks.js';

const secret = 'webhook-secret';
const githubRepo = 'acme/resources';
const groupYaml = (members: string[]) =>
  `apiVersion: berth/v1\nkind: Group\nmetadata: { name: ds }\nspec:\n  members: [${members.join(', ')}]\n`;
const groupDeployment = (name: string, image = 'berth-examples/busybox:1') =>
  deploymentYaml({ name, image }).replace('owner: user:alice', 'owner: group:ds');

const examples = webhookExamples();
let git: GitServer;
let github: GitHubEndpoint;
const cleanups: (() => Promise<void>)[] = [];
beforeAll(async () => {
  git = await startGitServer();
  github = await startGitHubEndpoint();
});
afterAll(async () => {
  await git.close();
  await github.close();
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface Harness {
  service: RunningService;
  repo: TestRepo;
  instance: string;
  logs: () => string[];
  /** sends a webhook to the service; answers its HTTP status */
  deliver(
    event: string,
    overrides: WebhookOverrides,
    options?: { secret?: string; delivery?: string; action?: string },
  ): Promise<number>;
  push(sha: string, sender: string): Promise<number>;
  /** statuses GitHub took for a commit: `context state: description` in order */
  statusesOf(sha: string): string[];
  /** waits until GitHub holds a final aggregate status for the commit */
  settled(sha: string): Promise<string>;
  metric(name: string): Promise<number>;
}

let repoCount = 0;

async function harness(
  options: {
    auth?: GitHubAuth;
    webhooks?: boolean;
    pollIntervalMs?: number;
    allowEmpty?: boolean;
    apiToken?: string;
    repo?: TestRepo;
    initial?: Record<string, string>;
  } = {},
): Promise<Harness> {
  const t = testEngine('gitops');
  cleanups.push(() => removeInstance(t.instance));
  const repo = options.repo ?? (await git.createRepo(`resources-${(repoCount += 1)}`));
  // A file of its own makes every repository's history (and so every commit id) unique.
  const initial = options.initial ?? { 'resources/groups.yaml': groupYaml(['alice']) };
  await commit(repo.work, { ...initial, README: `${repo.url}\n` }, 'initial');
  const stateDir = await mkdtemp(path.join(tmpdir(), 'berth-state-'));
  cleanups.push(() => rm(stateDir, { recursive: true, force: true }));
  const lines: string[] = [];
  const logger = createLogger({
    level: 'info',
    destination: new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString().split('\n').filter(Boolean));
        done();
      },
    }),
  });
  const service = await startService({
    instance: t.instance,
    logger,
    docker: t.docker,
    listen: '127.0.0.1:0',
    ...(options.apiToken ? { apiToken: options.apiToken } : {}),
    git: {
      url: repo.url,
      branch: 'main',
      path: 'resources',
      pollIntervalMs: options.pollIntervalMs ?? 3_600_000,
      stateDir,
      github: {
        repo: githubRepo,
        apiUrl: github.url,
        auth: options.auth ?? { type: 'token', token: 'status-token' },
        webhookSecrets: options.webhooks === false ? [] : ['old-secret', secret],
      },
      statusContext: 'berth',
      admins: [],
      allowEmpty: options.allowEmpty ?? false,
    },
  });
  cleanups.push(() => service.stop());
  const deliver: Harness['deliver'] = async (event, overrides, send = {}) => {
    const signed = await examples.signed({
      event,
      overrides: { repo: githubRepo, ...overrides },
      secret: send.secret ?? secret,
      ...(send.action ? { action: send.action } : {}),
      ...(send.delivery ? { delivery: send.delivery } : {}),
    });
    const res = await fetch(`${service.url}/webhooks/github`, {
      method: 'POST',
      headers: signed.headers,
      body: signed.body,
    });
    return res.status;
  };
  const statusesOf = (sha: string) =>
    github
      .statuses()
      .filter((s) => s.sha === sha)
      .map((s) => `${s.context} ${s.state}: ${s.description}`);
  return {
    service,
    repo,
    instance: t.instance,
    logs: () => lines,
    deliver,
    push: (sha, sender) =>
      deliver('push', { ref: 'refs/heads/main', after: sha, commits: [sha], sender }),
    statusesOf,
    settled: (sha) =>
      eventually(
        () => statusesOf(sha).find((s) => /^berth (success|failure|error):/.test(s)),
        60_000,
        `the final status of ${sha}`,
      ),
    async metric(name) {
      const text = await (await fetch(`${service.url}/metrics`)).text();
      const line = text.split('\n').find((l) => l.startsWith(`${name} `));
      return Number(line?.split(' ')[1] ?? 0);
    },
  };
}

async function running(instance: string, name: string): Promise<string[]> {
  const t = testEngine('look');
  const list = await t.docker.listContainers({
    filters: { label: [`berth.instance=${instance}`, `berth.name=${name}`] },
  });
  return list.map((c) => c.Id);
}

describe('the GitOps loop', () => {
  it('applies a signed push and posts pending then success on that commit, with links', async () => {
    const h = await harness();
    const sha = await commit(
      h.repo.work,
      { 'resources/api.yaml': deploymentYaml({ name: 'api' }) },
      'add api',
    );
    expect(await h.push(sha, 'alice')).toBe(202);
    expect(await h.settled(sha)).toBe('berth success: applied: 1 resource changed, all settled');
    expect(h.statusesOf(sha)).toEqual([
      'berth pending: applying',
      'berth/deployment/api pending: applying',
      'berth/deployment/api success: ready: 1/1 replicas',
      'berth success: applied: 1 resource changed, all settled',
    ]);
    const posted = github.statuses().filter((s) => s.sha === sha);
    expect(posted.every((s) => s.target_url?.startsWith(h.service.url))).toBe(true);
    expect(posted[0]?.authorization).toBe('token status-token');
    expect(await running(h.instance, 'api')).toHaveLength(1);
    // Log lines carry the delivery, the commit and the resource.
    expect(h.logs().some((l) => l.includes('"delivery"') && l.includes(sha))).toBe(true);
    expect(h.logs().some((l) => l.includes('"resource":"Deployment/api"') && l.includes(sha))).toBe(
      true,
    );
  });

  it('fails a commit that crash-loops with the diagnosis, and one with an invalid file naming it, changing nothing', async () => {
    const h = await harness();
    const good = await commit(
      h.repo.work,
      { 'resources/api.yaml': deploymentYaml({ name: 'api' }) },
      'add api',
    );
    await h.push(good, 'alice');
    await h.settled(good);
    const before = await running(h.instance, 'api');

    const crash = await commit(
      h.repo.work,
      {
        'resources/crash.yaml': deploymentYaml({
          name: 'crash',
          command: 'echo starting; exit 3',
          failureThreshold: 3,
        }),
      },
      'add a crashing deployment',
    );
    await h.push(crash, 'alice');
    expect(await h.settled(crash)).toMatch(
      /^berth failure: 1 of 1 failed: Deployment\/crash: .*exit(ed with)? code 3/,
    );
    const crashStatus = h
      .statusesOf(crash)
      .find((s) => s.startsWith('berth/deployment/crash failure'));
    expect(crashStatus).toMatch(/code 3/);

    const invalid = await commit(
      h.repo.work,
      { 'resources/api.yaml': `${deploymentYaml({ name: 'api', replicas: 2 })}  port: eighty\n` },
      'break api',
    );
    await h.push(invalid, 'alice');
    expect(await h.settled(invalid)).toMatch(
      /^berth failure: invalid: resources\/api\.yaml:\d+:\d+: /,
    );
    expect(await running(h.instance, 'api')).toEqual(before);
  });

  it('answers a bad signature with 401 and does nothing; applies a delivery sent twice once', async () => {
    const h = await harness();
    const sha = await commit(
      h.repo.work,
      { 'resources/api.yaml': deploymentYaml({ name: 'api' }) },
      'add api',
    );
    const payload = { ref: 'refs/heads/main', after: sha, commits: [sha], sender: 'alice' };
    expect(await h.deliver('push', payload, { secret: 'wrong' })).toBe(401);
    expect(await h.metric('berth_webhook_deliveries_total{outcome="bad-signature"}')).toBe(1);
    expect(h.statusesOf(sha)).toEqual([]);
    expect(h.service.gitops?.sync.head()).not.toBe(sha);

    expect(await h.deliver('push', payload, { delivery: 'delivery-1' })).toBe(202);
    expect(await h.deliver('push', payload, { delivery: 'delivery-1' })).toBe(202);
    await h.settled(sha);
    expect(h.statusesOf(sha).filter((s) => s === 'berth pending: applying')).toHaveLength(1);
    expect(await h.metric('berth_webhook_deliveries_total{outcome="duplicate"}')).toBe(1);
  });

  it(
    'coalesces 20 pushes in one second: few reconciles, the newest applied, every commit told',
    { timeout: 240_000 },
    async () => {
      const h = await harness();
      const shas: string[] = [];
      for (let i = 1; i <= 20; i += 1) {
        shas.push(
          await commit(
            h.repo.work,
            { [`resources/d${i}.yaml`]: deploymentYaml({ name: `d${i}` }) },
            `add d${i}`,
          ),
        );
      }
      const passes = await h.metric('berth_reconcile_duration_seconds_count');
      // All twenty deliveries at once, as a burst of pushes arrives.
      const answers = await Promise.all(shas.map((sha) => h.push(sha, 'alice')));
      expect(answers.every((a) => a === 202)).toBe(true);
      for (const sha of shas) await h.settled(sha);
      expect(
        (await h.metric('berth_reconcile_duration_seconds_count')) - passes,
      ).toBeLessThanOrEqual(3);
      expect(h.service.core.reconciler.status.revision()?.id).toBe(shas.at(-1));
      for (const [i, sha] of shas.entries()) {
        expect(h.statusesOf(sha)).toContain(
          `berth/deployment/d${i + 1} success: ready: 1/1 replicas`,
        );
      }
    },
  );

  it('plans pull requests: a non-member is refused naming author and group, a member gets the summary', async () => {
    const h = await harness({
      initial: {
        'resources/groups.yaml': groupYaml(['alice']),
        'resources/api.yaml': groupDeployment('api'),
      },
    });
    await eventually(() => h.service.gitops?.sync.applied(), 30_000, 'the first revision');
    // Mallory adds herself to the group and changes its deployment in the same pull request.
    const prHead = await commit(
      h.repo.work,
      {
        'resources/groups.yaml': groupYaml(['alice', 'mallory']),
        'resources/api.yaml': groupDeployment('api').replace('replicas: 1', 'replicas: 2'),
      },
      'scale api',
    );
    await pushRef(h.repo.work, prHead, 'refs/pull/7/head');
    // The branch itself stays where it was: reset main on the server to the applied commit.
    const applied = h.service.gitops?.sync.applied()?.commit ?? '';
    await pushRef(h.repo.work, applied, 'refs/heads/main');
    const pullRequest = (author: string, number: number) =>
      h.deliver(
        'pull_request',
        { number, headSha: prHead, headRef: 'scale', baseRef: 'main', author, sender: author },
        { action: 'opened' },
      );
    expect(await pullRequest('mallory', 7)).toBe(202);
    const refused = await eventually(
      () => h.statusesOf(prHead).find((s) => s.startsWith('berth/plan failure')),
      30_000,
      'the plan status',
    );
    expect(refused).toMatch(
      /mallory may not change (Deployment\/api|Group\/ds): mallory is not a member of group:ds/,
    );

    await pushRef(h.repo.work, prHead, 'refs/pull/8/head');
    expect(await pullRequest('alice', 8)).toBe(202);
    await eventually(
      () =>
        github.statuses().filter((s) => s.sha === prHead && s.context === 'berth/plan').length >=
          4 || undefined,
      30_000,
      'the second plan',
    );
    expect(h.statusesOf(prHead).at(-1)).toBe('berth/plan success: plan: +0 ~1 -0');
    const page = await (await fetch(`${h.service.url}/plans/${prHead}`)).text();
    expect(page).toContain('Deployment/api');
    expect(page).toContain('replicas: 1 → 2');
    // Planning changed nothing.
    expect(await running(h.instance, 'api')).toHaveLength(1);
  });

  it('goes on reconciling while GitHub is down and delivers every status, in order, when it is back', async () => {
    const h = await harness();
    github.down('refuse');
    cleanups.push(() => {
      github.up();
      return Promise.resolve();
    });
    const sha = await commit(
      h.repo.work,
      { 'resources/api.yaml': deploymentYaml({ name: 'api' }) },
      'add api',
    );
    await h.push(sha, 'alice');
    await eventually(
      async () => ((await running(h.instance, 'api')).length === 1 ? true : undefined),
      30_000,
      'the container',
    );
    expect(h.statusesOf(sha)).toEqual([]);
    await eventually(
      () => (h.service.gitops?.api.reports.get(sha)?.done ? true : undefined),
      30_000,
      'the outcome',
    );
    github.up();
    await h.settled(sha);
    await eventually(
      () => (h.statusesOf(sha).length === 4 ? true : undefined),
      30_000,
      'every status',
    );
    // Contexts are delivered side by side; within a context, in the order they were posted.
    const inContext = (context: string) =>
      h.statusesOf(sha).filter((s) => s.startsWith(`${context} `));
    expect(inContext('berth')).toEqual([
      'berth pending: applying',
      'berth success: applied: 1 resource changed, all settled',
    ]);
    expect(inContext('berth/deployment/api')).toEqual([
      'berth/deployment/api pending: applying',
      'berth/deployment/api success: ready: 1/1 replicas',
    ]);
  });

  it('reconciles a commit asked for through the API and follows it to its end as server-sent events', async () => {
    const h = await harness({ apiToken: 'api-secret' });
    const sha = await commit(
      h.repo.work,
      { 'resources/api.yaml': deploymentYaml({ name: 'api' }) },
      'add api',
    );
    // No push webhook tells who pushed: berth asks GitHub for the commit's author.
    github.authors.set(sha, 'alice');
    const ask = (token?: string) =>
      fetch(`${h.service.url}/api/v1/reconcile`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ commit: sha }),
      });
    expect((await ask()).status).toBe(401);
    const asked = await ask('api-secret');
    expect(asked.status).toBe(202);
    const { follow } = (await asked.json()) as { commit: string; follow: string };
    const events = await fetch(`${h.service.url}${follow}`, {
      headers: { authorization: 'Bearer api-secret' },
    });
    expect(events.headers.get('content-type')).toBe('text/event-stream');
    const stream = await events.text();
    const received = [...stream.matchAll(/^event: (\w+)\ndata: (.*)$/gm)].map((m) => [
      m[1],
      (JSON.parse(m[2] ?? '{}') as { context?: string; state?: string }).context ?? 'report',
      (JSON.parse(m[2] ?? '{}') as { state?: string }).state ?? '',
    ]);
    expect(received).toContainEqual(['status', 'berth/deployment/api', 'success']);
    expect(received).toContainEqual(['status', 'berth', 'success']);
    expect(received.at(-1)).toEqual(['done', 'report', '']);
    expect(await running(h.instance, 'api')).toHaveLength(1);
    const unknown = await fetch(`${h.service.url}/api/v1/reconcile`, {
      method: 'POST',
      headers: { authorization: 'Bearer api-secret' },
      body: JSON.stringify({ commit: 'deadbeef' }),
    });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: string }).error).toMatch(/is not the head of main/);
  });

  it('polls the branch when no webhook comes', async () => {
    const h = await harness({ webhooks: false, pollIntervalMs: 1000 });
    const sha = await commit(
      h.repo.work,
      { 'resources/api.yaml': deploymentYaml({ name: 'api' }) },
      'add api',
    );
    github.authors.set(sha, 'alice');
    expect(await h.settled(sha)).toMatch(/^berth success/);
    expect(await running(h.instance, 'api')).toHaveLength(1);
  });

  it('prunes nothing when a commit deletes the whole resource folder, unless empty revisions are allowed', async () => {
    for (const allowEmpty of [false, true]) {
      const h = await harness({ allowEmpty });
      const sha = await commit(
        h.repo.work,
        { 'resources/api.yaml': deploymentYaml({ name: 'api' }) },
        'add api',
      );
      await h.push(sha, 'alice');
      await h.settled(sha);
      const gone = await commit(h.repo.work, { resources: null }, 'delete everything');
      await h.push(gone, 'alice');
      const told = await h.settled(gone);
      if (allowEmpty) {
        expect(told).toMatch(/^berth success/);
        await eventually(
          async () => ((await running(h.instance, 'api')).length === 0 ? true : undefined),
          30_000,
          'the prune',
        );
      } else {
        expect(told).toMatch(
          /^berth failure: nothing applied: resource path "resources" does not exist/,
        );
        expect(await running(h.instance, 'api')).toHaveLength(1);
      }
      for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    }
  });

  it('logs in as a GitHub App: a signed JWT, its installation token fetches a private repository and posts every status', async () => {
    const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const app = await startGitHubEndpoint({
      appId: '1234',
      publicKey: keys.publicKey,
      tokenLifetimeMs: 60 * 60_000,
    });
    cleanups.push(() => app.close());
    const pem = keys.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    const keyFile = path.join(await mkdtemp(path.join(tmpdir(), 'berth-key-')), 'app.pem');
    await writeFile(keyFile, pem, { mode: 0o600 });
    const previous = github;
    github = app;
    cleanups.push(() => {
      github = previous;
      return Promise.resolve();
    });
    // The resource repository is private: only the App's first installation token reads it.
    const privateGit = await startGitServer({ requireToken: 'ghs_1' });
    cleanups.push(() => privateGit.close());
    const h = await harness({
      auth: { type: 'app', appId: '1234', privateKey: pem },
      repo: await privateGit.createRepo('private-resources'),
    });
    const sha = await commit(
      h.repo.work,
      { 'resources/api.yaml': deploymentYaml({ name: 'api' }) },
      'add api',
    );
    await h.push(sha, 'alice');
    await h.settled(sha);
    const requests = app.requests();
    expect(
      requests.some(
        (r) =>
          r.path === '/repos/acme/resources/installation' && r.authorization?.startsWith('bearer '),
      ),
    ).toBe(true);
    const tokens = new Set(app.statuses().map((s) => s.authorization));
    expect([...tokens]).toEqual(['token ghs_1']);
    expect(privateGit.requests.some((r) => r.user !== undefined && r.status === 200)).toBe(true);
    expect(await running(h.instance, 'api')).toHaveLength(1);
  });
});
