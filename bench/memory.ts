// Memory of the service (SPEC §7): peak (VmHWM) and current (VmRSS) resident memory of a real
// `berth serve --watch DIR` process right after its first reconcile (/readyz answers 200), with
// 1,000 resource files declared. Product goal: under 100 MiB with 1,000 declared / 100 running.
// Scenarios: an empty folder (the idle baseline); 1,000 Jobs (declared, nothing running), to
// tell what the files cost from what running containers cost; 100 Deployments + 900 Jobs, once
// created by the service itself and once already running (a restarted service); 500 + 500
// already running.
// "Already running" is converged by `berth apply` beforehand, untimed and unmeasured.
// Run: scripts/bench.sh, or after building the benchmarks `node dist-bench/bench/memory.js`.
import { rm } from 'node:fs/promises';
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import { benchDocker, berthFootprint, removeFootprint } from './engine.js';
import {
  memoryOf,
  mib,
  runTimed,
  startBackground,
  type Background,
  type ProcessMemory,
} from './process.js';
import { writeResourceFolder, type DeclaredSet } from './resource-files.js';
import { recordResult, treeState } from './results.js';
import { numberFlag, sleep } from './stats.js';

const instance = 'bench-mem';
const goalBytes = 100 * 1024 ** 2;
const docker = benchDocker();
const footprint = berthFootprint(instance);

interface Scenario {
  name: string;
  set: DeclaredSet;
  /** converge with `berth apply` before the service starts */
  preApplied: boolean;
}

/** 1,000 unless `--declared=N` (smaller to try the benchmark out); 10% or 50% of them run */
const declared = numberFlag('declared', 1000);
const tenth = Math.round(declared / 10);
const half = Math.round(declared / 2);
const scenarios: Scenario[] = [
  { name: 'empty folder (idle)', set: { deployments: 0, jobs: 0 }, preApplied: false },
  {
    name: `${declared} declared / none running (Jobs only)`,
    set: { deployments: 0, jobs: declared },
    preApplied: false,
  },
  {
    name: `${declared} declared / ${tenth} running, started by serve`,
    set: { deployments: tenth, jobs: declared - tenth },
    preApplied: false,
  },
  {
    name: `${declared} declared / ${tenth} already running`,
    set: { deployments: tenth, jobs: declared - tenth },
    preApplied: true,
  },
  {
    name: `${declared} declared / ${half} already running`,
    set: { deployments: half, jobs: declared - half },
    preApplied: true,
  },
];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

/** Polls GET /readyz until 200; throws when the process has exited, or after `limitMs`. */
async function waitReady(url: string, serve: Background, limitMs: number): Promise<void> {
  const deadline = performance.now() + limitMs;
  while (performance.now() < deadline) {
    if (serve.exitCode() !== undefined) {
      throw new Error(`serve exited with ${serve.exitCode() ?? ''} before it was ready`);
    }
    const status = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2000) })
      .then((r) => r.status)
      .catch(() => 0);
    if (status === 200) return;
    await sleep(100);
  }
  throw new Error(`serve was not ready within ${limitMs / 1000} s`);
}

interface Measured {
  scenario: string;
  declared: number;
  running: number;
  readyMs: number;
  memory: ProcessMemory;
}

async function measure(scenario: Scenario): Promise<Measured> {
  await removeFootprint(docker, footprint);
  const dir = await writeResourceFolder('memory', scenario.set);
  try {
    if (scenario.preApplied) {
      const applied = await runTimed(
        process.execPath,
        ['bin/berth.js', 'apply', dir, '--instance', instance],
        {
          timeoutMs: 600_000,
        },
      );
      if (applied.code !== 0) throw new Error(`berth apply failed: ${applied.output}`);
    }
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const start = performance.now();
    // Started as an installed `berth` is: the executable itself, with the flags its first line sets.
    const serve = startBackground('bin/berth.js', [
      'serve',
      '--watch',
      dir,
      '--instance',
      instance,
      '--listen',
      `127.0.0.1:${port}`,
    ]);
    try {
      await waitReady(url, serve, 600_000);
      const readyMs = performance.now() - start;
      const memory = await memoryOf(serve.pid);
      const { deployments, jobs } = scenario.set;
      return {
        scenario: scenario.name,
        declared: deployments + jobs,
        running: deployments,
        readyMs,
        memory,
      };
    } catch (error) {
      console.error(serve.output());
      throw error;
    } finally {
      await serve.stop();
    }
  } finally {
    await removeFootprint(docker, footprint);
    await rm(dir, { recursive: true, force: true });
  }
}

function line(r: Measured): string {
  const against =
    r.declared === 1000 && r.running === 100
      ? `, ${r.memory.peakBytes < goalBytes ? 'under' : 'over'} the goal`
      : '';
  return `  ${r.scenario.padEnd(48)} peak ${mib(r.memory.peakBytes)}, now ${mib(r.memory.rssBytes)} (ready after ${Math.round(r.readyMs)} ms${against})`;
}

console.log(
  `memory of \`berth serve --watch DIR\` after its first reconcile (goal: ${mib(goalBytes)} with 1,000 declared / 100 running)`,
);
const results: Measured[] = [];
for (const scenario of scenarios) {
  const measured = await measure(scenario);
  results.push(measured);
  console.log(line(measured));
}
recordResult('memory', {
  measuredAt: new Date().toISOString(),
  tree: treeState(),
  goalBytes,
  scenarios: results.map((r) => ({
    scenario: r.scenario,
    declared: r.declared,
    running: r.running,
    readyMs: Math.round(r.readyMs),
    peakBytes: r.memory.peakBytes,
    rssBytes: r.memory.rssBytes,
  })),
});
