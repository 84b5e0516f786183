import type Docker from 'dockerode';
import { describe, expect, it } from 'vitest';
import { createImagePins } from './images.js';

/** The manager's answers about images as the pins read them (a stand-in for pure logic). */
function managerWith(images: Record<string, unknown>) {
  let infos = 0;
  const docker = {
    getImage: (name: string) => ({
      inspect: () =>
        name in images
          ? Promise.resolve(images[name])
          : Promise.reject(Object.assign(new Error('no such image'), { statusCode: 404 })),
    }),
    info: () => {
      infos += 1;
      return Promise.resolve({ Swarm: { NodeID: 'manager-1' } });
    },
  } as unknown as Docker;
  return { pin: createImagePins(docker), infos: () => infos };
}

describe('how Swarm services name their images', () => {
  const built = { Id: 'sha256:b1', Config: { Labels: { 'berth.managed': 'true' } } };

  it('names an image a registry holds by its digest, one only this node has by its ID', async () => {
    const { pin } = managerWith({
      'registry:5000/team/model:1': {
        Id: 'sha256:m1',
        RepoDigests: ['registry:5000/team/model@sha256:d1'],
      },
      'loaded:1': { Id: 'sha256:l1', Config: { Labels: null } },
      'berth/api:h1': built,
    });
    expect(await pin('registry:5000/team/model:1')).toEqual({
      image: 'registry:5000/team/model@sha256:d1',
    });
    // Loaded by hand: other nodes may have it loaded too, so it may run anywhere.
    expect(await pin('loaded:1')).toEqual({ image: 'sha256:l1' });
    // Not here: the nodes pull it.
    expect(await pin('python:3.12')).toEqual({ image: 'python:3.12' });
  });

  it('keeps an image berth built here on this node, asking the engine for its node once', async () => {
    const { pin, infos } = managerWith({
      'berth/api:h1': built,
      'berth/etl:h2': { ...built, Id: 'sha256:b2' },
    });
    expect(await pin('berth/api:h1')).toEqual({ image: 'sha256:b1', node: 'manager-1' });
    expect(await pin('berth/etl:h2')).toEqual({ image: 'sha256:b2', node: 'manager-1' });
    expect(infos()).toBe(1);
  });

  it('asks for its node again after a failed answer', async () => {
    let answers = 0;
    const docker = {
      getImage: () => ({ inspect: () => Promise.resolve(built) }),
      info: () =>
        ++answers === 1
          ? Promise.reject(new Error('engine restarting'))
          : Promise.resolve({ Swarm: { NodeID: 'manager-1' } }),
    } as unknown as Docker;
    const pin = createImagePins(docker);
    await expect(pin('berth/api:h1')).rejects.toThrow('engine restarting');
    expect(await pin('berth/api:h1')).toEqual({ image: 'sha256:b1', node: 'manager-1' });
  });
});
