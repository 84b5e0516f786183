import { describe, expect, it } from 'vitest';
import type { Resource } from '../resources/types.generated.js';
import { usesRepository } from './project-pushes.js';

const job = (url: string): Resource => ({
  apiVersion: 'berth/v1',
  kind: 'Job',
  metadata: { name: 'train', owner: 'group:ml' },
  spec: { image: 'python:3', git: [{ url, ref: 'main' }] },
});

describe('pushes to project repositories', () => {
  it.each([
    ['https://github.com/acme/churn-model.git', true],
    ['https://github.com/Acme/Churn-Model', true],
    ['https://github.com/acme/churn-model.git/', true],
    ['https://github.com/acme/other.git', false],
    ['https://github.com/someone-else/churn-model.git', false],
  ])('%s is acme/churn-model: %s', (url, expected) => {
    expect(usesRepository([job(url)], 'acme/churn-model')).toBe(expected);
  });

  it('ignores resources without git entries', () => {
    const group: Resource = {
      apiVersion: 'berth/v1',
      kind: 'Group',
      metadata: { name: 'ml' },
      spec: { members: ['alice'] },
    };
    expect(usesRepository([group], 'acme/churn-model')).toBe(false);
  });
});
