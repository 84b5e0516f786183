// Pipelines (SPEC §1.3.1) through the reconcile loop, against the in-memory engine and a manual
// clock: dependency order, parallel steps, per-step retries, skipped dependants, parameters,
// parameter sets, deadlines, history and restarts.
import { describe, expect, it } from 'vitest';
import { advance, flush, job, world, type World } from '../../../test/support/job-world.js';
import type { Job } from '../../resources/types.generated.js';

/** extract → (features-a, features-b) → train */
function pipeline(spec: Partial<Job['spec']> = {}): Job {
  const resource = job({
    steps: [
      { name: 'extract', command: 'extract' },
      { name: 'features-a', command: 'fa', dependsOn: ['extract'] },
      { name: 'features-b', command: 'fb', dependsOn: ['extract'] },
      { name: 'train', command: 'train', dependsOn: ['features-a', 'features-b'] },
    ],
    ...spec,
  });
  delete resource.spec.command;
  return resource;
}

/** The started units as `<step>-a<attempt>`, in order. */
function startedSteps(w: World): string[] {
  return w.started().map((name) => name.replace(/^etl-h[0-9a-f]{10}-\d+-/, ''));
}

async function finish(w: World, step: string, code: number, run = 0): Promise<void> {
  const name = w.started().find((n) => n.endsWith(`-${run}-${step}`));
  if (!name)
    throw new Error(`step ${step} of run ${run} was not started: ${w.started().join(', ')}`);
  w.fake.finish(`berth-t-${name}`, code);
  await flush();
}

const stepStates = (w: World, run = 0) =>
  Object.fromEntries(
    (w.status()?.job?.runs.find((r) => r.id.endsWith(`-${run}`))?.steps ?? []).map((s) => [
      s.name,
      s.state,
    ]),
  );

