// What plan, apply and serve share: flags of the engine and the secret store, reading the revision.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import type { DesiredRevision } from '../reconcile/loop.js';
import type { Resource } from '../resources/types.generated.js';
import { resolveSecrets } from '../secrets/resolve.js';
import { createSecretStore } from '../secrets/store.js';
import { formatProblemsText } from '../resources/format.js';
import { readSizesFile } from '../resources/size-file.js';
import type { SizeTable } from '../resources/spec-checks.js';
import { readFolder, type FolderRevision } from '../source/local-folder.js';
import type { CliIo } from './command.js';

export { secretsDirOf, secretsFlags } from './secrets-dir.js';

export const sizesFlag = { sizes: { type: 'string' } } as const;

export const engineFlags = {
  instance: { type: 'string' },
  engine: { type: 'string' },
  'no-prune': { type: 'boolean' },
  ...sizesFlag,
} as const;

export interface EngineSettings {
  instance: string;
  prune: boolean;
  dockerHost: string | undefined;
  /** docker (one engine) or swarm (a Swarm manager) */
  engine: 'docker' | 'swarm';
  swarmNetwork: 'overlay' | 'local';
  /** encrypt the Swarm's overlays (BERTH_SWARM_ENCRYPT, default true) */
  swarmEncrypted: boolean;
  /** the built-in sizes with the sizes file's over them; undefined without a file */
  sizes: SizeTable | undefined;
}

export function engineSettings(
  values: {
    instance?: string | undefined;
    engine?: string | undefined;
    'no-prune'?: boolean | undefined;
    sizes?: string | undefined;
  },
  io: CliIo,
): EngineSettings {
  const instance = values.instance ?? io.env.BERTH_INSTANCE ?? 'default';
  if (!/^[a-z0-9][-a-z0-9]{0,30}$/.test(instance)) {
    throw new UserError(
      `instance "${instance}" must be lowercase letters, digits and '-', at most 31 characters`,
    );
  }
  const engine = values.engine ?? io.env.BERTH_ENGINE ?? 'docker';
  if (engine !== 'docker' && engine !== 'swarm')
    throw new UserError(
      `engine "${engine}" is not known; choose docker or swarm (--engine, BERTH_ENGINE)`,
    );
  const swarmNetwork = io.env.BERTH_SWARM_NETWORK ?? 'overlay';
  if (swarmNetwork !== 'overlay' && swarmNetwork !== 'local')
    throw new UserError(
      `BERTH_SWARM_NETWORK must be overlay (berth runs in a container attached to it) or local (a one-node Swarm, berth on its host); got "${swarmNetwork}"`,
    );
  return {
    instance,
    prune: values['no-prune'] !== true,
    dockerHost: io.env.DOCKER_HOST,
    engine,
    swarmNetwork,
    swarmEncrypted: swarmEncrypted(io.env.BERTH_SWARM_ENCRYPT),
    sizes: readSizes(values.sizes, io),
  };
}

function swarmEncrypted(value: string | undefined): boolean {
  if (value === undefined || value === '' || value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new UserError(
    `BERTH_SWARM_ENCRYPT must be true (IPsec between nodes, the default) or false (for kernels without ESP); got "${value}"`,
  );
}

/** The size table of `--sizes FILE` or BERTH_SIZES (SPEC §1.4); undefined when neither is set. */
export function readSizes(given: string | undefined, io: CliIo): SizeTable | undefined {
  const file = given ?? (io.env.BERTH_SIZES || undefined);
  if (file === undefined) return undefined;
  return readSizesFile(path.resolve(io.cwd, file), file);
}

/** Reads the resource folder; prints the problems and returns undefined when it is not valid. */
export async function readValidRevision(
  dir: string | undefined,
  io: CliIo,
  sizes: SizeTable | undefined,
): Promise<FolderRevision | undefined> {
  const root = path.resolve(io.cwd, dir ?? 'resources');
  const found = await stat(root).catch(() => undefined);
  if (!found)
    throw new UserError(
      `${dir ?? 'resources'} does not exist; pass the folder that holds your resource files`,
    );
  const revision = await readFolder(root, sizes ? { sizes } : {});
  if (revision.problems.length > 0) {
    io.stderr(formatProblemsText(revision, io.cwd));
    io.stderr('nothing was changed: fix the problems above and run again\n');
    return undefined;
  }
  return revision;
}

/** The revision as the loop takes it, with the secrets its resources use read from the store. */
export async function desiredWithSecrets(
  revision: { id: string; resources: readonly { resource: Resource }[] },
  secretsDir: string,
): Promise<DesiredRevision> {
  const resources = revision.resources.map((r) => r.resource);
  const store = createSecretStore({ dir: secretsDir });
  return { id: revision.id, resources, secrets: await resolveSecrets(store, resources) };
}
