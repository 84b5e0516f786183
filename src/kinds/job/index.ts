// The Job kind (SPEC §1.3, §4.4): runs to completion, once per spec or on a schedule, with
// retries, deadlines, concurrency policies, parameter grids and history. Every run is a set of
// units on the engine carrying its labels, so the plan is rebuilt from them after any restart.
import { randomBytes } from 'node:crypto';
import type { Capacity, Engine } from '../../engine/types.js';
import type { DesiredResource, KindModule, ResourceOutcome } from '../../reconcile/kind.js';
import type { PlanAction } from '../../reconcile/plan.js';
import { prepareImage } from '../resource-image.js';
import {
  attemptUnit,
  desiredJob,
  grid,
  skippedUnit,
  withStepParameters,
  type DesiredJob,
  type Params,
} from './desired.js';
import { firstSteps, planJob, type JobStep } from './plan.js';
import { createSchedule, type Schedule } from './schedule.js';

/** Each call gives a Job kind with its own memory of when it first saw each Job. */
export function createJobKind(): KindModule {
  const firstSeen = new Map<string, number>();
  const schedules = new Map<string, Schedule>();
  const scheduleOf = (expression: string, timeZone: string): Schedule => {
    const key = `${timeZone} ${expression}`;
    const found = schedules.get(key);
    if (found) return found;
    const made = createSchedule(expression, timeZone);
    schedules.set(key, made);
    return made;
  };
  return {
    kind: 'Job',
    desire(resource, ctx): DesiredResource | undefined {
      if (resource.kind !== 'Job') return undefined;
      const job = desiredJob(resource, ctx);
      const seen = (now: number, preview: boolean) => {
        const at = firstSeen.get(job.key) ?? now;
        if (!preview) firstSeen.set(job.key, at);
        return at;
      };
      const plan = (
        units: Parameters<typeof planJob>[0]['units'],
        now: number,
        capacity: Capacity | undefined,
        preview = false,
      ) =>
        planJob({
          job,
          units,
          now,
          firstSeen: seen(now, preview),
          capacity,
          schedules: scheduleOf,
        });
      return {
        key: job.key,
        kind: 'Job',
        name: job.name,
        owner: job.owner,
        builtImages: job.recipes.map((r) => r.tag),
        snapshotRequests: job.snapshotRequests,
        plan: (observed, { now, capacity, preview }) =>
          plan(observed?.units ?? [], now, capacity, preview),
        async execute(action, _observed, { engine, hooks, instance, now, images }) {
          const creates = (action.steps ?? []).some((s) => s.op === 'start' || s.op === 'skip');
          const imageFailure = creates ? await prepareImages(job, { images, hooks }) : undefined;
          if (imageFailure) return { state: 'Failed', ...imageFailure };
          await carryOut(job, action, engine, hooks);
          // The status is what the engine holds now; a step still due asks for another look.
          const fresh = await engine.observe(instance, job.key);
          const after = plan(fresh.workloads.get(job.key)?.units ?? [], now(), fresh.capacity);
          const outcome: ResourceOutcome = after.outcome ?? { state: 'Running', message: '' };
          return after.steps.some((s) => s.op !== 'note') ? { ...outcome, wakeAt: now() } : outcome;
        },
      };
    },
  };
}

async function carryOut(
  job: DesiredJob,
  action: PlanAction,
  engine: Engine,
  hooks: Parameters<Engine['startUnit']>[1],
): Promise<void> {
  const steps = (action.steps ?? []) as readonly JobStep[];
  for (const step of steps) {
    switch (step.op) {
      case 'start': {
        const unit = attemptUnit(job, step.run, step.attempt, step.step);
        const started = await engine.startUnit(unit, hooks);
        const what = `run ${step.run.id}${step.step === undefined ? '' : ` step ${step.step}`} attempt ${step.attempt}`;
        hooks.record(started ? `started ${what}` : `${what} was started already`);
        break;
      }
      case 'skip':
        await engine.recordUnit(skippedUnit(job, step.run, step.why), hooks);
        hooks.record(step.describe);
        break;
      case 'stop':
        await engine.stopUnit(step.unit, step.mark, hooks);
        hooks.record(step.describe);
        break;
      case 'remove':
        await engine.removeUnits(step.unitIds, hooks);
        await engine.removeVolumes(step.volumes, hooks);
        break;
      case 'note':
        hooks.record(step.describe);
        break;
    }
  }
}

/** Starts a manual run of a Job now (`berth run`, the API): one run per parameter combination. */
export async function startManualRun(
  job: DesiredJob,
  engine: Engine,
  hooks: Parameters<Engine['startUnit']>[1],
  now: number,
  given: Record<string, readonly string[]> = {},
): Promise<string[]> {
  const token = `${new Date(now).toISOString().slice(0, 19).replace(/[-:T]/g, '')}${randomBytes(2).toString('hex')}`;
  const combinations = manualCombinations(job, given);
  const ids: string[] = [];
  for (const [i, combination] of combinations.entries()) {
    const run = {
      id: `m${token}-${i}`,
      trigger: 'manual' as const,
      scheduledAt: now,
      params: combination,
    };
    for (const step of firstSteps(job) ?? [undefined])
      await engine.startUnit(attemptUnit(job, run, 1, step), hooks);
    ids.push(run.id);
  }
  return ids;
}

/**
 * The runs of a manual trigger. Given parameters replace those of the grid (or of every set) for
 * this trigger; the others stay as declared; the steps' own grids apply as always.
 */
function manualCombinations(job: DesiredJob, given: Record<string, readonly string[]>): Params[] {
  if (Object.keys(given).length === 0) return job.combinations;
  const singletons = (set: Params) =>
    Object.fromEntries(Object.entries(set).map(([name, value]) => [name, [value]]));
  const chosen = (job.parameterSets ?? [{}]).flatMap((set) =>
    grid({ ...singletons(set), ...job.parameters, ...given }),
  );
  const unique = [...new Map(chosen.map((c) => [JSON.stringify(c), c])).values()];
  return withStepParameters(unique, job.stepParameters);
}

/** Every image the Job's runs need, built when missing; the first failure. */
export async function prepareImages(
  job: DesiredJob,
  ctx: Parameters<typeof prepareImage>[1],
): Promise<Awaited<ReturnType<typeof prepareImage>>> {
  for (const recipe of job.recipes) {
    const failure = await prepareImage(recipe, ctx, job.template.pullAuth);
    if (failure) return failure;
  }
  return undefined;
}
