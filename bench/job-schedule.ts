// Scheduled Jobs on a real clock: 200 Jobs declared, their schedules spread over ten minutes (a
// tenth of them due each minute), berth's loop running as in `berth serve`. For every run that
// starts, the delay from its scheduled time to the moment its container started (the engine's
// StartedAt) and to the moment berth asked the engine to create it. Prints p50/p99.
// Run: npm run bench:schedule (--minutes=N, default 3).
import { performance } from 'node:perf_hooks';
import Docker from 'dockerode';
import type { Resource } from '../src/resources/types.generated.js';
import { silentLogger } from '../src/log.js';
import { buildCore } from '../src/service/core.js';
import { recordResult, treeState } from './results.js';

const jobs = 200;
const spread = 10;
const minutesFlag = process.argv.find((a) => a.startsWith('--minutes='));
const minutes = minutesFlag ? Number(minutesFlag.slice('--minutes='.length)) : 3;
const instance = 'bench-schedule';
const docker = new Docker();

/** When berth asked to create each run's container: the run id carries its scheduled minute. */
const asked = new Map<string, number>();
const modem = docker.modem as unknown as {
  dial: (
    options: { method: string; path: string; options?: { name?: unknown } },
    cb: unknown,
  ) => void;
};
const dial = modem.dial.bind(modem);
modem.dial = (options, cb) => {
  const name = options.options?.name;
  if (
    options.method === 'POST' &&
    options.path.startsWith('/containers/create') &&
    typeof name === 'string'
  )
    asked.set(name, Date.now());
  dial(options, cb);
};

const resources: Resource[] = Array.from({ length: jobs }, (_, i) => ({
  apiVersion: 'berth/v1',
  kind: 'Job',
  metadata: { name: `scheduled-${i}`, owner: 'group:data-science' },
  spec: {
    image: 'berth-examples/busybox:1',
    command: 'true',
    schedule: `${i % spread}-59/${spread} * * * *`,
    historyLimit: { succeeded: 1, failed: 1 },
  },
}));

async function clean(): Promise<void> {
  const list = await docker.listContainers({
    all: true,
    filters: { label: [`berth.instance=${instance}`] },
  });
  await Promise.all(list.map((c) => docker.getContainer(c.Id).remove({ force: true })));
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

await clean();
const core = buildCore({ instance, logger: silentLogger(), docker });
const started: { name: string; scheduledAt: number; startedAt: number }[] = [];
try {
  core.reconciler.setRevision({ id: 'bench', resources });
  await core.reconciler.reconcile();
  core.reconciler.start();
  const until = (Math.floor(Date.now() / 60_000) + minutes) * 60_000 + 20_000;
  console.log(
    `${jobs} scheduled Jobs, ${jobs / spread} due each minute; watching until ${new Date(until).toISOString()}`,
  );
  const t0 = performance.now();
  while (Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    // Runs are removed beyond historyLimit: read their start times while they are kept.
    const list = await docker.listContainers({
      all: true,
      filters: { label: [`berth.instance=${instance}`] },
    });
    for (const c of list) {
      const name = (c.Names[0] ?? '').replace(/^\//, '');
      if (started.some((s) => s.name === name)) continue;
      const scheduled = Date.parse(c.Labels['berth.scheduled-at'] ?? '');
      const details = await docker
        .getContainer(c.Id)
        .inspect()
        .catch(() => undefined);
      const at = details ? Date.parse(details.State.StartedAt) : NaN;
      if (!Number.isNaN(scheduled) && at > 0)
        started.push({ name, scheduledAt: scheduled, startedAt: at });
    }
  }
  console.log(`watched ${Math.round((performance.now() - t0) / 1000)} s`);
} finally {
  await core.close();
  await clean();
}
const toStart = started.map((s) => s.startedAt - s.scheduledAt);
const toAsk = started.flatMap((s) => {
  const at = asked.get(s.name);
  return at === undefined ? [] : [at - s.scheduledAt];
});
const figures = {
  jobs,
  runs: started.length,
  startDelayMs: {
    p50: percentile(toStart, 50),
    p99: percentile(toStart, 99),
    max: Math.max(...toStart),
  },
  createRequestDelayMs: { p50: percentile(toAsk, 50), p99: percentile(toAsk, 99) },
  ...treeState(),
};
console.log(`runs started: ${started.length}`);
console.log(
  `  scheduled time → container started: p50 ${figures.startDelayMs.p50} ms, p99 ${figures.startDelayMs.p99} ms (goal: within 1 s)`,
);
console.log(
  `  scheduled time → berth asks the engine: p50 ${figures.createRequestDelayMs.p50} ms, p99 ${figures.createRequestDelayMs.p99} ms`,
);
recordResult('jobSchedule', figures);
