// A Job's runs as the engine holds them: each attempt is a unit labelled with its run and attempt
// number, so a restarted berth reads the whole history back (SPEC §4.1, §4.4). Pure.
import { labelKeys } from '../../engine/labels.js';
import type { ObservedUnit } from '../../engine/types.js';
import type { RunSummary } from '../../reconcile/status.js';
import type { Params, RunRef, Trigger } from './desired.js';

export type RunState = RunSummary['state'];

/** One step of a pipeline run as its attempts tell it. */
export interface StepView {
  name: string;
  dependsOn: string[];
  state: RunState;
  reason: string | undefined;
  message: string;
  /** attempts, oldest first */
  attempts: ObservedUnit[];
  exitCode: number | undefined;
  startedAt: number | undefined;
  finishedAt: number | undefined;
}

/** An attempt a run is owed: a retry when its delay has passed, or a step whose inputs are done. */
export interface DueAttempt {
  /** the step, for a pipeline run */
  step: string | undefined;
  attempt: number;
  /** epoch ms it is due; 0 when due at once */
  at: number;
}

export interface RunView extends RunRef {
  specHash: string;
  /** attempts, oldest first (none for a skipped run); of every step for a pipeline run */
  attempts: ObservedUnit[];
  /** every unit of the run (attempts and a skip record) */
  units: ObservedUnit[];
  /** units running now */
  active: ObservedUnit[];
  /** a pipeline run's steps, in the Job's order; empty for a Job that runs one command */
  steps: StepView[];
  /** attempts owed (retries, next steps), in order */
  due: DueAttempt[];
  state: RunState;
  reason: string | undefined;
  message: string;
  exitCode: number | undefined;
  startedAt: number | undefined;
  finishedAt: number | undefined;
  /** when a running run is stopped (activeDeadlineSeconds) */
  deadlineAt: number | undefined;
}

export interface RunRules {
  backoffLimit: number;
  activeDeadlineMs: number | undefined;
  /** a pipeline's steps (name and dependencies); undefined for a Job that runs one command */
  steps?: readonly { name: string; dependsOn: readonly string[] }[] | undefined;
}

export const retryPolicy = { initialDelayMs: 10_000, maxDelayMs: 6 * 60_000 } as const;

/** The delay before attempt `next` (2, 3, …): 10 s, 20 s, 40 s … capped at 6 minutes. */
export function retryDelay(next: number): number {
  return Math.min(retryPolicy.initialDelayMs * 2 ** Math.max(next - 2, 0), retryPolicy.maxDelayMs);
}

const active = new Set<ObservedUnit['status']>(['running', 'restarting', 'paused', 'created']);

export function readRuns(units: readonly ObservedUnit[], rules: RunRules): RunView[] {
  const byRun = new Map<string, ObservedUnit[]>();
  for (const unit of units) {
    const id = unit.labels[labelKeys.run];
    if (!id || unit.status === 'removing') continue;
    byRun.set(id, [...(byRun.get(id) ?? []), unit]);
  }
  const runs = [...byRun.entries()].map(([id, list]) => readRun(id, list, rules));
  return runs.sort((a, b) => a.scheduledAt - b.scheduledAt || (a.id < b.id ? -1 : 1));
}

interface Verdict {
  state: RunState;
  reason?: string;
  message: string;
  exitCode?: number;
  retryAt?: number;
}

function readRun(id: string, units: ObservedUnit[], rules: RunRules): RunView {
  const labels = units[0]?.labels ?? {};
  const scheduledAt = Date.parse(labels[labelKeys.scheduledAt] ?? '') || 0;
  const attempts = units
    .filter((u) => attemptOf(u) > 0)
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || attemptOf(a) - attemptOf(b));
  const skipped = units.find((u) => u.labels[labelKeys.skipped] !== undefined);
  const startedAt = earliestStart(attempts);
  const deadlineAt =
    rules.activeDeadlineMs === undefined || startedAt === undefined
      ? undefined
      : startedAt + rules.activeDeadlineMs;
  const base = {
    id,
    trigger: (labels[labelKeys.trigger] ?? 'manual') as Trigger,
    scheduledAt,
    params: parseParams(labels[labelKeys.params]),
    specHash: units[0]?.specHash ?? '',
    units,
    attempts,
    active: attempts.filter((u) => active.has(u.status)),
    startedAt,
    deadlineAt,
  };
  if (skipped) {
    const verdict = skipVerdict(skipped.labels[labelKeys.skipped] ?? '');
    return { ...base, ...fromVerdict(verdict), steps: [], due: [], finishedAt: scheduledAt };
  }
  // A run is read in its own shape (steps or one command). One of the other shape than the Job has
  // now (it changed between a command and steps) owes nothing more.
  const stepped = attempts.some((u) => u.labels[labelKeys.step] !== undefined);
  const read = stepped
    ? readPipeline(attempts, rules, rules.steps ?? stepsOf(attempts), deadlineAt)
    : readSingle(attempts, rules, deadlineAt);
  if (stepped === (rules.steps !== undefined)) return { ...base, ...read };
  const over = read.state === 'Succeeded' || read.state === 'Failed' || base.active.length > 0;
  const changed = {
    state: 'Failed' as const,
    reason: 'Changed',
    message: `the Job changed between a command and steps; this run goes no further`,
  };
  return { ...base, ...read, ...(over ? {} : changed), due: [] };
}

