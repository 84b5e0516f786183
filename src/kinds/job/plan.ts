// Plans one Job (SPEC §1.3, §4.4): from its runs as the engine holds them and the time, the steps
// due now (start a run or a retry, stop a run at its deadline or for Replace, record a skipped run,
// remove runs beyond the history limit), its status, and when to look again. Pure.
import { labelKeys } from '../../engine/labels.js';
import type { Capacity, UnitMark } from '../../engine/types.js';
import { capacityProblem } from '../capacity.js';
import { snapshotMoves } from '../snapshot-moves.js';
import type { Planned, ResourceOutcome } from '../../reconcile/kind.js';
import type { ActionType, PlanStep } from '../../reconcile/plan.js';
import type { DesiredJob, RunRef, Trigger } from './desired.js';
import { maxParallelSteps, runIds, workspaceVolume } from './desired.js';
import { readRuns, summarize, type RunView } from './runs.js';
import { createSchedule, type Schedule } from './schedule.js';
import type { ObservedUnit } from '../../engine/types.js';

export type JobStep =
  | (PlanStep & { op: 'start'; run: RunRef; attempt: number; step?: string })
  | (PlanStep & { op: 'skip'; run: RunRef; why: 'Forbid' | 'Missed' })
  | (PlanStep & { op: 'stop'; unit: Pick<ObservedUnit, 'id' | 'name' | 'mark'>; mark: UnitMark })
  | (PlanStep & { op: 'remove'; unitIds: string[]; volumes: string[] })
  | (PlanStep & { op: 'note' });

export interface JobPlanInput {
  job: DesiredJob;
  capacity?: Capacity | undefined;
  units: readonly ObservedUnit[];
  now: number;
  /** when this berth first saw the Job: scheduled times before it are not owed */
  firstSeen: number;
  /** a token for run ids of manual triggers */
  token?: string;
  /** schedules already made, shared across plans (a time zone's formatter is costly to make) */
  schedules?: (expression: string, timeZone: string) => Schedule;
}

export interface JobPlan extends Planned {
  steps: JobStep[];
}

