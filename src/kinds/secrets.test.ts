import { describe, expect, it } from 'vitest';
import type { Deployment, Job } from '../resources/types.generated.js';
import type { RevisionSecrets } from '../secrets/types.js';
import { desiredDeployment } from './deployment/desired.js';
import { attemptUnit, desiredJob } from './job/desired.js';

/** A store's view of a revision, with a stand-in fingerprint (the store's is keyed). */
function secrets(values: Record<string, string>): RevisionSecrets {
  return {
    get: (owner, name) => {
      const value = values[`${owner}/${name}`];
      return value === undefined ? undefined : { value, fingerprint: `fp(${value})` };
    },
  };
}

function deployment(spec: Partial<Deployment['spec']>, owner = 'group:data-science'): Deployment {
  return {
    apiVersion: 'berth/v1',
    kind: 'Deployment',
    metadata: { name: 'churn-api', owner },
    spec: { image: 'model:1', ...spec },
  };
}

const store = secrets({
  'group:data-science/SNOWFLAKE_PASSWORD': 'pw-1',
  'group:data-science/CERT': '-----BEGIN-----',
  'group:data-science/REGISTRY': 'robot:s3cret',
  'group:data-eng/SNOWFLAKE_PASSWORD': 'pw-of-data-eng',
});
const context = (s: RevisionSecrets = store) => ({ instance: 'default', commit: 'c1', secrets: s });

describe("a resource's secrets", () => {
  it('become env vars (their own name by default, or `env`) and read-only files at `file`', () => {
    const d = desiredDeployment(
      deployment({
        secrets: [
          'SNOWFLAKE_PASSWORD',
          { name: 'SNOWFLAKE_PASSWORD', env: 'DB_PASSWORD' },
          { name: 'CERT', file: '/run/secrets/cert.pem' },
        ],
      }),
      context(),
    );
    expect(d.unsupported).toBeUndefined();
    expect(d.template.secrets).toEqual([
      {
        name: 'SNOWFLAKE_PASSWORD',
        env: 'SNOWFLAKE_PASSWORD',
        fingerprint: 'fp(pw-1)',
        value: 'pw-1',
      },
      { name: 'SNOWFLAKE_PASSWORD', env: 'DB_PASSWORD', fingerprint: 'fp(pw-1)', value: 'pw-1' },
      {
        name: 'CERT',
        file: '/run/secrets/cert.pem',
        fingerprint: 'fp(-----BEGIN-----)',
        value: '-----BEGIN-----',
      },
    ]);
    // Values are never in the declared environment, the labels or the spec hash's input.
    expect(JSON.stringify([d.template.env, d.template.labels])).not.toContain('pw-1');
  });

  it("come only from the owner's scope: another group's secret of the same name is missing", () => {
    const d = desiredDeployment(
      deployment({ secrets: ['SNOWFLAKE_PASSWORD'] }, 'group:ml'),
      context(),
    );
    expect(d.unsupported).toBe(
      "secret SNOWFLAKE_PASSWORD is not in scope group:ml (a resource gets only its owner's secrets); add it with `berth secrets set group:ml SNOWFLAKE_PASSWORD`",
    );
    expect(d.template.secrets).toBeUndefined();
  });

  it('name every missing secret and the command for each', () => {
    const j: Job = {
      apiVersion: 'berth/v1',
      kind: 'Job',
      metadata: { name: 'etl', owner: 'user:alice' },
      spec: { image: 'etl:1', secrets: ['A', 'B'], imagePullSecret: 'REG' },
    };
    expect(desiredJob(j, { instance: 'default', commit: 'c1' }).unsupported).toBe(
      "secrets A, B, REG are not in scope user:alice (a resource gets only its owner's secrets); add them with `berth secrets set user:alice A`, `berth secrets set user:alice B`, `berth secrets set user:alice REG`",
    );
  });

  it('roll exactly when a used value changes: the hash holds the fingerprint, never the value', () => {
    const spec = { secrets: ['SNOWFLAKE_PASSWORD'] };
    const before = desiredDeployment(deployment(spec), context()).specHash;
    const same = desiredDeployment(deployment(spec), context(store)).specHash;
    const rotated = secrets({ 'group:data-science/SNOWFLAKE_PASSWORD': 'pw-2' });
    const after = desiredDeployment(deployment(spec), context(rotated)).specHash;
    expect(same).toBe(before);
    expect(after).not.toBe(before);
    // A resource that uses no secret keeps its hash whatever the store holds.
    const plain = (s: RevisionSecrets) => desiredDeployment(deployment({}), context(s)).specHash;
    expect(plain(rotated)).toBe(plain(store));
    expect(plain(store)).toBe(
      desiredDeployment(deployment({}), { instance: 'default', commit: 'c1' }).specHash,
    );
  });

  it('give the image pull secret as a registry login, outside the hash', () => {
    const d = desiredDeployment(deployment({ imagePullSecret: 'REGISTRY' }), context());
    expect(d.template.pullAuth).toEqual({
      username: 'robot',
      password: 's3cret',
      owner: 'group:data-science',
      secret: 'REGISTRY',
      // This test's store fingerprints as fp(value); a real one is keyed and shows no value.
      fingerprint: 'fp(robot:s3cret)',
    });
    const rotated = secrets({ 'group:data-science/REGISTRY': 'robot:other' });
    expect(
      desiredDeployment(deployment({ imagePullSecret: 'REGISTRY' }), context(rotated)).specHash,
    ).toBe(d.specHash);
  });

  it('refuse an image pull secret that is not user:password, without showing it', () => {
    const d = desiredDeployment(deployment({ imagePullSecret: 'SNOWFLAKE_PASSWORD' }), context());
    expect(d.unsupported).toBe(
      'imagePullSecret SNOWFLAKE_PASSWORD of group:data-science must be user:password; set it again with `berth secrets set group:data-science SNOWFLAKE_PASSWORD`',
    );
  });

  it("reach every attempt of a Job's runs", () => {
    const j: Job = {
      apiVersion: 'berth/v1',
      kind: 'Job',
      metadata: { name: 'etl', owner: 'group:data-science' },
      spec: { image: 'etl:1', secrets: ['SNOWFLAKE_PASSWORD'] },
    };
    const job = desiredJob(j, context());
    const unit = attemptUnit(job, { id: 'r', trigger: 'manual', scheduledAt: 0, params: {} }, 1);
    expect(unit.secrets?.map((s) => s.value)).toEqual(['pw-1']);
    expect(JSON.stringify(unit.labels)).not.toContain('pw-1');
  });
});