function readSingle(attempts: ObservedUnit[], rules: RunRules, deadlineAt: number | undefined) {
  const last = attempts[attempts.length - 1];
  const finishedAt =
    last && !active.has(last.status) ? (last.finishedAt ?? last.createdAt).getTime() : undefined;
  const verdict = judge(attempts, rules, finishedAt ?? 0, deadlineAt);
  const due: DueAttempt[] =
    verdict.retryAt === undefined
      ? []
      : [{ step: undefined, attempt: attempts.length + 1, at: verdict.retryAt }];
  return { ...fromVerdict(verdict), steps: [], due, finishedAt };
}

/** The steps a run's units name, for a run of steps the Job no longer has. */
function stepsOf(attempts: readonly ObservedUnit[]): NonNullable<RunRules['steps']> {
  const names = new Set(attempts.map((u) => u.labels[labelKeys.step] ?? ''));
  return [...names].map((name) => ({ name, dependsOn: [] }));
}

function fromVerdict(verdict: Verdict) {
  return {
    state: verdict.state,
    reason: verdict.reason,
    message: verdict.message,
    exitCode: verdict.exitCode,
  };
}

function earliestStart(attempts: readonly ObservedUnit[]): number | undefined {
  return attempts.length === 0
    ? undefined
    : Math.min(...attempts.map((u) => (u.startedAt ?? u.createdAt).getTime()));
}

function endOf(unit: ObservedUnit | undefined): number | undefined {
  return unit && !active.has(unit.status)
    ? (unit.finishedAt ?? unit.createdAt).getTime()
    : undefined;
}

/**
 * A pipeline run from its steps' attempts (SPEC §1.3.1): each step judged as a run of its own
 * (retries per step), a step whose dependencies failed `Skipped`, a step whose dependencies all
 * succeeded due. A run stopped at its deadline or replaced starts nothing more. The run is over
 * when no step runs or is owed an attempt: failed when a step failed, else succeeded.
 */
