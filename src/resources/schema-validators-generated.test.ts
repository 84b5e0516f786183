import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../', import.meta.url));

it('schema-validators.generated.ts is what the schemas generate', async () => {
  const run = promisify(execFile)(process.execPath, ['scripts/gen-validators.mjs', '--check'], {
    cwd: repo,
  });
  await expect(run).resolves.toMatchObject({ stderr: '' });
});
