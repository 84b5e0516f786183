// berth run, status and logs on the real engine; berth serve killed with SIGKILL during a run and
// restarted; the Job routes of the HTTP API.
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { eventually, testEngine } from './support/docker.js';
import { tempFolder } from './support/resources.js';
import { serveProcess } from './support/serve-process.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup(prefix: string) {
  const f = await tempFolder();
  const t = testEngine(prefix);
  cleanups.push(
    () => f.cleanup(),
    () => t.cleanup(),
  );
  return { f, t };
}

const gridYaml = `apiVersion: berth/v1
kind: Job
metadata: { name: sweep, owner: user:alice }
spec:
  image: berth-examples/busybox:1
  command: 'echo "lr=$PARAM_LR depth=$PARAM_DEPTH"'
  schedule: '0 3 * * *'
  parameters: { lr: [0.1, 0.01], depth: [4, 8] }
`;

describe('berth run, status and logs', () => {
  it('runs a job now with given parameters, shows its runs, and prints a run’s output', async () => {
    const { f, t } = await setup('run');
    await f.write('sweep.yaml', gridYaml);
    const ran = await runCli([
      'run',
      'sweep',
      '--path',
      f.dir,
      '--param',
      'lr=0.5',
      '--instance',
      t.instance,
    ]);
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    // lr given: it replaces the grid's values; depth stays a grid.
    expect(ran.stdout).toMatch(
      /^started run m\d{14}[0-9a-f]{4}-0, run m\d{14}[0-9a-f]{4}-1 of Job\/sweep\n/,
    );
    expect(ran.stdout).toContain('lr=0.5 depth=4\n');
    expect(ran.stdout).toContain('lr=0.5 depth=8\n');
    expect(ran.stdout).toMatch(/✓ Job\/sweep run m\S+-1 \{"lr":"0.5","depth":8\} {2}Succeeded/);

    const status = await runCli(['status', 'sweep', '--path', f.dir, '--instance', t.instance]);
    expect(status.code).toBe(0);
    const lines = status.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      /^Job\/sweep {2}Scheduled {2}scheduled; next run at \d{4}-\d\d-\d\dT03:00:00\.000Z$/,
    );
    expect(lines[1]).toMatch(/^ {2}RUN +TRIGGER +PARAMS +STATE +ATTEMPTS +DURATION +EXIT$/);
    expect(lines.slice(2).map((l) => l.trim().split(/\s+/).slice(1, 5))).toEqual([
      ['manual', '{"lr":"0.5","depth":8}', 'Succeeded', '1'],
      ['manual', '{"lr":"0.5","depth":4}', 'Succeeded', '1'],
    ]);
    const json = await runCli([
      'status',
      '--path',
      f.dir,
      '--instance',
      t.instance,
      '--format',
      'json',
    ]);
    const parsed = JSON.parse(json.stdout) as {
      resources: { key: string; job: { runs: { exitCode: number }[] } }[];
    };
    expect(parsed.resources[0]?.job.runs.map((r) => r.exitCode)).toEqual([0, 0]);

    const runId = /^(m\S+-0)/m.exec(lines[3]?.trim() ?? '')?.[1] ?? '';
    const logs = await runCli(['logs', 'sweep', '--run', runId, '--instance', t.instance]);
    expect(logs).toEqual({ code: 0, stdout: 'lr=0.5 depth=4\n', stderr: '' });
    const missing = await runCli(['logs', 'sweep', '--run', 'nope', '--instance', t.instance]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(
      /^berth logs: Job sweep has no run nope with output; kept runs: m/,
    );

    const noWait = await runCli([
      'run',
      'sweep',
      '--path',
      f.dir,
      '--no-wait',
      '--instance',
      t.instance,
    ]);
    expect(noWait.stdout).toMatch(
      /^started run m\S+-0, run m\S+-1, run m\S+-2, run m\S+-3 of Job\/sweep\n$/,
    );
    const unknown = await runCli(['run', 'nothing', '--path', f.dir, '--instance', t.instance]);
    expect(unknown).toEqual({
      code: 1,
      stdout: '',
      stderr: 'berth run: no Job named nothing; the Jobs are: sweep\n',
    });
  });
});

interface JobStatusBody {
  state: string;
  job?: { runs: { id: string; state: string; attempts: number }[] };
}

describe('berth serve and jobs', () => {
  it('killed with SIGKILL during a run and restarted, it recognises the run, which finishes and counts once', async () => {
    const { f, t } = await setup('kill');
    await f.write(
      'job.yaml',
      'apiVersion: berth/v1\nkind: Job\nmetadata: { name: once, owner: user:alice }\nspec:\n  image: berth-examples/busybox:1\n  command: "sleep 2; echo done"\n',
    );
    const first = serveProcess(f.dir, t.instance, cleanups);
    await first.url;
    const [running] = await eventually(
      async () => {
        const list = await t.containers.listManaged(t.instance);
        return list.some((c) => c.status === 'running') ? list : undefined;
      },
      20_000,
      'the run container running',
    );
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));

    const second = serveProcess(f.dir, t.instance, cleanups);
    const url = await second.url;
    const done = await eventually(
      async () => {
        const r = await fetch(`${url}/api/v1/resources/Job/once`);
        if (r.status !== 200) return undefined;
        const body = (await r.json()) as JobStatusBody;
        return body.state === 'Succeeded' ? body : undefined;
      },
      30_000,
      'the run to be seen to succeed',
    );
    expect(done.job?.runs.map((r) => [r.state, r.attempts])).toEqual([['Succeeded', 1]]);
    const all = await t.containers.listManaged(t.instance);
    expect(all.map((c) => c.id)).toEqual([running?.id]);

    // The API starts a run, lists it, and streams its output.
    const started = await fetch(`${url}/api/v1/resources/Job/once/runs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(started.status).toBe(202);
    const { runs } = (await started.json()) as { runs: string[] };
    expect(runs).toEqual([expect.stringMatching(/^m\S+-0$/)]);
    const output = await fetch(
      `${url}/api/v1/resources/Job/once/runs/${runs[0] ?? ''}/logs?follow=1`,
    );
    expect(await output.text()).toBe('done\n');
    const listed = await eventually(
      async () => {
        const body = (await (await fetch(`${url}/api/v1/resources/Job/once/runs`)).json()) as {
          runs: { id: string; state: string }[];
        };
        return body.runs.find((r) => r.id === runs[0] && r.state === 'Succeeded')
          ? body
          : undefined;
      },
      20_000,
      'the manual run listed as succeeded',
    );
    expect(listed.runs).toHaveLength(2);
    const bad = await fetch(`${url}/api/v1/resources/Job/once/runs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"params": "x"}',
    });
    expect([bad.status, ((await bad.json()) as { error: string }).error]).toEqual([
      400,
      'params must be an object of name → list of values',
    ]);
  });
});
