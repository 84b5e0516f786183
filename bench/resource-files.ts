// Resource folders for the engine benchmarks: one file per resource, as a team would keep them.
// Deployments run busybox httpd on port 8000 (ready when it accepts a TCP connection); Jobs are
// declared with a daily cron schedule twelve hours away, so they are scheduled but none comes due
// while a benchmark runs. (A rarely due schedule, such as February 29th, is much dearer to plan.)
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const benchImage = 'berth-examples/busybox:1';
/** what every Deployment runs, under `sh -c` */
export const httpdCommand = 'exec httpd -f -p 8000 -h /www';
export const benchOwner = 'user:bench';

export interface DeclaredSet {
  deployments: number;
  jobs: number;
}

export function deploymentYaml(name: string): string {
  return `apiVersion: berth/v1
kind: Deployment
metadata: { name: ${name}, owner: ${benchOwner} }
spec:
  image: ${benchImage}
  command: ${JSON.stringify(httpdCommand)}
  size: medium
  replicas: 1
`;
}

/** the UTC hour twelve hours from now: a daily schedule at that hour is not due for hours */
function farHour(): number {
  return (new Date().getUTCHours() + 12) % 24;
}

export function jobYaml(name: string, i: number): string {
  return `apiVersion: berth/v1
kind: Job
metadata: { name: ${name}, owner: ${benchOwner} }
spec:
  image: ${benchImage}
  command: ['sh', '-c', 'echo shard ${i}']
  schedule: '${i % 60} ${farHour()} * * *'
`;
}

/** Writes `api-<i>.yaml` and `job-<i>.yaml` files into a new temp folder and returns its path. */
export async function writeResourceFolder(prefix: string, set: DeclaredSet): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), `berth-bench-${prefix}-`));
  for (let i = 0; i < set.deployments; i++) {
    await writeFile(path.join(dir, `api-${i}.yaml`), deploymentYaml(`api-${i}`));
  }
  for (let i = 0; i < set.jobs; i++) {
    await writeFile(path.join(dir, `job-${i}.yaml`), jobYaml(`job-${i}`, i));
  }
  return dir;
}
