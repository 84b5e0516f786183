// Where the secret store is, from flags and the environment: --secrets-dir, BERTH_SECRETS_DIR,
// else `<state dir>/secrets` (--state-dir, BERTH_STATE_DIR, `.berth`). Light: validate imports it.
import path from 'node:path';
import type { CliIo } from './command.js';

export const secretsFlags = {
  'secrets-dir': { type: 'string' },
  'state-dir': { type: 'string' },
} as const;

/** The secret store's folder: --secrets-dir, BERTH_SECRETS_DIR, else `<state dir>/secrets`. */
export function secretsDirOf(
  values: { 'secrets-dir'?: string | undefined; 'state-dir'?: string | undefined },
  io: CliIo,
): string {
  const given = values['secrets-dir'] ?? io.env.BERTH_SECRETS_DIR;
  if (given) return path.resolve(io.cwd, given);
  const state = values['state-dir'] ?? io.env.BERTH_STATE_DIR ?? '.berth';
  return path.resolve(io.cwd, state, 'secrets');
}
