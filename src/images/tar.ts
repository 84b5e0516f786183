// A tar writer for build contexts: POSIX ustar headers, with a PAX record for paths and link
// targets too long for them. Regular files, folders and symbolic links; owner root, a fixed time,
// so the same files always make the same bytes. Entries are written as they come (a stream).
import { Readable } from 'node:stream';

export type TarEntry =
  | { type: 'file'; path: string; mode: number; content: Uint8Array }
  | { type: 'directory'; path: string }
  | { type: 'symlink'; path: string; target: string };

const block = 512;

/** The tar stream of `entries`, ended by the two empty blocks. */
export function tarStream(entries: AsyncIterable<TarEntry> | Iterable<TarEntry>): Readable {
  async function* generate(): AsyncGenerator<Buffer> {
    for await (const entry of entries) yield* entryBlocks(entry);
    yield Buffer.alloc(block * 2);
  }
  return Readable.from(generate());
}

function* entryBlocks(entry: TarEntry): Generator<Buffer> {
  const name = entry.type === 'directory' ? `${entry.path.replace(/\/+$/, '')}/` : entry.path;
  const link = entry.type === 'symlink' ? entry.target : '';
  const pax: string[] = [];
  const split = splitName(name);
  if (!split) pax.push(paxRecord('path', name));
  if (Buffer.byteLength(link) > 100) pax.push(paxRecord('linkpath', link));
  if (pax.length > 0) {
    const body = Buffer.from(pax.join(''));
    yield header({ name: 'PaxHeader', size: body.length, mode: 0o644, type: 'x', link: '' });
    yield* padded(body);
  }
  const names = split ?? { name: name.slice(-100), prefix: '' };
  const linkName = Buffer.byteLength(link) > 100 ? '' : link;
  if (entry.type === 'file') {
    yield header({
      ...names,
      size: entry.content.byteLength,
      mode: entry.mode,
      type: '0',
      link: '',
    });
    yield* padded(
      Buffer.from(entry.content.buffer, entry.content.byteOffset, entry.content.byteLength),
    );
  } else if (entry.type === 'directory') {
    yield header({ ...names, size: 0, mode: 0o755, type: '5', link: '' });
  } else {
    yield header({ ...names, size: 0, mode: 0o777, type: '2', link: linkName });
  }
}

function* padded(body: Buffer): Generator<Buffer> {
  yield body;
  const rest = body.length % block;
  if (rest > 0) yield Buffer.alloc(block - rest);
}

/** ustar keeps up to 155 bytes of folders in `prefix` and 100 of the rest in `name`. */
function splitName(name: string): { name: string; prefix: string } | undefined {
  if (Buffer.byteLength(name) <= 100) return { name, prefix: '' };
  for (let i = name.indexOf('/'); i > 0; i = name.indexOf('/', i + 1)) {
    const prefix = name.slice(0, i);
    const rest = name.slice(i + 1);
    if (Buffer.byteLength(prefix) > 155) return undefined;
    if (Buffer.byteLength(rest) <= 100 && rest.length > 0) return { name: rest, prefix };
  }
  return undefined;
}

/** `<length> <key>=<value>\n`, where the length counts itself. */
function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  let length = Buffer.byteLength(body) + 1;
  while (String(length).length + Buffer.byteLength(body) !== length) length += 1;
  return `${length}${body}`;
}

interface Header {
  name: string;
  prefix?: string;
  size: number;
  mode: number;
  type: '0' | '2' | '5' | 'x';
  link: string;
}

function header(h: Header): Buffer {
  const buffer = Buffer.alloc(block);
  const put = (text: string, offset: number, length: number) => {
    buffer.write(text, offset, Math.min(Buffer.byteLength(text), length), 'utf8');
  };
  const octal = (value: number, offset: number, length: number) => {
    put(`${value.toString(8).padStart(length - 1, '0')}\0`, offset, length);
  };
  put(h.name, 0, 100);
  octal(h.mode & 0o7777, 100, 8);
  octal(0, 108, 8); // uid
  octal(0, 116, 8); // gid
  octal(h.size, 124, 12);
  octal(0, 136, 12); // mtime: fixed, so equal files give equal bytes
  buffer.fill(' ', 148, 156); // checksum counts as spaces while it is computed
  put(h.type, 156, 1);
  put(h.link, 157, 100);
  put('ustar\0', 257, 6);
  put('00', 263, 2);
  put('root', 265, 32);
  put('root', 297, 32);
  put(h.prefix ?? '', 345, 155);
  let sum = 0;
  for (const byte of buffer) sum += byte;
  put(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8);
  return buffer;
}
