// Applying N Deployments from scratch (SPEC §7), measured side by side in the same run:
//   berth      `berth apply DIR` as a whole process; it waits until every replica accepts TCP on 8000
//   compose8   `docker-compose up -d` of the same containers (Debian's docker-compose 1.29) with
//              COMPOSE_PARALLEL_LIMIT=8, the same parallelism as the others
//   compose    the same with compose's own default limit (64), since 1.29 deadlocks with a limit
//              at or below the number of services: each service's task holds a slot of the one
//              global limiter while the task creating its container waits for another
//   raw        the Engine API through dockerode, create + start, 8 workers: the floor
//   rawReady   the same, then a TCP connect to each container's port 8000 until it answers
// Alike on every side: image, command, 2 CPUs / 4 GiB, no-new-privileges, the capabilities berth
// keeps (all others dropped), 4096 pids, an init process, a named volume at /data, a fresh bridge
// network with traffic between containers off. Each side starts from a clean engine (containers,
// network and volume removed, untimed); the order of the sides alternates between runs.
// docker-compose gets a time limit; a stall is recorded with how many of its containers existed
// when it was stopped (by its project label), and a side that stalled is not run again for that N.
// Run: scripts/bench.sh, or after building the benchmarks `node dist-bench/bench/apply-vs-compose.js
// [--deployments=50,500] [--runs=N] [--sides=berth,compose,compose8,raw,rawReady]`.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  benchDocker,
  berthFootprint,
  countContainers,
  inPool,
  removeFootprint,
  type Footprint,
} from './engine.js';
import { runTimed } from './process.js';
import { benchImage, httpdCommand, writeResourceFolder } from './resource-files.js';
import { recordResult, treeState } from './results.js';
import { describe, listFlag, median, ratio, runsFromArgs, sleep, summarize } from './stats.js';

const sizes = listFlag('deployments');
const counts = sizes.length > 0 ? sizes : [50, 500];
const parallelism = 8;
const docker = benchDocker();
/** the capabilities berth keeps; every other one is dropped */
const keptCapabilities = ['CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'SETGID', 'SETUID'];

const berthInstance = 'bench';
const composeProject = 'berthbench';
const footprints = {
  berth: berthFootprint(berthInstance),
  compose: {
    label: `com.docker.compose.project=${composeProject}`,
    networks: [`${composeProject}_default`],
    volumes: [`${composeProject}_data`],
  },
  raw: { label: 'bench=raw', networks: ['bench-raw-*'], volumes: ['bench-raw-data'] },
} satisfies Record<string, Footprint>;

type Side = 'berth' | 'compose8' | 'compose' | 'raw' | 'rawReady';
const allSides: Side[] = ['berth', 'compose8', 'compose', 'raw', 'rawReady'];
const labels: Record<Side, string> = {
  berth: 'berth apply (waits for readiness)',
  compose8: 'docker-compose up -d, limit 8',
  compose: 'docker-compose up -d, default limit 64',
  raw: 'raw API create+start',
  rawReady: 'raw API create+start + readiness',
};

function sidesFromArgs(): Side[] {
  const flag = process.argv.find((a) => a.startsWith('--sides='));
  if (!flag) return allSides;
  const names = flag.slice('--sides='.length).split(',');
  const unknown = names.filter((name) => !allSides.some((side) => side === name));
  if (unknown.length > 0)
    throw new Error(`--sides takes ${allSides.join(', ')}; not ${unknown.join(', ')}`);
  return allSides.filter((side) => names.includes(side));
}
/** docker-compose answers `version`; without it the compose sides are left out, with a note. */
async function hasCompose(): Promise<boolean> {
  try {
    const run = await runTimed('docker-compose', ['version', '--short'], { timeoutMs: 30_000 });
    return run.code === 0;
  } catch {
    return false;
  }
}
const composeFound = await hasCompose();
if (!composeFound) console.log('docker-compose is not installed: its sides are left out');
const sides = sidesFromArgs().filter(
  (side) => composeFound || (side !== 'compose' && side !== 'compose8'),
);

interface Outcome {
  ms: number;
  /** compose did not finish within its limit: how many of its containers existed then */
  stalled?: { after: number; containers: number };
}

async function composeFolder(n: number): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'berth-bench-compose-'));
  const services = Array.from({ length: n }, (_, i) =>
    [
      `  api-${i}:`,
      `    image: ${benchImage}`,
      `    entrypoint: ["/bin/sh", "-c"]`,
      `    command: [${JSON.stringify(httpdCommand)}]`,
      `    cpus: 2`,
      `    mem_limit: 4g`,
      `    pids_limit: 4096`,
      `    init: true`,
      `    security_opt: ["no-new-privileges:true"]`,
      `    cap_drop: [ALL]`,
      `    cap_add: [${keptCapabilities.join(', ')}]`,
      `    volumes: ["data:/data"]`,
    ].join('\n'),
  );
  const network = `networks:\n  default:\n    driver: bridge\n    driver_opts: { com.docker.network.bridge.enable_icc: "false" }\n`;
  await writeFile(
    path.join(dir, 'docker-compose.yml'),
    `version: "2.4"\nservices:\n${services.join('\n')}\n${network}volumes:\n  data: {}\n`,
  );
  return dir;
}

