// Notices changes in the secret store's folder (`berth secrets set` from another process, a file
// replaced by configuration management): chokidar on the folder, debounced, and a look every
// `intervalMs` as well, for changes a watcher cannot see (a folder made after the start, network
// filesystems). Values are never read here, and nothing is created: a store that does not exist
// yet is watched once it does.
import { watch, type FSWatcher } from 'chokidar';
import { stat } from 'node:fs/promises';
import type { Clock } from '../clock.js';
import { errorMessage } from '../errors.js';
import type { Logger } from '../log.js';

export interface SecretWatchOptions {
  dir: string;
  logger: Logger;
  clock: Clock;
  /** something in the store may have changed (once per burst, and at every interval) */
  onChange: () => void;
  /** how often to look without an event (default 60 s) */
  intervalMs?: number;
  debounceMs?: number;
  /** the folder watcher is ready: changes from now on are seen as they happen */
  onWatching?: () => void;
}

/** Watches the store; returns a function that stops watching. */
export async function watchSecrets(options: SecretWatchOptions): Promise<() => Promise<void>> {
  const log = options.logger.child({ component: 'secrets.watch' });
  const { clock } = options;
  let watcher: FSWatcher | undefined;
  let cancelDebounce: (() => void) | undefined;
  let cancelTick: (() => void) | undefined;
  let stopped = false;

  const changed = () => {
    cancelDebounce?.();
    cancelDebounce = clock.setTimer(options.debounceMs ?? 200, options.onChange);
  };

  async function startWatcher(): Promise<void> {
    if (watcher) return;
    const exists = await stat(options.dir).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (!exists || stopped) return;
    const started = watch(options.dir, {
      ignoreInitial: true,
      // temporary files of atomic writes and the store's key are not secrets
      ignored: (file) => /(^|[/\\])\./.test(file.slice(options.dir.length)),
      depth: 1,
    });
    started.on('all', changed);
    started.on('error', (error) => {
      log.error({ err: errorMessage(error) }, 'watching the secret store failed');
    });
    watcher = started;
    await new Promise<void>((resolve) => started.once('ready', resolve));
    options.onWatching?.();
  }

  const tick = () => {
    cancelTick = clock.setTimer(options.intervalMs ?? 60_000, () => {
      options.onChange();
      startWatcher()
        .catch((error: unknown) => {
          log.error({ err: errorMessage(error) }, 'watching the secret store failed');
        })
        .finally(() => {
          if (!stopped) tick();
        });
    });
  };

  await startWatcher();
  tick();
  return async () => {
    stopped = true;
    cancelDebounce?.();
    cancelTick?.();
    await watcher?.close();
  };
}
