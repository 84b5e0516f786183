import { describe, expect, it } from 'vitest';
import { dockerfileFor, quote } from './dockerfile.js';
import type { ImageRecipe } from './types.js';

const recipe: ImageRecipe = {
  tag: 'berth/train:0123456789abcdef',
  resource: { kind: 'Job', name: 'train', owner: 'group:data-eng' },
  base: 'python:3.12-slim',
  snapshots: [
    { url: 'https://git.example/acme/model.git', commit: 'a'.repeat(40), path: '/workspace/model' },
    { url: 'https://git.example/acme/lib.git', commit: 'b'.repeat(40), path: '/opt/lib' },
  ],
  pip: ['pandas>=2', '-r', '/workspace/model/requirements.txt'],
  apt: ['libgomp1', 'jq'],
};

describe('the Dockerfile of a resource image', () => {
  it('installs apt packages, copies the snapshots, then installs pip packages', () => {
    expect(dockerfileFor(recipe)).toBe(
      [
        '# berth: the image of Job train',
        'FROM python:3.12-slim',
        'RUN apt-get update \\',
        "  && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends 'libgomp1' 'jq' \\",
        '  && rm -rf /var/lib/apt/lists/*',
        'COPY ["snapshots/0/","/workspace/model/"]',
        'COPY ["snapshots/1/","/opt/lib/"]',
        "RUN pip install --no-cache-dir --disable-pip-version-check 'pandas>=2' '-r' '/workspace/model/requirements.txt'",
        '',
      ].join('\n'),
    );
  });

  it('declares the pip index argument only when asked', () => {
    expect(dockerfileFor(recipe, { pipIndexArg: true })).toContain(
      'ARG PIP_INDEX_URL\nRUN pip install',
    );
    expect(dockerfileFor(recipe)).not.toContain('ARG');
  });

  it('has no RUN without packages', () => {
    const files = dockerfileFor({ ...recipe, pip: [], apt: [] });
    expect(files).not.toContain('RUN');
  });

  it.each([
    ['pandas', "'pandas'"],
    ['a>b', "'a>b'"],
    ["it's", "'it'\\''s'"],
    ['$(reboot)', "'$(reboot)'"],
  ])('quotes %s for the shell as %s', (word, quoted) => {
    expect(quote(word)).toBe(quoted);
  });
});