async function berthApply(dir: string, n: number): Promise<Outcome> {
  const run = await runTimed(
    process.execPath,
    ['bin/berth.js', 'apply', dir, '--instance', berthInstance],
    {
      env: { ...process.env, BERTH_LOG_LEVEL: 'warn' },
      timeoutMs: Math.max(120_000, n * 1200),
    },
  );
  if (run.code !== 0)
    throw new Error(
      `berth apply failed (exit ${run.code ?? 'signal'}, timed out: ${run.timedOut}): ${run.output}`,
    );
  return { ms: run.ms };
}

/** `docker-compose up -d`; `limit` sets COMPOSE_PARALLEL_LIMIT (compose's default when absent). */
async function composeUp(dir: string, timeLimitMs: number, limit?: number): Promise<Outcome> {
  const env = { ...process.env };
  delete env.COMPOSE_PARALLEL_LIMIT;
  if (limit !== undefined) env.COMPOSE_PARALLEL_LIMIT = String(limit);
  const run = await runTimed('docker-compose', ['-p', composeProject, 'up', '-d'], {
    cwd: dir,
    env,
    timeoutMs: timeLimitMs,
  });
  if (run.timedOut) {
    const containers = await countContainers(docker, footprints.compose.label);
    return { ms: run.ms, stalled: { after: timeLimitMs, containers } };
  }
  if (run.code !== 0)
    throw new Error(`docker-compose up failed (exit ${run.code ?? 'signal'}): ${run.output}`);
  return { ms: run.ms };
}

/** Connects to host:port until it accepts, every 10 ms, for at most 30 s. */
async function waitListening(host: string, port: number): Promise<void> {
  const deadline = performance.now() + 30_000;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host, port });
      socket.setTimeout(1000, () => {
        socket.destroy();
        resolve(false);
      });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => {
        resolve(false);
      });
    });
    if (ok) return;
    if (performance.now() > deadline) throw new Error(`${host}:${port} did not answer within 30 s`);
    await sleep(10);
  }
}

async function rawApi(n: number, readiness: boolean): Promise<Outcome> {
  // A new name every run, as compose and berth make theirs afresh after a clean-up.
  const network = `bench-raw-${Date.now().toString(36)}`;
  const volume = 'bench-raw-data';
  const start = performance.now();
  await docker.createNetwork({
    Name: network,
    Driver: 'bridge',
    Options: { 'com.docker.network.bridge.enable_icc': 'false' },
  });
  await docker.createVolume({ Name: volume });
  await inPool(
    Array.from({ length: n }, (_, i) => i),
    parallelism,
    async (i) => {
      const container = await docker.createContainer({
        name: `bench-raw-${i}`,
        Image: benchImage,
        Entrypoint: ['/bin/sh', '-c'],
        Cmd: [httpdCommand],
        Labels: { bench: 'raw' },
        HostConfig: {
          NanoCpus: 2e9,
          Memory: 4 * 1024 ** 3,
          Mounts: [{ Type: 'volume', Source: volume, Target: '/data' }],
          SecurityOpt: ['no-new-privileges:true'],
          PidsLimit: 4096,
          CapDrop: ['ALL'],
          CapAdd: keptCapabilities,
          NetworkMode: network,
          Init: true,
        },
      });
      await container.start();
      if (!readiness) return;
      const details = await container.inspect();
      const address = details.NetworkSettings.Networks[network]?.IPAddress;
      if (!address) throw new Error(`bench-raw-${i} has no address on ${network}`);
      await waitListening(address, 8000);
    },
  );
  return { ms: performance.now() - start };
}

interface Figures {
  n: number;
  runs: Record<Side, Outcome[]>;
}

