// Applying N Deployments from scratch: `berth apply` against `docker compose up -d` of the same
// containers (Debian's docker-compose) and the raw Engine API (dockerode create+start) as the
// floor, measured in the same run, alternating, each from a clean engine. Prints medians and ratios.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Docker from 'dockerode';
import { describe, median, runsFromArgs, time } from './stats.js';

const run = promisify(execFile);
const n = Number(process.env.BENCH_DEPLOYMENTS ?? 50);
const runs = runsFromArgs(5);
const image = 'berth-examples/busybox:1';
const command = 'exec httpd -f -p 8000 -h /www';
const docker = new Docker();

async function clean(label: string): Promise<void> {
  const list = await docker.listContainers({ all: true, filters: { label: [label] } });
  await Promise.all(list.map((c) => docker.getContainer(c.Id).remove({ force: true })));
}

async function resourceFolder(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'berth-bench-'));
  for (let i = 0; i < n; i++) {
    await writeFile(
      path.join(dir, `api-${i}.yaml`),
      `apiVersion: berth/v1\nkind: Deployment\nmetadata: { name: api-${i}, owner: user:bench }\nspec:\n  image: ${image}\n  command: ${JSON.stringify(command)}\n  size: medium\n`,
    );
  }
  return dir;
}

async function composeFolder(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'berth-bench-compose-'));
  const services = Array.from({ length: n }, (_, i) =>
    [
      `  api-${i}:`,
      `    image: ${image}`,
      `    entrypoint: ["/bin/sh", "-c"]`,
      `    command: [${JSON.stringify(command)}]`,
      `    cpus: 2`,
      `    mem_limit: 4g`,
      `    security_opt: ["no-new-privileges:true"]`,
      `    cap_drop: [ALL]`,
      `    labels: { bench: compose }`,
      `    volumes: ["data:/data"]`,
    ].join('\n'),
  );
  await writeFile(
    path.join(dir, 'docker-compose.yml'),
    `version: "2.4"\nservices:\n${services.join('\n')}\nvolumes:\n  data: {}\n`,
  );
  return dir;
}

async function rawApi(): Promise<void> {
  const ids = Array.from({ length: n }, (_, i) => i);
  const worker = async () => {
    for (let i = ids.shift(); i !== undefined; i = ids.shift()) {
      const c = await docker.createContainer({
        name: `bench-raw-${i}`,
        Image: image,
        Entrypoint: ['/bin/sh', '-c'],
        Cmd: [command],
        Labels: { bench: 'raw' },
        HostConfig: {
          NanoCpus: 2e9,
          Memory: 4 * 1024 ** 3,
          SecurityOpt: ['no-new-privileges:true'],
          CapDrop: ['ALL'],
        },
      });
      await c.start();
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
}

const berthDir = await resourceFolder();
const composeDir = await composeFolder();
const results = { berth: [] as number[], compose: [] as number[], raw: [] as number[] };
try {
  for (let r = 0; r < runs; r++) {
    await clean('berth.instance=bench');
    results.berth.push(
      await time(async () => {
        await run(process.execPath, ['bin/berth.js', 'apply', berthDir, '--instance', 'bench']);
      }),
    );
    await clean('berth.instance=bench');
    await run('docker-compose', ['-p', 'berthbench', 'down', '-v'], { cwd: composeDir }).catch(
      () => undefined,
    );
    results.compose.push(
      await time(async () => {
        await run('docker-compose', ['-p', 'berthbench', 'up', '-d'], {
          cwd: composeDir,
          env: { ...process.env, COMPOSE_PARALLEL_LIMIT: '64' },
        });
      }),
    );
    await run('docker-compose', ['-p', 'berthbench', 'down', '-v'], { cwd: composeDir });
    results.raw.push(await time(rawApi));
    await clean('bench=raw');
  }
} finally {
  await clean('berth.instance=bench');
  await clean('bench=raw');
  await run('docker-compose', ['-p', 'berthbench', 'down', '-v'], { cwd: composeDir }).catch(
    () => undefined,
  );
  await rm(berthDir, { recursive: true });
  await rm(composeDir, { recursive: true });
}
console.log(
  `apply ${n} Deployments from scratch (berth waits for readiness; compose and the raw API do not)`,
);
console.log(describe('  berth apply          ', results.berth));
console.log(describe('  docker-compose up -d ', results.compose));
console.log(describe('  raw API create+start ', results.raw));
console.log(
  `  ratio berth / compose: ${(median(results.berth) / median(results.compose)).toFixed(2)} (goal <= 1.0)`,
);
console.log(`  ratio berth / raw API: ${(median(results.berth) / median(results.raw)).toFixed(2)}`);
