import { describe, expect, it } from 'vitest';
import type { Deployment } from '../../resources/types.generated.js';
import { desiredDeployment } from './desired.js';

function deployment(
  spec: Partial<Deployment['spec']> = {},
  owner = 'group:data-science',
): Deployment {
  return {
    apiVersion: 'berth/v1',
    kind: 'Deployment',
    metadata: { name: 'churn-api', owner },
    spec: { image: 'model:1', ...spec },
  };
}

const context = { instance: 'default', commit: 'c1' };

describe('desired deployment', () => {
  it('labels, limits, least-privilege inputs and the environment of SPEC §4.5', () => {
    const d = desiredDeployment(deployment({ size: 'large', env: { MODEL: 'churn' } }), context);
    expect(d.template.labels).toEqual({
      'berth.managed': 'true',
      'berth.instance': 'default',
      'berth.kind': 'Deployment',
      'berth.name': 'churn-api',
      'berth.owner': 'group:data-science',
      'berth.spec-hash': d.specHash,
      'berth.commit': 'c1',
    });
    expect(d.template.env).toEqual({
      MODEL: 'churn',
      BERTH_RESOURCE: 'churn-api',
      BERTH_KIND: 'Deployment',
      BERTH_OWNER: 'group:data-science',
      BERTH_COMMIT: 'c1',
      BERTH_SNAPSHOT: '',
    });
    expect([d.template.cpus, d.template.memoryBytes, d.template.gpus]).toEqual([
      2,
      16 * 1024 ** 3,
      0,
    ]);
    expect(d.template.volumes).toEqual([
      { name: 'berth-default-data-group.data-science', target: '/data' },
    ]);
  });

  it.each([
    [
      'a string command runs under sh -c',
      { command: 'python serve.py' },
      ['/bin/sh', '-c'],
      ['python serve.py'],
    ],
    [
      'an array command is exec form',
      { command: ['python', 'serve.py'] as [string, ...string[]] },
      ['python', 'serve.py'],
      [],
    ],
    ['no command keeps the image default', {}, undefined, undefined],
    [
      'a start script runs before a string command',
      { command: 'python serve.py', startScript: 'cd src' },
      ['/bin/sh', '-c', 'cd src\npython serve.py'],
      [],
    ],
    [
      'a start script runs before an exec-form command',
      { command: ['python', 'serve.py'] as [string, ...string[]], startScript: 'cd src' },
      ['/bin/sh', '-c', 'cd src\nexec "$@"', 'berth-start', 'python', 'serve.py'],
      [],
    ],
  ])('%s', (_name, spec, entrypoint, args) => {
    const d = desiredDeployment(deployment(spec), context);
    expect(d.template.entrypoint).toEqual(entrypoint);
    expect(d.template.args).toEqual(args);
  });

  it('hashes what restarts a container, and not replicas, access or the commit', () => {
    const base = desiredDeployment(deployment(), context).specHash;
    expect(desiredDeployment(deployment({ replicas: 5 }), context).specHash).toBe(base);
    expect(
      desiredDeployment(deployment({ access: ['user:bob'], public: true }), context).specHash,
    ).toBe(base);
    expect(desiredDeployment(deployment(), { ...context, commit: 'c2' }).specHash).toBe(base);
    for (const changed of [
      deployment({ image: 'model:2' }),
      deployment({ env: { A: '1' } }),
      deployment({ size: 'large' }),
      deployment({ port: 9000 }),
      deployment({ command: 'x' }),
      deployment({}, 'user:alice'),
    ]) {
      expect(desiredDeployment(changed, context).specHash).not.toBe(base);
    }
  });

  it('does not depend on the order of keys', () => {
    const a = desiredDeployment(deployment({ env: { A: '1', B: '2' } }), context).specHash;
    const b = desiredDeployment(deployment({ env: { B: '2', A: '1' } }), context).specHash;
    expect(a).toBe(b);
  });

  it('runs from the resource image of the commit its ref resolved to, and a moved ref is a new spec', () => {
    const git = [{ url: 'https://git.example/acme/churn.git', ref: 'main' }];
    const at = (commit: string) => ({
      ...context,
      snapshots: { get: () => ({ commit }) },
    });
    const a = desiredDeployment(deployment({ git }), at('a'.repeat(40)));
    const b = desiredDeployment(deployment({ git }), at('b'.repeat(40)));
    expect(a.unsupported).toBeUndefined();
    expect(a.template.image).toMatch(/^berth\/churn-api:[0-9a-f]{16}$/);
    expect(a.template.workingDir).toBe('/workspace/churn');
    expect(a.template.env.BERTH_SNAPSHOT).toBe(`${git[0]?.url ?? ''}@${'a'.repeat(40)}`);
    expect(a.recipe?.base).toBe('model:1');
    expect(b.template.image).not.toBe(a.template.image);
    expect(b.specHash).not.toBe(a.specHash);
  });

  it('cannot be applied while its ref does not resolve, and says why', () => {
    const git = [{ url: 'https://git.example/acme/churn.git', ref: 'main' }];
    const problem =
      'group:data-science cannot read https://git.example/acme/churn.git: add GIT_TOKEN to group:data-science';
    const d = desiredDeployment(deployment({ git }), {
      ...context,
      snapshots: { get: () => ({ problem }) },
    });
    expect(d.unsupported).toBe(problem);
  });
});
