// Desired state: a Deployment resource turned into the container template berth runs for it,
// with the spec hash over everything that should restart a container (SPEC §4.1, §4.5, §1.4).
import { labelKeys, resourceKey } from '../../engine/labels.js';
import type { DeploymentWorkload, ReadinessSpec, WorkloadSpec } from '../../engine/types.js';
import { hashOf } from '../../hash.js';
import { builtinSizes, defaultSizeName, sizeNamed, type SizeSpec } from '../../resources/sizes.js';
import type { Deployment } from '../../resources/types.generated.js';
import type { RevisionSecrets } from '../../secrets/types.js';
import { hashableSpec, secretsFor, withSecrets } from '../secrets.js';
import type { ImageRecipe, ResolvedSnapshots, SnapshotRequest } from '../../images/types.js';
import { resourceImage } from '../../images/recipe.js';
import { snapshotRequests, workloadTemplate } from '../workload-template.js';

export interface DesiredDeployment {
  key: string;
  kind: 'Deployment';
  name: string;
  owner: string;
  replicas: number;
  /** reachable through the gateway without authentication */
  public: boolean;
  size: { name: string; spec: SizeSpec | undefined };
  readiness: ReadinessSpec;
  /** what every replica is made from */
  template: WorkloadSpec;
  specHash: string;
  /** why this resource cannot be applied as declared (a secret, a ref, a path) */
  unsupported: string | undefined;
  /** the image to build (git snapshots, extra packages); undefined: the base image as it is */
  recipe: ImageRecipe | undefined;
  /** its git entries, resolved at every pass */
  snapshotRequests: SnapshotRequest[];
}

export interface DesiredContext {
  instance: string;
  /** the resource repository commit (or local revision id) being applied */
  commit: string;
  sizes?: Readonly<Record<string, SizeSpec>>;
  secrets?: RevisionSecrets | undefined;
  snapshots?: ResolvedSnapshots | undefined;
}

export function desiredDeployment(
  resource: Deployment,
  context: DesiredContext,
): DesiredDeployment {
  const { metadata, spec } = resource;
  const sizes = context.sizes ?? builtinSizes;
  const sizeName = spec.size ?? defaultSizeName;
  const size = sizeNamed(sizes, sizeName);
  const port = spec.port ?? 8000;
  const wanted = secretsFor(resource, context);
  const image = resourceImage(resource, context.snapshots);
  const template = withSecrets(workloadTemplate(resource, context, size, image), wanted);
  const specHash = hashOf({ template: hashableSpec(template), port });
  // The commit goes in after hashing: a new commit that leaves the spec alone restarts nothing.
  template.labels[labelKeys.specHash] = specHash;
  template.labels[labelKeys.commit] = context.commit;
  template.env.BERTH_COMMIT = context.commit;
  const health = spec.healthCheck;
  return {
    key: resourceKey('Deployment', metadata.name),
    kind: 'Deployment',
    name: metadata.name,
    owner: metadata.owner,
    replicas: spec.replicas ?? 1,
    public: spec.public ?? false,
    size: { name: sizeName, spec: size },
    readiness: {
      port,
      path: health?.path,
      initialDelayMs: (health?.initialDelaySeconds ?? 0) * 1000,
      periodMs: (health?.periodSeconds ?? 1) * 1000,
      timeoutMs: (health?.timeoutSeconds ?? 1) * 1000,
      failureThreshold: health?.failureThreshold ?? 30,
    },
    template,
    specHash,
    unsupported: wanted.problem ?? image.problem,
    recipe: image.recipe,
    snapshotRequests: snapshotRequests(resource),
  };
}

/** The Deployment as the engine runs it. */
export function workloadOf(desired: DesiredDeployment): DeploymentWorkload {
  const { key, name, owner, replicas, template, specHash, readiness } = desired;
  return { key, name, owner, replicas, spec: template, specHash, readiness };
}
