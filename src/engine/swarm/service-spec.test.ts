import { describe, expect, it } from 'vitest';
import type { DeploymentWorkload } from '../types.js';
import {
  changedSinceWritten,
  deploymentService,
  differs,
  healthCheck,
  jobService,
  serviceName,
  withDigest,
  type SwarmServiceSpec,
} from './service-spec.js';

const workload: DeploymentWorkload = {
  key: 'Deployment/api',
  name: 'api',
  owner: 'user:alice',
  replicas: 2,
  specHash: 'abc',
  spec: {
    image: 'busybox:1',
    args: ['httpd', '-f'],
    env: { MODEL: 'v1' },
    labels: { 'berth.spec-hash': 'abc' },
    cpus: 2,
    memoryBytes: 4 * 2 ** 30,
    gpus: 0,
    volumes: [{ name: 'berth-t-data-user-alice', target: '/data' }],
    secrets: [{ name: 'TOKEN', env: 'TOKEN', fingerprint: 'f', value: 's3cret' }],
  },
  readiness: {
    port: 8000,
    path: '/health',
    initialDelayMs: 0,
    periodMs: 1000,
    timeoutMs: 1000,
    failureThreshold: 30,
  },
};

describe('the service of a Deployment', () => {
  it('rolls start-first with rollback, without a VIP, with the size as reservation and limits', () => {
    const spec = deploymentService(workload, { instance: 't', network: 'berth-t', secrets: [] });
    expect(spec.Name).toBe('berth-t-api');
    expect(spec.Mode).toEqual({ Replicated: { Replicas: 2 } });
    expect(spec.UpdateConfig).toMatchObject({ Order: 'start-first', FailureAction: 'rollback' });
    expect(spec.EndpointSpec).toEqual({ Mode: 'dnsrr' });
    expect(spec.TaskTemplate.Resources).toEqual({
      Limits: { NanoCPUs: 2e9, MemoryBytes: 4 * 2 ** 30 },
      Reservations: { MemoryBytes: 4 * 2 ** 30 },
    });
    expect(spec.TaskTemplate.Placement.Constraints).toEqual(['node.labels.hardware!=gpu']);
    expect(spec.TaskTemplate.ContainerSpec.Env).toEqual(['MODEL=v1', 'TOKEN=s3cret']);
  });

  it('places GPU sizes only on nodes labelled hardware=gpu, reserving the GPUs', () => {
    const gpu = { ...workload, spec: { ...workload.spec, gpus: 1 } };
    const spec = deploymentService(gpu, { instance: 't', network: 'berth-t', secrets: [] });
    expect(spec.TaskTemplate.Placement.Constraints).toEqual(['node.labels.hardware==gpu']);
    expect(spec.TaskTemplate.Resources.Reservations.GenericResources).toEqual([
      { DiscreteResourceSpec: { Kind: 'gpu', Value: 1 } },
    ]);
  });

  it('keeps the tasks on the one node that has the image, when there is one', () => {
    const options = { instance: 't', network: 'berth-t', secrets: [], node: 'n1' };
    expect(deploymentService(workload, options).TaskTemplate.Placement.Constraints).toEqual([
      'node.labels.hardware!=gpu',
      'node.id==n1',
    ]);
    const attempt = jobService('berth-t-etl-r1-a1', workload.spec, options);
    expect(attempt.TaskTemplate.Placement.Constraints).toEqual([
      'node.labels.hardware!=gpu',
      'node.id==n1',
    ]);
  });

  it.each([
    [{ path: '/health' }, 'curl -fsS -o /dev/null http://127.0.0.1:8000/health'],
    [{ path: undefined }, 'nc -z 127.0.0.1 8000'],
  ])('checks health in the container (%o)', (change, start) => {
    const check = healthCheck({ ...workload.readiness, ...change });
    expect(check.Test[0]).toBe('CMD-SHELL');
    expect(check.Test[1]?.startsWith(start)).toBe(true);
    expect([check.Interval, check.Retries]).toEqual([1e9, 30]);
  });

  it('keeps service names within 63 characters, distinct for distinct long names', () => {
    const long = `berth-${'i'.repeat(31)}-${'n'.repeat(52)}`;
    expect(serviceName(long)).toHaveLength(63);
    expect(serviceName(long)).not.toBe(serviceName(`${long}x`));
    expect(serviceName('berth-t-api')).toBe('berth-t-api');
  });
});

