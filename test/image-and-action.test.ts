// What the Dockerfile and action.yml offer works: the image validates, the action annotates.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { deploymentYaml, tempFolder, type TempFolder } from './support/resources.js';

const run = promisify(execFile);
const folders: TempFolder[] = [];
afterAll(async () => {
  for (const f of folders) await f.cleanup();
});

async function exec(file: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  try {
    const { stdout, stderr } = await run(file, args, {
      env: { ...process.env, ...env },
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function workspace(): Promise<TempFolder> {
  const f = await tempFolder();
  folders.push(f);
  await run('mkdir', ['-p', path.join(f.dir, 'resources')]);
  return f;
}

describe('the GitHub Action step', () => {
  const action = (workspaceDir: string, command: string) =>
    exec('bash', [path.resolve('scripts/action.sh')], {
      GITHUB_ACTION_PATH: process.cwd(),
      GITHUB_WORKSPACE: workspaceDir,
      BERTH_ACTION_COMMAND: command,
      BERTH_ACTION_PATH: 'resources',
    });

  it('annotates each problem on its file and line, and fails the step', async () => {
    const w = await workspace();
    await w.write(
      'resources/api.yaml',
      deploymentYaml({ name: 'api' }).replace('replicas: 1', 'replicas: -1'),
    );
    const result = await action(w.dir, 'validate');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^::error file=resources\/api\.yaml,line=9,col=13,title=spec\.replicas::/m,
    );
  });

  it('passes on valid files, and refuses plan and deploy plainly', async () => {
    const w = await workspace();
    await w.write('resources/api.yaml', deploymentYaml({ name: 'api' }));
    expect((await action(w.dir, 'validate')).code).toBe(0);
    const plan = await action(w.dir, 'plan');
    expect(plan.code).toBe(1);
    expect(plan.stdout).toContain("::error title=berth::'plan' needs the berth service API");
  });
});

describe('the container image', () => {
  it('builds from the Dockerfile and validates resource files', { timeout: 300_000 }, async () => {
    const base = (await run('bash', ['scripts/node-base-image.sh'])).stdout.trim();
    const built = await exec('docker', [
      'build',
      '-q',
      '--build-arg',
      `NODE_IMAGE=${base}`,
      '-t',
      'berth:test',
      '.',
    ]);
    expect(built.stderr.replace(/DEPRECATED[\s\S]*?buildx\/\n\n?/, '').trim()).toBe('');
    expect(built.code).toBe(0);
    const mount = `${path.resolve('examples/resources')}:/resources:ro`;
    const ok = await exec('docker', [
      'run',
      '--rm',
      '-v',
      mount,
      'berth:test',
      'validate',
      '/resources',
    ]);
    expect(ok).toEqual({ code: 0, stdout: '6 files, 7 resources: no problems\n', stderr: '' });
    const bad = `${path.resolve('test/fixtures/invalid')}:/resources:ro`;
    const failed = await exec('docker', [
      'run',
      '--rm',
      '-v',
      bad,
      'berth:test',
      'validate',
      '/resources',
    ]);
    expect(failed.code).toBe(1);
  });
});
