// The GitHub Action as a runner runs it: its bundled entry (dist-action/index.cjs) executed by node
// with the runner's environment contract (INPUT_*, GITHUB_SHA, GITHUB_REF, GITHUB_WORKSPACE,
// GITHUB_OUTPUT, GITHUB_STEP_SUMMARY), against a real `berth serve` with a Git source: a real
// engine, the repository served by `git http-backend`, statuses posted to a local GitHub endpoint.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../src/log.js';
import { startService, type RunningService } from '../src/service/serve.js';
import { removeInstance, testEngine } from './support/docker.js';
import { commit, startGitServer, type GitServer, type TestRepo } from './support/git-server.js';
import { startGitHubEndpoint, type GitHubEndpoint } from './support/github-endpoint.js';
import { deploymentYaml } from './support/resources.js';

const run = promisify(execFile);
const entry = path.resolve('dist-action/index.cjs');
const apiToken = 'api-secret';
const groups =
  'apiVersion: berth/v1\nkind: Group\nmetadata: { name: ds }\nspec:\n  members: [alice]\n';

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

interface StepResult {
  code: number;
  stdout: string;
  stderr: string;
  /** the outputs the step appended to GITHUB_OUTPUT */
  outputs: Record<string, string>;
  /** what the step appended to GITHUB_STEP_SUMMARY */
  summary: string;
  ms: number;
}

