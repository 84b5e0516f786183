// Writes resource folders for tests.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Resource } from '../../src/resources/types.generated.js';

export interface TempFolder {
  dir: string;
  write(file: string, text: string): Promise<void>;
  remove(file: string): Promise<void>;
  cleanup(): Promise<void>;
}

export async function tempFolder(): Promise<TempFolder> {
  const dir = await mkdtemp(path.join(tmpdir(), 'berth-test-'));
  return {
    dir,
    write: (file, text) => writeFile(path.join(dir, file), text),
    remove: (file) => rm(path.join(dir, file)),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

export interface DeploymentYaml {
  name: string;
  image?: string;
  command?: string;
  replicas?: number;
  healthPath?: string;
  failureThreshold?: number;
  size?: string;
}

/** A public Deployment owned by user:alice, with a fast readiness probe. */
export function deploymentYaml(d: DeploymentYaml): string {
  const command = d.command ?? 'exec httpd -f -p 8000 -h /www';
  return `apiVersion: berth/v1
kind: Deployment
metadata:
  name: ${d.name}
  owner: user:alice
spec:
  image: ${d.image ?? 'berth-examples/busybox:1'}
  command: ${JSON.stringify(command)}
  replicas: ${d.replicas ?? 1}
  size: ${d.size ?? 'medium'}
  public: true
  healthCheck:
    path: ${d.healthPath ?? '/index.html'}
    periodSeconds: 1
    failureThreshold: ${d.failureThreshold ?? 20}
`;
}

/** A Job of the example busybox image, owned by user:alice unless said otherwise. */
export function jobResource(
  name: string,
  spec: Record<string, unknown>,
  owner = 'user:alice',
): Resource {
  return {
    apiVersion: 'berth/v1',
    kind: 'Job',
    metadata: { name, owner },
    spec: { image: 'berth-examples/busybox:1', ...spec },
  };
}
