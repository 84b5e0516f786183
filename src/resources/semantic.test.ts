import { describe, expect, it } from 'vitest';
import { checkoutPath } from './path-checks.js';
import type { Finding } from './problem.js';
import { formatPath } from './problem.js';
import {
  checkDuplicateNames,
  checkGroups,
  checkResource,
  checkRevision,
  createCheckContext,
} from './semantic.js';
import type { Deployment, Job, Resource } from './types.generated.js';

function job(spec: Partial<Job['spec']> = {}, owner = 'user:alice'): Job {
  return {
    apiVersion: 'berth/v1',
    kind: 'Job',
    metadata: { name: 'train', owner },
    spec: { image: 'python', ...spec },
  };
}

function deployment(spec: Partial<Deployment['spec']> = {}, owner = 'user:alice'): Deployment {
  return {
    apiVersion: 'berth/v1',
    kind: 'Deployment',
    metadata: { name: 'api', owner },
    spec: { image: 'python', ...spec },
  };
}

const group = (name: string): Resource => ({
  apiVersion: 'berth/v1',
  kind: 'Group',
  metadata: { name },
  spec: { members: ['alice'] },
});

const show = (findings: Finding[]) => findings.map((f) => `${formatPath(f.path)}: ${f.message}`);
const git = (url: string, path?: string) => ({
  url,
  ref: 'main',
  ...(path === undefined ? {} : { path }),
});

describe('checkResource', () => {
  it.each<[string, Resource]>([
    ['a plain job', job()],
    ['a gpu size with hardware gpu', job({ size: 'g4dnxlarge', hardware: 'gpu' })],
    [
      'a scheduled job with all schedule fields',
      job({
        schedule: '@daily',
        timeZone: 'Europe/Berlin',
        startingDeadlineSeconds: 60,
        suspend: true,
      }),
    ],
    [
      'a relative workingDir inside the checkout',
      job({ git: [git('https://x/repo.git')], workingDir: 'src/../notebooks' }),
    ],
    ['two checkouts side by side', job({ git: [git('https://x/a.git'), git('https://x/b.git')] })],
    [
      'a file-only secret next to an env secret of the same name',
      job({ secrets: ['CERT', { name: 'CERT', file: '/run/cert' }] }),
    ],
    [
      'a grid of exactly 1000 runs',
      job({ parameters: { a: range(10), b: range(10), c: range(10) } }),
    ],
    ['a public deployment without access', deployment({ public: true })],
    ['a group', group('x')],
  ])('finds nothing wrong with %s', (_name, resource) => {
    expect(show(checkResource(resource))).toEqual([]);
  });

  it.each<[string, Resource, string]>([
    [
      'an unknown size',
      job({ size: 'larg' }),
      'spec.size: unknown size "larg" (did you mean "large"?); use one of medium, large, xlarge, 2xlarge, 4xlarge, 8xlarge, g4dnxlarge, g4dn4xlarge, p38xlarge',
    ],
    [
      'hardware gpu with the default size',
      job({ hardware: 'gpu' }),
      'spec.hardware: hardware is gpu, but size "medium" has no GPU; choose a gpu size (g4dnxlarge, g4dn4xlarge, p38xlarge) or set hardware: cpu',
    ],
    [
      'a 4-GPU size with hardware cpu',
      job({ size: 'p38xlarge', hardware: 'cpu' }),
      'spec.hardware: hardware is cpu, but size "p38xlarge" has 4 GPUs; choose a cpu size (medium, large, xlarge, 2xlarge, 4xlarge, 8xlarge) or set hardware: gpu',
    ],
    [
      'an absolute workingDir with ..',
      job({ workingDir: '/workspace/../etc' }),
      'spec.workingDir: path "/workspace/../etc" contains a ".." segment, which could lead outside its folder; write the plain absolute path, such as /workspace/project',
    ],
    [
      'a checkout nested in another',
      job({ git: [git('https://x/a.git', '/work'), git('https://x/b.git', '/work/b/')] }),
      'spec.git[1].path: checks out to /work/b, inside spec.git[0] (/work); set a different path on one of them',
    ],
    [
      'a secret overriding spec.env',
      job({ env: { TOKEN: 'x' }, secrets: ['TOKEN'] }),
      'spec.secrets[0]: sets TOKEN, which spec.env sets too; remove one of them or choose another name with env:',
    ],
    [
      'suspend without a schedule',
      job({ suspend: true }),
      'spec.suspend: suspend only applies to scheduled runs, and this Job has no schedule; add a schedule or remove suspend',
    ],
    [
      'a time zone without a schedule',
      job({ timeZone: 'Europe/Berlin' }),
      'spec.timeZone: timeZone only applies to scheduled runs, and this Job has no schedule; add a schedule or remove timeZone',
    ],
    [
      'a bad schedule',
      job({ schedule: '* * * * * *' }),
      'spec.schedule: schedule "* * * * * *" has 6 fields, but berth schedules have minute granularity: remove the seconds field and keep 5 (minute hour day-of-month month day-of-week)',
    ],
    [
      'a grid of 1001 runs',
      job({ parameters: { a: range(7), b: range(11), c: range(13) } }),
      'spec.parameters: the parameters make 1001 combinations (7 × 11 × 13), over the limit of 1000 runs per trigger; remove values or split the Job',
    ],
    [
      'parameter sets and steps’ own grids over 1000 runs',
      job({
        parameterSets: [{ n: 0 }, ...range(10).map((n) => ({ n: n + 1 }))],
        steps: [{ name: 'train', command: 'train', parameters: { lr: range(91) } }],
      }),
      'spec.parameterSets: the parameters make 1001 combinations (11 × 91), over the limit of 1000 runs per trigger; remove values or split the Job',
    ],
    [
      'step parameters that become one variable',
      job({
        steps: [{ name: 'train', command: 'train', parameters: { lr: [1], LR: [2] } }],
      }),
      'spec.steps[0].parameters.LR: step parameters "lr" and "LR" both become STEP_PARAM_LR; rename one of them',
    ],
  ])('reports %s', (_name, resource, expected) => {
    expect(show(checkResource(resource))).toEqual([expected]);
  });

  it('checks sizes against the table it is given', () => {
    const sizes = { tiny: { cpus: 1, memoryBytes: 1024 ** 3, gpus: 0, hardware: 'cpu' as const } };
    expect(show(checkResource(job({ size: 'tiny' }), createCheckContext(sizes)))).toEqual([]);
    expect(show(checkResource(job(), createCheckContext(sizes)))).toEqual([
      'spec.size: unknown size "medium"; use one of tiny',
    ]);
  });
});

