// Drift repair: how long from `docker rm -f` of a managed replica to a ready replacement in the
// routing table, with berth following engine events (no periodic resync within the measurement).
// Also when berth noticed the removal (its event in the resource's history). A first, untimed
// removal proves the event stream is connected. Run: scripts/bench.sh, or after building the
// benchmarks `node dist-bench/bench/drift-repair.js [--runs=N]`.
import { performance } from 'node:perf_hooks';
import { silentLogger } from '../src/log.js';
import { buildCore, type Core } from '../src/service/core.js';
import { benchDocker, berthFootprint, removeFootprint } from './engine.js';
import { benchImage, benchOwner, httpdCommand } from './resource-files.js';
import { recordResult, treeState } from './results.js';
import { describe, runsFromArgs, sleep, summarize } from './stats.js';

const runs = runsFromArgs(7);
const instance = 'bench-drift';
const key = 'Deployment/drift';
/** a replacement later than this is a failure, not a measurement */
const limitMs = 30_000;
const docker = benchDocker();
const footprint = berthFootprint(instance);

/** Polls `check` every 5 ms until it returns a value; throws after `limitMs`. */
async function waitFor<T>(what: string, check: () => T | undefined): Promise<T> {
  const deadline = performance.now() + limitMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (performance.now() > deadline) throw new Error(`${what}: not within ${limitMs / 1000} s`);
    await sleep(5);
  }
}

/** Removes a ready replica by hand; resolves with when the removal was noticed and repaired. */
async function removeOne(core: Core): Promise<{ noticedMs: number; repairedMs: number }> {
  const [replica] = core.endpoints.list('drift');
  if (!replica) throw new Error('no ready replica to remove');
  const short = replica.unitId.slice(0, 12);
  const noticed = () =>
    core.reconciler.status
      .get(key)
      ?.history.some((h) => h.message.includes(short) && h.message.includes('removed'));
  const start = performance.now();
  await docker.getContainer(replica.unitId).remove({ force: true });
  let noticedMs: number | undefined;
  const repairedMs = await waitFor('a ready replacement', () => {
    if (noticedMs === undefined && noticed()) noticedMs = performance.now() - start;
    const replaced = core.endpoints.list('drift').some((e) => e.unitId !== replica.unitId);
    return replaced ? performance.now() - start : undefined;
  });
  if (noticedMs === undefined) {
    throw new Error('replaced without berth noticing the removal: is the event stream connected?');
  }
  return { noticedMs, repairedMs };
}

await removeFootprint(docker, footprint);
const core = buildCore({ instance, logger: silentLogger(), dockerHost: process.env.DOCKER_HOST });
const noticed: number[] = [];
const repaired: number[] = [];
try {
  core.reconciler.setRevision({
    id: 'bench',
    resources: [
      {
        apiVersion: 'berth/v1',
        kind: 'Deployment',
        metadata: { name: 'drift', owner: benchOwner },
        spec: { image: benchImage, command: httpdCommand },
      },
    ],
  });
  await core.reconciler.reconcile();
  core.reconciler.start();
  // Untimed: once berth notices this removal, its event stream is connected.
  for (let attempt = 0; ; attempt++) {
    try {
      await removeOne(core);
      break;
    } catch (error) {
      if (attempt >= 3) throw error;
      await waitFor('a ready replica', () =>
        core.endpoints.list('drift').length > 0 ? true : undefined,
      );
    }
  }
  for (let r = 0; r < runs; r++) {
    const run = await removeOne(core);
    noticed.push(run.noticedMs);
    repaired.push(run.repairedMs);
  }
} finally {
  await core.close();
  await removeFootprint(docker, footprint);
}
console.log('replica removed by hand until a ready replacement (goal: under 5 s)');
console.log(describe('  noticed (event in the status)', noticed));
console.log(describe('  repaired (replacement ready)  ', repaired));
recordResult('drift-repair', {
  measuredAt: new Date().toISOString(),
  tree: treeState(),
  noticed: summarize(noticed),
  repaired: { ...summarize(repaired), goalMs: 5000 },
});
