// Jobs on the real Docker engine: run containers, exit codes, retries, deadlines, concurrency
// policies, grids and history. Time that matters (retry delays, schedules, deadlines) comes from
// a manual clock: the containers are real, the waiting is not.
import { afterEach, describe, expect, it } from 'vitest';
import type { Resource } from '../src/resources/types.generated.js';
import type { Core } from '../src/service/core.js';
import { eventually, testEngine, type TestEngine } from './support/docker.js';
import { manualClock, type ManualClock } from './support/manual-clock.js';
import { runCli } from './support/cli.js';
import { jobResource, tempFolder } from './support/resources.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface Setup {
  t: TestEngine;
  core: Core;
  clock: ManualClock;
  apply(resource: Resource): Promise<void>;
  /** moves the manual clock to an instant (epoch ms) */
  moveTo(at: number): void;
  names(): Promise<string[]>;
}

function setup(prefix: string): Setup {
  const t = testEngine(prefix);
  // Whole seconds keep the engine's times and the clock's comparable.
  const clock = manualClock(Math.ceil(Date.now() / 1000) * 1000);
  const core = t.core({ clock, stopTimeoutSeconds: 1 });
  cleanups.push(
    () => t.cleanup(),
    () => core.close(),
  );
  const s: Setup = {
    t,
    core,
    clock,
    async apply(resource) {
      core.reconciler.setRevision({ id: `r${clock.now()}`, resources: [resource] });
      await core.reconciler.reconcile();
    },
    moveTo(at) {
      clock.advance(Math.max(at - clock.now(), 0));
    },
    async names() {
      const list = await t.containers.listManaged(t.instance);
      return list.map((c) => c.name.replace(`berth-${t.instance}-`, '')).sort();
    },
  };
  core.reconciler.start();
  return s;
}

const status = (s: Setup, name: string) => s.core.reconciler.status.get(`Job/${name}`);

async function statusMatching(s: Setup, name: string, pattern: RegExp, what: string) {
  return eventually(
    () => (pattern.test(status(s, name)?.message ?? '') ? status(s, name) : undefined),
    20_000,
    what,
  );
}

