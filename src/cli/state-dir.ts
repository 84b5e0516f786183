// berth's state folder from flags and the environment: --state-dir, BERTH_STATE_DIR, else `.berth`.
import path from 'node:path';
import type { CliIo } from './command.js';

export function stateDirOf(values: { 'state-dir'?: string | undefined }, io: CliIo): string {
  return path.resolve(io.cwd, values['state-dir'] ?? io.env.BERTH_STATE_DIR ?? '.berth');
}
