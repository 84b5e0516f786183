import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import type { BuildOutcome, ImageApi, ImageBuild } from '../engine/image-api.js';
import { ImageError } from '../engine/types.js';
import { silentLogger } from '../log.js';
import { manualClock } from '../../test/support/manual-clock.js';
import { createResourceImages } from './resource-images.js';
import type { ImageRecipe } from './types.js';

const recipe: ImageRecipe = {
  tag: 'berth/tool:0123456789abcdef',
  resource: { kind: 'Job', name: 'tool', owner: 'user:alice' },
  base: 'debian:12',
  snapshots: [],
  pip: [],
  apt: ['no-such-package'],
};

function fakeImages(outcome: () => BuildOutcome) {
  const builds: ImageBuild[] = [];
  const tags = new Set<string>();
  /** images of the instance that lost their tag, by id */
  const untagged = new Set<string>();
  const api: ImageApi = {
    exists: (tag) => Promise.resolve(tags.has(tag)),
    async build(build) {
      builds.push(build);
      await buffer(build.context);
      const result = outcome();
      if (result.ok) tags.add(build.tag);
      return result;
    },
    list: () =>
      Promise.resolve([
        { id: 'x', tags: [...tags] },
        ...[...untagged].map((id) => ({ id, tags: [] })),
      ]),
    remove: (tag) => Promise.resolve(tags.delete(tag) || untagged.delete(tag) ? 'removed' : 'gone'),
  };
  return { api, builds, tags, untagged };
}

const hooks = { record: () => undefined };
const failure: BuildOutcome = {
  ok: false,
  output: ['Step 2/2 : RUN apt-get install', 'E: Unable to locate package no-such-package'],
  error: "The command '/bin/sh -c apt-get …' returned a non-zero code: 100",
};

function builder(outcome: () => BuildOutcome) {
  const clock = manualClock();
  const fake = fakeImages(outcome);
  const images = createResourceImages({
    instance: 't',
    stateDir: '/nonexistent',
    images: fake.api,
    logger: silentLogger(),
    clock,
  });
  return { clock, fake, images };
}

describe('resource images', () => {
  it('builds once and then reuses the tag', async () => {
    const { fake, images } = builder(() => ({ ok: true, output: [] }));
    await images.ensure(recipe, hooks);
    await images.ensure(recipe, hooks);
    expect(fake.builds).toHaveLength(1);
    expect(fake.builds[0]?.labels).toMatchObject({ 'berth.instance': 't', 'berth.name': 'tool' });
    expect(fake.builds[0]?.context).toBeInstanceOf(Readable);
  });

  it('keeps a failed build with its last lines, and tries the same inputs again only after a back-off', async () => {
    let outcome = failure;
    const { clock, fake, images } = builder(() => outcome);
    const first = await images.ensure(recipe, hooks).catch((error: unknown) => error);
    expect(first).toBeInstanceOf(ImageError);
    expect((first as Error).message).toContain('E: Unable to locate package no-such-package');
    await expect(images.ensure(recipe, hooks)).rejects.toBe(first);
    expect(fake.builds).toHaveLength(1);

    clock.advance(60_000);
    await expect(images.ensure(recipe, hooks)).rejects.toBeInstanceOf(ImageError);
    expect(fake.builds).toHaveLength(2);
    clock.advance(60_000);
    await expect(images.ensure(recipe, hooks)).rejects.toBeInstanceOf(ImageError);
    expect(fake.builds).toHaveLength(2); // the second wait is 2 min

    outcome = { ok: true, output: [] };
    clock.advance(60_000);
    await images.ensure(recipe, hooks);
    expect(fake.builds).toHaveLength(3);
  });

  it('lists images to prune only when the images in use changed, or every 10 minutes', async () => {
    const { clock, fake, images } = builder(() => ({ ok: true, output: [] }));
    let lists = 0;
    const list = fake.api.list.bind(fake.api);
    fake.api.list = (labels) => {
      lists += 1;
      return list(labels);
    };
    await images.prune(new Set(['berth/a:1']));
    await images.prune(new Set(['berth/a:1']));
    expect(lists).toBe(1);
    await images.prune(new Set(['berth/b:1']));
    expect(lists).toBe(2);
    clock.advance(10 * 60_000);
    await images.prune(new Set(['berth/b:1']));
    expect(lists).toBe(3);
  });

  it('removes the images no resource uses', async () => {
    const { fake, images } = builder(() => ({ ok: true, output: [] }));
    await images.ensure(recipe, hooks);
    await images.prune(new Set([recipe.tag]));
    expect(fake.tags.has(recipe.tag)).toBe(true);
    await images.prune(new Set());
    expect(fake.tags.has(recipe.tag)).toBe(false);
  });

  it('removes an image of the instance that lost its tag, by its id', async () => {
    const { fake, images } = builder(() => ({ ok: true, output: [] }));
    await images.ensure(recipe, hooks);
    fake.untagged.add('sha256:0ld');
    await images.prune(new Set([recipe.tag]));
    expect([...fake.untagged]).toEqual([]);
    expect(fake.tags.has(recipe.tag)).toBe(true);
  });
});
