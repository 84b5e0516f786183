// Engine-side failures on the real Docker engine: what the engine cannot start again as it is is
// replaced, and what vanished behind berth's back (its network) is made again.
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { applyFolder, exampleImage, testEngine } from './support/docker.js';
import { deploymentYaml, tempFolder } from './support/resources.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('engine faults', () => {
  it('replaces a replica whose network was removed behind its back and makes the network again', async () => {
    const t = testEngine('netgone');
    const core = t.core({ drainTimeoutMs: 1_000, stopTimeoutSeconds: 1 });
    const folder = await tempFolder();
    cleanups.push(
      () => t.cleanup(),
      () => core.close(),
      () => folder.cleanup(),
    );
    await folder.write('api.yaml', deploymentYaml({ name: 'api' }));
    await applyFolder(core, folder.dir);
    expect(core.reconciler.status.get('Deployment/api')?.state).toBe('Ready');
    const [before] = await t.containers.listManaged(t.instance);
    if (!before) throw new Error('no replica');

    // Stopped (as an engine restart leaves it), then its network removed: it cannot start again.
    await t.docker.getContainer(before.id).stop({ t: 0 });
    await t.docker.getNetwork(`berth-${t.instance}`).remove();
    await expect(t.docker.getContainer(before.id).start()).rejects.toThrow(/not found/);

    await applyFolder(core, folder.dir);
    const status = core.reconciler.status.get('Deployment/api');
    expect([status?.state, status?.replicas]).toEqual(['Ready', { desired: 1, ready: 1 }]);
    const after = await t.containers.listManaged(t.instance);
    expect(after.map((c) => c.status)).toEqual(['running']);
    expect(after[0]?.id).not.toBe(before.id);
    expect(after[0]?.address).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    const network = await t.docker.getNetwork(`berth-${t.instance}`).inspect();
    expect(network.Options).toEqual({ 'com.docker.network.bridge.enable_icc': 'false' });
    const history = status?.history.map((h) => h.message) ?? [];
    expect(history).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/cannot start again .*not found.*; replacing it/),
      ]),
    );
    // What the gateway routes to is the new replica, and it answers.
    const response = await fetch(`http://${after[0]?.address ?? ''}:8000/index.html`);
    expect(response.status).toBe(200);
  });

  it('shows what it found on the engine and cannot clean in `berth status`', async () => {
    const t = testEngine('leftover');
    const folder = await tempFolder();
    cleanups.push(
      () => t.cleanup(),
      () => folder.cleanup(),
    );
    await folder.write('api.yaml', deploymentYaml({ name: 'api', replicas: 0 }));
    // A container of the instance whose labels say nothing of a resource.
    const name = `berth-${t.instance}-stray`;
    await t.docker.createContainer({
      name,
      Image: exampleImage,
      Cmd: ['true'],
      Labels: { 'berth.managed': 'true', 'berth.instance': t.instance },
    });
    const text = await runCli(['status', '--path', folder.dir, '--instance', t.instance]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      `leftover container ${name}: its berth labels are incomplete (no kind, name or spec hash), so no resource owns it; remove it with \`docker rm -f ${name}\``,
    );
    const json = await runCli([
      'status',
      '--path',
      folder.dir,
      '--instance',
      t.instance,
      '--format',
      'json',
    ]);
    const parsed = JSON.parse(json.stdout) as { leftovers: { kind: string; name: string }[] };
    expect(parsed.leftovers.map((l) => [l.kind, l.name])).toEqual([['container', name]]);
  });
});
