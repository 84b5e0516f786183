// Plans one Deployment: what it wants against the units the engine's observation shows for it.
// Pure. The engine's rollout starts from the same split of replicas (engine/replicas.ts).
import { splitReplicas } from '../../engine/replicas.js';
import type { Capacity, ObservedWorkload } from '../../engine/types.js';
import type { Planned } from '../../reconcile/kind.js';
import { capacityProblem } from '../capacity.js';
import { snapshotMoves } from '../snapshot-moves.js';
import type { DesiredDeployment } from './desired.js';

export function planDeployment(
  desired: DesiredDeployment,
  observed: ObservedWorkload | undefined,
  capacity: Capacity | undefined,
): Planned {
  const base = { key: desired.key, kind: desired.kind, name: desired.name };
  const want = desired.replicas;
  const problem = desired.unsupported ?? capacityProblem(desired, capacity);
  if (problem) {
    return {
      action: { type: 'error', ...base, reason: problem },
      outcome: { state: 'Failed', reason: 'Invalid', message: problem },
    };
  }
  const { current, old } = splitReplicas(observed?.units ?? [], desired.specHash);
  const replicas = `${want} replica${want === 1 ? '' : 's'}`;
  if (current.length + old.length === 0) {
    if (want === 0) {
      return {
        action: { type: 'noop', ...base, reason: 'replicas: 0, nothing runs' },
        outcome: {
          state: 'Ready',
          message: '0/0 replicas ready',
          replicas: { desired: 0, ready: 0 },
        },
      };
    }
    return {
      action: {
        type: 'create',
        ...base,
        reason: `create ${replicas} of ${desired.template.image}`,
      },
    };
  }
  if (old.length > 0) {
    const moved = snapshotMoves(old[0]?.labels ?? {}, desired.template.labels);
    const why = moved ? `spec changed (${moved})` : 'spec changed';
    const reason = `${why}: roll ${replicas} (${old.length} to replace)`;
    return { action: { type: 'update', ...base, reason } };
  }
  const notRunning = current.filter((u) => u.status !== 'running');
  if (notRunning.length > 0) {
    const states = [...new Set(notRunning.map((u) => u.status))].join(', ');
    const reason = `${notRunning.length} of ${current.length} replicas not running (${states})`;
    return { action: { type: 'repair', ...base, reason } };
  }
  if (current.length !== want) {
    const reason = `scale from ${current.length} to ${replicas}`;
    return { action: { type: 'scale', ...base, reason } };
  }
  const unverified = current.filter((u) => !u.ready).length;
  if (unverified > 0) {
    const reason = `check readiness of ${unverified} running replica${unverified === 1 ? '' : 's'}`;
    return { action: { type: 'verify', ...base, reason } };
  }
  return {
    action: { type: 'noop', ...base, reason: `${replicas} running, up to date` },
    outcome: {
      state: 'Ready',
      message: `${want}/${want} replicas ready`,
      replicas: { desired: want, ready: want },
    },
  };
}
