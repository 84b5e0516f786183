// Job checks beyond the schema (SPEC §1.3): schedule and time zone, fields that only mean
// something with a schedule, the parameter grid or sets and the number of runs they make, and
// a pipeline's steps (pipeline-checks.ts).
import { checkPipeline } from './pipeline-checks.js';
import type { Finding } from './problem.js';
import type { Job } from './types.generated.js';

export const maxGridRuns = 1000;

/** The schedule and time-zone checks, memoized per revision by the caller. */
export interface ScheduleChecks {
  scheduleProblem: (schedule: string) => string | undefined;
  timeZoneProblem: (timeZone: string) => string | undefined;
}

export function checkJob(
  spec: Job['spec'],
  { scheduleProblem, timeZoneProblem }: ScheduleChecks,
): Finding[] {
  const findings: Finding[] = [];
  const schedule = spec.schedule === undefined ? undefined : scheduleProblem(spec.schedule);
  if (schedule) findings.push({ path: ['spec', 'schedule'], message: schedule });
  const zone = spec.timeZone === undefined ? undefined : timeZoneProblem(spec.timeZone);
  if (zone) findings.push({ path: ['spec', 'timeZone'], message: zone });
  if (spec.schedule === undefined) findings.push(...scheduleOnly(spec));
  findings.push(...checkParameters(spec));
  findings.push(...checkPipeline(spec));
  return findings;
}

function scheduleOnly(spec: Job['spec']): Finding[] {
  const present: string[] = [];
  if (spec.startingDeadlineSeconds !== undefined) present.push('startingDeadlineSeconds');
  if (spec.suspend === true) present.push('suspend');
  if (spec.timeZone !== undefined && spec.timeZone !== 'UTC') present.push('timeZone');
  return present.map((field) => ({
    path: ['spec', field],
    message: `${field} only applies to scheduled runs, and this Job has no schedule; add a schedule or remove ${field}`,
  }));
}

function checkParameters(spec: Job['spec']): Finding[] {
  const findings: Finding[] = [];
  const parameters = spec.parameters ?? {};
  const sets = spec.parameterSets;
  if (sets !== undefined && spec.parameters !== undefined) {
    findings.push({
      path: ['spec', 'parameterSets'],
      at: 'key',
      message:
        'parameterSets and parameters both choose the runs; keep parameterSets (exactly those combinations) or parameters (every combination of the grid)',
    });
  }
  findings.push(...envCollisions(Object.keys(parameters), ['spec', 'parameters'], 'PARAM_'));
  for (const [i, step] of (spec.steps ?? []).entries()) {
    const names = Object.keys(step.parameters ?? {});
    findings.push(...envCollisions(names, ['spec', 'steps', i, 'parameters'], 'STEP_PARAM_'));
  }
  const keys = new Map<string, number>();
  for (const [i, set] of (sets ?? []).entries()) {
    findings.push(...envCollisions(Object.keys(set), ['spec', 'parameterSets', i], 'PARAM_'));
    const key = JSON.stringify(Object.entries(set).sort(([a], [b]) => (a < b ? -1 : 1)));
    const first = keys.get(key);
    if (first !== undefined) {
      findings.push({
        path: ['spec', 'parameterSets', i],
        message: `parameterSets[${i}] repeats parameterSets[${first}]; each set is one run, list it once`,
      });
    } else keys.set(key, i);
  }
  // Each trigger runs every job combination with every combination of the steps' own grids.
  const counts = [
    ...(sets ? [sets.length] : Object.values(parameters).map((values) => values?.length ?? 0)),
    ...(spec.steps ?? []).flatMap((step) =>
      Object.values(step.parameters ?? {}).map((values) => values?.length ?? 0),
    ),
  ];
  const runs = counts.reduce((product, n) => product * n, 1);
  if (runs > maxGridRuns) {
    findings.push({
      path: ['spec', sets ? 'parameterSets' : 'parameters'],
      message: `the parameters make ${runs} combinations (${counts.join(' × ')}), over the limit of ${maxGridRuns} runs per trigger; remove values or split the Job`,
    });
  }
  return findings;
}

/** Two parameter names that become the same variable (`PARAM_X`, `STEP_PARAM_X`). */
function envCollisions(names: readonly string[], path: Finding['path'], prefix: string): Finding[] {
  const findings: Finding[] = [];
  const envNames = new Map<string, string>();
  for (const name of names) {
    const env = `${prefix}${name.toUpperCase()}`;
    const other = envNames.get(env);
    if (other !== undefined) {
      findings.push({
        path: [...path, name],
        at: 'key',
        message: `${prefix === 'PARAM_' ? '' : 'step '}parameters "${other}" and "${name}" both become ${env}; rename one of them`,
      });
    }
    envNames.set(env, name);
  }
  return findings;
}