function readPipeline(
  attempts: readonly ObservedUnit[],
  rules: RunRules,
  declared: NonNullable<RunRules['steps']>,
  deadlineAt: number | undefined,
) {
  const byStep = new Map<string, ObservedUnit[]>();
  for (const unit of attempts) {
    const name = unit.labels[labelKeys.step] ?? '';
    byStep.set(name, [...(byStep.get(name) ?? []), unit]);
  }
  const halt = attempts.find((u) => u.mark !== undefined)?.mark;
  const haltReason = halt === 'replaced' ? 'Replaced' : 'DeadlineExceeded';
  const haltWhy =
    halt === 'replaced' ? 'the run was replaced by a newer one' : 'the run passed its deadline';
  const views = new Map<string, StepView>();
  const due: DueAttempt[] = [];
  const view = (name: string, dependsOn: readonly string[]): StepView => {
    const known = views.get(name);
    if (known) return known;
    const own = byStep.get(name) ?? [];
    const last = own[own.length - 1];
    const finishedAt = endOf(last);
    const times = { startedAt: earliestStart(own), finishedAt };
    let result: StepView;
    const step = { name, dependsOn: [...dependsOn], attempts: own };
    if (own.length > 0) {
      // A mark halts the whole run; a step that had ended well keeps its success.
      const judged = own.map((u) =>
        u.exitCode === 0 && !active.has(u.status) ? { ...u, mark: undefined } : u,
      );
      const verdict = judge(judged, rules, finishedAt ?? 0, deadlineAt);
      if (verdict.state === 'Pending' && halt) {
        const message = `not retried: ${haltWhy}`;
        result = {
          ...step,
          ...times,
          state: 'Skipped',
          reason: haltReason,
          message,
          exitCode: verdict.exitCode,
        };
      } else {
        result = { ...step, ...times, ...fromVerdict(verdict) };
        if (verdict.retryAt !== undefined)
          due.push({ step: name, attempt: own.length + 1, at: verdict.retryAt });
      }
    } else {
      const inputs = dependsOn.map((d) =>
        view(d, declared.find((s) => s.name === d)?.dependsOn ?? []),
      );
      const failed = inputs.find((i) => i.state === 'Failed' || i.state === 'Skipped');
      const waiting = inputs.filter((i) => i.state !== 'Succeeded');
      const none = { ...step, ...times, exitCode: undefined };
      if (failed) {
        const message = `skipped: step ${failed.name} ${failed.state === 'Failed' ? 'failed' : 'was skipped'}`;
        result = { ...none, state: 'Skipped', reason: 'DependencyFailed', message };
      } else if (halt) {
        result = {
          ...none,
          state: 'Skipped',
          reason: haltReason,
          message: `not started: ${haltWhy}`,
        };
      } else if (waiting.length > 0) {
        const message = `waiting for ${waiting.map((w) => w.name).join(', ')}`;
        result = { ...none, state: 'Pending', reason: undefined, message };
      } else {
        result = { ...none, state: 'Pending', reason: undefined, message: 'waiting to start' };
        due.push({ step: name, attempt: 1, at: 0 });
      }
    }
    views.set(name, result);
    return result;
  };
  const steps = declared.map((s) => view(s.name, s.dependsOn));
  due.sort((a, b) => a.at - b.at);
  const verdict = pipelineVerdict(steps, halt !== undefined, attempts.length);
  const ends = steps.map((s) => s.finishedAt);
  const over = verdict.state === 'Succeeded' || verdict.state === 'Failed';
  const finishedAt =
    over && ends.some((e) => e !== undefined)
      ? Math.max(...ends.filter((e): e is number => e !== undefined))
      : undefined;
  return { ...fromVerdict(verdict), steps, due: over ? [] : due, finishedAt };
}

function pipelineVerdict(steps: StepView[], halted: boolean, attempts: number): Verdict {
  // A halted run whose steps all succeeded anyway (its last step ended well as it was stopped) succeeded.
  const running = steps.filter((s) => s.state === 'Running');
  const counts = `${steps.filter((s) => s.state === 'Succeeded').length} of ${steps.length} steps done`;
  // A step waiting for its retry says so, also while other steps run.
  const retrying = steps.find((s) => s.state === 'Pending' && s.attempts.length > 0);
  const retry = retrying ? `step ${retrying.name}: ${retrying.message}` : undefined;
  if (running.length > 0) {
    const names = running.map((s) => s.name).join(', ');
    const what = `step${running.length === 1 ? '' : 's'} ${names} running`;
    return { state: 'Running', message: `${[what, retry].filter(Boolean).join('; ')} (${counts})` };
  }
  const owed = retrying ?? steps.find((s) => s.state === 'Pending');
  if (owed) {
    const message = `step ${owed.name}: ${owed.message} (${counts})`;
    return { state: attempts > 0 ? 'Running' : 'Pending', message };
  }
  const failed = steps.find((s) => s.state === 'Failed');
  const skipped = steps.filter((s) => s.state === 'Skipped').length;
  const skippedText = skipped > 0 ? `; ${skipped} step${skipped === 1 ? '' : 's'} skipped` : '';
  if (failed || (halted && skipped > 0)) {
    const cause = failed ?? steps.find((s) => s.state === 'Skipped');
    return {
      state: 'Failed',
      ...(cause?.reason ? { reason: cause.reason } : {}),
      message: `step ${cause?.name ?? ''} ${cause?.message ?? ''}${skippedText}`,
      ...(cause?.exitCode === undefined ? {} : { exitCode: cause.exitCode }),
    };
  }
  const tries = `${attempts} attempt${attempts === 1 ? '' : 's'}`;
  return {
    state: 'Succeeded',
    message: `succeeded (${steps.length} steps, ${tries})`,
    exitCode: 0,
  };
}

