// Jobs through the reconcile loop, against the in-memory engine and a manual clock: schedules,
// retries, deadlines, concurrency policies, grids, history and restarts, without waiting.
import { describe, expect, it } from 'vitest';
import { advance, flush, job, world } from '../../../test/support/job-world.js';

describe('jobs', () => {
  it('a Job without a schedule runs once per spec, also across a restart, and again when its spec changes', async () => {
    const w = world();
    await w.apply(job());
    expect(w.started()).toEqual([expect.stringMatching(/^etl-h[0-9a-f]{10}-0-a1$/)]);
    w.fake.finish(`berth-t-${w.started()[0] ?? ''}`, 0);
    await flush();
    expect(w.status()?.state).toBe('Succeeded');

    await w.apply(job());
    await w.loop.stop();
    w.restart();
    await w.apply(job());
    expect(w.started()).toHaveLength(1);

    await w.apply(job({ command: 'python etl.py --full' }));
    expect(w.started()).toHaveLength(2);
  });

  it('a 2×3 grid starts six runs, once, each with its values in the environment', async () => {
    const w = world();
    await w.apply(job({ parameters: { region: ['eu', 'us'], day: [0, 1, 2] } }));
    const names = w.fake.calls.filter((c) => c.startsWith('start ')).map((c) => c.slice(6));
    expect(names).toHaveLength(6);
    const envs = names.map((n) => w.fake.specs.get(n)?.env ?? {});
    expect(envs.map((e) => [e.PARAM_REGION, e.PARAM_DAY, e.BERTH_ATTEMPT])).toEqual([
      ['eu', '0', '1'],
      ['eu', '1', '1'],
      ['eu', '2', '1'],
      ['us', '0', '1'],
      ['us', '1', '1'],
      ['us', '2', '1'],
    ]);
    expect(JSON.parse(envs[4]?.BERTH_PARAMS ?? '')).toEqual({ region: 'us', day: 1 });
    expect(envs[4]?.BERTH_RUN).toMatch(/^h[0-9a-f]{10}-4$/);
    await w.apply(job({ parameters: { region: ['eu', 'us'], day: [0, 1, 2] } }));
    expect(names).toHaveLength(6);
    expect(w.started()).toHaveLength(6);
  });

  it('a berth killed while it started a grid (one unit created, never started; the rest not made) finishes the set after a restart, each run once', async () => {
    const w = world();
    const grid = job({ parameters: { region: ['eu', 'us', 'ap'] } });
    await w.apply(grid);
    const units = w.fake.workloads.get('Job/etl')?.units ?? [];
    expect(units).toHaveLength(3);
    // What the engine holds if berth died right after creating the first run's container.
    units.splice(1);
    const [first] = units;
    if (!first) throw new Error('no unit');
    first.status = 'created';
    first.startedAt = undefined;
    await w.loop.stop();
    w.restart().start();
    await w.apply(grid);
    const after = w.fake.workloads.get('Job/etl')?.units ?? [];
    expect(after.map((u) => [u.labels['berth.run'], u.labels['berth.attempt'], u.status])).toEqual([
      [first.labels['berth.run'], '1', 'running'],
      [expect.stringMatching(/-1$/), '1', 'running'],
      [expect.stringMatching(/-2$/), '1', 'running'],
    ]);
    expect(w.status()?.job?.runs).toHaveLength(3);
    await w.apply(grid);
    expect(w.fake.workloads.get('Job/etl')?.units).toHaveLength(3);
  });

  it('retries a failed attempt after 10 s, then 20 s, and ends Succeeded on the third', async () => {
    const w = world();
    await w.apply(job({ backoffLimit: 3 }));
    const run = w.started()[0]?.replace(/-a1$/, '') ?? '';
    w.fake.finish(`berth-t-${run}-a1`, 1);
    await flush();
    expect(w.status()?.message).toBe(
      `run ${run.replace('etl-', '')}: attempt 1 exited with code 1; attempt 2 after 10 s`,
    );
    await advance(w, 9_999);
    expect(w.started()).toHaveLength(1);
    await advance(w, 1);
    expect(w.started()).toEqual([`${run}-a1`, `${run}-a2`]);
    w.fake.finish(`berth-t-${run}-a2`, 1);
    await flush();
    await advance(w, 19_999);
    expect(w.started()).toHaveLength(2);
    await advance(w, 1);
    expect(w.started()).toHaveLength(3);
    w.fake.finish(`berth-t-${run}-a3`, 0);
    await flush();
    expect(w.status()?.state).toBe('Succeeded');
    expect(w.status()?.job?.runs[0]).toMatchObject({
      state: 'Succeeded',
      attempts: 3,
      exitCode: 0,
    });
  });

  it('stops after backoffLimit + 1 attempts with BackoffLimitExceeded', async () => {
    const w = world();
    await w.apply(job({ backoffLimit: 1 }));
    const run = w.started()[0]?.replace(/-a1$/, '') ?? '';
    w.fake.finish(`berth-t-${run}-a1`, 2);
    await flush();
    await advance(w, 10_000);
    w.fake.finish(`berth-t-${run}-a2`, 2);
    await flush();
    await advance(w, 3600_000);
    expect(w.started()).toHaveLength(2);
    expect(w.status()).toMatchObject({ state: 'Failed', reason: 'BackoffLimitExceeded' });
    expect(w.status()?.message).toContain('failed 2 attempts (backoffLimit 1); last exit code 2');
  });

  it('says why an attempt the engine could not run ended, instead of an exit code it never had', async () => {
    const w = world();
    await w.apply(job({ backoffLimit: 1 }));
    const run = w.started()[0]?.replace(/-a1$/, '') ?? '';
    w.fake.refuse(`berth-t-${run}-a1`, 'No such image: etl:9');
    await flush();
    expect(w.status()?.message).toBe(
      `run ${run.replace('etl-', '')}: attempt 1 could not run (No such image: etl:9); attempt 2 after 10 s`,
    );
    await advance(w, 10_000);
    w.fake.refuse(`berth-t-${run}-a2`, 'No such image: etl:9');
    await flush();
    expect(w.status()).toMatchObject({ state: 'Failed', reason: 'BackoffLimitExceeded' });
    expect(w.status()?.message).toContain(
      'failed 2 attempts (backoffLimit 1); the last could not run (No such image: etl:9)',
    );
  });

  it('stops a run at its deadline, fails it DeadlineExceeded, and retries nothing', async () => {
    const w = world();
    await w.apply(job({ activeDeadlineSeconds: 30, backoffLimit: 5 }));
    await advance(w, 29_000);
    expect(w.fake.calls.some((c) => c.startsWith('stop '))).toBe(false);
    await advance(w, 1_000);
    expect(w.fake.calls.filter((c) => c.startsWith('stop '))).toEqual([
      expect.stringMatching(/-a1 \(deadline-exceeded\)$/),
    ]);
    await advance(w, 3600_000);
    expect(w.started()).toHaveLength(1);
    expect(w.status()).toMatchObject({ state: 'Failed', reason: 'DeadlineExceeded' });
  });

  it.each([
    ['Allow', ['s202611221001-0-a1', 's202611221002-0-a1'], [], 'Running'],
    ['Forbid', ['s202611221001-0-a1'], [], 'Running'],
    [
      'Replace',
      ['s202611221001-0-a1', 's202611221002-0-a1'],
      ['s202611221001-0-a1 (replaced)'],
      'Running',
    ],
  ] as const)(
    'concurrencyPolicy %s with a long-running scheduled job',
    async (policy, started, stopped, state) => {
      const w = world();
      await w.apply(job({ schedule: '* * * * *', concurrencyPolicy: policy }));
      await advance(w, 30_000);
      await advance(w, 60_000);
      expect(w.started()).toEqual(started.map((s) => `etl-${s}`));
      expect(
        w.fake.calls
          .filter((c) => c.startsWith('stop '))
          .map((c) => c.replace('stop berth-t-etl-', '')),
      ).toEqual(stopped);
      expect(w.status()?.state).toBe(state);
      const runs = w.status()?.job?.runs.map((r) => [r.id, r.state, r.reason]) ?? [];
      if (policy === 'Forbid') {
        expect(runs).toEqual([
          ['s202611221002-0', 'Skipped', 'Forbid'],
          ['s202611221001-0', 'Running', undefined],
        ]);
      }
      if (policy === 'Replace') {
        expect(runs).toEqual([
          ['s202611221002-0', 'Running', undefined],
          ['s202611221001-0', 'Failed', 'Replaced'],
        ]);
      }
    },
  );

  it('fires a Europe/Berlin schedule at the right instants across both 2026 daylight-saving changes', async () => {
    for (const [from, days, expected] of [
      [
        '2026-03-27T12:00:00Z',
        4,
        ['2026-03-28T01:30', '2026-03-29T01:00', '2026-03-30T00:30', '2026-03-31T00:30'],
      ],
      ['2026-10-23T12:00:00Z', 3, ['2026-10-24T00:30', '2026-10-25T00:30', '2026-10-26T01:30']],
    ] as const) {
      const w = world(from);
      await w.apply(
        job({ schedule: '30 2 * * *', timeZone: 'Europe/Berlin', concurrencyPolicy: 'Allow' }),
      );
      for (let h = 0; h < days * 24; h++) await advance(w, 3600_000);
      const fired = [...w.fake.specs.values()].map((s) =>
        s.labels['berth.scheduled-at']?.slice(0, 16),
      );
      expect(fired).toEqual(expected);
      await w.loop.stop();
    }
  });

  it('keeps exactly historyLimit finished runs', async () => {
    const w = world();
    await w.apply(
      job({ schedule: '* * * * *', historyLimit: { succeeded: 2, failed: 1 }, backoffLimit: 0 }),
    );
    for (let i = 0; i < 5; i++) {
      await advance(w, 60_000);
      const last = w.started()[w.started().length - 1] ?? '';
      w.fake.finish(`berth-t-${last}`, i === 1 ? 1 : 0);
      await flush();
    }
    await advance(w, 60_000);
    const kept = w.fake.units('Job/etl').filter((u) => u.status === 'exited');
    expect(kept.map((u) => [u.labels['berth.run'], u.exitCode])).toEqual([
      ['s202611221002-0', 1],
      ['s202611221004-0', 0],
      ['s202611221005-0', 0],
    ]);
  });

  it('after a restart, starts only the latest schedule time it missed, and says how many it missed', async () => {
    const w = world('2026-11-22T09:59:30Z');
    await w.apply(job({ schedule: '0 * * * *' }));
    await advance(w, 30_000);
    expect(w.started()).toEqual(['etl-s202611221000-0-a1']);
    w.fake.finish('berth-t-etl-s202611221000-0-a1', 0);
    await flush();
    await w.loop.stop();
    w.clock.advance(3 * 3600_000 + 5 * 60_000); // berth is down from 10:00 to 13:05
    const again = w.restart();
    again.start();
    await w.apply(job({ schedule: '0 * * * *' }));
    expect(w.started()).toEqual(['etl-s202611221000-0-a1', 'etl-s202611221300-0-a1']);
    expect(w.status()?.history.map((h) => h.message)).toContain(
      'missed 2 earlier scheduled runs while berth was not running; only the latest is started',
    );
  });

  it('with startingDeadlineSeconds, records a missed time that is too late as Skipped', async () => {
    const w = world('2026-11-22T09:59:30Z');
    const spec = { schedule: '0 * * * *', startingDeadlineSeconds: 60 };
    await w.apply(job(spec));
    await advance(w, 30_000);
    w.fake.finish('berth-t-etl-s202611221000-0-a1', 0);
    await flush();
    await w.loop.stop();
    w.clock.advance(65 * 60_000); // down until 11:05:30
    w.restart().start();
    await w.apply(job(spec));
    expect(w.started()).toEqual(['etl-s202611221000-0-a1']);
    expect(w.status()?.job?.runs[0]).toMatchObject({
      id: 's202611221100-0',
      state: 'Skipped',
      reason: 'Missed',
    });
  });
});
