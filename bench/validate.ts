// Validation of 1,000 resource files (SPEC §7): generates a realistic mix of Jobs, Deployments
// and Groups into a temp folder and loads it several times with one compiled validator.
// Run: npm run bench:validate (or scripts/bench.sh for all benchmarks); --runs=N, --files=N.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadRevision, type Revision } from '../src/resources/load.js';
import { createValidator } from '../src/resources/validate.js';
import { describe, median, runsFromArgs } from './stats.js';

const runs = runsFromArgs(7);
const filesFlag = process.argv.find((a) => a.startsWith('--files='));
const fileCount = filesFlag ? Number(filesFlag.slice('--files='.length)) : 1000;
const groups = ['data-science', 'data-eng', 'ml-platform', 'analytics'];

function group(i: number): string {
  return `# yaml-language-server: $schema=../schemas/resource.schema.json
apiVersion: berth/v1
kind: Group
metadata:
  name: ${groups[i] ?? `team-${i}`}
  description: Team ${i}
spec:
  members: [alice, bob, carol-${i}, dave-${i}]
`;
}

function job(i: number): string {
  const owner = i % 3 === 0 ? `user:user-${i}` : `group:${groups[i % groups.length] ?? ''}`;
  return `# A nightly pipeline, number ${i}.
apiVersion: berth/v1
kind: Job
metadata:
  name: pipeline-${i}
  owner: ${owner}
  description: Load the events of shard ${i} into the feature store
  labels: { team: growth, shard: '${i}' }
spec:
  image: registry.example.com/team/etl@sha256:${'ab'.repeat(32)}
  command: ['python', '-m', 'etl.load', '--shard', '${i}']
  size: ${i % 5 === 0 ? 'large' : 'medium'}
  schedule: '${i % 60} ${i % 24} * * *'
  timeZone: Europe/Berlin
  concurrencyPolicy: Forbid
  backoffLimit: 2
  activeDeadlineSeconds: 3600
  startingDeadlineSeconds: 600
  git:
    - url: https://github.com/example-org/etl.git
      ref: v1.${i % 10}.0
  workingDir: jobs
  env:
    SHARD: '${i}'
    LOG_LEVEL: info
  secrets:
    - SNOWFLAKE_PASSWORD
    - { name: WAREHOUSE_CERT, file: /run/secrets/warehouse.pem }
  parameters:
    region: [eu, us]
    day_offset: [0, 1, 2]
  historyLimit: { succeeded: 7, failed: 3 }
`;
}

function deployment(i: number): string {
  return `# A model API, number ${i}.
apiVersion: berth/v1
kind: Deployment
metadata:
  name: model-api-${i}
  owner: group:${groups[i % groups.length] ?? ''}
  description: Churn model ${i} REST API
spec:
  image: registry.example.com/team/model:${i % 7}.2
  command: uvicorn app:api --host 0.0.0.0 --port 8000
  size: ${i % 11 === 0 ? 'g4dnxlarge' : 'xlarge'}
  replicas: ${1 + (i % 3)}
  port: 8000
  healthCheck:
    path: /health
    periodSeconds: 2
  env:
    MODEL_NAME: churn-${i}
    MODEL_VERSION: '2026-11'
  secrets: [MODEL_REGISTRY_TOKEN]
  access: [user:carol, group:analytics]
  extraPackages: { pip: [pandas==2.2.3, scikit-learn==1.5.2] }
`;
}

/** One resource per file: every 20th a Group, the rest alternately Jobs and Deployments. */
async function generate(dir: string): Promise<void> {
  for (let i = 0; i < fileCount; i++) {
    const kind = i % 20 === 0 ? 'group' : i % 2 === 0 ? 'job' : 'deployment';
    const text = kind === 'group' ? group(i / 20) : kind === 'job' ? job(i) : deployment(i);
    const folder = path.join(dir, `${kind}s`, String(i % 10));
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, `${kind}-${i}.yaml`), text);
  }
}

const dir = await mkdtemp(path.join(tmpdir(), 'berth-bench-validate-'));
try {
  await generate(dir);
  const compileStart = performance.now();
  const validator = createValidator();
  const compileMs = performance.now() - compileStart;

  const times: number[] = [];
  let revision: Revision | undefined;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    revision = await loadRevision(dir, { validator });
    times.push(performance.now() - start);
  }
  if (!revision || revision.problems.length > 0) {
    console.error('unexpected problems:', revision?.problems.slice(0, 5));
    process.exitCode = 1;
  }
  const rate = (ms: number) => Math.round((fileCount / ms) * 1000);
  const mid = median(times);
  console.log(
    `files: ${revision?.files.length ?? 0}, resources: ${revision?.resources.length ?? 0}, schema compile once per process: ${compileMs.toFixed(0)} ms`,
  );
  console.log(describe(`validate ${fileCount} files`, times));
  console.log(
    `files/s: median ${rate(mid)}, best ${rate(Math.min(...times))}, worst ${rate(Math.max(...times))}`,
  );
  console.log(`validate ${fileCount} files: median ${mid.toFixed(0)} ms (${rate(mid)} files/s)`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
