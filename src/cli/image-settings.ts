// Where resource images get their inputs, from flags and the environment: project repositories
// cached under the state folder (--state-dir, BERTH_STATE_DIR, `.berth`), each owner's GIT_TOKEN
// from the secret store, and pip's index inside builds (BERTH_PIP_INDEX_URL, for a mirror).
import { credentialsFor } from '../secrets/credentials.js';
import { createSecretStore } from '../secrets/store.js';
import type { ImageSettings } from '../service/core.js';
import type { CliIo } from './command.js';
import { secretsDirOf } from './secrets-dir.js';
import { stateDirOf } from './state-dir.js';

export function imageSettings(
  values: { 'secrets-dir'?: string | undefined; 'state-dir'?: string | undefined },
  io: CliIo,
): ImageSettings {
  const store = createSecretStore({ dir: secretsDirOf(values, io) });
  return {
    stateDir: stateDirOf(values, io),
    credentials: (owner) => credentialsFor(store, owner),
    pipIndexUrl: io.env.BERTH_PIP_INDEX_URL || undefined,
  };
}
