import { describe, expect, it } from 'vitest';
import { scheduleProblem, timeZoneProblem } from './schedule.js';

describe('scheduleProblem', () => {
  it.each([
    '0 2 * * *',
    '*/15 * * * *',
    '0 12 * * MON-FRI',
    '30 6 1 * *',
    '0 0 L * *',
    '@hourly',
    '@daily',
    '@midnight',
    '@weekly',
    '@monthly',
    '@yearly',
    '@annually',
  ])('accepts %s', (schedule) => {
    expect(scheduleProblem(schedule)).toBeUndefined();
  });

  it.each([
    [
      '0 */5 * * * *',
      /^schedule "0 \*\/5 \* \* \* \*" has 6 fields, but berth schedules have minute granularity: remove the seconds field/,
    ],
    ['* * *', /^schedule "\* \* \*" has 3 fields; a cron expression has 5/],
    ['0 0 1 1 * 2030 x', /has 7 fields/],
    [
      '@reboot',
      /^schedule "@reboot" is not supported; use a 5-field cron expression .* or one of @hourly @daily/,
    ],
    ['@every 5m', /^schedule "@every 5m" is not supported/],
    ['@minutely', /^schedule "@minutely" is not supported/],
    [
      '61 * * * *',
      /^schedule "61 \* \* \* \*" is not a valid cron expression \(constraint error, got value 61 expected range 0-59\)/,
    ],
    ['0 0 31 2 *', /is not a valid cron expression/],
    ['H 2 * * *', /uses H \(a hashed, random time\)/],
  ])('rejects %s', (schedule, message) => {
    expect(scheduleProblem(schedule)).toMatch(message);
  });

  it('does not mistake day names for hashed values', () => {
    expect(scheduleProblem('0 8 * * THU')).toBeUndefined();
  });
});

describe('timeZoneProblem', () => {
  it.each(['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Etc/GMT+5'])(
    'accepts %s',
    (zone) => {
      expect(timeZoneProblem(zone)).toBeUndefined();
    },
  );

  it.each([
    ['Europe/Berln', '; did you mean "Europe/Berlin"?'],
    ['+01:00', ''],
    ['Mars/Olympus', ''],
  ])('rejects %s', (zone, hint) => {
    expect(timeZoneProblem(zone)).toBe(
      `unknown time zone "${zone}"; use an IANA time zone such as Europe/Berlin, America/New_York or UTC${hint}`,
    );
  });
});