describe('checkoutPath', () => {
  it.each([
    [git('https://github.com/org/churn-model.git'), '/workspace/churn-model'],
    [git('https://github.com/org/churn-model/'), '/workspace/churn-model'],
    [git('https://github.com/org/repo', '/code/./x/'), '/code/x'],
  ])('puts %o at %s', (entry, expected) => {
    expect(checkoutPath(entry)).toBe(expected);
  });
});

describe('checkGroups', () => {
  const groups = new Set(['data-science']);
  it('accepts users and known groups', () => {
    expect(
      checkGroups(
        deployment({ access: ['user:bob', 'group:data-science'] }, 'group:data-science'),
        groups,
      ),
    ).toEqual([]);
  });

  it('reports an unknown owner group and unknown access groups', () => {
    expect(
      show(
        checkGroups(
          deployment({ access: ['group:data-science', 'group:ml'] }, 'group:ops'),
          groups,
        ),
      ),
    ).toEqual([
      'metadata.owner: group "ops" does not exist in this revision; add a Group resource named "ops" or fix the owner',
      'spec.access[1]: group "ml" does not exist in this revision; add a Group resource named "ml" or fix the access entry',
    ]);
  });
});

describe('checkRevision', () => {
  it('knows the groups of the revision and those it is told about', () => {
    const named = (resource: Job, name: string): Job => ({
      ...resource,
      metadata: { ...resource.metadata, name },
    });
    const resources = [
      named(job({}, 'group:a'), 'x'),
      named(job({}, 'group:b'), 'y'),
      job({}, 'group:c'),
      group('a'),
    ];
    const findings = checkRevision(
      resources.map((resource) => ({ resource, file: 'f.yaml', line: 1 })),
      { knownGroups: ['b'] },
    );
    expect(findings.map((f) => [f.resource, f.message.slice(0, 25)])).toEqual([
      [2, 'group "c" does not exist '],
    ]);
  });
});

describe('checkDuplicateNames', () => {
  it('reports the second and later resources of a name per kind', () => {
    const refs = [
      { resource: job(), file: 'a.yaml', line: 1 },
      { resource: deployment(), file: 'b.yaml', line: 1 },
      {
        resource: { ...deployment(), metadata: { name: 'train', owner: 'user:a' } },
        file: 'c.yaml',
        line: 4,
      },
      { resource: job(), file: 'd.yaml', line: 9 },
      { resource: job(), file: 'e.yaml', line: 2 },
    ];
    expect(checkDuplicateNames(refs).map((f) => [f.resource, f.message])).toEqual([
      [
        3,
        'another Job is already named "train" (a.yaml:1); names are unique per kind, rename one of them',
      ],
      [
        4,
        'another Job is already named "train" (a.yaml:1); names are unique per kind, rename one of them',
      ],
    ]);
  });
});

function range(n: number): [number, ...number[]] {
  return [0, ...Array.from({ length: n - 1 }, (_, i) => i + 1)];
}
