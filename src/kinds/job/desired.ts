// Desired state of a Job (SPEC §1.3, §1.3.1, §4.4, §4.5): the template every run attempt is made
// from (one per step for a pipeline), its run settings, its parameter combinations, and the unit
// (container) for one attempt of one run, or of one step of a pipeline run.
import { labelKeys, resourceKey } from '../../engine/labels.js';
import type { UnitSpec, WorkloadSpec } from '../../engine/types.js';
import { hashOf } from '../../hash.js';
import type { DesireContext } from '../../reconcile/kind.js';
import { builtinSizes, defaultSizeName, sizeNamed, type SizeSpec } from '../../resources/sizes.js';
import type { Job, PipelineStep } from '../../resources/types.generated.js';
import { hashableSpec, secretsFor, withSecrets } from '../secrets.js';
import type { ImageRecipe, SnapshotRequest } from '../../images/types.js';
import { resourceImage, type ResourceImage } from '../../images/recipe.js';
import { snapshotRequests, workloadTemplate } from '../workload-template.js';

export type ParamValue = string | number | boolean;
export type Params = Record<string, ParamValue>;
export type Trigger = 'schedule' | 'spec' | 'manual';

/** One step of a pipeline as it runs: the Job's template with the step's command and overrides. */
export interface DesiredStep {
  name: string;
  dependsOn: string[];
  template: WorkloadSpec;
  size: { name: string; spec: SizeSpec | undefined };
}

/** How many steps of one pipeline run berth runs at once. */
export const maxParallelSteps = 4;

export interface DesiredJob {
  key: string;
  name: string;
  owner: string;
  instance: string;
  /** covers what makes a different run: template, parameters, retries, deadline */
  specHash: string;
  template: WorkloadSpec;
  /** a pipeline's steps, in the file's order; undefined for a Job that runs one command */
  steps: DesiredStep[] | undefined;
  schedule: { expression: string; timeZone: string } | undefined;
  concurrencyPolicy: 'Allow' | 'Forbid' | 'Replace';
  backoffLimit: number;
  activeDeadlineMs: number | undefined;
  startingDeadlineMs: number | undefined;
  suspend: boolean;
  /** the declared grid (empty with parameterSets) */
  parameters: Record<string, readonly ParamValue[]>;
  /** the declared sets, when parameterSets chooses the runs */
  parameterSets: Params[] | undefined;
  /** the steps' own grids, as keys `<step>.<name>` */
  stepParameters: Record<string, readonly ParamValue[]>;
  /**
   * one entry per run of a trigger, first key outermost; [{}] without parameters. A step's own
   * parameters are keys `<step>.<name>` (names cannot hold a dot, so they never clash).
   */
  combinations: Params[];
  historyLimit: { succeeded: number; failed: number };
  size: { name: string; spec: SizeSpec | undefined };
  unsupported: string | undefined;
  /** the images to build (git snapshots, extra packages): the Job's and its steps' own images */
  recipes: ImageRecipe[];
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
  const template = withSecrets(
    workloadTemplate(resource, context, sizeNamed(sizes, sizeName), image),
    wanted,
  );
  const parameters: Record<string, readonly ParamValue[]> = {};
  for (const [name, values] of Object.entries(spec.parameters ?? {}))
    if (values) parameters[name] = values;
  const parameterSets = spec.parameterSets?.map((set) => ({ ...set }) as Params);
  const stepped = spec.steps?.map((step) => desiredStep(resource, step, context, wanted));
  const steps = stepped?.map((s) => s.step);
  const images = [image, ...(stepped ?? []).map((s) => s.image)];
  const recipes = images
    .map((i) => i.recipe)
    .filter((r): r is ImageRecipe => r !== undefined)
    .filter((r, i, all) => all.findIndex((o) => o.tag === r.tag) === i);
  const stepParameters: Record<string, readonly ParamValue[]> = {};
  for (const step of spec.steps ?? [])
    for (const [name, values] of Object.entries(step.parameters ?? {}))
      if (values) stepParameters[`${step.name}.${name}`] = values;
  const combinations = withStepParameters(parameterSets ?? grid(parameters), stepParameters);
  const backoffLimit = spec.backoffLimit ?? 3;
  const activeDeadlineMs =
    spec.activeDeadlineSeconds === undefined ? undefined : spec.activeDeadlineSeconds * 1000;
  const specHash = hashOf({
    template: hashableSpec(template),
    ...(steps
      ? {
          steps: steps.map((s) => ({
            name: s.name,
            dependsOn: s.dependsOn,
            template: hashableSpec(s.template),
          })),
        }
      : {}),
    combinations,
    backoffLimit,
    activeDeadlineMs,
  });
  // The commit goes in after hashing: a new commit that leaves the Job alone runs nothing.
  for (const spec of [template, ...(steps ?? []).map((s) => s.template)]) {
    spec.labels[labelKeys.specHash] = specHash;
    spec.labels[labelKeys.commit] = context.commit;
    spec.env.BERTH_COMMIT = context.commit;
  }
  return {
    key: resourceKey('Job', metadata.name),
    name: metadata.name,
    owner: metadata.owner,
    instance: context.instance,
    specHash,
    template,
    steps,
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
    parameterSets,
    stepParameters,
    combinations,
    historyLimit: {
      succeeded: spec.historyLimit?.succeeded ?? 3,
      failed: spec.historyLimit?.failed ?? 1,
    },
    size: { name: sizeName, spec: sizeNamed(sizes, sizeName) },
    unsupported: wanted.problem ?? images.find((i) => i.problem)?.problem,
    recipes,
    snapshotRequests: snapshotRequests(resource),
  };
}

