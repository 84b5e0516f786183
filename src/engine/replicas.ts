// How a Deployment's observed units divide: replicas of the desired spec and old ones. The plan
// and every engine's rollout read the same split, so what a plan says is what apply does.
import type { ObservedUnit } from './types.js';

export interface ReplicaSplit {
  /** live replicas of the desired spec */
  current: ObservedUnit[];
  /** live replicas of an earlier spec */
  old: ObservedUnit[];
}

export function splitReplicas(units: readonly ObservedUnit[], specHash: string): ReplicaSplit {
  const live = units.filter((u) => u.status !== 'removing');
  return {
    current: live.filter((u) => u.specHash === specHash),
    old: live.filter((u) => u.specHash !== specHash),
  };
}
