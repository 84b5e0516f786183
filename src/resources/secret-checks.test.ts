import { describe, expect, it } from 'vitest';
import { formatPath, type Finding } from './problem.js';
import { checkSecretScopes, type SecretScopes } from './secret-checks.js';
import { checkResource } from './semantic.js';
import type { Job } from './types.generated.js';

function job(spec: Partial<Job['spec']>, owner = 'group:a'): Job {
  return {
    apiVersion: 'berth/v1',
    kind: 'Job',
    metadata: { name: 'etl', owner },
    spec: { image: 'etl:1', ...spec },
  };
}

const show = (findings: Finding[]) => findings.map((f) => `${formatPath(f.path)}: ${f.message}`);

const scopes = (held: Record<string, string[]>): SecretScopes => ({
  names: (owner) => new Set(held[owner] ?? []),
  owners: () => Object.keys(held),
});

describe("secrets against the owner's scope", () => {
  it('reports each secret the scope lacks where it is named, and the pull secret', () => {
    const resource = job({
      secrets: ['HELD', 'MISSING', { name: 'ONLY_B', file: '/run/b' }],
      imagePullSecret: 'REGISTRY',
    });
    expect(
      show(checkSecretScopes(resource, scopes({ 'group:a': ['HELD'], 'group:b': ['ONLY_B'] }))),
    ).toEqual([
      'spec.secrets[1]: secret MISSING is not in scope group:a; add it with `berth secrets set group:a MISSING`',
      "spec.secrets[2].name: secret ONLY_B is not in scope group:a (group:b has one, but a resource gets only its owner's secrets); add it with `berth secrets set group:a ONLY_B`",
      'spec.imagePullSecret: secret REGISTRY is not in scope group:a; add it with `berth secrets set group:a REGISTRY`',
    ]);
  });

  it('has nothing to say when every secret is there', () => {
    const resource = job({ secrets: ['A'], imagePullSecret: 'R' });
    expect(checkSecretScopes(resource, scopes({ 'group:a': ['A', 'R'] }))).toEqual([]);
  });
});

describe('secret files', () => {
  it.each<[string, Partial<Job['spec']>, string]>([
    [
      "a file in the owner's persistent volume",
      { secrets: [{ name: 'CERT', file: '/data/cert.pem' }] },
      "spec.secrets[0].file: /data/cert.pem is in the owner's persistent volume (/data), where a secret would outlive the container; put it elsewhere, such as /run/secrets/CERT",
    ],
    [
      'two secrets in one file',
      {
        secrets: [
          { name: 'A', file: '/run/secrets/x' },
          { name: 'B', file: '/run/secrets/x/' },
        ],
      },
      'spec.secrets[1].file: spec.secrets[0] writes /run/secrets/x too; give one of them another file:',
    ],
  ])('reports %s', (_what, spec, expected) => {
    expect(show(checkResource(job(spec)))).toEqual([expected]);
  });
});