/** The Job as one step runs it: the step's command, and its image, size and env over the Job's. */
function stepResource(resource: Job, step: PipelineStep): Job {
  const spec = { ...resource.spec };
  delete spec.steps;
  return {
    ...resource,
    spec: {
      ...spec,
      command: step.command,
      image: step.image ?? spec.image,
      ...((step.size ?? spec.size) === undefined ? {} : { size: step.size ?? spec.size }),
      env: { ...spec.env, ...step.env },
    },
  };
}

function desiredStep(
  resource: Job,
  step: PipelineStep,
  context: DesireContext,
  wanted: ReturnType<typeof secretsFor>,
): { step: DesiredStep; image: ResourceImage } {
  const sizes = context.sizes ?? builtinSizes;
  const own = stepResource(resource, step);
  const sizeName = own.spec.size ?? defaultSizeName;
  // A step with its own image gets the Job's git entries and packages on that image.
  const image = resourceImage(own, context.snapshots);
  const template = withSecrets(
    workloadTemplate(own, context, sizeNamed(sizes, sizeName), image),
    wanted,
  );
  const size = { name: sizeName, spec: sizeNamed(sizes, sizeName) };
  const dependsOn = [...new Set(step.dependsOn ?? [])];
  return { step: { name: step.name, dependsOn, template, size }, image };
}

/** Each of the Job's combinations with every combination of the steps' own grids. */
export function withStepParameters(
  jobCombinations: Params[],
  stepParameters: Record<string, readonly ParamValue[]>,
): Params[] {
  const stepCombinations = grid(stepParameters);
  return jobCombinations.flatMap((c) => stepCombinations.map((s) => ({ ...c, ...s })));
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

/** A run's workspace volume (pipelines): shared by its steps at /workspace/run. */
export function workspaceVolume(job: DesiredJob, runId: string): string {
  return `berth-${job.instance}-run-${job.name}-${runId}`;
}

/**
 * The unit for one attempt of a run (of one step of it, for a pipeline): the template with the
 * run's labels and environment. Job parameters become PARAM_*, the step's own STEP_PARAM_*.
 */
export function attemptUnit(
  job: DesiredJob,
  run: RunRef,
  attempt: number,
  stepName?: string,
): UnitSpec {
  const step = stepName === undefined ? undefined : job.steps?.find((s) => s.name === stepName);
  if (stepName !== undefined && !step) throw new Error(`Job ${job.name} has no step ${stepName}`);
  const template = step?.template ?? job.template;
  const env: Record<string, string> = {};
  const jobParams: Params = {};
  const stepParams: Params = {};
  for (const [key, value] of Object.entries(run.params)) {
    const dot = key.indexOf('.');
    if (dot < 0) {
      jobParams[key] = value;
      env[`PARAM_${key.toUpperCase()}`] = String(value);
    } else if (key.slice(0, dot) === stepName) {
      const name = key.slice(dot + 1);
      stepParams[name] = value;
      env[`STEP_PARAM_${name.toUpperCase()}`] = String(value);
    }
  }
  const workspace = step ? workspaceVolume(job, run.id) : undefined;
  return {
    ...template,
    name: unitName(
      job,
      run.id,
      `${step ? `${step.name}-` : ''}${attempt === 0 ? 'skipped' : `a${attempt}`}`,
    ),
    env: {
      ...template.env,
      ...env,
      BERTH_RUN: run.id,
      BERTH_ATTEMPT: String(attempt),
      BERTH_PARAMS: JSON.stringify(jobParams),
      ...(step ? { BERTH_STEP: step.name, BERTH_STEP_PARAMS: JSON.stringify(stepParams) } : {}),
    },
    labels: {
      ...template.labels,
      [labelKeys.run]: run.id,
      [labelKeys.attempt]: String(attempt),
      [labelKeys.trigger]: run.trigger,
      [labelKeys.scheduledAt]: new Date(run.scheduledAt).toISOString(),
      [labelKeys.params]: JSON.stringify(run.params),
      ...(step && workspace
        ? { [labelKeys.step]: step.name, [labelKeys.workspace]: workspace }
        : {}),
    },
    volumes: workspace
      ? [
          ...template.volumes,
          {
            name: workspace,
            target: '/workspace/run',
            labels: {
              [labelKeys.managed]: 'true',
              [labelKeys.instance]: job.instance,
              [labelKeys.kind]: 'Job',
              [labelKeys.name]: job.name,
              [labelKeys.owner]: job.owner,
              [labelKeys.run]: run.id,
            },
          },
        ]
      : template.volumes,
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
