import { describe, expect, it } from 'vitest';
import type { Deployment, Group, Job } from '../resources/types.generated.js';
import { specChanges } from './spec-diff.js';

type DeploymentSpec = Deployment['spec'];
type Metadata = Deployment['metadata'];
/** fields to set, or to take away with `undefined` */
type Changes<T> = { [K in keyof T]?: T[K] | undefined };

function merge<T extends object>(base: T, changes: Changes<T>): T {
  const merged = Object.entries({ ...base, ...changes }).filter(([, v]) => v !== undefined);
  return Object.fromEntries(merged) as T;
}

function deployment(
  spec: Changes<DeploymentSpec> = {},
  metadata: Changes<Metadata> = {},
): Deployment {
  return {
    apiVersion: 'berth/v1',
    kind: 'Deployment',
    metadata: merge({ name: 'churn-api', owner: 'user:alice' }, metadata),
    spec: merge<DeploymentSpec>(
      {
        image: 'registry/churn:1',
        replicas: 2,
        env: { MODEL_VERSION: 'v1', OLD: 'x' },
        secrets: ['SNOWFLAKE_PASSWORD'],
      },
      spec,
    ),
  };
}

function job(spec: Changes<Job['spec']> = {}): Job {
  return {
    apiVersion: 'berth/v1',
    kind: 'Job',
    metadata: { name: 'nightly', owner: 'group:ds' },
    spec: merge<Job['spec']>({ image: 'registry/train:1' }, spec),
  };
}