describe('a service changed outside berth', () => {
  const written = withDigest(
    deploymentService(workload, { instance: 't', network: 'berth-t', secrets: [] }),
  );
  /** The spec as the manager reads it back: defaults added, network IDs for names. */
  function readBack(change: (spec: SwarmServiceSpec) => void = () => undefined): SwarmServiceSpec {
    const spec = structuredClone(written) as SwarmServiceSpec & Record<string, unknown>;
    spec.TaskTemplate.Networks = [{ Target: 'k1p1x0network0id' }];
    Object.assign(spec.TaskTemplate.ContainerSpec, { Isolation: 'default' });
    Object.assign(spec.TaskTemplate, { ForceUpdate: 0, Runtime: 'container' });
    change(spec);
    return spec;
  }

  it('is not seen in what Swarm adds or renames', () => {
    expect(changedSinceWritten(readBack())).toBe(false);
    expect(differs(readBack(), written)).toBe(false);
  });

  it.each<[string, (spec: SwarmServiceSpec) => void]>([
    ['an env var added', (s) => s.TaskTemplate.ContainerSpec.Env.push('X=1')],
    ['replicas scaled', (s) => (s.Mode = { Replicated: { Replicas: 3 } })],
    ['the image replaced', (s) => (s.TaskTemplate.ContainerSpec.Image = 'other:2')],
    ['a constraint added', (s) => s.TaskTemplate.Placement.Constraints.push('node.role==manager')],
    ['a label added', (s) => (s.Labels = { ...s.Labels, extra: '1' })],
  ])('is seen: %s', (_what, change) => {
    expect(changedSinceWritten(readBack(change))).toBe(true);
    expect(differs(readBack(change), written)).toBe(true);
  });

  it('is not a new commit alone: a revision that leaves the Deployment alone updates nothing', () => {
    const atCommit = (commit: string, model = 'v1') =>
      withDigest(
        deploymentService(
          {
            ...workload,
            spec: {
              ...workload.spec,
              env: { ...workload.spec.env, MODEL: model, BERTH_COMMIT: commit },
              labels: { ...workload.spec.labels, 'berth.commit': commit },
            },
          },
          { instance: 't', network: 'berth-t', secrets: [] },
        ),
      );
    expect(differs(atCommit('c1'), atCommit('c2'))).toBe(false);
    expect(differs(atCommit('c1'), atCommit('c2', 'v2'))).toBe(true);
  });

  it('is a new registry login, or one dropped, though Swarm keeps logins out of the spec', () => {
    const login = {
      username: 'robot',
      password: 'pw-of-the-login',
      owner: 'user:alice',
      secret: 'REG',
    };
    const withLogin = (fingerprint: string | undefined) =>
      withDigest(
        deploymentService(
          {
            ...workload,
            spec: {
              ...workload.spec,
              ...(fingerprint ? { pullAuth: { ...login, fingerprint } } : {}),
            },
          },
          { instance: 't', network: 'berth-t', secrets: [] },
        ),
      );
    expect(withLogin('f1').Labels['berth.registry-login']).toBe('user:alice/REG@f1');
    expect(JSON.stringify(withLogin('f1'))).not.toContain('pw-of-the-login');
    expect(differs(withLogin('f1'), withLogin('f1'))).toBe(false);
    expect(differs(withLogin('f1'), withLogin('f2'))).toBe(true);
    expect(differs(withLogin('f1'), withLogin(undefined))).toBe(true);
  });

  it('is never claimed for a service without the digest (written by an earlier berth)', () => {
    const old = readBack((s) => {
      s.TaskTemplate.ContainerSpec.Env.push('X=1');
      s.Labels = Object.fromEntries(
        Object.entries(s.Labels).filter(([name]) => name !== 'berth.written'),
      );
    });
    expect(changedSinceWritten(old)).toBe(false);
  });
});

describe('the service of a job run attempt', () => {
  it('runs one task once, never restarted; a record runs none', () => {
    const spec = jobService('berth-t-etl-h1-0-a1', workload.spec, {
      network: 'berth-t',
      secrets: [],
    });
    expect(spec.Mode).toEqual({ ReplicatedJob: { MaxConcurrent: 1, TotalCompletions: 1 } });
    expect(spec.TaskTemplate.RestartPolicy).toEqual({ Condition: 'none' });
    const record = jobService('berth-t-etl-h1-0-skipped', workload.spec, {
      network: 'berth-t',
      secrets: [],
      record: true,
    });
    expect(record.Mode).toEqual({ ReplicatedJob: { MaxConcurrent: 1, TotalCompletions: 0 } });
  });

  it('mounts named volumes with berth labels, so the node makes them as the docker engine does', () => {
    const spec = jobService('berth-t-etl-h1-0-a1', workload.spec, {
      network: 'berth-t',
      secrets: [],
    });
    expect(spec.TaskTemplate.ContainerSpec.Mounts).toEqual([
      {
        Type: 'volume',
        Source: 'berth-t-data-user-alice',
        Target: '/data',
        VolumeOptions: { Labels: { 'berth.managed': 'true', 'berth.owner': '' } },
      },
    ]);
  });
});
