// Nothing left behind on the real Docker engine beyond containers: a pipeline run's workspace
// whose run is gone goes at the next apply (and `berth status` lists it until then), one the
// engine keeps is shown as a leftover, an owner's /data volume is user data and stays, and the
// instance's network goes once nothing of it runs and comes back with the next replica.
import type Docker from 'dockerode';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { applyFolder, exampleImage, testEngine } from './support/docker.js';
import { leaksOf, noLeaks } from './support/leaks.js';
import { deploymentYaml, tempFolder } from './support/resources.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup(prefix: string) {
  const t = testEngine(prefix);
  const core = t.core({ drainTimeoutMs: 1_000, stopTimeoutSeconds: 1 });
  const folder = await tempFolder();
  cleanups.push(
    () => t.cleanup(),
    () => core.close(),
    () => folder.cleanup(),
  );
  return { t, core, folder };
}

/** A workspace volume labelled as berth labels a pipeline run's (SPEC §1.3.1). */
function workspaceLabels(instance: string, run: string): Record<string, string> {
  return {
    'berth.managed': 'true',
    'berth.instance': instance,
    'berth.kind': 'Job',
    'berth.name': 'flow',
    'berth.owner': 'user:alice',
    'berth.run': run,
  };
}

const volumeNames = async (t: ReturnType<typeof testEngine>) =>
  (((await t.docker.listVolumes()).Volumes as Docker.VolumeInspectInfo[] | null) ?? [])
    .map((v) => v.Name)
    .filter((n) => n.startsWith(`berth-${t.instance}-`))
    .sort();

describe('nothing left behind', () => {
  it("removes a pipeline run's workspace whose run is gone at the next apply, lists one the engine keeps, and never touches /data", async () => {
    const { t, core, folder } = await setup('sweep');
    await folder.write('api.yaml', deploymentYaml({ name: 'api' }));
    await applyFolder(core, folder.dir);
    const data = `berth-${t.instance}-data-user.alice`;
    expect(await volumeNames(t)).toEqual([data]);

    // A workspace whose run's containers were removed (or a killed berth never made), and one a
    // container outside berth holds.
    const gone = `berth-${t.instance}-run-flow-20261206t0600-1`;
    const held = `berth-${t.instance}-run-flow-20261206t0601-1`;
    await t.docker.createVolume({ Name: gone, Labels: workspaceLabels(t.instance, 'r1') });
    await t.docker.createVolume({ Name: held, Labels: workspaceLabels(t.instance, 'r2') });
    const holder = await t.docker.createContainer({
      name: `outside-${t.instance}`,
      Image: exampleImage,
      Cmd: ['true'],
      HostConfig: { Mounts: [{ Type: 'volume', Source: held, Target: '/w' }] },
    });
    cleanups.push(() => holder.remove({ force: true }).catch(() => undefined as unknown));

    // `berth status` changes nothing and says what the next apply removes.
    const status = await runCli(['status', '--path', folder.dir, '--instance', t.instance]);
    expect(status.stdout).toContain(
      `leftover volume ${gone}: no resource uses it (its run is gone); the next apply removes it`,
    );
    expect(await volumeNames(t)).toEqual([data, gone, held].sort());

    // A fresh berth (as after a restart) sweeps at its first pass.
    const next = t.core({ drainTimeoutMs: 1_000, stopTimeoutSeconds: 1 });
    cleanups.push(() => next.close());
    await applyFolder(next, folder.dir);
    expect(await volumeNames(t)).toEqual([data, held].sort());
    const leftovers = next.reconciler.status.leftovers();
    expect(leftovers.map((l) => [l.kind, l.name])).toEqual([['volume', held]]);
    expect(leftovers[0]?.problem).toMatch(
      new RegExp(
        `^no resource uses it \\(its run is gone\\), but the engine keeps it \\(.*in use.*\\); remove what uses it, then \`docker volume rm ${held}\`$`,
      ),
    );

    // Once what held it is gone, the next look removes it.
    await holder.remove({ force: true });
    await applyFolder(next, folder.dir);
    expect(await volumeNames(t)).toEqual([data]);
    expect(next.reconciler.status.leftovers()).toEqual([]);
  });

  it('removes the instance network at the first pass that finds nothing of it running, and makes it again for the next replica', async () => {
    const { t, core, folder } = await setup('net');
    const network = `berth-${t.instance}`;
    await folder.write('api.yaml', deploymentYaml({ name: 'api' }));
    await applyFolder(core, folder.dir);
    const networks = async () =>
      (await t.docker.listNetworks({ filters: { name: [network] } })).map((n) => n.Name);
    expect(await networks()).toEqual([network]);

    // The pass that retires the last replica planned from a look with it; the next one sweeps.
    await folder.write('api.yaml', deploymentYaml({ name: 'api', replicas: 0 }));
    await applyFolder(core, folder.dir);
    expect(await t.containers.listManaged(t.instance)).toEqual([]);
    await applyFolder(core, folder.dir);
    expect(await networks()).toEqual([]);
    expect(await leaksOf(t.instance)).toEqual(noLeaks);

    await folder.write('api.yaml', deploymentYaml({ name: 'api', replicas: 1 }));
    await applyFolder(core, folder.dir);
    expect(core.reconciler.status.get('Deployment/api')?.state).toBe('Ready');
    expect(await networks()).toEqual([network]);
    const [replica] = await t.containers.listManaged(t.instance);
    expect(replica?.status).toBe('running');
    const answer = await fetch(`http://${replica?.address ?? ''}:8000/index.html`);
    expect(answer.status).toBe(200);
  });
});
