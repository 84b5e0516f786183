import { describe, expect, it } from 'vitest';
import { formatPath } from './problem.js';
import { createValidator } from './validate.js';

const validate = createValidator();

const job = (spec: Record<string, unknown>) => ({
  apiVersion: 'berth/v1',
  kind: 'Job',
  metadata: { name: 'train', owner: 'user:alice' },
  spec: { image: 'python', ...spec },
});

function findings(value: Record<string, unknown>) {
  return validate(value).findings.map(
    (f) => `${formatPath(f.path)}${f.at ? ` (${f.at})` : ''}: ${f.message}`,
  );
}

describe('createValidator', () => {
  it('returns the resource with defaults applied when it is valid', () => {
    const { resource, findings: none } = validate({
      apiVersion: 'berth/v1',
      kind: 'Deployment',
      metadata: { name: 'api', owner: 'user:alice' },
      spec: { image: 'python', healthCheck: { path: '/health' } },
    });
    expect(none).toEqual([]);
    expect(resource?.spec).toEqual({
      image: 'python',
      size: 'medium',
      git: [],
      env: {},
      secrets: [],
      replicas: 1,
      port: 8000,
      healthCheck: {
        path: '/health',
        initialDelaySeconds: 0,
        periodSeconds: 2,
        timeoutSeconds: 1,
        failureThreshold: 30,
      },
      access: [],
      public: false,
    });
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    [
      'an unknown kind and apiVersion',
      { apiVersion: 'v1', kind: 'CronJob' },
      [
        'apiVersion: must be "berth/v1" (got "v1")',
        'kind: unknown kind "CronJob"; use one of Job, Deployment, Group',
      ],
    ],
    [
      'a document without apiVersion and kind',
      { metadata: {} },
      [
        'apiVersion (parent): missing required field "apiVersion"; add apiVersion: berth/v1',
        'kind (parent): missing required field "kind"; add kind: one of Job, Deployment, Group',
      ],
    ],
    [
      'a mapping as a parameter value',
      job({ parameters: { lr: [{ x: 1 }] } }),
      ['spec.parameters.lr[0]: must be a string, a number or true or false (got a mapping)'],
    ],
    [
      'a secrets entry of the wrong type inside a valid list',
      job({ secrets: ['OK', 5] }),
      ['spec.secrets[1]: must be a string or a mapping (got 5)'],
    ],
    [
      'a nested oneOf branch error',
      job({ secrets: [{ name: 'bad name' }] }),
      [
        `spec.secrets[0].name: "bad name" is not a valid name: use a secret name: letters, digits and '_', not starting with a digit`,
      ],
    ],
    [
      'too many labels',
      {
        ...job({}),
        metadata: {
          name: 'train',
          owner: 'user:alice',
          labels: Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`l${i}`, 'x'])),
        },
      },
      ['metadata.labels: has 65 entries, over the limit of 64; remove some'],
    ],
    [
      'a health check without a path',
      {
        apiVersion: 'berth/v1',
        kind: 'Deployment',
        metadata: { name: 'api', owner: 'user:alice' },
        spec: { image: 'python', healthCheck: { periodSeconds: 0 } },
      },
      [
        'spec.healthCheck.path (parent): missing required field "path"; add it under spec.healthCheck, e.g. path: /health',
        'spec.healthCheck.periodSeconds: must be at least 1 (got 0); choose a value between 1 and 300',
      ],
    ],
  ])('explains %s', (_name, value, expected) => {
    expect(findings(value)).toEqual(expected);
  });
});
