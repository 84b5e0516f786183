// The secret store on disk (SPEC §3): one folder per owner scope under `dir` (`user.alice/`,
// `group.data-science/`, mode 0700), one file per secret (mode 0600) written atomically (a
// temporary file renamed over it), and a random key of the store's own in `dir/.key` (0600) under
// which values are fingerprinted.
import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chmod, mkdir, open, readFile, readdir, rename, rm, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../log.js';
import { checkSecretName, ownerOfFolder, scopeFolder } from './scope.js';
import type { SecretEntry, SecretStore } from './types.js';

export interface SecretStoreOptions {
  /** the store's folder (BERTH_SECRETS_DIR) */
  dir: string;
  logger?: Logger;
}

/** A store that also lists its scopes (for validation) and says where it lives. */
export interface FolderSecretStore extends SecretStore {
  dir: string;
  /** owners that have a scope folder, sorted */
  owners(): Promise<string[]>;
}

export function createSecretStore(options: SecretStoreOptions): FolderSecretStore {
  const dir = path.resolve(options.dir);
  const log = options.logger?.child({ component: 'secrets' });
  let key: Buffer | undefined;

  const fileOf = (owner: string, name: string) => {
    checkSecretName(name);
    return path.join(dir, scopeFolder(owner), name);
  };

  /** The key is made once, by whichever process needs it first; later ones read it. */
  function storeKey(): Buffer {
    if (key) return key;
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const file = path.join(dir, '.key');
    try {
      writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'EEXIST') throw error;
    }
    key = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
    return key;
  }

  return {
    dir,
    async read(owner, name) {
      try {
        return await readFile(fileOf(owner, name), 'utf8');
      } catch (error) {
        if ((error as { code?: unknown }).code === 'ENOENT') return undefined;
        throw error;
      }
    },

    async list(owner) {
      const folder = path.join(dir, scopeFolder(owner));
      const names = await readdir(folder).catch((error: unknown) => {
        if ((error as { code?: unknown }).code === 'ENOENT') return [];
        throw error;
      });
      const entries: SecretEntry[] = [];
      for (const name of names.filter((n) => !n.startsWith('.')).sort()) {
        const info = await stat(path.join(folder, name)).catch(() => undefined);
        if (info?.isFile()) entries.push({ name, setAt: info.mtime.toISOString() });
      }
      return entries;
    },

    async write(owner, name, value) {
      const file = fileOf(owner, name);
      const folder = path.dirname(file);
      await mkdir(dir, { recursive: true, mode: 0o700 });
      await mkdir(folder, { recursive: true, mode: 0o700 });
      await chmod(folder, 0o700);
      const temp = path.join(folder, `.${name}.${randomBytes(6).toString('hex')}.tmp`);
      const handle = await open(temp, 'wx', 0o600);
      try {
        await handle.writeFile(value, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      try {
        await rename(temp, file);
      } catch (error) {
        await unlink(temp).catch(() => undefined);
        throw error;
      }
      log?.info({ owner, name }, 'secret set');
    },

    async remove(owner, name) {
      const file = fileOf(owner, name);
      const existed = await stat(file).then(
        () => true,
        () => false,
      );
      await rm(file, { force: true });
      if (existed) log?.info({ owner, name }, 'secret removed');
      return existed;
    },

    fingerprint(value) {
      return createHmac('sha256', storeKey()).update(value, 'utf8').digest('hex');
    },

    async owners() {
      const folders = await readdir(dir).catch(() => []);
      return folders
        .map(ownerOfFolder)
        .filter((o): o is string => o !== undefined)
        .sort();
    },
  };
}