/** How a run stands after its attempts so far (SPEC §1.3 retries and deadline). */
function judge(
  attempts: ObservedUnit[],
  rules: RunRules,
  finishedAt: number,
  deadlineAt: number | undefined,
): Verdict {
  const last = attempts[attempts.length - 1];
  if (!last) return { state: 'Pending', message: 'waiting to start' };
  const n = attempts.length;
  if (active.has(last.status)) return { state: 'Running', message: `attempt ${n} running` };
  const exitCode = last.exitCode ?? -1;
  const tries = `${n} attempt${n === 1 ? '' : 's'}`;
  const ended =
    last.error !== undefined && last.exitCode === undefined
      ? `could not run (${last.error})`
      : `exited with code ${exitCode}`;
  if (last.mark === 'deadline-exceeded') {
    const seconds = Math.round((rules.activeDeadlineMs ?? 0) / 1000);
    const message = `stopped at its deadline of ${seconds} s (${tries}); no further retries`;
    return { state: 'Failed', reason: 'DeadlineExceeded', message, exitCode };
  }
  if (last.mark === 'replaced') {
    const message = 'stopped for a newer run (concurrencyPolicy: Replace)';
    return { state: 'Failed', reason: 'Replaced', message, exitCode };
  }
  if (exitCode === 0) return { state: 'Succeeded', message: `succeeded (${tries})`, exitCode };
  if (n < rules.backoffLimit + 1) {
    const delay = retryDelay(n + 1);
    const retryAt = finishedAt + delay;
    if (deadlineAt !== undefined && retryAt >= deadlineAt) {
      const message = `${ended}; its deadline comes before the next retry (${tries})`;
      return { state: 'Failed', reason: 'DeadlineExceeded', message, exitCode };
    }
    const message = `attempt ${n} ${ended}; attempt ${n + 1} after ${Math.round(delay / 1000)} s`;
    return { state: 'Pending', message, exitCode, retryAt };
  }
  const lastTry = ended.startsWith('could') ? `the last ${ended}` : `last exit code ${exitCode}`;
  const message = `failed ${tries} (backoffLimit ${rules.backoffLimit}); ${lastTry}`;
  return { state: 'Failed', reason: 'BackoffLimitExceeded', message, exitCode };
}

function skipVerdict(why: string): Verdict {
  const messages: Record<string, string> = {
    Forbid: 'skipped: the previous run was still running (concurrencyPolicy: Forbid)',
    Missed: 'skipped: berth was not running at its time, and startingDeadlineSeconds had passed',
  };
  return { state: 'Skipped', reason: why, message: messages[why] ?? `skipped: ${why}` };
}

function attemptOf(unit: ObservedUnit): number {
  return Number(unit.labels[labelKeys.attempt] ?? 0);
}

function parseParams(text: string | undefined): Params {
  if (!text) return {};
  try {
    const value = JSON.parse(text) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Params)
      : {};
  } catch {
    return {};
  }
}

/** How status shows a run (and each step of a pipeline run). */
export function summarize(run: RunView): RunSummary {
  return {
    id: run.id,
    trigger: run.trigger,
    scheduledAt: new Date(run.scheduledAt).toISOString(),
    params: run.params,
    ...timing(run),
    ...(run.steps.length > 0
      ? {
          steps: run.steps.map((step) => ({
            name: step.name,
            dependsOn: step.dependsOn,
            ...timing(step),
          })),
        }
      : {}),
  };
}

type Timed = Pick<
  RunView,
  'state' | 'reason' | 'message' | 'attempts' | 'exitCode' | 'startedAt' | 'finishedAt'
>;

function timing(of: Timed) {
  const last = of.attempts[of.attempts.length - 1];
  const iso = (at: number | undefined) =>
    at === undefined ? undefined : new Date(at).toISOString();
  return {
    state: of.state,
    reason: of.reason,
    message: of.message,
    attempts: of.attempts.length,
    exitCode: of.exitCode,
    startedAt: iso(of.startedAt),
    finishedAt: iso(of.finishedAt),
    // A run shorter than the engine's clocks agree on (its start inspected, its end seen on the
    // event stream) would read a few ms below zero.
    durationMs:
      of.startedAt !== undefined && of.finishedAt !== undefined && of.attempts.length > 0
        ? Math.max(of.finishedAt - of.startedAt, 0)
        : undefined,
    unitId: last?.id,
  };
}
