// Gateway credentials (SPEC §6.4), kept in the state folder under `gateway/` (mode 0700):
// - `tokens/<sha256 of the token>`: one file per token (mode 0600) naming whom it identifies.
//   Only the hash is stored; `berth tokens create` shows the token once. Deleting a file revokes it.
// - `key`: 32 random bytes (mode 0600). It derives each owner's BERTH_TOKEN (so a restarted berth
//   gives new containers the same token and nothing piles up) and signs the session cookies.
// Every file is written whole under a temporary name and then renamed (or linked) into place.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { link, mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface TokenRecord {
  /** `user:<login>`, or the owner (`user:` / `group:`) for the token its containers carry */
  subject: string;
  kind: 'user' | 'owner';
  created: string;
}

export interface TokenStore {
  /** a new random token for `subject`; only its hash is written */
  create(subject: string): Promise<string>;
  /** whom a presented token identifies, or undefined */
  identify(token: string): Promise<string | undefined>;
  /** the token containers of `owner` carry as BERTH_TOKEN */
  ownerToken(owner: string): Promise<string>;
  /** a cookie value that lets the holder of `token` into deployment `name` only */
  session(name: string, token: string): Promise<string>;
  /** whom a session cookie of deployment `name` identifies, or undefined */
  identifySession(name: string, value: string): Promise<string | undefined>;
}

const tokenPattern = /^berth_[A-Za-z0-9_-]{43}$/;
const hashPattern = /^[0-9a-f]{64}$/;

export function openTokenStore(stateDir: string): TokenStore {
  const dir = path.join(stateDir, 'gateway');
  const tokensDir = path.join(dir, 'tokens');
  let key: Promise<Buffer> | undefined;
  const owners = new Map<string, Promise<string>>();

  const ready = async () => {
    await mkdir(tokensDir, { recursive: true, mode: 0o700 });
  };
  const gatewayKey = () => {
    key ??= ready().then(() => createOnce(path.join(dir, 'key'), randomBytes(32)));
    return key;
  };
  const record = async (hash: string): Promise<TokenRecord | undefined> => {
    try {
      return JSON.parse(await readFile(path.join(tokensDir, hash), 'utf8')) as TokenRecord;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  };
  const store = async (token: string, subject: string, kind: TokenRecord['kind']) => {
    await ready();
    const body: TokenRecord = { subject, kind, created: new Date().toISOString() };
    await writeAtomic(path.join(tokensDir, hashOf(token)), `${JSON.stringify(body)}\n`);
  };
  const mac = async (text: string) =>
    createHmac('sha256', await gatewayKey())
      .update(text)
      .digest('base64url');

  return {
    async create(subject) {
      const token = `berth_${randomBytes(32).toString('base64url')}`;
      await store(token, subject, 'user');
      return token;
    },
    async identify(token) {
      if (!tokenPattern.test(token)) return undefined;
      return (await record(hashOf(token)))?.subject;
    },
    ownerToken(owner) {
      let token = owners.get(owner);
      if (!token) {
        token = (async () => {
          const derived = `berth_${await mac(`owner-token\0${owner}`)}`;
          await store(derived, owner, 'owner');
          return derived;
        })();
        owners.set(owner, token);
        token.catch(() => owners.delete(owner));
      }
      return token;
    },
    async session(name, token) {
      const hash = hashOf(token);
      return `${hash}.${await mac(`session\0${name}\0${hash}`)}`;
    },
    async identifySession(name, value) {
      const [hash, signature] = value.split('.');
      if (!hash || !signature || !hashPattern.test(hash)) return undefined;
      const expected = Buffer.from(await mac(`session\0${name}\0${hash}`));
      const given = Buffer.from(signature);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
      // The token behind the cookie must still exist: deleting its file ends its sessions too.
      return (await record(hash))?.subject;
    },
  };
}

export function hashOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

async function writeAtomic(file: string, text: string): Promise<void> {
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(temporary, text, { mode: 0o600, flag: 'wx' });
  await rename(temporary, file);
}

/** Writes `content` to `file` unless it exists, then returns what the file holds (one winner). */
async function createOnce(file: string, content: Buffer): Promise<Buffer> {
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(temporary, content, { mode: 0o600, flag: 'wx' });
  try {
    await link(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await unlink(temporary);
  }
  return readFile(file);
}
