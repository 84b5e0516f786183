// berth killed anywhere (SIGKILL) during applies, rollouts, job runs and pipeline steps, then
// started again: the end state matches the resource files, with no duplicate replicas, no orphans
// (no container, workspace volume, network, image or gateway route that nothing uses), and every
// job run counted once. The points are random; the test prints them (and the seed to replay them with
// BERTH_KILL_SEED=<seed>).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { eventually, removeInstance, testEngine } from './support/docker.js';
import { leaksOf, noLeaks } from './support/leaks.js';
import { deploymentYaml, tempFolder } from './support/resources.js';
import { apiStatus, startServe, type ServeProcess } from './support/serve-process.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A small seeded generator (mulberry32): the same seed picks the same points. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Plan {
  version: number;
  replicas: number;
  jobVersion: number;
  extra: boolean;
}

function files(plan: Plan): Record<string, string> {
  const command = `echo v${plan.version}; exec httpd -f -p 8000 -h /www`;
  const out: Record<string, string> = {
    'api.yaml': deploymentYaml({ name: 'api', replicas: plan.replicas, command }),
    'web.yaml': deploymentYaml({ name: 'web', command }),
    'batch.yaml':
      'apiVersion: berth/v1\nkind: Job\nmetadata: { name: batch, owner: user:alice }\n' +
      `spec: { image: berth-examples/busybox:1, command: "sleep 0.5; echo run ${plan.jobVersion}", ` +
      'parameters: { region: [eu, us] }, backoffLimit: 0 }\n',
    // A pipeline: each run has a workspace volume, which goes with the run beyond historyLimit.
    'flow.yaml':
      'apiVersion: berth/v1\nkind: Job\nmetadata: { name: flow, owner: user:alice }\n' +
      'spec:\n  image: berth-examples/busybox:1\n  backoffLimit: 0\n' +
      '  historyLimit: { succeeded: 1, failed: 1 }\n  steps:\n' +
      `    - { name: make, command: "sleep 0.3; echo flow ${plan.jobVersion} > /workspace/run/out" }\n` +
      '    - { name: use, command: "cat /workspace/run/out", dependsOn: [make] }\n',
  };
  if (plan.extra) out['extra.yaml'] = deploymentYaml({ name: 'extra' });
  return out;
}

const changes = ['rollout', 'scale', 'job run', 'apply (add or prune)'] as const;

