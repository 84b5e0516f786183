// Secret files go into a container through the engine's archive API before it starts: no host
// mount, no copy on the host's disk outside the engine. The archive holds only the files (mode
// 0400, owned by the image's user when it is numeric), so existing folders keep their owner and
// mode; missing parent folders are made by the engine.
import type { UnitSecret } from '../types.js';

export interface FileOwner {
  uid: number;
  gid: number;
  /** 0400 for a user berth knows by number (or root), 0444 when the image names its user */
  mode: number;
}

/** Who should own the files, from the container's configured user (`Config.User`). */
export function fileOwner(user: string | undefined): FileOwner {
  if (!user || user === 'root' || user === '0') return { uid: 0, gid: 0, mode: 0o400 };
  const match = /^(\d+)(?::(\d+))?$/.exec(user);
  if (match) {
    const uid = Number(match[1]);
    return { uid, gid: match[2] === undefined ? uid : Number(match[2]), mode: 0o400 };
  }
  // A user by name: its number is only in the image's /etc/passwd; let it read a root-owned file.
  return { uid: 0, gid: 0, mode: 0o444 };
}

/** A tar (ustar) of the unit's file secrets, to extract at `/`. */
export function secretArchive(secrets: readonly UnitSecret[], owner: FileOwner, now: Date): Buffer {
  const parts: Buffer[] = [];
  for (const secret of secrets) {
    if (secret.file === undefined) continue;
    const body = Buffer.from(secret.value, 'utf8');
    parts.push(header(secret.file.replace(/^\/+/, ''), body.length, owner, now), body);
    const pad = (512 - (body.length % 512)) % 512;
    if (pad > 0) parts.push(Buffer.alloc(pad));
  }
  parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}

function header(path: string, size: number, owner: FileOwner, now: Date): Buffer {
  const block = Buffer.alloc(512);
  const { name, prefix } = splitPath(path);
  block.write(name, 0, 100, 'utf8');
  octal(block, 100, 8, owner.mode);
  octal(block, 108, 8, owner.uid);
  octal(block, 116, 8, owner.gid);
  octal(block, 124, 12, size);
  octal(block, 136, 12, Math.floor(now.getTime() / 1000));
  block.fill(' ', 148, 156);
  block.write('0', 156, 1, 'ascii');
  block.write('ustar\u000000', 257, 8, 'ascii');
  block.write(prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\u0000 `, 148, 8, 'ascii');
  return block;
}

/** ustar keeps up to 100 bytes of name and 155 of prefix, split at a `/`. */
function splitPath(path: string): { name: string; prefix: string } {
  if (Buffer.byteLength(path) <= 100) return { name: path, prefix: '' };
  for (let at = path.indexOf('/'); at > 0; at = path.indexOf('/', at + 1)) {
    const prefix = path.slice(0, at);
    const name = path.slice(at + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(name) <= 100) return { name, prefix };
  }
  throw new Error(`secret file path /${path} is too long; keep it under 255 characters`);
}

function octal(block: Buffer, offset: number, length: number, value: number): void {
  block.write(`${value.toString(8).padStart(length - 1, '0')}\u0000`, offset, length, 'ascii');
}
