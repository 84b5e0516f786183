// Notices changes in the secret store's folder (`berth secrets set` from another process, a file
// replaced by configuration management): chokidar, debounced, values never read here.
import { watch } from 'chokidar';
import { mkdir } from 'node:fs/promises';
import { errorMessage } from '../errors.js';
import type { Logger } from '../log.js';

export interface SecretWatchOptions {
  dir: string;
  logger: Logger;
  /** something in the store changed (called once per burst) */
  onChange: () => void;
  debounceMs?: number;
}

/** Watches the store; returns a function that stops watching. */
export async function watchSecrets(options: SecretWatchOptions): Promise<() => Promise<void>> {
  const log = options.logger.child({ component: 'secrets.watch' });
  // The folder may not exist yet (no secret set so far): make it, private, so it can be watched.
  await mkdir(options.dir, { recursive: true, mode: 0o700 });
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch(options.dir, {
    ignoreInitial: true,
    // temporary files of atomic writes and the store's key are not secrets
    ignored: (file) => /(^|[/\\])\./.test(file.slice(options.dir.length)),
    depth: 1,
  });
  watcher.on('all', () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(options.onChange, options.debounceMs ?? 200);
  });
  watcher.on('error', (error) => {
    log.error({ err: errorMessage(error) }, 'watching the secret store failed');
  });
  await new Promise<void>((resolve) => watcher.once('ready', resolve));
  return async () => {
    if (timer) clearTimeout(timer);
    await watcher.close();
  };
}