describe('berth killed anywhere', () => {
  it('converges after SIGKILL at 20 random points of applies, rollouts, job runs and pipeline steps: no duplicates, nothing leaked, runs counted once', async () => {
    const seed = Number(process.env.BERTH_KILL_SEED ?? Date.now() % 1_000_000);
    const next = random(seed);
    const t = testEngine('kill');
    cleanups.push(() => removeInstance(t.instance));
    const f = await tempFolder();
    cleanups.push(() => f.cleanup());
    const stateDir = await mkdtemp(path.join(tmpdir(), 'berth-kill-state-'));
    cleanups.push(() => rm(stateDir, { recursive: true, force: true }));
    const start = async (): Promise<ServeProcess> => {
      const berth = await startServe(f.dir, t.instance, { args: ['--state-dir', stateDir] });
      cleanups.push(() => berth.kill());
      return berth;
    };
    let written: Record<string, string> = {};
    const write = async (plan: Plan) => {
      const next = files(plan);
      for (const [name, text] of Object.entries(next))
        if (written[name] !== text) await f.write(name, text);
      for (const name of Object.keys(written)) if (!(name in next)) await f.remove(name);
      written = next;
    };

    const plan: Plan = { version: 1, replicas: 2, jobVersion: 1, extra: false };
    await write(plan);
    let berth = await start();
    const points: string[] = [];
    for (let round = 1; round <= 20; round++) {
      const change = changes[Math.floor(next() * changes.length)] ?? 'rollout';
      if (change === 'rollout') plan.version += 1;
      if (change === 'scale') plan.replicas = 1 + ((plan.replicas + Math.floor(next() * 2)) % 3);
      if (change === 'job run') plan.jobVersion += 1;
      if (change === 'apply (add or prune)') plan.extra = !plan.extra;
      await write(plan);
      const delayMs = Math.floor(next() * 1_500);
      await new Promise((r) => setTimeout(r, delayMs));
      await berth.kill();
      points.push(`${round}: ${change}, killed ${delayMs} ms after the change`);
      berth = await start();
    }
    console.log(`berth killed at (seed ${seed}):\n  ${points.join('\n  ')}`);

    // The end state matches the plan.
    const expected = ['Deployment/api', 'Deployment/web', 'Job/batch', 'Job/flow'];
    if (plan.extra) expected.push('Deployment/extra');
    const settled = await eventually(
      async () => {
        const status = await apiStatus(berth.url).catch(() => undefined);
        const states = new Map(status?.resources.map((r) => [r.key, r]) ?? []);
        const done = expected.every((key) => {
          const one = states.get(key);
          if (key.startsWith('Job/')) return one?.state === 'Succeeded';
          return one?.state === 'Ready';
        });
        return done && states.size === expected.length ? states : undefined;
      },
      90_000,
      `convergence after the kills (seed ${seed})`,
    );
    const listed = await t.containers.listManaged(t.instance);
    const names = (kind: string) => [
      ...new Set(
        listed.filter((c) => c.labels['berth.kind'] === kind).map((c) => c.labels['berth.name']),
      ),
    ];
    // No orphans: everything on the engine belongs to a declared resource, and nothing waits
    // created but never started.
    expect(names('Deployment').sort()).toEqual(
      expected
        .filter((k) => k.startsWith('Deployment/'))
        .map((k) => k.slice(11))
        .sort(),
    );
    expect(names('Job').sort()).toEqual(['batch', 'flow']);
    expect(listed.filter((c) => c.status === 'created')).toEqual([]);
    // No duplicates: exactly the replicas wanted, all of the last spec, all running.
    for (const [name, replicas] of [
      ['api', plan.replicas],
      ['web', 1],
      ...(plan.extra ? [['extra', 1] as const] : []),
    ] as const) {
      const units = listed.filter((c) => c.labels['berth.name'] === name);
      expect(units.map((c) => c.status)).toEqual(Array.from({ length: replicas }, () => 'running'));
      expect(new Set(units.map((c) => c.labels['berth.spec-hash'])).size).toBe(1);
      const logs = await Promise.all(units.map((c) => t.containers.logs(c.id, 5)));
      if (name !== 'extra') for (const log of logs) expect(log).toBe(`v${plan.version}\n`);
    }
    // Runs counted once: the last spec's two runs, each one attempt, each succeeded; no run id twice.
    const runs = settled.get('Job/batch')?.job?.runs ?? [];
    const ids = runs.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const units = listed.filter((c) => c.labels['berth.name'] === 'batch');
    const attempts = units.map(
      (c) => `${c.labels['berth.run'] ?? ''}/${c.labels['berth.attempt'] ?? ''}`,
    );
    expect(new Set(attempts).size).toBe(attempts.length);
    // Runs are listed newest first: the last spec's set is the first two, one id prefix.
    const lastSpec = runs.slice(0, 2);
    expect(new Set(lastSpec.map((r) => r.id.replace(/-\d+$/, ''))).size).toBe(1);
    expect(lastSpec.map((r) => [r.state, r.attempts])).toEqual([
      ['Succeeded', 1],
      ['Succeeded', 1],
    ]);
    const output = await Promise.all(lastSpec.map((r) => t.containers.logs(r.unitId ?? '', 5)));
    expect(output).toEqual([`run ${plan.jobVersion}\n`, `run ${plan.jobVersion}\n`]);
    // The pipeline: its last spec's run, each step once, the file passed through its workspace.
    const flow = settled.get('Job/flow')?.job?.runs ?? [];
    expect(
      flow.slice(0, 1).map((r) => [r.state, r.steps?.map((s) => [s.name, s.state, s.attempts])]),
    ).toEqual([
      [
        'Succeeded',
        [
          ['make', 'Succeeded', 1],
          ['use', 'Succeeded', 1],
        ],
      ],
    ]);
    const use = flow[0]?.steps?.find((s) => s.name === 'use');
    expect(await t.containers.logs(use?.unitId ?? '', 5)).toBe(`flow ${plan.jobVersion}\n`);
    const steps = listed
      .filter((c) => c.labels['berth.name'] === 'flow')
      .map((c) => `${c.labels['berth.run'] ?? ''}/${c.labels['berth.step'] ?? ''}`);
    expect(new Set(steps).size).toBe(steps.length);

    // Nothing else left behind: workspaces of gone runs, networks, images, gateway routes. The
    // sweep runs after a pass, so this waits for the pass after convergence.
    const leaks = await eventually(
      async () => {
        const found = await leaksOf(t.instance, berth.url);
        return JSON.stringify(found) === JSON.stringify(noLeaks) ? found : undefined;
      },
      75_000,
      `no leaked objects (seed ${seed})`,
    ).catch(async (error: unknown) => {
      console.log('leaked:', JSON.stringify(await leaksOf(t.instance, berth.url)));
      throw error;
    });
    expect(leaks).toEqual(noLeaks);
  }, 300_000);
});