export function planJob(input: JobPlanInput): JobPlan {
  const { job, now } = input;
  const base = { key: job.key, kind: 'Job', name: job.name };
  const problem =
    job.unsupported ??
    capacityProblem(job, input.capacity) ??
    (job.steps ?? [])
      .map((s) => {
        const found = capacityProblem(s, input.capacity);
        return found && `step ${s.name}: ${found}`;
      })
      .find((p) => p !== undefined);
  if (problem) {
    const outcome: ResourceOutcome = { state: 'Failed', reason: 'Invalid', message: problem };
    return { action: { type: 'error', ...base, reason: problem }, outcome, steps: [] };
  }
  const runs = readRuns(input.units, { ...job, steps: job.steps });
  const steps: JobStep[] = [];
  const wake: number[] = [];

  // Deadlines, retries and next steps of runs under way.
  const stopping = new Set<string>();
  for (const run of runs) {
    if (run.state !== 'Running' && run.state !== 'Pending') continue;
    if (run.deadlineAt !== undefined && now >= run.deadlineAt) {
      stopping.add(run.id);
      steps.push(...halt(run, 'deadline-exceeded', `stop run ${run.id}: its deadline passed`));
      continue;
    }
    if (run.deadlineAt !== undefined && run.active.length > 0) wake.push(run.deadlineAt);
    let room = job.steps ? maxParallelSteps - run.active.length : 1;
    for (const due of run.due) {
      if (due.at > now) {
        wake.push(due.at);
        continue;
      }
      if (room <= 0) break;
      room -= 1;
      const step = due.step === undefined ? '' : ` step ${due.step}`;
      steps.push({
        op: 'start',
        run: refOf(run),
        attempt: due.attempt,
        ...(due.step === undefined ? {} : { step: due.step }),
        describe:
          due.attempt > 1
            ? `retry run ${run.id}${step}: attempt ${due.attempt}`
            : `start run ${run.id}${step}`,
      });
    }
  }

  // A berth stopped between creating an attempt's unit and starting it: start it now.
  for (const run of runs) {
    if (stopping.has(run.id)) continue;
    for (const unit of run.attempts) {
      if (unit.status !== 'created') continue;
      const attempt = Number(unit.labels[labelKeys.attempt] ?? 1);
      const step = unit.labels[labelKeys.step];
      steps.push({
        op: 'start',
        run: refOf(run),
        attempt,
        ...(step === undefined ? {} : { step }),
        describe: `start run ${run.id}${step === undefined ? '' : ` step ${step}`} attempt ${attempt}: created but never started`,
      });
    }
  }
  // A berth stopped while it started the runs of one trigger: start the rest of that set.
  steps.push(...unfinishedSet(job, runs, input.token));

  // What triggers a new set of runs now: the schedule, or a spec not run yet.
  let trigger: { kind: Trigger; at: number } | undefined;
  let nextRunAt: number | undefined;
  if (job.schedule) {
    const schedule = (input.schedules ?? createSchedule)(
      job.schedule.expression,
      job.schedule.timeZone,
    );
    const scheduled = runs.filter((r) => r.trigger === 'schedule').map((r) => r.scheduledAt);
    // Times are owed from the last scheduled run; a Job that never ran owes nothing before berth saw it.
    const last = scheduled.length > 0 ? Math.max(...scheduled) : input.firstSeen;
    if (!job.suspend) {
      const due = schedule.between(last, now, 1);
      const latest = due.fires[0];
      if (latest !== undefined) {
        if (due.count > 1) {
          steps.push({
            op: 'note',
            describe: `missed ${due.count - 1} earlier scheduled run${due.count === 2 ? '' : 's'} while berth was not running; only the latest is started`,
          });
        }
        const late = job.startingDeadlineMs !== undefined && now - latest > job.startingDeadlineMs;
        if (late) {
          for (const run of newRuns(job, 'schedule', latest, input.token))
            steps.push({
              op: 'skip',
              run,
              why: 'Missed',
              describe: `record run ${run.id} as skipped: more than startingDeadlineSeconds late`,
            });
        } else trigger = { kind: 'schedule', at: latest };
      }
      // With nothing due, the first fire after the last run is the next (and that answer is kept).
      nextRunAt = schedule.next(latest === undefined ? last : Math.max(now, latest));
      wake.push(nextRunAt);
    }
  } else if (!runs.some((r) => r.trigger === 'spec' && r.specHash === job.specHash)) {
    trigger = { kind: 'spec', at: now };
  }

  if (trigger) {
    const busy = runs.filter(
      (r) => (r.state === 'Running' || r.state === 'Pending') && !stopping.has(r.id),
    );
    const fresh = newRuns(job, trigger.kind, trigger.at, input.token);
    if (busy.length > 0 && job.concurrencyPolicy === 'Forbid') {
      // A scheduled time passes, recorded as skipped; a new spec waits for the running run.
      if (trigger.kind === 'schedule') {
        for (const run of fresh)
          steps.push({
            op: 'skip',
            run,
            why: 'Forbid',
            describe: `record run ${run.id} as skipped: run ${busy[0]?.id ?? ''} is still running (Forbid)`,
          });
      }
    } else {
      if (busy.length > 0 && job.concurrencyPolicy === 'Replace') {
        for (const run of busy)
          steps.push(...halt(run, 'replaced', `stop run ${run.id}: replaced by a newer run`));
      }
      // A new spec because a ref moved says which: the newest unit holds the commits it ran.
      const newest = [...input.units].sort(
        (a, b) => b.createdAt.getTime() - a.createdAt.getTime(),
      )[0];
      const moved =
        trigger.kind === 'spec' && newest
          ? snapshotMoves(newest.labels, job.template.labels)
          : undefined;
      for (const run of fresh) {
        const params =
          Object.keys(run.params).length > 0 ? ` with ${JSON.stringify(run.params)}` : '';
        const why = moved ? ` (${moved})` : '';
        const first = firstSteps(job);
        if (first === undefined) {
          steps.push({
            op: 'start',
            run,
            attempt: 1,
            describe: `start run ${run.id}${params}${why}`,
          });
          continue;
        }
        for (const step of first)
          steps.push({
            op: 'start',
            run,
            attempt: 1,
            step,
            describe: `start run ${run.id} step ${step}${params}${why}`,
          });
      }
    }
  }

  const removable = beyondHistory(job, runs);
  if (removable.length > 0) {
    steps.push({
      op: 'remove',
      unitIds: removable.flatMap((r) => r.units.map((u) => u.id)),
      volumes: job.steps ? removable.map((r) => workspaceVolume(job, r.id)) : [],
      describe: `remove ${removable.length} finished run${removable.length === 1 ? '' : 's'} beyond historyLimit`,
    });
  }

  const outcome = jobOutcome(job, runs, nextRunAt, wake);
  const type = actionType(steps);
  const reason =
    type === 'noop'
      ? outcome.message
      : steps
          .filter((s) => s.op !== 'note')
          .map((s) => s.describe)
          .join('; ');
  return {
    action: { type, ...base, reason, ...(type === 'noop' ? {} : { steps }) },
    outcome,
    steps,
  };
}

/**
 * Stops a run under way and marks why: every running unit, or, between attempts, the latest one
 * (an ended unit only takes the mark), so that the run is over and starts nothing more.
 */
function halt(run: RunView, mark: UnitMark, describe: string): JobStep[] {
  const latest = run.attempts[run.attempts.length - 1];
  const units = run.active.length > 0 ? run.active : latest ? [latest] : [];
  return units.map((unit) => ({
    op: 'stop',
    unit: { id: unit.id, name: unit.name, mark: unit.mark },
    mark,
    describe,
  }));
}

/** The steps a pipeline run starts with (those that depend on none, bounded); undefined: no steps. */
export function firstSteps(job: DesiredJob): string[] | undefined {
  return job.steps
    ?.filter((s) => s.dependsOn.length === 0)
    .slice(0, maxParallelSteps)
    .map((s) => s.name);
}

