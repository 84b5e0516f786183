// The chaos soak (`npm run soak`; SOAK_MINUTES, default 10): a real `berth serve` on a folder, a
// client requesting every public Deployment through berth's gateway all along, and a driver that
// at random kills, removes and pauses containers, cuts berth's connection to the engine, restarts
// the engine, SIGKILLs and restarts berth, and changes resource files. At the end: everything
// converges, the client's failures are each explained (berth down, or no ready replica of that
// Deployment at the time), nothing is left that no resource owns (containers, volumes, networks,
// images, gateway routes), and berth's RSS did not grow.
// Restarts this machine's Docker engine: run it only where nothing else uses the engine.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Docker from 'dockerode';
import { removeInstance } from '../test/support/docker.js';
import { leaksOf, type Leaks } from '../test/support/leaks.js';
import { deploymentYaml } from '../test/support/resources.js';
import { apiStatus, startServe, type ServeProcess } from '../test/support/serve-process.js';
import { dockerSocketProxy } from '../test/support/socket-proxy.js';
import { memoryOf, mib } from './process.js';

const minutes = Number(process.env.SOAK_MINUTES ?? 10);
const seed = Number(process.env.SOAK_SEED ?? Date.now() % 1_000_000);
const instance = `soak-${seed}`;
const deployments = ['alpha', 'beta', 'gamma', 'delta'];
const docker = new Docker();

/** mulberry32: the same seed makes the same choices */
function random(start: number): () => number {
  let a = start >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const next = random(seed);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Spec {
  version: number;
  replicas: Record<string, number>;
}

async function writeFolder(dir: string, spec: Spec): Promise<void> {
  for (const name of deployments) {
    const command = `echo v${spec.version}; exec httpd -f -p 8000 -h /www`;
    const replicas = spec.replicas[name] ?? 1;
    await writeFile(path.join(dir, `${name}.yaml`), deploymentYaml({ name, replicas, command }));
  }
  await writeFile(
    path.join(dir, 'tick.yaml'),
    'apiVersion: berth/v1\nkind: Job\nmetadata: { name: tick, owner: user:alice }\n' +
      'spec: { image: berth-examples/busybox:1, schedule: "* * * * *", command: "sleep 5", ' +
      'historyLimit: { succeeded: 2, failed: 2 } }\n',
  );
}

/** Containers of one Deployment that answer on their own address now (the soak's own view). */
async function readyReplicas(name: string): Promise<number> {
  const list = await docker.listContainers({
    filters: { label: [`berth.instance=${instance}`, `berth.name=${name}`] },
  });
  let ready = 0;
  for (const c of list) {
    const address = c.NetworkSettings.Networks[`berth-${instance}`]?.IPAddress;
    if (!address || c.State !== 'running') continue;
    const ok = await fetch(`http://${address}:8000/index.html`, {
      signal: AbortSignal.timeout(500),
    })
      .then((res) => res.ok)
      .catch(() => false);
    if (ok) ready += 1;
  }
  return ready;
}

/** Until berth's /readyz says its first reconcile is done (the gateway has its routes). */
async function waitReady(berth: ServeProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const ok = await fetch(`${berth.url}/readyz`)
      .then((res) => res.ok)
      .catch(() => false);
    if (ok) return;
    await sleep(100);
  }
}

function restartEngine(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['scripts/restart-engine.sh'], { stdio: 'ignore' });
    child.once('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`restarting the engine failed (${String(code)})`));
    });
  });
}

