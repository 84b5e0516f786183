// A no-op reconcile of 1,000 declared Deployments: how long it takes and how many engine calls
// it makes (zero writes is the requirement). Most are declared with `replicas: 0` so the machine
// is not asked to run 1,000 containers; BENCH_REAL of them run one real container each.
import { performance } from 'node:perf_hooks';
import Docker from 'dockerode';
import { createDockerEngine } from '../src/engine/docker.js';
import { silentLogger } from '../src/log.js';
import { createController } from '../src/reconcile/controller.js';
import type { Resource } from '../src/resources/types.generated.js';
import { describe, runsFromArgs } from './stats.js';

const declared = 1000;
const real = Number(process.env.BENCH_REAL ?? 50);
const runs = runsFromArgs(7);
const instance = 'bench-noop';
const docker = new Docker();
const calls: { method: string }[] = [];
const modem = docker.modem as unknown as { dial: (o: { method: string }, cb: unknown) => void };
const dial = modem.dial.bind(modem);
modem.dial = (o, cb) => {
  calls.push({ method: o.method });
  dial(o, cb);
};

const resources: Resource[] = Array.from({ length: declared }, (_, i) => ({
  apiVersion: 'berth/v1',
  kind: 'Deployment',
  metadata: { name: `model-${i}`, owner: 'group:data-science' },
  spec: {
    image: 'berth-examples/busybox:1',
    command: 'exec httpd -f -p 8000 -h /www',
    replicas: i < real ? 1 : 0,
  },
}));

const engine = createDockerEngine({ docker, network: `berth-${instance}`, logger: silentLogger() });
const controller = createController({ engine, instance, logger: silentLogger(), concurrency: 16 });
controller.setRevision({ id: 'bench', resources });
const first = performance.now();
await controller.reconcile();
console.log(
  `setup: ${real} real containers created in ${Math.round(performance.now() - first)} ms`,
);

const times: number[] = [];
let writes = 0;
let total = 0;
for (let r = 0; r < runs; r++) {
  calls.length = 0;
  const start = performance.now();
  const report = await controller.reconcile();
  times.push(performance.now() - start);
  if (report.plan.hasChanges) throw new Error('a no-op reconcile planned changes');
  writes += calls.filter((c) => c.method !== 'GET').length;
  total += calls.length;
}
const list = await docker.listContainers({
  all: true,
  filters: { label: [`berth.instance=${instance}`] },
});
await Promise.all(list.map((c) => docker.getContainer(c.Id).remove({ force: true })));
await controller.stop();
console.log(`no-op reconcile of ${declared} declared Deployments (${real} real containers)`);
console.log(describe('  reconcile', times));
console.log(`  engine calls per reconcile: ${total / runs} (writes: ${writes / runs})`);
const mib = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
const memory = process.memoryUsage();
console.log(
  `  memory with ${declared} resources: rss ${mib(memory.rss)}, heap used ${mib(memory.heapUsed)}`,
);