describe('specChanges', () => {
  it('finds nothing between equal resources', () => {
    expect(specChanges(deployment(), deployment())).toEqual([]);
  });

  it.each<[string, Changes<DeploymentSpec>, string[]]>([
    ['a scalar shows old and new', { replicas: 3 }, ['replicas: 2 → 3']],
    [
      'an image shows both references',
      { image: 'registry/churn:2' },
      ['image: registry/churn:1 → registry/churn:2'],
    ],
    ['a field set for the first time', { port: 9000 }, ['port: (unset) → 9000']],
    ['a field taken away', { replicas: undefined }, ['replicas: 2 → (unset)']],
    ['a boolean', { public: true }, ['public: (unset) → true']],
    [
      'a string command with spaces is quoted',
      { command: 'python serve.py' },
      ['command: (unset) → "python serve.py"'],
    ],
    [
      'an exec-form command is only said to change',
      { command: ['python', 'serve.py'] },
      ['command added'],
    ],
    ['a nested field by its path', { healthCheck: { path: '/health' } }, ['healthCheck added']],
    ['a list is only said to change', { access: ['group:ds'] }, ['access added']],
    [
      'a multi-line script is only said to change',
      { startScript: 'pip install x\necho ok' },
      ['startScript added'],
    ],
  ])('%s', (_what, spec, lines) => {
    expect(specChanges(deployment(), deployment(spec))).toEqual(lines);
  });

  it.each<[string, Record<string, string | undefined>, string[]]>([
    ['a changed value', { MODEL_VERSION: 'v2', OLD: 'x' }, ['env.MODEL_VERSION changed']],
    [
      'a new variable',
      { MODEL_VERSION: 'v1', OLD: 'x', NEW_VAR: 'hunter2' },
      ['env.NEW_VAR added'],
    ],
    ['a variable taken away', { MODEL_VERSION: 'v1' }, ['env.OLD removed']],
    [
      'several, in name order',
      { ZED: '1', MODEL_VERSION: 'v9' },
      ['env.MODEL_VERSION changed', 'env.OLD removed', 'env.ZED added'],
    ],
  ])('env never shows a value: %s', (_what, env, lines) => {
    const changes = specChanges(deployment(), deployment({ env }));
    expect(changes).toEqual(lines);
    expect(changes.join('\n')).not.toMatch(/v1|v2|v9|hunter2|\bx\b/);
  });

  it('removing every variable names each one', () => {
    expect(specChanges(deployment(), deployment({ env: undefined }))).toEqual([
      'env.MODEL_VERSION removed',
      'env.OLD removed',
    ]);
  });

  it.each<[string, DeploymentSpec['secrets'], DeploymentSpec['secrets']]>([
    ['a secret added', ['SNOWFLAKE_PASSWORD'], ['SNOWFLAKE_PASSWORD', 'API_KEY']],
    [
      'a secret mounted as a file',
      ['SNOWFLAKE_PASSWORD'],
      [{ name: 'SNOWFLAKE_PASSWORD', file: '/run/pw' }],
    ],
    ['every secret taken away', ['SNOWFLAKE_PASSWORD'], undefined],
  ])('secrets show only that they changed: %s', (_what, before, after) => {
    const changes = specChanges(deployment({ secrets: before }), deployment({ secrets: after }));
    expect(changes).toEqual(['secrets changed']);
  });

  it.each<[string, Changes<Metadata>, string[]]>([
    ['the owner', { owner: 'group:ds' }, ['metadata.owner: user:alice → group:ds']],
    [
      'a description',
      { description: 'Churn model API' },
      ['metadata.description: (unset) → "Churn model API"'],
    ],
    ['a label', { labels: { team: 'growth' } }, ['metadata.labels added']],
  ])('metadata: %s', (_what, metadata, lines) => {
    expect(specChanges(deployment(), deployment({}, metadata))).toEqual(lines);
  });

  it('shows a changed label by its key', () => {
    const before = deployment({}, { labels: { team: 'growth', tier: 'gold' } });
    const after = deployment({}, { labels: { team: 'churn' } });
    expect(specChanges(before, after)).toEqual([
      'metadata.labels.team: growth → churn',
      'metadata.labels.tier: gold → (unset)',
    ]);
  });

  it('lists spec fields in name order, then metadata', () => {
    const after = deployment(
      {
        replicas: 3,
        image: 'registry/churn:2',
        command: ['serve'],
        env: { MODEL_VERSION: 'v2', OLD: 'x' },
        secrets: [],
      },
      { owner: 'group:ds' },
    );
    expect(specChanges(deployment({ command: 'serve' }), after)).toEqual([
      'command changed',
      'env.MODEL_VERSION changed',
      'image: registry/churn:1 → registry/churn:2',
      'replicas: 2 → 3',
      'secrets changed',
      'metadata.owner: user:alice → group:ds',
    ]);
  });

  it.each<[string, Changes<Job['spec']>, Changes<Job['spec']>, string[]]>([
    [
      'a schedule',
      { schedule: '0 3 * * *' },
      { schedule: '0 4 * * *' },
      ['schedule: "0 3 * * *" → "0 4 * * *"'],
    ],
    [
      'a nested field',
      { historyLimit: { failed: 3 } },
      { historyLimit: { failed: 5 } },
      ['historyLimit.failed: 3 → 5'],
    ],
    [
      'a parameter grid',
      { parameters: { lr: [0.1] } },
      { parameters: { lr: [0.1, 0.01], seed: [1] } },
      ['parameters.lr changed', 'parameters.seed added'],
    ],
    ['a policy', {}, { concurrencyPolicy: 'Forbid' }, ['concurrencyPolicy: (unset) → Forbid']],
    [
      'a multi-line script',
      { startScript: 'a\nb' },
      { startScript: 'a\nc' },
      ['startScript changed'],
    ],
  ])('Job: %s', (_what, before, after, lines) => {
    expect(specChanges(job(before), job(after))).toEqual(lines);
  });

  it('names a change of kind before the fields', () => {
    const asJob: Job = { ...job(), metadata: { name: 'churn-api', owner: 'user:alice' } };
    expect(specChanges(deployment(), asJob)[0]).toBe('kind: Deployment → Job');
  });

  it('says a Group’s members changed', () => {
    const group = (members: string[]): Group => ({
      apiVersion: 'berth/v1',
      kind: 'Group',
      metadata: { name: 'ds' },
      spec: { members },
    });
    expect(specChanges(group(['alice']), group(['alice', 'bob']))).toEqual(['members changed']);
  });

  it('cuts long values in the middle and keeps each line under 120 characters', () => {
    const long = (tag: string) => `registry.example.com/${'team/'.repeat(30)}churn:${tag}`;
    const [line] = specChanges(deployment({ image: long('1') }), deployment({ image: long('2') }));
    expect(line).toMatch(
      /^image: registry\.example\.com\/team.*….*churn:1 → registry\.example\.com.*….*churn:2$/,
    );
    expect(line?.length).toBeLessThanOrEqual(120);
  });

  it('cuts a long label key too', () => {
    const key = `k${'e'.repeat(300)}y`;
    const before = deployment({}, { labels: {} });
    const [line] = specChanges(before, deployment({}, { labels: { [key]: 'v' } }));
    expect(line?.length).toBeLessThanOrEqual(120);
  });
});