async function main(): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'berth-soak-'));
  const stateDir = await mkdtemp(path.join(tmpdir(), 'berth-soak-state-'));
  const proxy = await dockerSocketProxy();
  const spec: Spec = { version: 1, replicas: { alpha: 2, beta: 1, gamma: 2, delta: 1 } };
  await writeFolder(dir, spec);
  const env = { DOCKER_HOST: `unix://${proxy.socketPath}` };
  const serve = () => startServe(dir, instance, { env, args: ['--state-dir', stateDir] });
  let berth: ServeProcess = await serve();
  /** what the loops below read while the driver changes it */
  const state = { berthDown: false, watching: true, requesting: true };
  const started = Date.now();
  const until = started + minutes * 60_000;
  const actions: string[] = [];
  const log = (what: string) => {
    const at = ((Date.now() - started) / 1000).toFixed(1);
    actions.push(`${at} s ${what}`);
    console.log(`[soak ${at} s] ${what}`);
  };

  // Wait for the first convergence before the chaos starts.
  for (;;) {
    const all = await Promise.all(deployments.map(readyReplicas));
    if (all.every((n, i) => n === spec.replicas[deployments[i] ?? ''])) break;
    await sleep(200);
  }
  log('converged; chaos starts');

  // What the soak itself sees: per Deployment, when no replica answered (sampled every 250 ms).
  const noReplica = new Map<string, { from: number; to: number }[]>();
  const watcher = (async () => {
    while (state.watching) {
      const at = Date.now();
      // An engine that does not answer (restarting) runs nothing: no replica of any Deployment.
      const counts = await Promise.all(deployments.map(readyReplicas)).catch(() =>
        deployments.map(() => 0),
      );
      deployments.forEach((name, i) => {
        if ((counts[i] ?? 0) > 0) return;
        const spans = noReplica.get(name) ?? [];
        const last = spans[spans.length - 1];
        if (last && at - last.to < 1_000) last.to = Date.now();
        else spans.push({ from: at, to: Date.now() });
        noReplica.set(name, spans);
      });
      await sleep(250);
    }
  })();

  // The client: every public Deployment through berth's gateway, one after the other.
  const client = {
    requests: 0,
    failures: [] as { name: string; at: number; berthDown: boolean }[],
  };
  const requester = (async () => {
    while (state.requesting) {
      for (const name of deployments) {
        const at = Date.now();
        const down = state.berthDown;
        client.requests += 1;
        const ok = await fetch(`${berth.url}/d/${name}/index.html`, {
          signal: AbortSignal.timeout(2_000),
        })
          .then(async (res) => {
            await res.arrayBuffer();
            return res.ok;
          })
          .catch(() => false);
        if (!ok) client.failures.push({ name, at, berthDown: down || state.berthDown });
      }
      await sleep(50);
    }
  })();

  // RSS of each berth process life, sampled every 5 s.
  const rss: { pid: number; at: number; bytes: number }[] = [];
  const sampler = setInterval(() => {
    const pid = berth.child.pid;
    if (pid === undefined || state.berthDown) return;
    memoryOf(pid)
      .then((m) => rss.push({ pid, at: Date.now(), bytes: m.rssBytes }))
      .catch(() => undefined);
  }, 5_000);

  // The driver. berth is not killed in the last third, so its last life is long enough to
  // measure its memory; the engine restarts at most every two minutes.
  let lastEngineRestart = 0;
  const calmAfter = started + (minutes * 60_000 * 2) / 3;
  while (Date.now() < until - 30_000) {
    await sleep(5_000 + next() * 10_000);
    const choices = ['kill', 'remove', 'pause', 'cut', 'change'] as const;
    const more: string[] = [];
    if (Date.now() < calmAfter) more.push('kill berth');
    if (Date.now() - lastEngineRestart > 120_000) more.push('restart engine');
    const action = pick<string>([...choices, ...more]);
    const list = await docker
      .listContainers({
        filters: { label: [`berth.instance=${instance}`, 'berth.kind=Deployment'] },
      })
      .catch(() => []);
    const victim = list.length > 0 ? pick(list) : undefined;
    try {
      if (action === 'kill' && victim) {
        await docker.getContainer(victim.Id).kill();
        log(`killed container ${victim.Names[0] ?? victim.Id}`);
      } else if (action === 'remove' && victim) {
        await docker.getContainer(victim.Id).remove({ force: true });
        log(`removed container ${victim.Names[0] ?? victim.Id}`);
      } else if (action === 'pause' && victim) {
        await docker.getContainer(victim.Id).pause();
        log(`paused container ${victim.Names[0] ?? victim.Id}`);
      } else if (action === 'cut') {
        proxy.cut();
        log("cut berth's engine connection for 3 s");
        await sleep(3_000);
        proxy.restore();
      } else if (action === 'change') {
        const name = pick(deployments);
        if (next() < 0.5) spec.version += 1;
        else spec.replicas[name] = 1 + Math.floor(next() * 3);
        await writeFolder(dir, spec);
        log(
          `changed the resource files (version ${spec.version}, ${name}: ${spec.replicas[name]})`,
        );
      } else if (action === 'kill berth') {
        state.berthDown = true;
        await berth.kill();
        log('SIGKILLed berth');
        berth = await serve();
        // berth is the gateway: it routes once its first reconcile has checked the replicas.
        await waitReady(berth);
        state.berthDown = false;
        log('berth started again and ready');
      } else if (action === 'restart engine') {
        lastEngineRestart = Date.now();
        log('restarting the engine');
        await restartEngine();
        log('the engine answers again');
      }
    } catch (error) {
      log(`${action} failed: ${String(error)}`);
      proxy.restore();
    }
  }

  // The end: convergence, explained failures, no leaks, memory.
  log('chaos ends; waiting for convergence');
  const convergedBy = Date.now() + 120_000;
  let converged = false;
  while (Date.now() < convergedBy) {
    const all = await Promise.all(deployments.map(readyReplicas)).catch(() => []);
    const status = await apiStatus(berth.url).catch(() => undefined);
    const ready = status?.resources.filter((r) => r.kind === 'Deployment' && r.state === 'Ready');
    if (
      all.every((n, i) => n === spec.replicas[deployments[i] ?? '']) &&
      ready?.length === deployments.length
    ) {
      converged = true;
      break;
    }
    await sleep(500);
  }
  state.requesting = false;
  state.watching = false;
  clearInterval(sampler);
  await Promise.all([requester, watcher]);

  const explained = (f: { name: string; at: number; berthDown: boolean }) =>
    f.berthDown ||
    (noReplica.get(f.name) ?? []).some((s) => f.at >= s.from - 1_500 && f.at <= s.to + 1_500);
  const unexplained = client.failures.filter((f) => !explained(f));
  const withoutReplicaMs = [...noReplica.values()]
    .flat()
    .reduce((sum, s) => sum + (s.to - s.from), 0);

  const containers = await docker.listContainers({
    all: true,
    filters: { label: [`berth.instance=${instance}`] },
  });
  const leaked = containers.filter((c) => {
    const name = c.Labels['berth.name'] ?? '';
    if (c.Labels['berth.kind'] === 'Job') return name !== 'tick';
    const wanted = spec.replicas[name];
    return wanted === undefined || c.State !== 'running';
  });
  const perDeployment = deployments.map(
    (name) => containers.filter((c) => c.Labels['berth.name'] === name).length,
  );
  const duplicates = deployments.filter((name, i) => perDeployment[i] !== spec.replicas[name]);
  // Volumes, networks, images and routes: after a pass has swept what the chaos left.
  let leaks: Leaks = await leaksOf(instance, berth.url);
  for (let i = 0; i < 150 && leakCount(leaks) > 0; i++) {
    await sleep(500);
    leaks = await leaksOf(instance, berth.url);
  }
  const lastLife = rss.filter((s) => s.pid === berth.child.pid);
  const settled = lastLife.filter((s) => s.at >= (lastLife[0]?.at ?? 0) + 30_000);
  const firstRss = settled[0]?.bytes ?? lastLife[0]?.bytes ?? 0;
  const lastRss = settled[settled.length - 1]?.bytes ?? 0;
  const grew = firstRss > 0 && lastRss > firstRss * 1.2;

  const summary = {
    seed,
    minutes,
    actions: actions.length,
    converged,
    requests: client.requests,
    failures: client.failures.length,
    // berth is the gateway: from its kill until its restart's first reconcile, nothing routes
    failuresWhileBerthDown: client.failures.filter((f) => f.berthDown).length,
    failuresWithoutReadyReplica: client.failures.filter((f) => !f.berthDown && explained(f)).length,
    unexplainedFailures: unexplained.length,
    // when each came (seconds into the run) and the driver's action just before it
    unexplainedAt: unexplained.map((f) => {
      const at = (f.at - started) / 1000;
      const before = actions.filter((a) => Number.parseFloat(a) <= at).pop() ?? '';
      return `${at.toFixed(1)} s ${f.name} (after: ${before})`;
    }),
    timeWithoutReadyReplicaMs: withoutReplicaMs,
    leakedContainers: leaked.map((c) => `${c.Names[0] ?? c.Id} ${c.State}`),
    replicaCountsOff: duplicates,
    leakedVolumes: leaks.volumes,
    leakedNetworks: leaks.networks,
    leakedImages: leaks.images,
    leakedRoutes: leaks.routes,
    rss: {
      lastLifeSamples: lastLife.length,
      afterWarmUp: mib(firstRss),
      atEnd: mib(lastRss),
      max: mib(Math.max(0, ...rss.map((s) => s.bytes))),
    },
  };
  console.log(JSON.stringify(summary, null, 2));
  await mkdir('bench/out', { recursive: true });
  await writeFile(
    'bench/out/soak.json',
    `${JSON.stringify({ ...summary, log: actions }, null, 2)}\n`,
  );

  await berth.stop();
  await proxy.close();
  await removeInstance(instance);
  await rm(dir, { recursive: true, force: true });
  await rm(stateDir, { recursive: true, force: true });
  const ok =
    converged &&
    unexplained.length === 0 &&
    leaked.length === 0 &&
    duplicates.length === 0 &&
    leakCount(leaks) === 0 &&
    !grew;
  if (!ok) {
    console.error('soak: FAILED (see the summary above and bench/out/soak.json)');
    process.exitCode = 1;
  } else console.log('soak: passed');
}

function leakCount(leaks: Leaks): number {
  return leaks.volumes.length + leaks.networks.length + leaks.images.length + leaks.routes.length;
}

await main();