describe('jobs on the docker engine', () => {
  it('retries a job that fails twice after 10 s and 20 s, and it ends Succeeded on the third attempt', async () => {
    const s = setup('retry');
    // Each attempt counts itself in the owner's /data volume and fails until the third.
    const command =
      'n=$(cat /data/attempts 2>/dev/null || echo 0); n=$((n+1)); echo $n > /data/attempts; echo "attempt $n"; [ $n -ge 3 ]';
    await s.apply(jobResource('flaky', { command, backoffLimit: 3 }));
    for (const [attempt, delay] of [
      [1, 10_000],
      [2, 20_000],
    ] as const) {
      const after = await statusMatching(
        s,
        'flaky',
        new RegExp(
          `attempt ${attempt} exited with code 1; attempt ${attempt + 1} after ${delay / 1000} s$`,
        ),
        `attempt ${attempt} to fail`,
      );
      const finishedAt = Date.parse(after.job?.runs[0]?.finishedAt ?? '');
      s.moveTo(finishedAt + delay - 1_000);
      expect((await s.names()).filter((n) => n.endsWith(`-a${attempt + 1}`))).toEqual([]);
      s.moveTo(finishedAt + delay);
      await eventually(
        async () =>
          (await s.names()).some((n) => n.endsWith(`-a${attempt + 1}`)) ? true : undefined,
        10_000,
        `attempt ${attempt + 1} to start`,
      );
    }
    const done = await statusMatching(s, 'flaky', /succeeded/, 'the third attempt to succeed');
    expect(done.state).toBe('Succeeded');
    expect(done.job?.runs[0]).toMatchObject({ state: 'Succeeded', attempts: 3, exitCode: 0 });
    const logs: string[] = [];
    await s.core.engine.logs(done.job?.runs[0]?.unitId ?? '', {}, (text) => logs.push(text));
    expect(logs.join('')).toBe('attempt 3\n');
  });

  it('stops a job that always fails after backoffLimit + 1 attempts with BackoffLimitExceeded', async () => {
    const s = setup('fail');
    await s.apply(jobResource('broken', { command: 'echo nope; exit 3', backoffLimit: 1 }));
    const first = await statusMatching(s, 'broken', /attempt 2 after 10 s$/, 'attempt 1 to fail');
    s.moveTo(Date.parse(first.job?.runs[0]?.finishedAt ?? '') + 10_000);
    const failed = await statusMatching(s, 'broken', /backoffLimit 1/, 'the run to fail');
    expect([failed.state, failed.reason]).toEqual(['Failed', 'BackoffLimitExceeded']);
    expect(failed.message).toMatch(/failed 2 attempts \(backoffLimit 1\); last exit code 3$/);
    s.moveTo(s.clock.now() + 3600_000);
    expect((await s.names()).length).toBe(2);
  });

  it('stops a run at its deadline, and no retry follows', async () => {
    const s = setup('deadline');
    await s.apply(
      jobResource('slow', {
        command: 'exec sleep 600',
        activeDeadlineSeconds: 30,
        backoffLimit: 3,
      }),
    );
    await statusMatching(s, 'slow', /attempt 1 running/, 'the run to start');
    s.moveTo(s.clock.now() + 30_000);
    const stopped = await statusMatching(s, 'slow', /deadline/, 'the run to be stopped');
    expect([stopped.state, stopped.reason]).toEqual(['Failed', 'DeadlineExceeded']);
    s.moveTo(s.clock.now() + 3600_000);
    const names = await s.names();
    expect(names).toEqual([expect.stringMatching(/^slow-h[0-9a-f]{10}-0-a1--deadline-exceeded$/)]);
    const [container] = await s.t.containers.listManaged(s.t.instance);
    expect(container?.status).toBe('exited');
  });

  it.each([
    ['Allow', 2, 0, 0],
    ['Forbid', 1, 1, 0],
    ['Replace', 1, 0, 1],
  ] as const)(
    'concurrencyPolicy %s with a long-running job: %i running, %i skipped, %i replaced',
    async (policy, running, skipped, replaced) => {
      const s = setup(`cp-${policy.toLowerCase()}`);
      await s.apply(
        jobResource('long', {
          command: 'exec sleep 600',
          schedule: '* * * * *',
          concurrencyPolicy: policy,
        }),
      );
      const minute = Math.ceil((s.clock.now() + 1) / 60_000) * 60_000;
      s.moveTo(minute);
      await statusMatching(s, 'long', /attempt 1 running/, 'the first run');
      s.moveTo(minute + 60_000);
      await eventually(
        async () => {
          const list = await s.t.containers.listManaged(s.t.instance);
          const count = (f: (c: (typeof list)[number]) => boolean) => list.filter(f).length;
          const seen = [
            count((c) => c.status === 'running'),
            count((c) => c.labels['berth.skipped'] === 'Forbid'),
            count((c) => c.name.endsWith('--replaced') && c.status === 'exited'),
          ];
          return seen.join() === [running, skipped, replaced].join() ? true : undefined;
        },
        20_000,
        `${running} running, ${skipped} skipped, ${replaced} replaced`,
      );
      const runs = await eventually(
        () => {
          const list = status(s, 'long')?.job?.runs ?? [];
          return list.length === 2 ? list : undefined;
        },
        10_000,
        'two runs in the status',
      );
      const second = { Allow: 'Running', Forbid: 'Skipped', Replace: 'Running' }[policy];
      const first = { Allow: 'Running', Forbid: 'Running', Replace: 'Failed' }[policy];
      expect(runs.map((r) => r.state)).toEqual([second, first]);
      if (policy === 'Replace') expect(runs[1]?.reason).toBe('Replaced');
    },
  );

  it('a 2×3 grid gives six runs with their values in the environment, once', async () => {
    const s = setup('grid');
    const grid = jobResource('grid', {
      command: 'echo "region=$PARAM_REGION day=$PARAM_DAY params=$BERTH_PARAMS run=$BERTH_RUN"',
      parameters: { region: ['eu', 'us'], day: [0, 1, 2] },
    });
    await s.apply(grid);
    const done = await eventually(
      () => {
        const runs = status(s, 'grid')?.job?.runs ?? [];
        return runs.length === 6 && runs.every((r) => r.state === 'Succeeded') ? runs : undefined;
      },
      20_000,
      'six runs to succeed',
    );
    const printed: string[] = [];
    for (const run of [...done].reverse()) {
      await s.core.engine.logs(run.unitId ?? '', {}, (text) => printed.push(text.trim()));
    }
    expect(printed.map((p) => p.replace(/run=\S+/, 'run=…'))).toEqual([
      'region=eu day=0 params={"region":"eu","day":0} run=…',
      'region=eu day=1 params={"region":"eu","day":1} run=…',
      'region=eu day=2 params={"region":"eu","day":2} run=…',
      'region=us day=0 params={"region":"us","day":0} run=…',
      'region=us day=1 params={"region":"us","day":1} run=…',
      'region=us day=2 params={"region":"us","day":2} run=…',
    ]);
    const again = await s.core.reconciler.reconcile();
    expect(again.plan.actions.map((a) => a.type)).toEqual(['noop']);
    expect(await s.names()).toHaveLength(6);
  });

  it('keeps exactly historyLimit finished runs, with their logs', async () => {
    const s = setup('history');
    await s.apply(
      jobResource('often', {
        command: 'echo "hello from $BERTH_RUN"',
        schedule: '* * * * *',
        historyLimit: { succeeded: 2, failed: 1 },
      }),
    );
    let minute = Math.ceil((s.clock.now() + 1) / 60_000) * 60_000;
    for (let i = 0; i < 4; i++) {
      s.moveTo(minute);
      const id = `s${new Date(minute).toISOString().slice(0, 16).replace(/[-:T]/g, '')}-0`;
      await eventually(
        () => status(s, 'often')?.job?.runs.find((r) => r.id === id && r.state === 'Succeeded'),
        20_000,
        `run ${id} to succeed`,
      );
      minute += 60_000;
    }
    s.moveTo(minute - 30_000);
    await s.core.reconciler.reconcile();
    const kept = await eventually(
      async () => {
        const list = await s.t.containers.listManaged(s.t.instance);
        return list.length === 2 ? list : undefined;
      },
      10_000,
      'two runs kept',
    );
    for (const unit of kept) {
      expect(await s.t.containers.logs(unit.id, 10)).toBe(
        `hello from ${unit.labels['berth.run'] ?? ''}\n`,
      );
    }
  });
});

