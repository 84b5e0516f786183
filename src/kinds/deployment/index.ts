// The Deployment kind (SPEC §1.2, §4.3): long-running replicas that serve HTTP. It plans against
// the observed replicas and hands the rollout to the engine, which owns the choreography.
import type { DesiredResource, KindModule } from '../../reconcile/kind.js';
import { prepareImage } from '../resource-image.js';
import { desiredDeployment, workloadOf } from './desired.js';
import { planDeployment } from './plan.js';

export const deploymentKind: KindModule = {
  kind: 'Deployment',
  desire(resource, ctx): DesiredResource | undefined {
    if (resource.kind !== 'Deployment') return undefined;
    const desired = desiredDeployment(resource, ctx);
    const want = desired.replicas;
    return {
      key: desired.key,
      kind: desired.kind,
      name: desired.name,
      owner: desired.owner,
      replicas: want,
      builtImages: desired.recipe ? [desired.recipe.tag] : [],
      snapshotRequests: desired.snapshotRequests,
      plan: (observed, planCtx) => planDeployment(desired, observed, planCtx.capacity),
      async execute(_action, observed, { engine, hooks, images }) {
        const imageFailure =
          want > 0
            ? await prepareImage(desired.recipe, { images, hooks }, desired.template.pullAuth)
            : undefined;
        if (imageFailure) {
          const serving = observed?.units.filter((u) => u.ready).length ?? 0;
          return { state: 'Failed', ...imageFailure, replicas: { desired: want, ready: serving } };
        }
        const result = await engine.applyDeployment(workloadOf(desired), observed, hooks);
        if (result.failure) {
          return {
            state: 'Failed',
            reason: result.failure.reason,
            message: result.failure.message,
            replicas: { desired: want, ready: result.serving },
          };
        }
        return {
          state: 'Ready',
          message: `${result.ready}/${want} replicas ready`,
          replicas: { desired: want, ready: result.ready },
        };
      },
    };
  },
};
