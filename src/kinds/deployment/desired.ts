// Desired state: a Deployment resource turned into the container template berth runs for it,
// with the spec hash over everything that should restart a container (SPEC §4.1, §4.5, §1.4).
import { labelKeys, resourceKey } from '../../engine/labels.js';
import type { DeploymentWorkload, ReadinessSpec, WorkloadSpec } from '../../engine/types.js';
import { hashOf } from '../../hash.js';
import { builtinSizes, defaultSizeName, type SizeSpec } from '../../resources/sizes.js';
import type { Deployment } from '../../resources/types.generated.js';

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
  /** why this resource cannot be applied as declared (a feature it needs is missing) */
  unsupported: string | undefined;
}

export interface DesiredContext {
  instance: string;
  /** the resource repository commit (or local revision id) being applied */
  commit: string;
  sizes?: Readonly<Record<string, SizeSpec>>;
}

export function desiredDeployment(
  resource: Deployment,
  context: DesiredContext,
): DesiredDeployment {
  const { metadata, spec } = resource;
  const sizes = context.sizes ?? builtinSizes;
  const sizeName = spec.size ?? defaultSizeName;
  const size = sizes[sizeName];
  const port = spec.port ?? 8000;
  const { entrypoint, args } = commandOf(spec.command, spec.startScript);
  const volumeOwner = metadata.owner.replace(':', '.');
  const template: WorkloadSpec = {
    image: spec.image,
    ...(entrypoint ? { entrypoint } : {}),
    ...(args ? { args } : {}),
    ...(spec.workingDir ? { workingDir: spec.workingDir } : {}),
    env: {
      ...definedEntries(spec.env ?? {}),
      BERTH_RESOURCE: metadata.name,
      BERTH_KIND: 'Deployment',
      BERTH_OWNER: metadata.owner,
      BERTH_SNAPSHOT: '',
    },
    labels: {
      [labelKeys.managed]: 'true',
      [labelKeys.instance]: context.instance,
      [labelKeys.kind]: 'Deployment',
      [labelKeys.name]: metadata.name,
      [labelKeys.owner]: metadata.owner,
    },
    cpus: size?.cpus ?? 0,
    memoryBytes: size?.memoryBytes ?? 0,
    gpus: size?.gpus ?? 0,
    volumes: [{ name: `berth-${context.instance}-data-${volumeOwner}`, target: '/data' }],
  };
  const specHash = hashOf({ template, port });
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
    unsupported: unsupportedFeatures(resource),
  };
}

/** The Deployment as the engine runs it. */
export function workloadOf(desired: DesiredDeployment): DeploymentWorkload {
  const { key, name, owner, replicas, template, specHash, readiness } = desired;
  return { key, name, owner, replicas, spec: template, specHash, readiness };
}

/** A string runs under `sh -c`; an array is exec form. A start script runs first, in the same shell. */
function commandOf(
  command: Deployment['spec']['command'],
  startScript: string | undefined,
): { entrypoint?: string[]; args?: string[] } {
  if (startScript === undefined) {
    if (command === undefined) return {};
    if (typeof command === 'string') return { entrypoint: ['/bin/sh', '-c'], args: [command] };
    return { entrypoint: [...command], args: [] };
  }
  const run = command === undefined ? '' : typeof command === 'string' ? command : 'exec "$@"';
  const argv = Array.isArray(command) ? ['berth-start', ...command] : [];
  return { entrypoint: ['/bin/sh', '-c', `${startScript}\n${run}`, ...argv], args: [] };
}

function unsupportedFeatures(resource: Deployment): string | undefined {
  const { spec } = resource;
  const missing: string[] = [];
  if (spec.git && spec.git.length > 0) missing.push('git sources');
  if (spec.secrets && spec.secrets.length > 0) missing.push('secrets');
  if (spec.extraPackages) missing.push('extraPackages');
  if (spec.imagePullSecret) missing.push('imagePullSecret');
  if (missing.length === 0) return undefined;
  return `${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not supported by this version of berth yet; remove ${missing.length > 1 ? 'them' : 'it'} to deploy ${resource.metadata.name}`;
}

function definedEntries(record: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(record)) if (value !== undefined) out[key] = value;
  return out;
}
