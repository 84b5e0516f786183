// What plan, apply and serve share: reading the revision and wiring the engine and controller.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import { createDockerEngine } from '../engine/docker.js';
import type { Engine } from '../engine/types.js';
import type { Logger } from '../log.js';
import { createController, type Controller } from '../reconcile/controller.js';
import { formatProblemsText } from '../resources/format.js';
import { readFolder, type FolderRevision } from '../source/local-folder.js';
import type { CliIo } from './command.js';

export const engineFlags = {
  instance: { type: 'string' },
  'no-prune': { type: 'boolean' },
} as const;

export interface EngineSettings {
  instance: string;
  prune: boolean;
}

export function engineSettings(
  values: { instance?: string | undefined; 'no-prune'?: boolean | undefined },
  io: CliIo,
): EngineSettings {
  const instance = values.instance ?? io.env.BERTH_INSTANCE ?? 'default';
  if (!/^[a-z0-9][-a-z0-9]{0,30}$/.test(instance)) {
    throw new UserError(
      `instance "${instance}" must be lowercase letters, digits and '-', at most 31 characters`,
    );
  }
  return { instance, prune: values['no-prune'] !== true };
}

export function wire(
  settings: EngineSettings,
  logger: Logger,
  engine?: Engine,
): { engine: Engine; controller: Controller } {
  const chosen = engine ?? createDockerEngine({ network: `berth-${settings.instance}`, logger });
  const controller = createController({
    engine: chosen,
    instance: settings.instance,
    logger,
    prune: settings.prune,
  });
  return { engine: chosen, controller };
}

/** Reads the resource folder; prints the problems and returns undefined when it is not valid. */
export async function readValidRevision(
  dir: string | undefined,
  io: CliIo,
): Promise<FolderRevision | undefined> {
  const root = path.resolve(io.cwd, dir ?? 'resources');
  const found = await stat(root).catch(() => undefined);
  if (!found)
    throw new UserError(
      `${dir ?? 'resources'} does not exist; pass the folder that holds your resource files`,
    );
  const revision = await readFolder(root);
  if (revision.problems.length > 0) {
    io.stderr(formatProblemsText(revision, io.cwd));
    io.stderr('nothing was changed: fix the problems above and run again\n');
    return undefined;
  }
  return revision;
}
