// The resource files of the validate benchmark: a realistic mix of Jobs, Deployments and Groups,
// one resource per file in nested folders, every one valid. `wrapped` writes each description as a
// quoted string over two lines, which berth's plain YAML reader leaves to the full parser.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

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

export type FileStyle = 'plain' | 'wrapped';

/** `  description: a b c d` → `  description: "a b\n    c d"` */
function wrapDescription(text: string): string {
  return text.replace(/^( +)description: (.*)$/m, (_line, indent: string, value: string) => {
    const words = value.split(' ');
    const half = Math.ceil(words.length / 2);
    const first = words.slice(0, half).join(' ');
    return `${indent}description: "${first}\n${indent}  ${words.slice(half).join(' ')}"`;
  });
}

/** One resource per file: every 20th a Group, the rest alternately Jobs and Deployments. */
export async function writeValidateFiles(
  dir: string,
  fileCount: number,
  style: FileStyle = 'plain',
): Promise<void> {
  for (let i = 0; i < fileCount; i++) {
    const kind = i % 20 === 0 ? 'group' : i % 2 === 0 ? 'job' : 'deployment';
    const plain = kind === 'group' ? group(i / 20) : kind === 'job' ? job(i) : deployment(i);
    const text = style === 'plain' ? plain : wrapDescription(plain);
    const folder = path.join(dir, `${kind}s`, String(i % 10));
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, `${kind}-${i}.yaml`), text);
  }
}
