import { describe, expect, it } from 'vitest';
import { mayReach, type AccessPolicy } from './access.js';

const members = (group: string) => (group === 'data-science' ? ['alice', 'bob'] : []);
const byGroup: AccessPolicy = { public: false, owner: 'group:data-science', access: [] };
const shared: AccessPolicy = {
  public: false,
  owner: 'user:carol',
  access: ['user:dave', 'group:data-science'],
};

describe('who may reach a deployment', () => {
  it.each([
    ['anyone, when it is public', { ...byGroup, public: true }, undefined, true],
    ['nobody without a token, when it is not', byGroup, undefined, false],
    ['a member of the owning group', byGroup, 'user:alice', true],
    ['not someone outside the owning group', byGroup, 'user:mallory', false],
    ["the owning group's own token (its containers')", byGroup, 'group:data-science', true],
    ["not another group's token", byGroup, 'group:ops', false],
    ['the owner', shared, 'user:carol', true],
    ['a user named in access', shared, 'user:dave', true],
    ['a member of a group named in access', shared, 'user:bob', true],
    ['the token of a group named in access', shared, 'group:data-science', true],
    ['not a user named nowhere', shared, 'user:mallory', false],
  ] as const)('lets in %s', (_what, policy, subject, allowed) => {
    expect(mayReach(policy, subject, members)).toBe(allowed);
  });
});
