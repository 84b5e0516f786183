import { describe, expect, it } from 'vitest';
import type { Resource } from '../resources/types.generated.js';
import { authorize, changedKeys } from './authorize.js';

function group(name: string, members: string[]): Resource {
  return { apiVersion: 'berth/v1', kind: 'Group', metadata: { name }, spec: { members } };
}

function deployment(name: string, owner: string, image = 'api:1'): Resource {
  return {
    apiVersion: 'berth/v1',
    kind: 'Deployment',
    metadata: { name, owner },
    spec: { image },
  };
}

const applied = [
  group('ds', ['alice']),
  deployment('api', 'group:ds'),
  deployment('bob-api', 'user:bob'),
];

function by(actor: string | undefined) {
  return () => [actor];
}

describe('authorize', () => {
  it('trusts the first revision: nothing is applied yet to take membership from', () => {
    const result = authorize({
      applied: undefined,
      proposed: applied,
      actorsOf: by('mallory'),
      admins: [],
    });
    expect(result.refused).toEqual([]);
    expect(result.effective).toEqual(applied);
  });

  it.each([
    ['a member changes a group resource', 'alice', deployment('api', 'group:ds', 'api:2'), []],
    ['the owner changes a user resource', 'bob', deployment('bob-api', 'user:bob', 'x:2'), []],
    ['an admin changes anything', 'root', deployment('bob-api', 'user:bob', 'x:2'), []],
    [
      'a non-member changes a group resource',
      'mallory',
      deployment('api', 'group:ds', 'api:2'),
      ['mallory may not change Deployment/api: mallory is not a member of group:ds'],
    ],
    [
      'someone else changes a user resource',
      'alice',
      deployment('bob-api', 'user:bob', 'x:2'),
      ['alice may not change Deployment/bob-api: owned by user:bob'],
    ],
    [
      'a member moves a resource to an owner it has no rights on',
      'alice',
      deployment('api', 'user:bob'),
      ['alice may not change Deployment/api: owned by user:bob'],
    ],
  ])('%s', (_what, actor, changed, refusals) => {
    const proposed = applied.map((r) =>
      r.metadata.name === changed.metadata.name && r.kind === changed.kind ? changed : r,
    );
    const result = authorize({ applied, proposed, actorsOf: by(actor), admins: ['root'] });
    expect(result.refused.map((r) => r.message)).toEqual(refusals);
  });

  it('takes membership from the applied revision: adding oneself in the same change does not help', () => {
    const proposed = [
      group('ds', ['alice', 'mallory']),
      deployment('api', 'group:ds', 'api:2'),
      applied[2] as Resource,
    ];
    const result = authorize({ applied, proposed, actorsOf: by('mallory'), admins: [] });
    expect(result.refused.map((r) => r.key)).toEqual(['Deployment/api', 'Group/ds']);
    // Both keep their applied state.
    expect(result.effective).toEqual(expect.arrayContaining(applied));
    expect(result.effective).toHaveLength(3);
  });

  it('keeps a refused deletion: the resource is neither changed nor pruned', () => {
    const proposed = applied.filter((r) => r.metadata.name !== 'bob-api');
    const result = authorize({ applied, proposed, actorsOf: by('alice'), admins: [] });
    expect(result.refused).toEqual([
      {
        key: 'Deployment/bob-api',
        actor: 'alice',
        message: 'alice may not delete Deployment/bob-api: owned by user:bob',
      },
    ]);
    expect(result.effective).toContainEqual(applied[2]);
  });

  it('applies the allowed part of a change and refuses the rest', () => {
    const proposed = [
      group('ds', ['alice']),
      deployment('api', 'group:ds', 'api:2'),
      deployment('bob-api', 'user:bob', 'x:2'),
      deployment('new', 'user:alice'),
    ];
    const result = authorize({ applied, proposed, actorsOf: by('alice'), admins: [] });
    expect(result.changed).toEqual(['Deployment/api', 'Deployment/bob-api', 'Deployment/new']);
    expect(result.refused.map((r) => r.key)).toEqual(['Deployment/bob-api']);
    expect(result.effective).toContainEqual(deployment('api', 'group:ds', 'api:2'));
    expect(result.effective).toContainEqual(deployment('new', 'user:alice'));
    expect(result.effective).toContainEqual(applied[2]);
  });

  it('refuses a new group unless an admin creates it', () => {
    const proposed = [...applied, group('new', ['alice'])];
    const alice = authorize({ applied, proposed, actorsOf: by('alice'), admins: ['root'] });
    expect(alice.refused[0]?.message).toMatch(
      /alice may not create Group\/new: a new group needs an admin/,
    );
    const root = authorize({ applied, proposed, actorsOf: by('root'), admins: ['root'] });
    expect(root.refused).toEqual([]);
  });

  it('refuses a change whose author berth does not know, and every unauthorized actor of it', () => {
    const proposed = [
      applied[0] as Resource,
      deployment('api', 'group:ds', 'api:2'),
      applied[2] as Resource,
    ];
    const unknown = authorize({ applied, proposed, actorsOf: by(undefined), admins: [] });
    expect(unknown.refused[0]?.message).toMatch(/does not know who made this change/);
    const mixed = authorize({
      applied,
      proposed,
      actorsOf: () => ['alice', 'mallory'],
      admins: [],
    });
    expect(mixed.refused.map((r) => r.actor)).toEqual(['mallory']);
  });
});

describe('changedKeys', () => {
  it('lists added, removed and changed resources, not unchanged ones', () => {
    const after = [
      applied[0] as Resource,
      deployment('api', 'group:ds', 'api:2'),
      deployment('x', 'user:a'),
    ];
    expect(changedKeys(applied, after)).toEqual([
      'Deployment/api',
      'Deployment/bob-api',
      'Deployment/x',
    ]);
  });
});
