import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readlink, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { tarStream, type TarEntry } from './tar.js';

const run = promisify(execFile);
const folders: string[] = [];
afterEach(async () => {
  for (const dir of folders.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('the build context tar', () => {
  it('is read back by tar with folders, modes, links and long names intact', async () => {
    const long = `${'deep/'.repeat(40)}file-with-a-rather-long-name-${'x'.repeat(90)}.txt`;
    const entries: TarEntry[] = [
      { type: 'file', path: 'Dockerfile', mode: 0o644, content: Buffer.from('FROM scratch\n') },
      { type: 'directory', path: 'snapshots/0' },
      { type: 'file', path: 'snapshots/0/run.sh', mode: 0o755, content: Buffer.from('echo hi\n') },
      { type: 'symlink', path: 'snapshots/0/link', target: 'run.sh' },
      { type: 'file', path: `snapshots/0/${long}`, mode: 0o644, content: Buffer.from('long\n') },
      {
        type: 'file',
        path: 'snapshots/0/ünïcode.txt',
        mode: 0o644,
        content: Buffer.alloc(1025, 1),
      },
    ];
    const dir = await mkdtemp(path.join(os.tmpdir(), 'berth-tar-'));
    folders.push(dir);
    const file = path.join(dir, 'context.tar');
    await writeFile(file, await buffer(tarStream(entries)));
    const out = path.join(dir, 'out');
    await run('mkdir', [out]);
    await run('tar', ['-xf', file, '-C', out]);
    expect(await readFile(path.join(out, 'Dockerfile'), 'utf8')).toBe('FROM scratch\n');
    expect((await stat(path.join(out, 'snapshots/0/run.sh'))).mode & 0o777).toBe(0o755);
    expect(await readlink(path.join(out, 'snapshots/0/link'))).toBe('run.sh');
    expect(await readFile(path.join(out, 'snapshots/0', long), 'utf8')).toBe('long\n');
    expect((await readFile(path.join(out, 'snapshots/0/ünïcode.txt'))).length).toBe(1025);
  });

  it('gives the same bytes for the same files', async () => {
    const entries = (): TarEntry[] => [
      { type: 'file', path: 'a.txt', mode: 0o644, content: Buffer.from('a') },
    ];
    const [a, b] = await Promise.all([buffer(tarStream(entries())), buffer(tarStream(entries()))]);
    expect(a.equals(b)).toBe(true);
    expect(a.length % 512).toBe(0);
  });
});