describe('berth apply with jobs', () => {
  it('starts the run-once jobs, waits for them, prints each outcome, and exits 1 when one failed', async () => {
    const f = await tempFolder();
    const t = testEngine('apply-jobs');
    cleanups.push(
      () => f.cleanup(),
      () => t.cleanup(),
    );
    const yaml = (name: string, command: string) =>
      `apiVersion: berth/v1\nkind: Job\nmetadata: { name: ${name}, owner: user:alice }\nspec:\n  image: berth-examples/busybox:1\n  command: ${JSON.stringify(command)}\n  backoffLimit: 0\n`;
    await f.write('ok.yaml', yaml('ok', 'echo fine'));
    const first = await runCli(['apply', f.dir, '--instance', t.instance]);
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(/^▶ Job\/ok {2}run: start run h[0-9a-f]{10}-0\n/);
    expect(first.stdout).toMatch(
      /\n✓ Job\/ok run h[0-9a-f]{10}-0 {2}Succeeded \(attempts: 1, \d+\.\d s\) {2}succeeded \(1 attempt\)\n/,
    );
    expect(first.code).toBe(0);

    const unchanged = await runCli(['apply', f.dir, '--instance', t.instance]);
    expect(unchanged.code).toBe(0);
    expect(unchanged.stdout).not.toContain('start run');

    await f.write('bad.yaml', yaml('bad', 'echo broken >&2; exit 4'));
    const failing = await runCli(['apply', f.dir, '--instance', t.instance]);
    expect(failing.stdout).toMatch(/✗ Job\/bad run h[0-9a-f]{10}-0 {2}Failed BackoffLimitExceeded/);
    expect(failing.code).toBe(1);

    await f.write('later.yaml', yaml('later', 'exec sleep 600'));
    const noWait = await runCli(['apply', f.dir, '--instance', t.instance, '--no-wait']);
    expect(noWait.stdout).toContain('start run');
    const running = await t.containers.listManaged(t.instance);
    expect(
      running.filter((c) => c.status === 'running').map((c) => c.labels['berth.name']),
    ).toEqual(['later']);
  });
});
