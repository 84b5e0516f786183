import { describe, expect, it } from 'vitest';
import type { Job } from '../resources/types.generated.js';
import { defaultSnapshotPath, resourceImage } from './recipe.js';
import type { ResolvedSnapshots } from './types.js';

function job(spec: Partial<Job['spec']> = {}): Job {
  return {
    apiVersion: 'berth/v1',
    kind: 'Job',
    metadata: { name: 'train', owner: 'group:data-eng' },
    spec: { image: 'python:3.12', ...spec },
  };
}

const commitA = 'a'.repeat(40);
const resolved = (commit = commitA): ResolvedSnapshots => ({ get: () => ({ commit }) });
const repo = 'https://git.example/acme/churn-model.git';

describe('the resource image', () => {
  it('is the base image as it is without git and packages', () => {
    const plain = resourceImage(job({ workingDir: '/app' }), undefined);
    expect(plain).toEqual({
      image: 'python:3.12',
      recipe: undefined,
      snapshotEnv: '',
      workingDir: '/app',
      problem: undefined,
    });
  });

  it.each([
    ['https://git.example/acme/churn-model.git', '/workspace/churn-model'],
    ['https://git.example/acme/churn-model', '/workspace/churn-model'],
    ['https://git.example/acme/churn-model.git/', '/workspace/churn-model'],
  ])('puts %s at %s by default', (url, expected) => {
    expect(defaultSnapshotPath(url)).toBe(expected);
  });

  it('works in the first git path, and relative working folders are inside it', () => {
    const git = [
      { url: repo, ref: 'main' },
      { url: 'https://git.example/acme/lib.git', ref: 'v2', path: '/opt/lib' },
    ];
    expect(resourceImage(job({ git }), resolved()).workingDir).toBe('/workspace/churn-model');
    expect(resourceImage(job({ git, workingDir: 'src' }), resolved()).workingDir).toBe(
      '/workspace/churn-model/src',
    );
    expect(resourceImage(job({ git, workingDir: '/tmp' }), resolved()).workingDir).toBe('/tmp');
  });

  it('is tagged by the hash of its inputs: a new commit or package list is a new tag', () => {
    const git = [{ url: repo, ref: 'main' }];
    const a = resourceImage(job({ git }), resolved());
    expect(a.recipe?.tag).toMatch(/^berth\/train:[0-9a-f]{16}$/);
    expect(a.snapshotEnv).toBe(`${repo}@${commitA}`);
    expect(resourceImage(job({ git }), resolved()).recipe?.tag).toBe(a.recipe?.tag);
    expect(resourceImage(job({ git }), resolved('b'.repeat(40))).recipe?.tag).not.toBe(
      a.recipe?.tag,
    );
    const pip = resourceImage(job({ git, extraPackages: { pip: ['pandas==2.2.3'] } }), resolved());
    expect(pip.recipe?.tag).not.toBe(a.recipe?.tag);
    const apt = resourceImage(job({ git, extraPackages: { apt: ['jq'] } }), resolved());
    expect(apt.recipe?.tag).not.toBe(a.recipe?.tag);
  });

  it('builds an image for packages alone', () => {
    const image = resourceImage(job({ extraPackages: { apt: ['jq'] } }), undefined);
    expect(image.recipe).toMatchObject({
      base: 'python:3.12',
      snapshots: [],
      apt: ['jq'],
      pip: [],
    });
    expect(image.image).toBe(image.recipe?.tag);
  });

  it('reads a pip requirements file from the first snapshot', () => {
    const image = resourceImage(
      job({
        git: [{ url: repo, ref: 'main' }],
        extraPackages: { pip: ['-r requirements.txt', 'numpy'] },
      }),
      resolved(),
    );
    expect(image.recipe?.pip).toEqual(['-r', '/workspace/churn-model/requirements.txt', 'numpy']);
  });

  it.each([
    [{ extraPackages: { pip: ['-r requirements.txt'] } }, 'needs a git entry'],
    [
      { git: [{ url: repo, ref: 'main' }], extraPackages: { pip: ['-r ../../etc/passwd'] } },
      'leaves the first snapshot',
    ],
    [
      {
        git: [
          { url: repo, ref: 'main' },
          { url: 'https://x.example/churn-model.git', ref: 'main' },
        ],
      },
      'two git entries go to /workspace/churn-model',
    ],
  ])('refuses what cannot be built: %j', (spec, message) => {
    const image = resourceImage(job(spec), resolved());
    expect(image.problem).toContain(message);
    expect(image.recipe).toBeUndefined();
  });

  it('cannot be made while a ref has not resolved, or did not', () => {
    const git = [{ url: repo, ref: 'main' }];
    expect(resourceImage(job({ git }), undefined).problem).toMatch(/has not been resolved yet/);
    const refused = { get: () => ({ problem: 'group:data-eng cannot read it' }) };
    expect(resourceImage(job({ git }), refused).problem).toBe('group:data-eng cannot read it');
  });
});

describe('BERTH_SNAPSHOT', () => {
  it('never shows credentials written into a git address', () => {
    const url = 'https://bot:tok-in-url@git.example/acme/model.git';
    const image = resourceImage(job({ git: [{ url, ref: 'main' }] }), resolved());
    expect(image.snapshotEnv).toBe(`https://git.example/acme/model.git@${commitA}`);
  });
});
