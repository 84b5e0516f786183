import { describe, expect, it } from 'vitest';
import { createSchedule } from './schedule.js';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16);

function fires(schedule: string, zone: string, from: string, to: string): string[] {
  return createSchedule(schedule, zone).between(at(from), at(to), 1000).fires.map(iso);
}

describe('job schedules', () => {
  it.each([
    ['0 2 * * *', 'UTC', '2026-11-22T01:00Z', '2026-11-22T02:00'],
    ['0 2 * * *', 'UTC', '2026-11-22T02:00Z', '2026-11-23T02:00'],
    ['*/15 * * * *', 'UTC', '2026-11-22T10:07Z', '2026-11-22T10:15'],
    ['@hourly', 'UTC', '2026-11-22T10:07Z', '2026-11-22T11:00'],
    ['@daily', 'Europe/Berlin', '2026-11-22T12:00Z', '2026-11-22T23:00'],
    ['0 9 * * 1', 'America/New_York', '2026-11-22T12:00Z', '2026-11-23T14:00'],
  ])('%s in %s after %s fires at %s', (schedule, zone, after, expected) => {
    expect(iso(createSchedule(schedule, zone).next(at(after)))).toBe(expected);
  });

  it('in Europe/Berlin, a time the spring change skips fires once at the first minute after the jump', () => {
    // 2026-03-29: 02:00 CET jumps to 03:00 CEST (01:00 UTC); 02:30 does not exist that day.
    expect(fires('30 2 * * *', 'Europe/Berlin', '2026-03-27T12:00Z', '2026-03-31T12:00Z')).toEqual([
      '2026-03-28T01:30',
      '2026-03-29T01:00',
      '2026-03-30T00:30',
      '2026-03-31T00:30',
    ]);
    // A time after the jump is not disturbed, and 02:00/03:00 on the same day fire once each.
    expect(fires('0 1-4 * * *', 'Europe/Berlin', '2026-03-28T23:30Z', '2026-03-29T03:00Z')).toEqual(
      ['2026-03-29T00:00', '2026-03-29T01:00', '2026-03-29T02:00'],
    );
  });

  it('in Europe/Berlin, a time the autumn change repeats fires once, the first time', () => {
    // 2026-10-25: 03:00 CEST falls back to 02:00 CET (01:00 UTC); 02:30 happens twice.
    expect(fires('30 2 * * *', 'Europe/Berlin', '2026-10-23T12:00Z', '2026-10-26T12:00Z')).toEqual([
      '2026-10-24T00:30',
      '2026-10-25T00:30',
      '2026-10-26T01:30',
    ]);
    expect(fires('0 * * * *', 'Europe/Berlin', '2026-10-24T23:30Z', '2026-10-25T03:30Z')).toEqual([
      '2026-10-25T00:00',
      '2026-10-25T02:00',
      '2026-10-25T03:00',
    ]);
  });

  it('keeps only the newest fire times when asked for a long stretch', () => {
    const schedule = createSchedule('* * * * *', 'UTC');
    const many = schedule.between(at('2026-11-22T00:00Z'), at('2026-11-22T10:00Z'), 3);
    expect(many.count).toBe(600);
    expect(many.fires.map(iso)).toEqual([
      '2026-11-22T09:58',
      '2026-11-22T09:59',
      '2026-11-22T10:00',
    ]);
  });
});
