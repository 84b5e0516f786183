// The Docker engine restarted under a running `berth serve` (dockerd stopped and started again):
// berth notices, reads what the restart stopped as the engine's doing (no crash, no back-off) and
// brings every workload back. Restarts the machine's engine: run only under the shared engine lock.
import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { eventually, removeInstance, testEngine } from './support/docker.js';
import { deploymentYaml, tempFolder } from './support/resources.js';
import { apiStatus, startServe } from './support/serve-process.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Restarts dockerd; resolves with the time (epoch ms) the engine answered again. */
function restartEngine(): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['scripts/restart-engine.sh'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => {
      const answering = /answering (\d+)/.exec(out)?.[1];
      if (code === 0 && answering) resolve(Number(answering));
      else reject(new Error(`restarting the engine failed (${String(code)}): ${out}`));
    });
  });
}

async function serves(url: string, name: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/d/${name}/index.html`, { signal: AbortSignal.timeout(2_000) });
    await res.arrayBuffer();
    return res.status === 200;
  } catch {
    return false;
  }
}

const deployments = Array.from({ length: 30 }, (_, i) => `web-${String(i).padStart(2, '0')}`);

describe('an engine restart under berth serve', () => {
  it('brings 30 Deployments back within 30 s of the engine answering, with no crash or back-off, and records the running Job once with its real outcome', async () => {
    const t = testEngine('erst');
    cleanups.push(() => removeInstance(t.instance));
    const f = await tempFolder();
    cleanups.push(() => f.cleanup());
    for (const name of deployments) await f.write(`${name}.yaml`, deploymentYaml({ name }));
    // Runs long enough to be cut by the restart, then ends with a code of its own.
    await f.write(
      'batch.yaml',
      'apiVersion: berth/v1\nkind: Job\nmetadata: { name: batch, owner: user:alice }\n' +
        'spec: { image: berth-examples/busybox:1, command: "sleep 12; exit 3", backoffLimit: 0 }\n',
    );
    const berth = await startServe(f.dir, t.instance);
    cleanups.push(async () => {
      await berth.stop();
    });

    const allServe = async () =>
      (await Promise.all(deployments.map((name) => serves(berth.url, name)))).every(Boolean);
    await eventually(async () => ((await allServe()) ? true : undefined), 120_000, '30 serving');
    const batchRun = async () =>
      (await apiStatus(berth.url)).resources.find((r) => r.key === 'Job/batch')?.job?.runs;
    await eventually(
      async () => ((await batchRun())?.[0]?.state === 'Running' ? true : undefined),
      30_000,
      'the job running',
    );

    const answeredAt = await restartEngine();
    // The bound: every Deployment serves again within 30 s of the engine answering.
    await eventually(
      async () => ((await allServe()) ? true : undefined),
      30_000,
      '30 serving again',
    ).catch(async (error: unknown) => {
      // Say which did not come back and why, from berth's own status and log.
      const missing: string[] = [];
      for (const name of deployments) if (!(await serves(berth.url, name))) missing.push(name);
      const now = await apiStatus(berth.url).catch(() => undefined);
      const first = now?.resources.find((r) => r.key === `Deployment/${missing[0] ?? ''}`);
      throw new Error(
        `${String(error)}; not serving: ${missing.join(', ')}; ${JSON.stringify(first)}; log: ${berth.stderr().slice(-3000)}`,
      );
    });
    const back = Date.now() - answeredAt;

    const runs = await eventually(
      async () => {
        const found = await batchRun();
        return found?.[0]?.state === 'Failed' ? found : undefined;
      },
      60_000,
      'the job run ended',
    );
    const batchNow = (await apiStatus(berth.url)).resources.find((r) => r.key === 'Job/batch');
    expect(batchNow?.history.map((h) => h.message).join('\n')).toMatch(/the engine restarted/);
    // Once, with its own exit code, in one attempt: the engine's stop was not counted as a failure.
    expect(runs.map((r) => [r.state, r.reason, r.exitCode, r.attempts])).toEqual([
      ['Failed', 'BackoffLimitExceeded', 3, 1],
    ]);

    const status = await apiStatus(berth.url);
    for (const name of deployments) {
      const one = status.resources.find((r) => r.key === `Deployment/${name}`);
      const history = one?.history.map((h) => h.message) ?? [];
      expect(history.filter((m) => /exited with code|restarting replica in/.test(m))).toEqual([]);
      expect(history).toEqual(
        expect.arrayContaining([expect.stringMatching(/^the engine restarted; starting replica /)]),
      );
    }
    const batch = status.resources.find((r) => r.key === 'Job/batch');
    expect(batch?.history.map((h) => h.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^the engine restarted; run .* attempt 1 runs again$/),
      ]),
    );
    // Nothing doubled: one running replica per Deployment, one container for the run.
    const listed = await t.containers.listManaged(t.instance);
    const replicas = listed.filter((c) => c.labels['berth.kind'] === 'Deployment');
    expect(replicas.filter((c) => c.status === 'running')).toHaveLength(30);
    expect(replicas).toHaveLength(30);
    expect(listed.filter((c) => c.labels['berth.kind'] === 'Job')).toHaveLength(1);
    console.log(
      `engine restart: 30 Deployments serving again ${back} ms after the engine answered`,
    );
  }, 300_000);
});
