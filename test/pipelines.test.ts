// Pipelines (SPEC §1.3.1) on the real Docker engine: the example's steps in dependency order with
// the middle two side by side and files passed through /workspace/run, per-step retries, skipped
// dependants, step and Job parameters, parameterSets, and berth killed between two steps. Retry
// delays come from a manual clock; the containers are real.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunSummary } from '../src/reconcile/status.js';
import { loadRevision } from '../src/resources/load.js';
import type { Job, Resource } from '../src/resources/types.generated.js';
import { createValidator } from '../src/resources/validate.js';
import { createJobControl } from '../src/service/jobs.js';
import { runCli } from './support/cli.js';
import { eventually, testEngine } from './support/docker.js';
import { manualClock } from './support/manual-clock.js';
import { tempFolder } from './support/resources.js';
import { serveProcess } from './support/serve-process.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function pipelineJob(name: string, spec: Partial<Job['spec']>): Job {
  return {
    apiVersion: 'berth/v1',
    kind: 'Job',
    metadata: { name, owner: 'user:alice' },
    spec: { image: 'berth-examples/busybox:1', ...spec },
  };
}

function setup(prefix: string) {
  const t = testEngine(prefix);
  // Whole seconds keep the engine's times and the clock's comparable.
  const clock = manualClock(Math.ceil(Date.now() / 1000) * 1000);
  const core = t.core({ clock, stopTimeoutSeconds: 1 });
  cleanups.push(
    () => t.cleanup(),
    () => core.close(),
  );
  core.reconciler.start();
  const runsOf = (name: string): RunSummary[] =>
    core.reconciler.status.get(`Job/${name}`)?.job?.runs ?? [];
  return {
    t,
    core,
    clock,
    async apply(resource: Resource) {
      core.reconciler.setRevision({ id: `r${clock.now()}`, resources: [resource] });
      await core.reconciler.reconcile();
    },
    runsOf,
    /** waits until every run of the Job is over */
    finished(name: string, count = 1) {
      return eventually(
        () => {
          const runs = runsOf(name);
          const over = runs.filter((r) => r.state === 'Succeeded' || r.state === 'Failed');
          return runs.length === count && over.length === count ? runs : undefined;
        },
        30_000,
        `${count} run(s) of ${name} to end`,
      );
    },
    async output(unitId: string | undefined) {
      const parts: string[] = [];
      await core.engine.logs(unitId ?? '', {}, (text) => parts.push(text));
      return parts.join('');
    },
  };
}

const stepOf = (run: RunSummary | undefined, name: string) =>
  run?.steps?.find((s) => s.name === name);