/** Runs the action's bundled entry as the runner does: node, the inputs and GITHUB_* variables. */
async function step(
  workspace: string,
  inputs: Record<string, string>,
  github: Record<string, string> = {},
): Promise<StepResult> {
  const files = await mkdtemp(path.join(tmpdir(), 'berth-runner-'));
  cleanups.push(() => rm(files, { recursive: true, force: true }));
  const outputFile = path.join(files, 'output');
  const summaryFile = path.join(files, 'summary');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...github,
  };
  for (const [name, value] of Object.entries(inputs))
    env[`INPUT_${name.replaceAll(' ', '_').toUpperCase()}`] = value;
  const started = performance.now();
  let result: { code: number; stdout: string; stderr: string };
  try {
    const { stdout, stderr } = await run(process.execPath, [entry], { cwd: workspace, env });
    result = { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    result = { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
  const ms = performance.now() - started;
  return {
    ...result,
    outputs: parseOutputs(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
    ms,
  };
}

/** The `name<<DELIMITER` blocks of GITHUB_OUTPUT. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const match = /^([\w-]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!match?.[1] || !match[2]) continue;
    const end = lines.indexOf(match[2], i + 1);
    outputs[match[1]] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return outputs;
}

async function workspace(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'berth-workspace-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

interface Served {
  service: RunningService;
  repo: TestRepo;
  instance: string;
  /** commits and pushes to main (or `ref`); GitHub names alice the author */
  push(files: Record<string, string>, message: string, ref?: string): Promise<string>;
}

let repoCount = 0;

async function serve(): Promise<Served> {
  const t = testEngine('action');
  cleanups.push(() => removeInstance(t.instance));
  const repo = await git.createRepo(`action-${(repoCount += 1)}`);
  const push: Served['push'] = async (files, message, ref) => {
    const sha = await commit(repo.work, files, message, ref ? { push: ref } : {});
    github.authors.set(sha, 'alice');
    return sha;
  };
  await push({ 'resources/groups.yaml': groups, README: `${repo.url}\n` }, 'initial');
  const stateDir = await mkdtemp(path.join(tmpdir(), 'berth-state-'));
  cleanups.push(() => rm(stateDir, { recursive: true, force: true }));
  const service = await startService({
    instance: t.instance,
    logger: silentLogger(),
    docker: t.docker,
    listen: '127.0.0.1:0',
    apiToken,
    git: {
      url: repo.url,
      branch: 'main',
      path: 'resources',
      pollIntervalMs: 3_600_000,
      stateDir,
      github: {
        repo: 'acme/resources',
        apiUrl: github.url,
        auth: { type: 'token', token: 'status-token' },
        webhookSecrets: [],
      },
      statusContext: 'berth',
      admins: [],
      allowEmpty: false,
    },
  });
  cleanups.push(() => service.stop());
  return { service, repo, instance: t.instance, push };
}

const deploy = (s: Served, sha: string, inputs: Record<string, string> = {}) =>
  step(
    s.repo.work,
    { command: 'deploy', 'server-url': s.service.url, token: apiToken, ...inputs },
    { GITHUB_SHA: sha, GITHUB_REF: 'refs/heads/main' },
  );

async function running(instance: string, name: string): Promise<number> {
  const list = await testEngine('look').docker.listContainers({
    filters: { label: [`berth.instance=${instance}`, `berth.name=${name}`] },
  });
  return list.length;
}

describe('the action validates', () => {
  it('annotates each problem on its file, line and column, and fails the step', async () => {
    const dir = await workspace({
      'resources/api.yaml': deploymentYaml({ name: 'api' }).replace('replicas: 1', 'replicas: -1'),
      'resources/groups.yaml': groups,
    });
    const result = await step(dir, { command: 'validate', path: 'resources' });
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')).toContain(
      '::error file=resources/api.yaml,line=9,col=13,title=spec.replicas::must be at least 0 (got -1); choose a value between 0 and 100',
    );
    expect(result.outputs).toMatchObject({ result: 'failure', problems: '1' });
    expect(result.summary).toContain('### berth validate: 1 problem in 1 file');
    expect(result.summary).toContain('| `resources/api.yaml:9:13` | `spec.replicas` |');
  });

  it("checks sizes against the service's sizes file given as the input sizes", async () => {
    const dir = await workspace({
      'resources/api.yaml': deploymentYaml({ name: 'api', size: 'gpu-small' }),
      'config/sizes.yaml': 'gpu-small: { cpus: 1, memory: 2GiB, gpus: 1 }\n',
    });
    const without = await step(dir, { command: 'validate' });
    expect(without.code).toBe(1);
    expect(without.stdout).toContain('unknown size "gpu-small"');
    const withSizes = await step(dir, { command: 'validate', sizes: 'config/sizes.yaml' });
    expect([withSizes.code, withSizes.stdout]).toEqual([0, '1 file, 1 resource: no problems\n']);
    const broken = await step(dir, { command: 'validate', sizes: 'resources/api.yaml' });
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('sizes file resources/api.yaml is not valid');
    const outside = await step(dir, { command: 'validate', sizes: '../../etc/hostname' });
    expect(outside.code).toBe(1);
    expect(outside.stdout).toContain('outside the workspace; give a path in it');
  });

  it('passes valid files', async () => {
    const dir = await workspace({ 'resources/api.yaml': deploymentYaml({ name: 'api' }) });
    const result = await step(dir, { command: 'validate' });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('1 file, 1 resource: no problems\n');
    expect(result.outputs.result).toBe('success');
  });
});

describe('the action plans', () => {
  it('without a server, plans the files alone and says so', async () => {
    const dir = await workspace({
      'resources/api.yaml': deploymentYaml({ name: 'api' }),
      'resources/groups.yaml': groups,
    });
    const result = await step(dir, { command: 'plan' });
    expect(result.code).toBe(0);
    expect(result.summary).toContain('### berth plan: +1 ~0 -0');
    expect(result.summary).toContain('| + | `Deployment/api` | create |');
    expect(result.summary).toContain('No `server-url`: planned against the files alone');
    expect(result.outputs.plan).toBe(result.summary.trimEnd());
    expect(result.outputs).toMatchObject({ summary: '+1 ~0 -0', 'has-changes': 'true' });
  });

  it("plans a pull request's merge commit against the live engine: the summary and the outputs", async () => {
    const s = await serve();
    const base = await s.push({ 'resources/api.yaml': deploymentYaml({ name: 'api' }) }, 'api');
    expect((await deploy(s, base)).code).toBe(0);
    // The pull request's merge commit: berth has not seen it, the plan fetches its ref.
    const merge = await s.push(
      {
        'resources/api.yaml': deploymentYaml({ name: 'api', replicas: 2 }),
        'resources/web.yaml': deploymentYaml({ name: 'web' }),
      },
      'scale api, add web',
      'refs/pull/1/merge',
    );
    const result = await step(
      s.repo.work,
      { command: 'plan', 'server-url': s.service.url, token: apiToken },
      { GITHUB_SHA: merge, GITHUB_REF: 'refs/pull/1/merge' },
    );
    expect(result.stdout).toBe('berth plan: +1 ~1 -0\n');
    expect(result.code).toBe(0);
    expect(result.summary).toContain('### berth plan: +1 ~1 -0');
    expect(result.summary).toMatch(/\| ~ \| `Deployment\/api` \| scale \| .*<br>`replicas: 1 → 2`/);
    expect(result.summary).toContain('| + | `Deployment/web` | create |');
    expect(result.summary).toContain(`Planned against the live engine of ${s.service.url}`);
    expect(result.outputs).toMatchObject({ summary: '+1 ~1 -0', 'has-changes': 'true' });
    expect(result.outputs.plan).toBe(result.summary.trimEnd());
    expect(JSON.parse(result.outputs['plan-json'] ?? '{}')).toMatchObject({
      summary: { create: 1, update: 1, delete: 0 },
    });
    // Planning applied nothing.
    expect(await running(s.instance, 'web')).toBe(0);

    // A commit berth would refuse: the step fails with berth's reason.
    const broken = await s.push(
      {
        'resources/api.yaml': deploymentYaml({ name: 'api' }).replace(
          'replicas: 1',
          'replicas: -1',
        ),
      },
      'break api',
      'refs/pull/2/merge',
    );
    const refused = await step(
      s.repo.work,
      { command: 'plan', 'server-url': s.service.url, token: apiToken },
      { GITHUB_SHA: broken, GITHUB_REF: 'refs/pull/2/merge' },
    );
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(
      new RegExp(
        `^::error title=berth plan::berth cannot plan ${broken.slice(0, 7)}: invalid: resources/api\\.yaml:9:13: `,
        'm',
      ),
    );
    expect(refused.outputs.result).toBe('failure');
  });
});

describe('the action deploys', () => {
  it('deploys a good commit, a line per resource, and fails a crash-looping one', async () => {
    const s = await serve();
    const good = await s.push({ 'resources/api.yaml': deploymentYaml({ name: 'api' }) }, 'api');
    const noToken = await deploy(s, good, { token: '' });
    expect(noToken.code).toBe(1);
    expect(noToken.stdout).toContain(
      `::error title=berth::berth at ${s.service.url} refused the token (401); give the service's BERTH_API_TOKEN as the input token, from a secret\n`,
    );

    const deployed = await deploy(s, good);
    expect(deployed.stdout).toContain('✓ berth/deployment/api: success: ready: 1/1 replicas\n');
    expect(deployed.stdout).toContain('berth: applied: 1 resource changed, all settled\n');
    expect(deployed.code).toBe(0);
    expect(deployed.outputs).toEqual({
      result: 'success',
      summary: 'applied: 1 resource changed, all settled',
      commit: good,
    });
    expect(deployed.summary).toContain(
      '| ✓ | `berth/deployment/api` | success | ready: 1/1 replicas |',
    );
    expect(await running(s.instance, 'api')).toBe(1);

    const crash = await s.push(
      {
        'resources/crash.yaml': deploymentYaml({
          name: 'crash',
          command: 'echo starting; exit 3',
          failureThreshold: 3,
        }),
      },
      'add a crashing deployment',
    );
    const failed = await deploy(s, crash);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(
      /^::error title=berth deploy failed::berth\/deployment\/crash: .*code 3/m,
    );
    expect(failed.stdout).toMatch(
      /^::error title=berth deploy failed::1 of 1 failed: Deployment\/crash/m,
    );
    expect(failed.outputs.result).toBe('failure');
    // What the step printed is what GitHub was told.
    const told = github.statuses().filter((t) => t.sha === crash && t.context === 'berth');
    expect(told.at(-1)?.state).toBe('failure');
  });

  it('times out cleanly when a deployment never becomes ready', async () => {
    const s = await serve();
    const stuck = await s.push(
      {
        'resources/stuck.yaml': deploymentYaml({
          name: 'stuck',
          healthPath: '/missing.html',
          failureThreshold: 8,
        }),
      },
      'a deployment that never becomes ready',
    );
    const result = await deploy(s, stuck, { timeout: '2' });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      new RegExp(
        `^::error title=berth deploy timed out::${stuck.slice(0, 7)} did not finish within 2 s; berth goes on with it: see ${s.service.url}/api/v1/commits/${stuck}$`,
        'm',
      ),
    );
    expect(result.outputs.result).toBe('timeout');
    expect(result.ms).toBeLessThan(6000);
  });

  it('fails fast, naming the address, when the server does not answer', async () => {
    const dir = await workspace({});
    const sha = 'a'.repeat(40);
    const closed = await freePort();
    const refused = await step(
      dir,
      { command: 'deploy', 'server-url': `http://127.0.0.1:${closed}` },
      { GITHUB_SHA: sha },
    );
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe(
      `::error title=berth::berth at http://127.0.0.1:${closed} does not answer (ECONNREFUSED); check server-url and that berth serve runs there\n`,
    );
    expect(refused.ms).toBeLessThan(3000);

    // A server that takes the connection and never answers: the connect timeout (5 s) ends it.
    const held = new Set<net.Socket>();
    const silent = net.createServer((socket) => {
      held.add(socket);
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    cleanups.push(
      () =>
        new Promise((resolve) => {
          for (const socket of held) socket.destroy();
          silent.close(() => {
            resolve();
          });
        }),
    );
    const port = (silent.address() as net.AddressInfo).port;
    const hung = await step(
      dir,
      { command: 'deploy', 'server-url': `http://127.0.0.1:${port}`, timeout: '600' },
      { GITHUB_SHA: sha },
    );
    expect(hung.code).toBe(1);
    expect(hung.stdout).toContain(
      `berth at http://127.0.0.1:${port} does not answer (no answer within 5 s)`,
    );
    expect(hung.ms).toBeLessThan(8000);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => {
        resolve(port);
      });
    });
  });
}
