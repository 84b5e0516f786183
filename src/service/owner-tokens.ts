// BERTH_TOKEN (SPEC §4.5, §6.4): every unit a Job or Deployment starts carries a token of its
// owner, so services can call each other through the gateway. It is added on the way into the
// engine, after the kinds have hashed their specs: the token is no part of a spec hash, a label,
// a plan or a status, and a changed token restarts nothing.
import type { Engine, WorkloadSpec } from '../engine/types.js';
import { labelKeys } from '../engine/labels.js';
import type { TokenStore } from '../gateway/tokens.js';

export function withOwnerTokens<E extends Engine>(engine: E, tokens: TokenStore): E {
  const withToken = async <T extends WorkloadSpec>(spec: T): Promise<T> => {
    const owner = spec.labels[labelKeys.owner];
    if (owner === undefined) return spec;
    return { ...spec, env: { ...spec.env, BERTH_TOKEN: await tokens.ownerToken(owner) } };
  };
  return {
    ...engine,
    async applyDeployment(workload, observed, hooks) {
      const spec = await withToken(workload.spec);
      return engine.applyDeployment({ ...workload, spec }, observed, hooks);
    },
    async startUnit(spec, hooks) {
      return engine.startUnit(await withToken(spec), hooks);
    },
  };
}