/**
 * The runs of the newest trigger (the current spec's, or the latest scheduled time's) that were
 * never started: run ids are the same for every berth, so the ones missing are known.
 */
function unfinishedSet(job: DesiredJob, runs: RunView[], token: string | undefined): JobStep[] {
  if (job.combinations.length < 2) return [];
  const group = job.schedule
    ? (() => {
        const scheduled = runs.filter((r) => r.trigger === 'schedule');
        const latest = Math.max(...scheduled.map((r) => r.scheduledAt));
        return scheduled.filter((r) => r.scheduledAt === latest);
      })()
    : runs.filter((r) => r.trigger === 'spec' && r.specHash === job.specHash);
  const first = group[0];
  if (!first || group.length >= job.combinations.length) return [];
  const present = new Set(group.map((r) => r.id));
  const describe = (run: RunRef) => `start run ${run.id}: the rest of its set was never started`;
  return newRuns(job, first.trigger, first.scheduledAt, token)
    .filter((run) => !present.has(run.id))
    .flatMap((run): JobStep[] => {
      const steps = firstSteps(job);
      if (steps === undefined) return [{ op: 'start', run, attempt: 1, describe: describe(run) }];
      return steps.map((step) => ({ op: 'start', run, attempt: 1, step, describe: describe(run) }));
    });
}

function refOf(run: RunView): RunRef {
  return { id: run.id, trigger: run.trigger, scheduledAt: run.scheduledAt, params: run.params };
}

function newRuns(job: DesiredJob, trigger: Trigger, at: number, token = ''): RunRef[] {
  const ids = runIds(trigger, at, job, token);
  return job.combinations.map((params, i) => ({
    id: ids[i] ?? `${i}`,
    trigger,
    scheduledAt: at,
    params,
  }));
}

function actionType(steps: JobStep[]): ActionType {
  if (steps.some((s) => s.op === 'start' || s.op === 'skip')) return 'run';
  if (steps.some((s) => s.op === 'stop')) return 'stop';
  if (steps.some((s) => s.op === 'remove')) return 'prune';
  return 'noop';
}

/** Finished runs beyond historyLimit, oldest first; the runs of the current spec always stay. */
function beyondHistory(job: DesiredJob, runs: RunView[]): RunView[] {
  const kept = (r: RunView) => r.trigger === 'spec' && r.specHash === job.specHash;
  const newestFirst = [...runs].reverse();
  const succeeded = newestFirst.filter((r) => r.state === 'Succeeded' && !kept(r));
  const failed = newestFirst.filter(
    (r) => (r.state === 'Failed' || r.state === 'Skipped') && !kept(r),
  );
  return [...succeeded.slice(job.historyLimit.succeeded), ...failed.slice(job.historyLimit.failed)];
}

/** The Job's status from its runs (SPEC §4.4). */
export function jobOutcome(
  job: DesiredJob,
  runs: RunView[],
  nextRunAt: number | undefined,
  wake: number[] = [],
): ResourceOutcome {
  const wakeAt = wake.length > 0 ? Math.min(...wake) : undefined;
  const detail = {
    job: {
      nextRunAt: nextRunAt === undefined ? undefined : new Date(nextRunAt).toISOString(),
      runs: [...runs].reverse().map(summarize),
    },
    ...(wakeAt === undefined ? {} : { wakeAt }),
  };
  const next = nextRunAt === undefined ? '' : `; next run at ${new Date(nextRunAt).toISOString()}`;
  const under = runs.filter((r) => r.state === 'Running' || r.state === 'Pending');
  if (under.length > 0) {
    const message =
      under.length === 1
        ? `run ${under[0]?.id ?? ''}: ${under[0]?.message ?? ''}`
        : `${under.length} runs under way`;
    return { state: 'Running', message, ...detail };
  }
  const current = job.schedule
    ? runs
        .filter((r) => r.trigger === 'schedule' && r.state !== 'Skipped')
        .slice(-job.combinations.length)
    : runs.filter((r) => r.trigger === 'spec' && r.specHash === job.specHash);
  const failed = current.find((r) => r.state === 'Failed');
  if (failed) {
    const reason =
      failed.reason === 'BackoffLimitExceeded' ||
      failed.reason === 'DeadlineExceeded' ||
      failed.reason === 'Replaced'
        ? failed.reason
        : undefined;
    return {
      state: 'Failed',
      ...(reason ? { reason } : {}),
      message: `run ${failed.id} ${failed.message}${next}`,
      ...detail,
    };
  }
  if (job.schedule) {
    if (job.suspend)
      return { state: 'Suspended', message: 'suspended: no new scheduled runs', ...detail };
    const last = current.length > 0 ? `last run succeeded` : 'scheduled';
    return { state: 'Scheduled', message: `${last}${next}`, ...detail };
  }
  if (current.length === 0) return { state: 'Pending', message: 'waiting to run', ...detail };
  const n = current.length;
  return {
    state: 'Succeeded',
    message: n === 1 ? `run ${current[0]?.id ?? ''} succeeded` : `${n} runs succeeded`,
    ...detail,
  };
}
