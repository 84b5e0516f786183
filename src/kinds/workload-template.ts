// What every workload unit of a Job or Deployment is made from (SPEC §1.1, §1.4, §4.5): the image,
// the command, the environment, the labels that hold actual state, the size and the owner's
// volume. Kinds add their own labels and environment, then hash what should restart a unit.
import { labelKeys } from '../engine/labels.js';
import type { WorkloadSpec } from '../engine/types.js';
import { resourceImage, type ResourceImage } from '../images/recipe.js';
import type { SnapshotRequest } from '../images/types.js';
import type { SizeSpec } from '../resources/sizes.js';
import type { Deployment, Job } from '../resources/types.generated.js';
import type { DesireContext } from '../reconcile/kind.js';

export function workloadTemplate(
  resource: Deployment | Job,
  context: DesireContext,
  size: SizeSpec | undefined,
  image: ResourceImage = resourceImage(resource, context.snapshots),
): WorkloadSpec {
  const { metadata, spec } = resource;
  const { entrypoint, args } = commandOf(spec.command, spec.startScript);
  const volumeOwner = metadata.owner.replace(':', '.');
  return {
    image: image.image,
    ...(entrypoint ? { entrypoint } : {}),
    ...(args ? { args } : {}),
    ...(image.workingDir ? { workingDir: image.workingDir } : {}),
    env: {
      ...definedEntries(spec.env ?? {}),
      BERTH_RESOURCE: metadata.name,
      BERTH_KIND: resource.kind,
      BERTH_OWNER: metadata.owner,
      BERTH_SNAPSHOT: image.snapshotEnv,
    },
    labels: {
      [labelKeys.managed]: 'true',
      [labelKeys.instance]: context.instance,
      [labelKeys.kind]: resource.kind,
      [labelKeys.name]: metadata.name,
      [labelKeys.owner]: metadata.owner,
      ...(image.snapshotEnv ? { [labelKeys.snapshot]: image.snapshotEnv } : {}),
    },
    cpus: size?.cpus ?? 0,
    memoryBytes: size?.memoryBytes ?? 0,
    gpus: size?.gpus ?? 0,
    volumes: [{ name: `berth-${context.instance}-data-${volumeOwner}`, target: '/data' }],
  };
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

/** The resource's git entries as its owner asks for them (resolved at the start of every pass). */
export function snapshotRequests(resource: Deployment | Job): SnapshotRequest[] {
  const owner = resource.metadata.owner;
  return (resource.spec.git ?? []).map((g) => ({ owner, url: g.url, ref: g.ref }));
}

function definedEntries(record: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(record)) if (value !== undefined) out[key] = value;
  return out;
}