describe('pipelines', () => {
  it('runs steps in dependency order, the independent ones together, each once', async () => {
    const w = world();
    await w.apply(pipeline());
    expect(startedSteps(w)).toEqual(['extract-a1']);
    expect(w.status()?.message).toMatch(/step extract running \(0 of 4 steps done\)/);
    await finish(w, 'extract-a1', 0);
    expect(startedSteps(w)).toEqual(['extract-a1', 'features-a-a1', 'features-b-a1']);
    await finish(w, 'features-a-a1', 0);
    expect(startedSteps(w)).toHaveLength(3);
    expect(stepStates(w)).toEqual({
      extract: 'Succeeded',
      'features-a': 'Succeeded',
      'features-b': 'Running',
      train: 'Pending',
    });
    await finish(w, 'features-b-a1', 0);
    expect(startedSteps(w)).toEqual(['extract-a1', 'features-a-a1', 'features-b-a1', 'train-a1']);
    await finish(w, 'train-a1', 0);
    expect(w.status()).toMatchObject({ state: 'Succeeded' });
    expect(w.status()?.job?.runs[0]).toMatchObject({
      state: 'Succeeded',
      attempts: 4,
      message: 'succeeded (4 steps, 4 attempts)',
    });
    await w.apply(pipeline());
    expect(startedSteps(w)).toHaveLength(4);
  });

  it('gives every step the run, the step, a shared workspace volume, and its own parameters', async () => {
    const w = world();
    const resource = pipeline({ parameters: { lr: [0.1] } });
    const steps = resource.spec.steps ?? [];
    if (steps[0]) steps[0].parameters = { lr: ['step-value'], rows: [100] };
    await w.apply(resource);
    await finish(w, 'extract-a1', 0);
    const [extract, featuresA] = w.started().map((n) => w.fake.specs.get(`berth-t-${n}`));
    expect(extract?.env).toMatchObject({
      PARAM_LR: '0.1',
      STEP_PARAM_LR: 'step-value',
      STEP_PARAM_ROWS: '100',
      BERTH_STEP: 'extract',
      BERTH_PARAMS: '{"lr":0.1}',
      BERTH_STEP_PARAMS: '{"lr":"step-value","rows":100}',
    });
    expect(featuresA?.env).toMatchObject({ PARAM_LR: '0.1', BERTH_STEP: 'features-a' });
    expect(featuresA?.env.STEP_PARAM_LR).toBeUndefined();
    expect(extract?.env.BERTH_RUN).toBe(featuresA?.env.BERTH_RUN);
    const workspace = (spec: typeof extract) =>
      spec?.volumes.find((v) => v.target === '/workspace/run')?.name;
    expect(workspace(extract)).toBe(`berth-t-run-etl-${extract?.env.BERTH_RUN ?? ''}`);
    expect(workspace(featuresA)).toBe(workspace(extract));
    expect(extract?.labels).toMatchObject({ 'berth.step': 'extract', 'berth.attempt': '1' });
  });

  it('retries a failed step alone after 10 s; the steps before it ran once', async () => {
    const w = world();
    await w.apply(pipeline({ backoffLimit: 2 }));
    await finish(w, 'extract-a1', 0);
    await finish(w, 'features-a-a1', 1);
    expect(w.status()?.message).toMatch(
      /step features-a: attempt 1 exited with code 1; attempt 2 after 10 s/,
    );
    await advance(w, 9_999);
    expect(startedSteps(w)).toHaveLength(3);
    await advance(w, 1);
    expect(startedSteps(w)).toEqual([
      'extract-a1',
      'features-a-a1',
      'features-b-a1',
      'features-a-a2',
    ]);
    await finish(w, 'features-a-a2', 0);
    await finish(w, 'features-b-a1', 0);
    await finish(w, 'train-a1', 0);
    expect(w.status()?.job?.runs[0]?.steps?.map((s) => [s.name, s.attempts])).toEqual([
      ['extract', 1],
      ['features-a', 2],
      ['features-b', 1],
      ['train', 1],
    ]);
    expect(w.status()?.state).toBe('Succeeded');
  });

  it('a step that always fails fails the run and skips its dependants; the other branch finishes', async () => {
    const w = world();
    await w.apply(pipeline({ backoffLimit: 0 }));
    await finish(w, 'extract-a1', 0);
    await finish(w, 'features-a-a1', 3);
    expect(stepStates(w)).toEqual({
      extract: 'Succeeded',
      'features-a': 'Failed',
      'features-b': 'Running',
      train: 'Skipped',
    });
    expect(w.status()?.state).toBe('Running');
    await finish(w, 'features-b-a1', 0);
    expect(startedSteps(w)).not.toContain('train-a1');
    expect(w.status()).toMatchObject({ state: 'Failed', reason: 'BackoffLimitExceeded' });
    const run = w.status()?.job?.runs[0];
    expect([run?.state, run?.exitCode]).toEqual(['Failed', 3]);
    expect(run?.message).toMatch(/^step features-a failed 1 attempt .*; 1 step skipped$/);
    const train = w.status()?.job?.runs[0]?.steps?.find((s) => s.name === 'train');
    expect(train).toMatchObject({
      reason: 'DependencyFailed',
      message: 'skipped: step features-a failed',
    });
  });

  it('parameterSets with 3 maps gives exactly 3 runs, each a whole pipeline', async () => {
    const w = world();
    await w.apply(
      pipeline({
        parameterSets: [
          { model: 'a', lr: 1 },
          { model: 'b', lr: 1 },
          { model: 'c', lr: 2 },
        ],
      }),
    );
    expect(w.started().map((n) => n.replace(/^etl-h[0-9a-f]{10}-/, ''))).toEqual([
      '0-extract-a1',
      '1-extract-a1',
      '2-extract-a1',
    ]);
    const models = w.started().map((n) => w.fake.specs.get(`berth-t-${n}`)?.env.PARAM_MODEL);
    expect(models).toEqual(['a', 'b', 'c']);
    expect(w.status()?.job?.runs).toHaveLength(3);
  });

  it('stops every running step at the run deadline; the steps not started are skipped', async () => {
    const w = world();
    await w.apply(pipeline({ activeDeadlineSeconds: 60 }));
    await finish(w, 'extract-a1', 0);
    await advance(w, 60_000);
    expect(w.fake.calls.filter((c) => c.startsWith('stop '))).toEqual([
      expect.stringMatching(/features-a-a1 \(deadline-exceeded\)$/),
      expect.stringMatching(/features-b-a1 \(deadline-exceeded\)$/),
    ]);
    await flush();
    expect(w.status()).toMatchObject({ state: 'Failed', reason: 'DeadlineExceeded' });
    expect(stepStates(w)).toEqual({
      extract: 'Succeeded',
      'features-a': 'Failed',
      'features-b': 'Failed',
      train: 'Skipped',
    });
    expect(startedSteps(w)).not.toContain('train-a1');
  });

  it('a run between steps when its deadline passes fails DeadlineExceeded; its finished steps keep their success', async () => {
    const w = world();
    await w.apply(pipeline({ activeDeadlineSeconds: 60 }));
    await finish(w, 'extract-a1', 0);
    await finish(w, 'features-a-a1', 0);
    // berth is not running when the last feature step ends, and the deadline passes meanwhile.
    await w.loop.stop();
    await finish(w, 'features-b-a1', 0);
    w.clock.advance(120_000);
    w.restart();
    w.loop.start();
    await w.apply(pipeline({ activeDeadlineSeconds: 60 }));
    expect(startedSteps(w)).not.toContain('train-a1');
    expect(w.status()).toMatchObject({ state: 'Failed', reason: 'DeadlineExceeded' });
    expect(stepStates(w)).toEqual({
      extract: 'Succeeded',
      'features-a': 'Succeeded',
      'features-b': 'Succeeded',
      train: 'Skipped',
    });
  });

  it('Replace stops every running step of the old run, which starts nothing more', async () => {
    const w = world();
    await w.apply(pipeline({ schedule: '* * * * *', concurrencyPolicy: 'Replace' }));
    await advance(w, 30_000);
    const first = w.started()[0]?.replace(/-extract-a1$/, '') ?? '';
    w.fake.finish(`berth-t-${first}-extract-a1`, 0);
    await flush();
    await advance(w, 60_000);
    expect(
      w.fake.calls
        .filter((c) => c.startsWith('stop '))
        .map((c) => c.replace(`stop berth-t-${first}-`, '')),
    ).toEqual(['features-a-a1 (replaced)', 'features-b-a1 (replaced)']);
    const runs = w.status()?.job?.runs ?? [];
    expect(runs.map((r) => [r.state, r.reason])).toEqual([
      ['Running', undefined],
      ['Failed', 'Replaced'],
    ]);
    expect(runs[1]?.steps?.map((s) => [s.name, s.state])).toEqual([
      ['extract', 'Succeeded'],
      ['features-a', 'Failed'],
      ['features-b', 'Failed'],
      ['train', 'Skipped'],
    ]);
    expect(w.started().filter((n) => n.startsWith(first))).toHaveLength(3);
  });

  it('a Job changed between a command and steps starts nothing more in its earlier runs', async () => {
    const w = world();
    await w.apply(job({ backoffLimit: 2 }));
    const single = w.started()[0] ?? '';
    w.fake.finish(`berth-t-${single}`, 1);
    await flush();
    // The single-command run waits for its retry when the Job becomes a pipeline.
    await w.apply(pipeline({ backoffLimit: 2 }));
    await advance(w, 60_000);
    expect(
      w
        .started()
        .filter((n) => n !== single)
        .map((n) => n.replace(/^etl-h[0-9a-f]{10}-0-/, '')),
    ).toEqual(['extract-a1']);
    const runs = w.status()?.job?.runs ?? [];
    expect(runs.map((r) => [r.state, r.reason ?? '', r.steps?.length ?? 0])).toEqual([
      ['Running', '', 4],
      ['Failed', 'Changed', 0],
    ]);
    // And back: the pipeline run under way finishes its step, and starts no other.
    await w.apply(job({ backoffLimit: 2 }));
    await finish(w, 'extract-a1', 0);
    await advance(w, 60_000);
    expect(w.started().filter((n) => /-(features|train)-/.test(n))).toEqual([]);
  });

  it('a new berth on the same engine resumes the run where it was and never re-runs a finished step', async () => {
    const w = world();
    await w.apply(pipeline());
    await finish(w, 'extract-a1', 0);
    await finish(w, 'features-a-a1', 0);
    await w.loop.stop();
    w.restart();
    w.loop.start();
    await w.apply(pipeline());
    await finish(w, 'features-b-a1', 0);
    await finish(w, 'train-a1', 0);
    expect(startedSteps(w)).toEqual(['extract-a1', 'features-a-a1', 'features-b-a1', 'train-a1']);
    expect(w.status()?.state).toBe('Succeeded');
    expect(w.status()?.job?.runs).toHaveLength(1);
  });

  it('removes a run’s workspace volume with its history', async () => {
    const w = world();
    const resource = pipeline({ schedule: '* * * * *', historyLimit: { succeeded: 1, failed: 0 } });
    resource.spec.steps = [{ name: 'extract', command: 'extract' }];
    await w.apply(resource);
    for (let i = 0; i < 2; i++) {
      await advance(w, 60_000);
      const last = w.started()[w.started().length - 1] ?? '';
      w.fake.finish(`berth-t-${last}`, 0);
      await flush();
    }
    await advance(w, 60_000);
    expect(w.fake.calls).toContain('remove 1 volumes');
    const runs = new Set(w.fake.units('Job/etl').map((u) => u.labels['berth.run']));
    expect([...runs]).toEqual(['s202611221002-0', 's202611221003-0']);
  });
});
