// `berth plan` and `berth apply` against the real engine.
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeInstance, testEngine } from './support/docker.js';
import { runCli } from './support/cli.js';
import { deploymentYaml, tempFolder, type TempFolder } from './support/resources.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup(): Promise<{ f: TempFolder; instance: string }> {
  const { instance } = testEngine('cli');
  const f = await tempFolder();
  cleanups.push(
    () => removeInstance(instance),
    () => f.cleanup(),
  );
  return { f, instance };
}

/** The instance's containers, inspected. */
async function running(instance: string) {
  const { docker } = testEngine('look');
  const list = await docker.listContainers({ filters: { label: [`berth.instance=${instance}`] } });
  return Promise.all(list.map((c) => docker.getContainer(c.Id).inspect()));
}

describe('berth plan and apply', () => {
  it('plans changes (exit 2), applies them with progress (exit 0), then plans nothing (exit 0)', async () => {
    const { f, instance } = await setup();
    await f.write('api.yaml', deploymentYaml({ name: 'api', replicas: 2 }));
    await f.write(
      'job.yaml',
      'apiVersion: berth/v1\nkind: Job\nmetadata: { name: train, owner: user:alice }\nspec: { image: berth-examples/busybox:1 }\n',
    );

    const planned = await runCli(['plan', f.dir, '--instance', instance]);
    expect([planned.code, planned.stderr]).toEqual([2, '']);
    expect(planned.stdout).toMatch(
      /^\+ Deployment\/api {2}create: create 2 replicas of berth-examples\/busybox:1\n▶ Job\/train {2}run: start run h[0-9a-f]{10}-0\nPlan: \+1 ~0 -0, 1 job to run\n$/,
    );
    const markdown = await runCli(['plan', f.dir, '--instance', instance, '--format', 'markdown']);
    expect(markdown.stdout).toContain('### berth plan: +1 ~0 -0, 1 job to run');
    expect(markdown.stdout).toContain(
      '| + | `Deployment/api` | create | create 2 replicas of berth-examples/busybox:1 |',
    );

    const applied = await runCli(['apply', f.dir, '--instance', instance]);
    expect(applied.stderr).toBe('');
    expect(applied.code).toBe(0);
    // apply shows the plan it executes first: the same lines `berth plan` printed.
    expect(applied.stdout.slice(0, planned.stdout.length)).toBe(planned.stdout);
    expect(applied.stdout).toContain('⟳ Deployment/api  Progressing 0/2  converging\n');
    expect(applied.stdout).toContain('✓ Deployment/api  Ready 2/2  2/2 replicas ready\n');
    expect(applied.stdout).toMatch(/\n✓ Job\/train run h[0-9a-f]{10}-0 {2}Succeeded \(attempts: 1/);

    const json = await runCli(['plan', f.dir, '--instance', instance, '--format', 'json']);
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout) as {
      hasChanges: boolean;
      actions: { key: string; type: string }[];
    };
    expect(parsed.hasChanges).toBe(false);
    // A fresh process has not seen the replicas pass readiness: apply would check them once.
    expect(parsed.actions.map((a) => [a.key, a.type])).toEqual([
      ['Deployment/api', 'verify'],
      ['Job/train', 'noop'],
    ]);
    const text = await runCli(['plan', f.dir, '--instance', instance]);
    expect(text.stdout).toBe('No changes (2 unchanged).\n');

    await f.remove('api.yaml');
    const prune = await runCli(['plan', f.dir, '--instance', instance]);
    expect(prune.code).toBe(2);
    expect(prune.stdout).toContain(
      '- Deployment/api  delete: removed from the revision: delete 2 containers\n',
    );
    const kept = await runCli(['plan', f.dir, '--instance', instance, '--no-prune']);
    expect(kept.code).toBe(0);

    // Another instance sharing the engine sees none of these containers and would prune nothing.
    const other = await tempFolder();
    cleanups.push(() => other.cleanup());
    const foreign = await runCli(['plan', other.dir, '--instance', `${instance}-other`]);
    expect(foreign).toEqual({ code: 0, stdout: 'No changes.\n', stderr: '' });
  });

  it.each(['plan', 'apply', 'serve'])(
    'berth %s --help explains the command and its options',
    async (command) => {
      const help = await runCli([command, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Usage: berth ${command} `));
      expect(help.stdout).toContain('--instance NAME');
    },
  );

  it.each([
    [['deploy'], 'berth: unknown command "deploy"; run `berth --help` for the list\n'],
    [
      ['serve'],
      'berth serve: say what to follow: berth serve --watch DIR (a local folder) or --repo URL (a Git repository)\n',
    ],
    [
      ['plan', '--format', 'yaml'],
      'berth plan: --format must be one of text, json, markdown (got "yaml")\n',
    ],
    [
      ['apply', '--bogus'],
      "berth apply: Unknown option '--bogus'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- \"--bogus\"; see `berth apply --help`\n",
    ],
    [
      ['plan', 'no/such/folder'],
      'berth plan: no/such/folder does not exist; pass the folder that holds your resource files\n',
    ],
  ])('berth %j fails with one clear line', async (argv, stderr) => {
    expect(await runCli(argv)).toEqual({ code: 1, stdout: '', stderr });
  });

  it('says plainly when no Docker engine answers', async () => {
    const f = await tempFolder();
    cleanups.push(() => f.cleanup());
    await f.write('api.yaml', deploymentYaml({ name: 'api' }));
    expect(
      await runCli(['plan', f.dir], { DOCKER_HOST: 'unix:///nonexistent/docker.sock' }),
    ).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'berth plan: cannot reach the Docker engine at unix:///nonexistent/docker.sock (ENOENT); start Docker, or set DOCKER_HOST to where it listens\n',
    });
  });

  it('refuses a size larger than the engine can give, at plan time, naming what it needs and has', async () => {
    const { f, instance } = await setup();
    await f.write('big.yaml', deploymentYaml({ name: 'big', size: '8xlarge' }));
    const planned = await runCli(['plan', f.dir, '--instance', instance]);
    expect(planned.code).toBe(1);
    expect(planned.stdout).toMatch(
      /^! Deployment\/big {2}error: size 8xlarge \(32 CPUs, 256 GiB\) is more than this engine can give \(it has \d+ CPUs, [\d.]+ GiB\); choose a smaller size\n/,
    );
    const applied = await runCli(['apply', f.dir, '--instance', instance]);
    expect(applied.code).toBe(1);
    expect(applied.stdout).toContain(
      '✗ Deployment/big  Failed  size 8xlarge (32 CPUs, 256 GiB) is more than this engine can give',
    );
  });

  it('takes sizes from a sizes file: validate, plan and apply use them, the container gets their limits', async () => {
    const { f, instance } = await setup();
    await f.write('tiny.yaml', deploymentYaml({ name: 'tiny', size: 'tiny' }));
    const sizes = path.join(f.dir, '..', `${path.basename(f.dir)}-sizes.yaml`);
    cleanups.push(() => rm(sizes, { force: true }));
    await writeFile(sizes, 'tiny: { cpus: 0.5, memory: 64MiB }\n');

    const unknown = await runCli(['validate', f.dir]);
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toContain(
      'tiny.yaml:10:9  spec.size  unknown size "tiny"; use one of medium, large, xlarge, 2xlarge, 4xlarge, 8xlarge, g4dnxlarge, g4dn4xlarge, p38xlarge\n1 problem in 1 file\n',
    );
    expect((await runCli(['validate', f.dir, '--sizes', sizes])).code).toBe(0);
    const planned = await runCli(['plan', f.dir, '--instance', instance], { BERTH_SIZES: sizes });
    expect([planned.code, planned.stderr]).toEqual([2, '']);

    await writeFile(sizes, 'tiny: { cpus: 0.5, memory: 64 megs }\n');
    const refused = await runCli(['apply', f.dir, '--instance', instance, '--sizes', sizes]);
    expect([refused.code, refused.stdout, refused.stderr]).toEqual([
      1,
      '',
      `berth apply: sizes file ${sizes} is not valid; fix it and start again:\n  tiny.memory: must be an amount with a unit, at least 6MiB, e.g. 512MiB or 16GiB\n`,
    ]);
    expect(await running(instance)).toEqual([]);

    await writeFile(sizes, 'tiny: { cpus: 0.5, memory: 64MiB }\n');
    const applied = await runCli(['apply', f.dir, '--instance', instance, '--sizes', sizes]);
    expect([applied.code, applied.stderr]).toEqual([0, '']);
    const [container] = await running(instance);
    expect(container?.HostConfig).toMatchObject({ NanoCpus: 500_000_000, Memory: 64 * 1024 ** 2 });
  });

  it('applies nothing from a folder with an invalid file, and says which', async () => {
    const { f, instance } = await setup();
    await f.write('ok.yaml', deploymentYaml({ name: 'ok' }));
    await f.write('bad.yaml', deploymentYaml({ name: 'Bad_Name' }));
    const applied = await runCli(['apply', f.dir, '--instance', instance]);
    expect(applied.code).toBe(1);
    expect(applied.stderr).toMatch(/bad\.yaml:4:9 +metadata\.name/);
    expect(applied.stderr).toContain('nothing was changed: fix the problems above and run again');
    const { containers } = testEngine('cli');
    expect(await containers.listManaged(instance)).toEqual([]);
  });
});
