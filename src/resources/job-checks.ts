// Job checks beyond the schema (SPEC §1.3): schedule and time zone, fields that only mean
// something with a schedule, and the size of the parameter grid.
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
  findings.push(...checkParameters(spec.parameters ?? {}));
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

function checkParameters(parameters: NonNullable<Job['spec']['parameters']>): Finding[] {
  const findings: Finding[] = [];
  const envNames = new Map<string, string>();
  for (const name of Object.keys(parameters)) {
    const env = `PARAM_${name.toUpperCase()}`;
    const other = envNames.get(env);
    if (other !== undefined) {
      findings.push({
        path: ['spec', 'parameters', name],
        at: 'key',
        message: `parameters "${other}" and "${name}" both become ${env}; rename one of them`,
      });
    }
    envNames.set(env, name);
  }
  const counts = Object.values(parameters).map((values) => values?.length ?? 0);
  const runs = counts.reduce((product, n) => product * n, 1);
  if (runs > maxGridRuns) {
    findings.push({
      path: ['spec', 'parameters'],
      message: `the parameter grid has ${runs} combinations (${counts.join(' × ')}), over the limit of ${maxGridRuns} runs per trigger; remove values or split the Job`,
    });
  }
  return findings;
}
