import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileOwner, secretArchive } from './secret-files.js';

const secret = (file: string | undefined, value: string) => ({
  name: 'S',
  ...(file === undefined ? {} : { file }),
  fingerprint: 'f',
  value,
});

describe('secret files for the archive API', () => {
  it.each([
    [undefined, { uid: 0, gid: 0, mode: 0o400 }],
    ['root', { uid: 0, gid: 0, mode: 0o400 }],
    ['1000', { uid: 1000, gid: 1000, mode: 0o400 }],
    ['1000:100', { uid: 1000, gid: 100, mode: 0o400 }],
    ['jovyan', { uid: 0, gid: 0, mode: 0o444 }],
  ])('the user %j owns them as %j', (user, expected) => {
    expect(fileOwner(user)).toEqual(expected);
  });

  it('is a tar that GNU tar reads: only the files, their mode, owner and contents', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'berth-tar-'));
    try {
      const long = `/run/${'d'.repeat(90)}/${'f'.repeat(60)}.pem`;
      const archive = secretArchive(
        [
          secret('/run/secrets/db', 'pw\n'),
          secret(undefined, 'env only'),
          secret(long, 'x'.repeat(700)),
        ],
        { uid: 1000, gid: 100, mode: 0o400 },
        new Date(0),
      );
      await writeFile(path.join(dir, 'a.tar'), archive);
      const listing = execFileSync('tar', ['-tvf', 'a.tar', '--numeric-owner'], {
        cwd: dir,
      }).toString();
      expect(listing).toMatch(/^-r-------- 1000\/100 +3 .* run\/secrets\/db$/m);
      expect(listing.trim().split('\n')).toHaveLength(2);
      await mkdir(path.join(dir, 'out'));
      execFileSync('tar', ['-xf', 'a.tar', '-C', 'out'], { cwd: dir });
      expect(await readFile(path.join(dir, 'out/run/secrets/db'), 'utf8')).toBe('pw\n');
      expect(await readFile(path.join(dir, 'out', long), 'utf8')).toBe('x'.repeat(700));
      expect((await stat(path.join(dir, 'out/run/secrets/db'))).mode & 0o777).toBe(0o400);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
