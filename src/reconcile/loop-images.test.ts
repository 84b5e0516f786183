// The loop and resource images against a fake engine and a fake image builder: refs are resolved
// at every pass, a moved ref plans as a change, images are made before units and pruned after.
import { describe, expect, it } from 'vitest';
import type { ImageRecipe, ResourceImages, SnapshotRequest } from '../images/types.js';
import { createKinds } from '../kinds/index.js';
import { silentLogger } from '../log.js';
import type { Resource } from '../resources/types.generated.js';
import { fakeEngine } from '../../test/support/fake-engine.js';
import { createReconciler } from './loop.js';

const url = 'https://git.example/acme/site.git';

function site(): Resource {
  return {
    apiVersion: 'berth/v1',
    kind: 'Deployment',
    metadata: { name: 'site', owner: 'user:alice' },
    spec: { image: 'img:1', git: [{ url, ref: 'main' }] },
  };
}

function fakeImages(commitOf: () => string) {
  const resolved: SnapshotRequest[][] = [];
  const ensured: string[] = [];
  const pruned: string[][] = [];
  const images: ResourceImages = {
    resolve(requests) {
      resolved.push([...requests]);
      const commit = commitOf();
      return Promise.resolve({ get: () => ({ commit }) });
    },
    ensure(recipe: ImageRecipe) {
      ensured.push(recipe.tag);
      return Promise.resolve();
    },
    prune(inUse) {
      pruned.push([...inUse]);
      return Promise.resolve();
    },
  };
  return { images, resolved, ensured, pruned };
}

describe('the loop with resource images', () => {
  it('resolves refs at every pass: a moved branch is an update, an unmoved one a noop', async () => {
    let commit = 'a'.repeat(40);
    const fake = fakeEngine();
    const images = fakeImages(() => commit);
    const loop = createReconciler({
      engine: fake.engine,
      kinds: createKinds(),
      instance: 'test',
      logger: silentLogger(),
      images: images.images,
    });
    loop.setRevision({ id: 'c1', resources: [site()] });
    const first = await loop.reconcile();
    expect(first.plan.actions.map((a) => a.type)).toEqual(['create']);
    expect(images.resolved).toEqual([[{ owner: 'user:alice', url, ref: 'main' }]]);
    expect(images.ensured).toHaveLength(1);
    expect(images.pruned).toEqual([images.ensured]);

    expect((await loop.plan()).plan.actions.map((a) => a.type)).toEqual(['noop']);

    commit = 'b'.repeat(40);
    const moved = await loop.reconcile();
    expect(moved.plan.actions.map((a) => a.type)).toEqual(['update']);
    expect(moved.plan.actions[0]?.reason).toContain('snapshot site aaaaaaa → bbbbbbb');
    expect(images.ensured).toHaveLength(2);
    expect(images.pruned.at(-1)).toEqual([images.ensured[1]]);
  });

  it('fails a resource with git entries, saying why, when the loop has no image builder', async () => {
    const fake = fakeEngine();
    const loop = createReconciler({
      engine: fake.engine,
      kinds: createKinds(),
      instance: 'test',
      logger: silentLogger(),
    });
    loop.setRevision({ id: 'c1', resources: [site()] });
    const report = await loop.reconcile();
    expect(report.plan.actions[0]).toMatchObject({ type: 'error' });
    expect(report.plan.actions[0]?.reason).toMatch(/without an image builder/);
  });
});
