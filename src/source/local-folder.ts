// The local folder source (SPEC §5): chokidar watches a folder; each saved change is a revision.
// A revision with any problem is reported and not handed on, so nothing that runs changes.
import { watch } from 'chokidar';
import { errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import { loadRevision, type Revision, type RevisionLoad } from '../resources/load.js';
import type { SizeTable } from '../resources/spec-checks.js';
import { createValidator } from '../resources/validate.js';
import { hashOf } from '../hash.js';

export interface FolderRevision extends Revision {
  /** `local-<hash>`: the same content gives the same id */
  id: string;
}

export interface FolderWatchOptions {
  dir: string;
  logger: Logger;
  /** a valid or invalid revision; invalid ones carry problems */
  onRevision: (revision: FolderRevision) => void;
  debounceMs?: number;
  /** the size table resources are checked against (default: the built-in one) */
  sizes?: SizeTable | undefined;
}

export async function readFolder(dir: string, load: RevisionLoad = {}): Promise<FolderRevision> {
  const revision = await loadRevision(dir, load);
  const content = revision.resources.map((r) => r.resource);
  return {
    ...revision,
    id: `local-${hashOf({ content, problems: revision.problems }).slice(0, 12)}`,
  };
}

/** Emits the folder's revision now and after every change; returns a function that stops watching. */
export async function watchFolder(options: FolderWatchOptions): Promise<() => Promise<void>> {
  const log = options.logger.child({ component: 'source.folder', dir: options.dir });
  let timer: NodeJS.Timeout | undefined;
  let lastId: string | undefined;
  let reading = Promise.resolve();
  // Compiled once: the schemas do not change while berth runs.
  const load = { validator: createValidator(), ...(options.sizes ? { sizes: options.sizes } : {}) };

  const emit = () => {
    reading = reading.then(async () => {
      try {
        const revision = await readFolder(options.dir, load);
        if (revision.id === lastId) return;
        lastId = revision.id;
        log.info({ revision: revision.id, problems: revision.problems.length }, 'new revision');
        options.onRevision(revision);
      } catch (error) {
        log.error({ err: errorMessage(error) }, 'cannot read the resource folder');
      }
    });
  };

  const watcher = watch(options.dir, {
    ignoreInitial: true,
    ignored: (path) => /(^|[/\\])\.(?!\.?$)/.test(path.slice(options.dir.length)),
    awaitWriteFinish: { stabilityThreshold: 100, pollInterval: 25 },
  });
  watcher.on('all', () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(emit, options.debounceMs ?? 150);
  });
  watcher.on('error', (error) => {
    log.error({ err: errorMessage(error) }, 'watching the resource folder failed');
  });
  await new Promise<void>((resolve) => watcher.once('ready', resolve));
  emit();
  await reading;
  return async () => {
    if (timer) clearTimeout(timer);
    await watcher.close();
    await reading;
  };
}
