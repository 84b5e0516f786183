// A no-op reconcile with 1,000 declared resources, 500 of them running (SPEC §7): 500 Deployments
// of one busybox httpd replica each, and 500 Jobs with a cron schedule that does not come due
// during the run (nothing of theirs is started). Engine calls are counted at the engine's HTTP
// API, through a counting proxy in front of the Docker socket.
// Warm: berth's core in this process, converged, reconciling again and again (goal under 50 ms,
// no writes), as `berth serve` does (following the engine's events, so a pass with nothing new
// plans from the last listing), and without following events (every pass lists).
// Cold: `berth apply` as a fresh process against the running set, with the core above closed
// (goal under 1 s, no writes). Run: scripts/bench.sh, or after building the benchmarks
// `node dist-bench/bench/noop-reconcile.js [--runs=N] [--deployments=N] [--jobs=N]`.
import { rm } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import Docker from 'dockerode';
import { silentLogger } from '../src/log.js';
import { buildCore } from '../src/service/core.js';
import { readFolder } from '../src/source/local-folder.js';
import { callSummary, countingDockerProxy, isWrite, type EngineCall } from './counting-proxy.js';
import { benchDocker, berthFootprint, engineSocket, removeFootprint } from './engine.js';
import { runTimed } from './process.js';
import { writeResourceFolder } from './resource-files.js';
import { recordResult, treeState } from './results.js';
import { describe, numberFlag, runsFromArgs, summarize, time } from './stats.js';

const deployments = numberFlag('deployments', 500);
const jobs = numberFlag('jobs', 500);
const warmRuns = runsFromArgs(15);
const coldRuns = runsFromArgs(5);
const instance = 'bench-noop';
const docker = benchDocker();
const footprint = berthFootprint(instance);

interface Counted {
  ms: number[];
  reads: number[];
  writes: number[];
  /** the calls of the last run, for the summary line */
  last: EngineCall[];
}

function counted(): Counted {
  return { ms: [], reads: [], writes: [], last: [] };
}

function count(into: Counted, ms: number, calls: EngineCall[]): void {
  into.ms.push(ms);
  into.writes.push(calls.filter(isWrite).length);
  into.reads.push(calls.length - (into.writes.at(-1) ?? 0));
  into.last = calls;
}

const callsLine = (c: Counted) =>
  `engine calls per run: reads ${c.reads.join('/')}, writes ${c.writes.join('/')} (${callSummary(c.last)})`;

await removeFootprint(docker, footprint);
const dir = await writeResourceFolder('noop', { deployments, jobs });
const proxy = await countingDockerProxy(engineSocket());
const dockerHost = `unix://${proxy.socketPath}`;
const core = buildCore({ instance, logger: silentLogger(), dockerHost });
const warm = counted();
const listingEach = counted();
const cold = counted();
const listing: number[] = [];
const validating: number[] = [];
let setupMs = 0;
try {
  const revision = await readFolder(dir);
  if (revision.problems.length > 0)
    throw new Error(`invalid resources: ${revision.problems[0]?.message ?? ''}`);
  core.reconciler.setRevision({
    id: revision.id,
    resources: revision.resources.map((r) => r.resource),
  });

  const setupStart = performance.now();
  const first = await core.reconciler.reconcile();
  setupMs = performance.now() - setupStart;
  const notReady = [...first.outcomes.values()].filter((o) => o.state === 'Failed');
  if (notReady.length > 0)
    throw new Error(`${notReady.length} resources did not converge: ${notReady[0]?.message ?? ''}`);
  console.log(
    `setup: ${deployments} Deployments converged in ${Math.round(setupMs)} ms (not timed below)`,
  );

  // Alternating with the floor of each: the engine's listing of the instance's containers alone
  // (warm), and `berth validate DIR`, the same process start and file reading without the engine
  // (cold).
  const floorClient = new Docker({ socketPath: proxy.socketPath, timeout: 120_000 });
  const listOnly = () =>
    floorClient.listContainers({ all: true, filters: { label: [`berth.instance=${instance}`] } });
  const noop = async (into: Counted) => {
    proxy.calls.length = 0;
    const start = performance.now();
    const report = await core.reconciler.reconcile();
    const ms = performance.now() - start;
    if (report.plan.hasChanges) throw new Error('a no-op reconcile planned changes');
    count(into, ms, [...proxy.calls]);
  };
  for (let r = 0; r < warmRuns; r++) {
    await noop(listingEach);
    listing.push(
      await time(async () => {
        await listOnly();
      }),
    );
  }
  // As in `berth serve`: the loop follows the engine's events (its own passes are left to it).
  core.reconciler.start();
  const connected = Date.now();
  for (;;) {
    await noop(counted());
    if (proxy.calls.length === 0) break;
    if (Date.now() - connected > 30_000) throw new Error('the event stream did not connect');
  }
  for (let r = 0; r < warmRuns; r++) await noop(warm);

  // A cold apply runs as a user runs it: no berth serve of the same instance beside it, sharing
  // the machine's two cores (only the counting proxy stays, to count its engine calls).
  await core.close();
  for (let r = 0; r < coldRuns; r++) {
    proxy.calls.length = 0;
    const run = await runTimed(
      process.execPath,
      ['bin/berth.js', 'apply', dir, '--instance', instance],
      { env: { ...process.env, DOCKER_HOST: dockerHost }, timeoutMs: 60_000 },
    );
    if (run.code !== 0)
      throw new Error(`berth apply exited with ${run.code ?? 'a signal'}: ${run.output}`);
    count(cold, run.ms, [...proxy.calls]);
    const check = await runTimed(process.execPath, ['bin/berth.js', 'validate', dir], {
      timeoutMs: 60_000,
    });
    if (check.code !== 0) throw new Error(`berth validate failed: ${check.output}`);
    validating.push(check.ms);
  }
} finally {
  await core.close();
  await proxy.close();
  await removeFootprint(docker, footprint);
  await rm(dir, { recursive: true, force: true });
}

const declared = deployments + jobs;
console.log(
  `no-op reconcile, ${declared} declared (${deployments} Deployments running, ${jobs} Jobs)`,
);
console.log(describe('  warm, in-process reconcile() as in serve (goal < 50 ms)', warm.ms));
console.log(`    ${callsLine(warm)}`);
console.log(describe('  warm, not following events (every pass lists)', listingEach.ms));
console.log(`    ${callsLine(listingEach)}`);
console.log(describe('    floor: the engine listing alone (GET /containers/json)', listing));
console.log(describe('  cold, `berth apply` whole process (goal < 1 s)', cold.ms));
console.log(`    ${callsLine(cold)}`);
console.log(
  describe(
    `    floor: \`berth validate DIR\` (start, read ${deployments + jobs} files, no engine)`,
    validating,
  ),
);
const perRun = (c: Counted) => ({
  ...summarize(c.ms),
  readsPerRun: c.reads,
  writesPerRun: c.writes,
  calls: callSummary(c.last),
});
recordResult('noop-reconcile', {
  measuredAt: new Date().toISOString(),
  tree: treeState(),
  declared,
  running: deployments,
  jobs,
  setupMs: Math.round(setupMs),
  warm: {
    ...perRun(warm),
    goalMs: 50,
    listingEachPass: perRun(listingEach),
    engineListing: summarize(listing),
  },
  cold: {
    ...perRun(cold),
    goalMs: 1000,
    validateProcess: summarize(validating),
    command: `node bin/berth.js apply DIR --instance ${instance}`,
  },
});
