// The revision berth last applied from Git, kept in the state folder: its commit and the resources
// as applied (a refused change keeps the resource as it was, so this can differ from the commit).
// Ownership reads its Groups after a restart; the engine holds everything else.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Resource } from '../resources/types.generated.js';

export interface AppliedRevision {
  commit: string;
  resources: Resource[];
}

export interface AppliedStore {
  read(): Promise<AppliedRevision | undefined>;
  write(applied: AppliedRevision): Promise<void>;
}

export function createAppliedStore(stateDir: string, instance: string): AppliedStore {
  const file = path.join(stateDir, `applied-${instance}.json`);
  return {
    async read() {
      const text = await readFile(file, 'utf8').catch((error: unknown) => {
        if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
        throw error;
      });
      if (text === undefined) return undefined;
      const parsed = JSON.parse(text) as Partial<AppliedRevision>;
      if (typeof parsed.commit !== 'string' || !Array.isArray(parsed.resources)) {
        throw new Error(`${file} is not a record of an applied revision; remove it to start over`);
      }
      return { commit: parsed.commit, resources: parsed.resources };
    },
    async write(applied) {
      await mkdir(stateDir, { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      await writeFile(temporary, `${JSON.stringify(applied)}\n`, { mode: 0o600 });
      await rename(temporary, file);
    },
  };
}
