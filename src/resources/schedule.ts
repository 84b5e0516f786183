// Checks of a Job's schedule and time zone (SPEC §1.3): 5-field cron at minute granularity or
// one of the listed macros, and an IANA time zone.
import { CronExpressionParser } from 'cron-parser';
import { didYouMean, lowerFirst } from './words.js';

export const scheduleMacros = [
  '@hourly',
  '@daily',
  '@midnight',
  '@weekly',
  '@monthly',
  '@yearly',
  '@annually',
] as const;

const fieldNames = 'minute hour day-of-month month day-of-week';
const example = 'e.g. "0 2 * * *" for 02:00 every day';

/** What is wrong with a schedule, or undefined when berth can run it. */
export function scheduleProblem(schedule: string): string | undefined {
  const text = schedule.trim();
  if (text.startsWith('@')) {
    if ((scheduleMacros as readonly string[]).includes(text)) return undefined;
    return `schedule "${text}" is not supported; use a 5-field cron expression (${fieldNames}) or one of ${scheduleMacros.join(' ')}${didYouMean(text, scheduleMacros)}`;
  }
  const fields = text.split(/\s+/);
  if (fields.length === 6) {
    return `schedule "${text}" has 6 fields, but berth schedules have minute granularity: remove the seconds field and keep 5 (${fieldNames})`;
  }
  if (fields.length !== 5) {
    return `schedule "${text}" has ${fields.length} field${fields.length === 1 ? '' : 's'}; a cron expression has 5 (${fieldNames}), ${example}`;
  }
  if (fields.some((field) => /(^|[^a-z])h([^a-z]|$)/i.test(field))) {
    return `schedule "${text}" uses H (a hashed, random time); berth needs fixed times: write the minute or hour as a number`;
  }
  try {
    CronExpressionParser.parse(text);
    return undefined;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return `schedule "${text}" is not a valid cron expression (${lowerFirst(reason)}); use 5 fields (${fieldNames}), ${example}`;
  }
}

/** What is wrong with a time zone name, or undefined when it is a known IANA zone. */
export function timeZoneProblem(timeZone: string): string | undefined {
  if (/^[A-Za-z][-A-Za-z0-9_+]*(\/[-A-Za-z0-9_+]+)*$/.test(timeZone) && isKnownTimeZone(timeZone))
    return undefined;
  const hint = didYouMean(timeZone, ['UTC', ...Intl.supportedValuesOf('timeZone')]);
  return `unknown time zone "${timeZone}"; use an IANA time zone such as Europe/Berlin, America/New_York or UTC${hint}`;
}

function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch (error) {
    if (error instanceof RangeError) return false;
    throw error;
  }
}