describe('pipelines on the docker engine', () => {
  it('runs the example in dependency order, the feature steps side by side, passing files through the run’s workspace', async () => {
    const s = setup('pipe');
    const revision = await loadRevision(path.resolve('examples/resources'), {
      validator: createValidator(),
    });
    const resources = revision.resources.map((r) => r.resource);
    const control = createJobControl({
      engine: s.core.engine,
      instance: s.t.instance,
      now: () => s.clock.now(),
    });
    const example = resources.find((r) => r.metadata.name === 'churn-pipeline');
    if (!example) throw new Error('the example churn-pipeline is missing');
    await s.apply(example);
    // Scheduled at night: `berth run` starts it now, one run per learning rate.
    const ids = await control.startRun(resources, 'churn-pipeline', 'r1', {});
    expect(ids).toHaveLength(2);
    await s.core.reconciler.trigger();
    const runs = await s.finished('churn-pipeline', 2);
    for (const run of runs) {
      expect(run.state).toBe('Succeeded');
      const [extract, usage, billing, train] = [
        'extract',
        'features-usage',
        'features-billing',
        'train',
      ].map((name) => {
        const step = stepOf(run, name);
        return {
          start: Date.parse(step?.startedAt ?? ''),
          end: Date.parse(step?.finishedAt ?? ''),
          unitId: step?.unitId,
        };
      });
      if (!extract || !usage || !billing || !train) throw new Error('a step is missing');
      expect(usage.start).toBeGreaterThanOrEqual(extract.end);
      expect(billing.start).toBeGreaterThanOrEqual(extract.end);
      // The two feature steps overlap: each started before the other ended.
      expect(usage.start).toBeLessThan(billing.end);
      expect(billing.start).toBeLessThan(usage.end);
      expect(train.start).toBeGreaterThanOrEqual(Math.max(usage.end, billing.end));
      const rate = String(run.params.learning_rate);
      expect(await s.output(train.unitId)).toBe(
        `2\nbilling over 30 days\ntrained with learning rate ${rate}\n`,
      );
    }
    // The workspaces are the runs' own, and go with the runs.
    const volumes = await s.t.docker.listVolumes({
      filters: { label: [`berth.instance=${s.t.instance}`, 'berth.name=churn-pipeline'] },
    });
    expect(volumes.Volumes.map((v) => v.Labels['berth.run']).sort()).toEqual([...ids].sort());
  });

  it('retries a step that fails once alone; the steps before it ran once', async () => {
    const s = setup('piperetry');
    // The second step fails on its first attempt: it counts its attempts in the run's workspace.
    const flaky =
      'n=$(cat /workspace/run/tries 2>/dev/null || echo 0); n=$((n+1)); echo $n > /workspace/run/tries; echo "try $n"; [ $n -ge 2 ]';
    await s.apply(
      pipelineJob('retry', {
        backoffLimit: 2,
        steps: [
          { name: 'prepare', command: 'echo prepared' },
          { name: 'flaky', command: flaky, dependsOn: ['prepare'] },
          { name: 'report', command: 'echo reported', dependsOn: ['flaky'] },
        ],
      }),
    );
    const waiting = await eventually(
      () => {
        const run = s.runsOf('retry')[0];
        const step = stepOf(run, 'flaky');
        return step?.state === 'Pending' && step.attempts === 1 ? step : undefined;
      },
      30_000,
      'the first attempt of flaky to fail',
    );
    s.clock.advance(Date.parse(waiting.finishedAt ?? '') + 10_000 - s.clock.now());
    const [run] = await s.finished('retry');
    expect(run?.state).toBe('Succeeded');
    expect(run?.steps?.map((step) => [step.name, step.state, step.attempts])).toEqual([
      ['prepare', 'Succeeded', 1],
      ['flaky', 'Succeeded', 2],
      ['report', 'Succeeded', 1],
    ]);
    expect(await s.output(stepOf(run, 'flaky')?.unitId)).toBe('try 2\n');
  });

  it('a step that always fails fails the run and skips its dependants; the other branch completes', async () => {
    const s = setup('pipefail');
    await s.apply(
      pipelineJob('broken', {
        backoffLimit: 0,
        steps: [
          { name: 'load', command: 'echo loaded' },
          { name: 'bad', command: 'echo failing; exit 4', dependsOn: ['load'] },
          { name: 'after-bad', command: 'echo never', dependsOn: ['bad'] },
          { name: 'side', command: 'sleep 1; echo side done', dependsOn: ['load'] },
        ],
      }),
    );
    const [run] = await s.finished('broken');
    expect(run).toMatchObject({ state: 'Failed', reason: 'BackoffLimitExceeded', exitCode: 4 });
    expect(run?.steps?.map((step) => [step.name, step.state])).toEqual([
      ['load', 'Succeeded'],
      ['bad', 'Failed'],
      ['after-bad', 'Skipped'],
      ['side', 'Succeeded'],
    ]);
    expect(await s.output(stepOf(run, 'side')?.unitId)).toBe('side done\n');
    const names = (await s.t.containers.listManaged(s.t.instance)).map((c) => c.name);
    expect(names.filter((n) => n.includes('-after-bad-'))).toEqual([]);

    // The Job deleted: its containers and its runs' workspaces go.
    const workspaces = async () =>
      (
        await s.t.docker.listVolumes({
          filters: { label: [`berth.instance=${s.t.instance}`, 'berth.name=broken'] },
        })
      ).Volumes.length;
    expect(await workspaces()).toBe(1);
    s.core.reconciler.setRevision({ id: 'none', resources: [] });
    await s.core.reconciler.reconcile();
    expect(await s.t.containers.listManaged(s.t.instance)).toEqual([]);
    expect(await workspaces()).toBe(0);
  });

  it('gives a step Job and step parameters of the same name as PARAM_X and STEP_PARAM_X; parameterSets gives exactly its runs', async () => {
    const s = setup('pipeparams');
    await s.apply(
      pipelineJob('params', {
        parameterSets: [{ x: 'job-1' }, { x: 'job-2' }, { x: 'job-3' }],
        steps: [
          {
            name: 'show',
            command: 'echo "$PARAM_X $STEP_PARAM_X $BERTH_STEP"',
            parameters: { x: ['step'] },
          },
        ],
      }),
    );
    const runs = await s.finished('params', 3);
    const outputs = await Promise.all(runs.map((r) => s.output(stepOf(r, 'show')?.unitId)));
    expect(outputs.sort()).toEqual(['job-1 step show\n', 'job-2 step show\n', 'job-3 step show\n']);
  });

  it('killed with SIGKILL between two steps and restarted, it runs the rest once and never a finished step again', async () => {
    const f = await tempFolder();
    const t = testEngine('pipekill');
    cleanups.push(
      () => f.cleanup(),
      () => t.cleanup(),
    );
    // The second step waits for a file the test writes into the run's workspace, so berth can be
    // killed while it runs: the first step is over, the third not started.
    await f.write(
      'job.yaml',
      `apiVersion: berth/v1
kind: Job
metadata: { name: resume, owner: user:alice }
spec:
  image: berth-examples/busybox:1
  steps:
    - { name: first, command: 'echo first >> /workspace/run/trail' }
    - name: second
      dependsOn: [first]
      command: 'until [ -f /workspace/run/go ]; do sleep 0.1; done; echo second >> /workspace/run/trail'
    - { name: third, dependsOn: [second], command: 'echo third >> /workspace/run/trail; cat /workspace/run/trail' }
`,
    );
    const first = serveProcess(f.dir, t.instance, cleanups);
    await first.url;
    const second = await eventually(
      async () =>
        (await t.containers.listManaged(t.instance)).find(
          (c) => c.labels['berth.step'] === 'second' && c.status === 'running',
        ),
      30_000,
      'the second step running',
    );
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));
    const exec = await t.docker
      .getContainer(second.id)
      .exec({ Cmd: ['touch', '/workspace/run/go'], AttachStdout: true });
    await new Promise<void>((resolve, reject) => {
      exec.start({}, (error, stream) => {
        if (error || !stream) reject(error instanceof Error ? error : new Error('no exec stream'));
        else stream.on('end', resolve).resume();
      });
    });

    const restarted = serveProcess(f.dir, t.instance, cleanups);
    const url = await restarted.url;
    const done = await eventually(
      async () => {
        const r = await fetch(`${url}/api/v1/resources/Job/resume`);
        const body = (await r.json()) as { state: string; job?: { runs: RunSummary[] } };
        return body.state === 'Succeeded' ? body : undefined;
      },
      30_000,
      'the run to succeed after the restart',
    );
    expect(done.job?.runs).toHaveLength(1);
    expect(done.job?.runs[0]?.steps?.map((step) => [step.name, step.attempts])).toEqual([
      ['first', 1],
      ['second', 1],
      ['third', 1],
    ]);
    const units = await t.containers.listManaged(t.instance);
    expect(units.map((u) => u.labels['berth.step']).sort()).toEqual(['first', 'second', 'third']);
    const third = units.find((u) => u.labels['berth.step'] === 'third');
    const logs = await fetch(
      `${url}/api/v1/resources/Job/resume/runs/${third?.labels['berth.run'] ?? ''}/logs?step=third`,
    );
    expect(await logs.text()).toBe('first\nsecond\nthird\n');

    // The dashboard shows the run as its graph of steps, each linking to its output.
    const runId = third?.labels['berth.run'] ?? '';
    const page = await (await fetch(`${url}/resources/Job/resume/runs/${runId}/logs`)).text();
    expect(page).toContain('<h2>Steps</h2>');
    expect(page).toMatch(/<td><a href="[^"]+\?step=third">third<\/a><\/td><td>second<\/td>/);
    expect(page).toContain('first\nsecond\nthird\n');
    // berth status lists each run with its steps under it.
    const status = await runCli(['status', 'resume', '--path', f.dir, '--instance', t.instance]);
    const rows = status.stdout.trimEnd().split('\n').slice(2);
    expect(rows.map((l) => l.trim().split(/\s+/).slice(0, 4))).toEqual([
      [runId, 'spec', '-', 'Succeeded'],
      ['first', '-', 'Succeeded', '1'],
      ['second', 'after', 'first', 'Succeeded'],
      ['third', 'after', 'second', 'Succeeded'],
    ]);
  });
});