async function measure(n: number, runs: number): Promise<Figures> {
  const berthDir = await writeResourceFolder('apply', { deployments: n, jobs: 0 });
  const composeDir = await composeFolder(n);
  const composeLimitMs = Number(process.env.BENCH_COMPOSE_LIMIT_S ?? (n > 100 ? 240 : 120)) * 1000;
  const figures: Figures = {
    n,
    runs: { berth: [], compose8: [], compose: [], raw: [], rawReady: [] },
  };
  const footprintOf = (side: Side) =>
    side === 'berth'
      ? footprints.berth
      : side === 'compose' || side === 'compose8'
        ? footprints.compose
        : footprints.raw;
  const run = (side: Side): Promise<Outcome> => {
    switch (side) {
      case 'berth':
        return berthApply(berthDir, n);
      case 'compose8':
        return composeUp(composeDir, composeLimitMs, parallelism);
      case 'compose':
        return composeUp(composeDir, composeLimitMs);
      case 'raw':
      case 'rawReady':
        return rawApi(n, side === 'rawReady');
    }
  };
  try {
    for (const side of sides) await removeFootprint(docker, footprintOf(side));
    for (let r = 0; r < runs; r++) {
      const order = r % 2 === 0 ? sides : [...sides].reverse();
      for (const side of order) {
        if (figures.runs[side].some((o) => o.stalled)) {
          console.log(`  N=${n} run ${r + 1}/${runs} ${side}: not run again (it stalled before)`);
          continue;
        }
        const outcome = await run(side);
        figures.runs[side].push(outcome);
        const stalled = outcome.stalled
          ? ` (stalled: stopped after ${outcome.stalled.after / 1000} s with ${outcome.stalled.containers}/${n} containers)`
          : '';
        console.log(
          `  N=${n} run ${r + 1}/${runs} ${side}: ${Math.round(outcome.ms)} ms${stalled}`,
        );
        await removeFootprint(docker, footprintOf(side));
      }
    }
  } finally {
    for (const side of sides) await removeFootprint(docker, footprintOf(side));
    await rm(berthDir, { recursive: true, force: true });
    await rm(composeDir, { recursive: true, force: true });
  }
  return figures;
}

function summaryOf(ms: number[]): ReturnType<typeof summarize> | { runs: 0 } {
  return ms.length > 0 ? summarize(ms) : { runs: 0 };
}

function report(figures: Figures): void {
  const { n } = figures;
  const finished = (side: Side) => figures.runs[side].filter((o) => !o.stalled).map((o) => o.ms);
  const stallsOf = (side: Side) =>
    figures.runs[side].flatMap((o) => (o.stalled ? [o.stalled] : []));
  console.log(
    `apply ${n} Deployments from scratch (parallelism ${parallelism} unless said otherwise)`,
  );
  for (const side of sides) {
    const ms = finished(side);
    const label = `  ${labels[side].padEnd(40)}`;
    console.log(ms.length > 0 ? describe(label, ms) : `${label}: no run finished`);
    for (const stall of stallsOf(side)) {
      console.log(
        `    stalled: stopped after ${stall.after / 1000} s with ${stall.containers}/${n} containers (counted by its project label)`,
      );
    }
  }
  const berth = finished('berth');
  const raw = finished('raw');
  const rawReady = finished('rawReady');
  const show = (v: number | undefined) => (v === undefined ? 'n/a' : v.toFixed(2));
  console.log(`  berth / raw API:                 ${show(ratio(berth, raw))}`);
  console.log(`  berth / (raw API + readiness):   ${show(ratio(berth, rawReady))}`);
  console.log(`  berth / compose, limit 8:        ${show(ratio(berth, finished('compose8')))}`);
  console.log(
    `  berth / compose, default limit:  ${show(ratio(berth, finished('compose')))} (goal <= 1.0)`,
  );
  if (berth.length > 0 && raw.length > 0 && rawReady.length > 0) {
    const readiness = median(rawReady) - median(raw);
    console.log(
      `  readiness itself (raw + readiness - raw): ${Math.round(readiness)} ms; berth beyond raw + readiness: ${Math.round(median(berth) - median(rawReady))} ms of its ${Math.round(median(berth))} ms`,
    );
  }
  const sideFigures = (side: Side) => ({ ...summaryOf(finished(side)), stalled: stallsOf(side) });
  recordResult(`apply-vs-compose.n${n}`, {
    measuredAt: new Date().toISOString(),
    tree: treeState(),
    engine: process.env.DOCKER_HOST ?? 'unix:///var/run/docker.sock',
    deployments: n,
    parallelism,
    berth: sideFigures('berth'),
    compose8: sideFigures('compose8'),
    compose: { ...sideFigures('compose'), parallelLimit: 64 },
    raw: sideFigures('raw'),
    rawReady: sideFigures('rawReady'),
    ratios: {
      berthToRaw: ratio(berth, raw),
      berthToRawReady: ratio(berth, rawReady),
      berthToCompose8: ratio(berth, finished('compose8')),
      berthToCompose: ratio(berth, finished('compose')),
    },
  });
}

for (const n of counts) {
  const runs = runsFromArgs(n > 100 ? 3 : 5);
  report(await measure(n, runs));
}
