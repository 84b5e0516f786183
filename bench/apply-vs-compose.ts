// Applying N Deployments from scratch (SPEC §7), four sides measured in the same run:
//   berth        `berth apply DIR` as a whole process; it waits until every replica accepts TCP on 8000
//   compose      `docker-compose up -d` of the same containers (Debian's docker-compose 1.29)
//   raw          the Engine API through dockerode, create + start, the floor
//   raw+ready    the same, then a TCP connect to each container's port 8000 until it answers
// Alike on every side: image, command, 2 CPUs / 4 GiB, no-new-privileges, the capabilities berth
// keeps (all others dropped), 4096 pids, an init process, a named volume at /data, a fresh bridge
// network with traffic between containers off, and a parallelism of 8 (berth's concurrency,
// COMPOSE_PARALLEL_LIMIT, raw API workers). Each side starts from a clean engine (its containers,
// network and volume removed, untimed); the order of the sides alternates between runs.
// docker-compose 1.29 can stall with many services: it gets a time limit, and a stall is recorded
// with how many of its containers existed when it was stopped.
// Run: scripts/bench.sh, or after building the benchmarks
// `node dist-bench/bench/apply-vs-compose.js [--deployments=50,500] [--runs=N]`.
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

type Side = 'berth' | 'compose' | 'raw' | 'rawReady';
const sides: Side[] = ['berth', 'compose', 'raw', 'rawReady'];
const labels: Record<Side, string> = {
  berth: 'berth apply (waits for readiness)',
  compose: 'docker-compose up -d',
  raw: 'raw API create+start',
  rawReady: 'raw API create+start + readiness',
};

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

async function composeUp(dir: string, limitMs: number): Promise<Outcome> {
  const run = await runTimed('docker-compose', ['-p', composeProject, 'up', '-d'], {
    cwd: dir,
    env: { ...process.env, COMPOSE_PARALLEL_LIMIT: String(parallelism) },
    timeoutMs: limitMs,
  });
  if (run.timedOut) {
    const containers = await countContainers(docker, footprints.compose.label);
    return { ms: run.ms, stalled: { after: limitMs, containers } };
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
  const figures: Figures = { n, runs: { berth: [], compose: [], raw: [], rawReady: [] } };
  const footprintOf = (side: Side) => footprints[side === 'rawReady' ? 'raw' : side];
  try {
    for (const side of sides) await removeFootprint(docker, footprintOf(side));
    for (let r = 0; r < runs; r++) {
      const order = r % 2 === 0 ? sides : [...sides].reverse();
      for (const side of order) {
        const outcome =
          side === 'berth'
            ? await berthApply(berthDir, n)
            : side === 'compose'
              ? await composeUp(composeDir, composeLimitMs)
              : await rawApi(n, side === 'rawReady');
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
  const stalls = figures.runs.compose.filter((o) => o.stalled);
  console.log(`apply ${n} Deployments from scratch (parallelism ${parallelism} on every side)`);
  for (const side of sides) {
    const ms = finished(side);
    console.log(
      ms.length > 0
        ? describe(`  ${labels[side].padEnd(34)}`, ms)
        : `  ${labels[side].padEnd(34)}: no run finished`,
    );
  }
  for (const stall of stalls) {
    console.log(
      `  docker-compose stalled: stopped after ${(stall.stalled?.after ?? 0) / 1000} s with ${stall.stalled?.containers ?? 0}/${n} containers (counted by its project label)`,
    );
  }
  const berth = finished('berth');
  const compose = finished('compose');
  const raw = finished('raw');
  const rawReady = finished('rawReady');
  const show = (v: number | undefined) => (v === undefined ? 'n/a' : v.toFixed(2));
  console.log(`  berth / raw API:               ${show(ratio(berth, raw))}`);
  console.log(`  berth / (raw API + readiness): ${show(ratio(berth, rawReady))}`);
  console.log(
    `  berth / compose:               ${show(ratio(berth, compose))}${stalls.length > 0 ? ` (compose finished ${compose.length} of ${figures.runs.compose.length} runs)` : ''} (goal <= 1.0)`,
  );
  if (berth.length > 0 && raw.length > 0 && rawReady.length > 0) {
    const readiness = median(rawReady) - median(raw);
    console.log(
      `  readiness itself (raw + readiness - raw): ${Math.round(readiness)} ms of berth's ${Math.round(median(berth))} ms; berth beyond raw + readiness: ${Math.round(median(berth) - median(rawReady))} ms`,
    );
  }
  recordResult(`apply-vs-compose.n${n}`, {
    measuredAt: new Date().toISOString(),
    tree: treeState(),
    deployments: n,
    parallelism,
    berth: summaryOf(berth),
    compose: { ...summaryOf(compose), stalled: stalls.map((s) => s.stalled) },
    raw: summaryOf(raw),
    rawReady: summaryOf(rawReady),
    ratios: {
      berthToRaw: ratio(berth, raw),
      berthToRawReady: ratio(berth, rawReady),
      berthToCompose: ratio(berth, compose),
    },
  });
}

for (const n of counts) {
  const runs = runsFromArgs(n > 100 ? 3 : 5);
  report(await measure(n, runs));
}
