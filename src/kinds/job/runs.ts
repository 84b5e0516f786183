// A Job's runs as the engine holds them: each attempt is a unit labelled with its run and attempt
// number, so a restarted berth reads the whole history back (SPEC §4.1, §4.4). Pure.
import { labelKeys } from '../../engine/labels.js';
import type { ObservedUnit } from '../../engine/types.js';
import type { RunSummary } from '../../reconcile/status.js';
import type { Params, RunRef, Trigger } from './desired.js';

export type RunState = RunSummary['state'];

export interface RunView extends RunRef {
  specHash: string;
  /** attempts, oldest first (none for a skipped run) */
  attempts: ObservedUnit[];
  /** every unit of the run (attempts and a skip record) */
  units: ObservedUnit[];
  state: RunState;
  reason: string | undefined;
  message: string;
  exitCode: number | undefined;
  startedAt: number | undefined;
  finishedAt: number | undefined;
  /** when the next attempt is due (a failed attempt with retries left) */
  retryAt: number | undefined;
  /** when a running run is stopped (activeDeadlineSeconds) */
  deadlineAt: number | undefined;
}

export interface RunRules {
  backoffLimit: number;
  activeDeadlineMs: number | undefined;
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
    .sort((a, b) => attemptOf(a) - attemptOf(b));
  const last = attempts[attempts.length - 1];
  const skipped = units.find((u) => u.labels[labelKeys.skipped] !== undefined);
  const startedAt =
    attempts.length === 0
      ? undefined
      : Math.min(...attempts.map((u) => (u.startedAt ?? u.createdAt).getTime()));
  const finishedAt =
    skipped !== undefined
      ? scheduledAt
      : last && !active.has(last.status)
        ? (last.finishedAt ?? last.createdAt).getTime()
        : undefined;
  const deadlineAt =
    rules.activeDeadlineMs === undefined || startedAt === undefined
      ? undefined
      : startedAt + rules.activeDeadlineMs;
  const verdict: Verdict = skipped
    ? skipVerdict(skipped.labels[labelKeys.skipped] ?? '')
    : judge(attempts, rules, finishedAt ?? 0, deadlineAt);
  return {
    id,
    trigger: (labels[labelKeys.trigger] ?? 'manual') as Trigger,
    scheduledAt,
    params: parseParams(labels[labelKeys.params]),
    specHash: units[0]?.specHash ?? '',
    units,
    attempts,
    state: verdict.state,
    reason: verdict.reason,
    message: verdict.message,
    exitCode: verdict.exitCode,
    startedAt,
    finishedAt,
    retryAt: verdict.retryAt,
    deadlineAt,
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
      const message = `exited with code ${exitCode}; its deadline comes before the next retry (${tries})`;
      return { state: 'Failed', reason: 'DeadlineExceeded', message, exitCode };
    }
    const message = `attempt ${n} exited with code ${exitCode}; attempt ${n + 1} after ${Math.round(delay / 1000)} s`;
    return { state: 'Pending', message, exitCode, retryAt };
  }
  const message = `failed ${tries} (backoffLimit ${rules.backoffLimit}); last exit code ${exitCode}`;
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

/** How status shows a run. */
export function summarize(run: RunView): RunSummary {
  const last = run.attempts[run.attempts.length - 1];
  return {
    id: run.id,
    trigger: run.trigger,
    scheduledAt: new Date(run.scheduledAt).toISOString(),
    params: run.params,
    state: run.state,
    reason: run.reason,
    message: run.message,
    attempts: run.attempts.length,
    exitCode: run.exitCode,
    startedAt: run.startedAt === undefined ? undefined : new Date(run.startedAt).toISOString(),
    finishedAt: run.finishedAt === undefined ? undefined : new Date(run.finishedAt).toISOString(),
    durationMs:
      run.startedAt !== undefined && run.finishedAt !== undefined && run.attempts.length > 0
        ? run.finishedAt - run.startedAt
        : undefined,
    unitId: last?.id,
  };
}
