// Desired state of a Job (SPEC §1.3, §4.4, §4.5): the template every run attempt is made from,
// its run settings, its parameter grid, and the unit (container) for one attempt of one run.
import { labelKeys, resourceKey } from '../../engine/labels.js';
import type { UnitSpec, WorkloadSpec } from '../../engine/types.js';
import { hashOf } from '../../hash.js';
import type { DesireContext } from '../../reconcile/kind.js';
import { builtinSizes, defaultSizeName, type SizeSpec } from '../../resources/sizes.js';
import type { Job } from '../../resources/types.generated.js';
import { hashableSpec, secretsFor, withSecrets } from '../secrets.js';
import type { ImageRecipe, SnapshotRequest } from '../../images/types.js';
import { resourceImage } from '../../images/recipe.js';
import { snapshotRequests, workloadTemplate } from '../workload-template.js';

export type ParamValue = string | number | boolean;
export type Params = Record<string, ParamValue>;
export type Trigger = 'schedule' | 'spec' | 'manual';

export interface DesiredJob {
  key: string;
  name: string;
  owner: string;
  instance: string;
  /** covers what makes a different run: template, parameters, retries, deadline */
  specHash: string;
  template: WorkloadSpec;
  schedule: { expression: string; timeZone: string } | undefined;
  concurrencyPolicy: 'Allow' | 'Forbid' | 'Replace';
  backoffLimit: number;
  activeDeadlineMs: number | undefined;
  startingDeadlineMs: number | undefined;
  suspend: boolean;
  /** the declared grid */
  parameters: Record<string, readonly ParamValue[]>;
  /** one entry per run of a trigger, first key outermost; [{}] without parameters */
  combinations: Params[];
  historyLimit: { succeeded: number; failed: number };
  size: { name: string; spec: SizeSpec | undefined };
  unsupported: string | undefined;
  /** the image to build (git snapshots, extra packages); undefined: the base image as it is */
  recipe: ImageRecipe | undefined;
  /** its git entries, resolved at every pass */
  snapshotRequests: SnapshotRequest[];
}

/** One run: a trigger's combination of parameters. */
export interface RunRef {
  id: string;
  trigger: Trigger;
  /** epoch ms the run was due (schedule) or asked for */
  scheduledAt: number;
  params: Params;
}

export function desiredJob(resource: Job, context: DesireContext): DesiredJob {
  const { metadata, spec } = resource;
  const sizes = context.sizes ?? builtinSizes;
  const sizeName = spec.size ?? defaultSizeName;
  const wanted = secretsFor(resource, context);
  const image = resourceImage(resource, context.snapshots);
  const template = withSecrets(workloadTemplate(resource, context, sizes[sizeName], image), wanted);
  const parameters: Record<string, readonly ParamValue[]> = {};
  for (const [name, values] of Object.entries(spec.parameters ?? {}))
    if (values) parameters[name] = values;
  const combinations = grid(parameters);
  const backoffLimit = spec.backoffLimit ?? 3;
  const activeDeadlineMs =
    spec.activeDeadlineSeconds === undefined ? undefined : spec.activeDeadlineSeconds * 1000;
  const specHash = hashOf({
    template: hashableSpec(template),
    combinations,
    backoffLimit,
    activeDeadlineMs,
  });
  // The commit goes in after hashing: a new commit that leaves the Job alone runs nothing.
  template.labels[labelKeys.specHash] = specHash;
  template.labels[labelKeys.commit] = context.commit;
  template.env.BERTH_COMMIT = context.commit;
  return {
    key: resourceKey('Job', metadata.name),
    name: metadata.name,
    owner: metadata.owner,
    instance: context.instance,
    specHash,
    template,
    schedule:
      spec.schedule === undefined
        ? undefined
        : { expression: spec.schedule, timeZone: spec.timeZone ?? 'UTC' },
    concurrencyPolicy: spec.concurrencyPolicy ?? 'Allow',
    backoffLimit,
    activeDeadlineMs,
    startingDeadlineMs:
      spec.startingDeadlineSeconds === undefined ? undefined : spec.startingDeadlineSeconds * 1000,
    suspend: spec.suspend ?? false,
    parameters,
    combinations,
    historyLimit: {
      succeeded: spec.historyLimit?.succeeded ?? 3,
      failed: spec.historyLimit?.failed ?? 1,
    },
    size: { name: sizeName, spec: sizes[sizeName] },
    unsupported: wanted.problem ?? image.problem,
    recipe: image.recipe,
    snapshotRequests: snapshotRequests(resource),
  };
}

/** Every combination of the grid, first key outermost. */
export function grid(parameters: Record<string, readonly ParamValue[] | undefined>): Params[] {
  let combinations: Params[] = [{}];
  for (const [name, values] of Object.entries(parameters)) {
    if (!values) continue;
    combinations = combinations.flatMap((c) => values.map((v) => ({ ...c, [name]: v })));
  }
  return combinations;
}

/** The unit for one attempt of a run: the template with the run's labels and environment. */
export function attemptUnit(job: DesiredJob, run: RunRef, attempt: number): UnitSpec {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(run.params)) {
    params[`PARAM_${name.toUpperCase()}`] = String(value);
  }
  const paramsJson = JSON.stringify(run.params);
  return {
    ...job.template,
    name: unitName(job, run.id, attempt === 0 ? 'skipped' : `a${attempt}`),
    env: {
      ...job.template.env,
      ...params,
      BERTH_RUN: run.id,
      BERTH_ATTEMPT: String(attempt),
      BERTH_PARAMS: paramsJson,
    },
    labels: {
      ...job.template.labels,
      [labelKeys.run]: run.id,
      [labelKeys.attempt]: String(attempt),
      [labelKeys.trigger]: run.trigger,
      [labelKeys.scheduledAt]: new Date(run.scheduledAt).toISOString(),
      [labelKeys.params]: paramsJson,
    },
  };
}

/** A run that never ran (skipped), recorded as a unit that is never started. */
export function skippedUnit(job: DesiredJob, run: RunRef, why: string): UnitSpec {
  const unit = attemptUnit(job, run, 0);
  return { ...unit, labels: { ...unit.labels, [labelKeys.skipped]: why } };
}

/** Unique per attempt on the engine: a second berth starting the same attempt is refused. */
function unitName(job: DesiredJob, runId: string, suffix: string): string {
  return `berth-${job.instance}-${job.name}-${runId}-${suffix}`;
}

/** Run ids: the trigger's id and the combination's index. Scheduled ones come from their time. */
export function runIds(trigger: Trigger, at: number, job: DesiredJob, token: string): string[] {
  const base =
    trigger === 'schedule'
      ? `s${new Date(at).toISOString().slice(0, 16).replace(/[-:T]/g, '')}`
      : trigger === 'spec'
        ? `h${job.specHash.slice(0, 10)}`
        : `m${token}`;
  return job.combinations.map((_, i) => `${base}-${i}`);
}
