// When a scheduled Job fires (SPEC §1.3): cron-parser reads the expression; berth maps its wall-
// clock times onto instants in the Job's time zone itself, so daylight-saving changes behave as
// people expect: a time that does not exist that day (the clock jumps over it) fires once at the
// first minute after the jump, and a time that happens twice fires once, the first time.
import { CronExpressionParser } from 'cron-parser';

const minute = 60_000;

export interface Schedule {
  /** the first fire time strictly after `after` (epoch ms) */
  next(after: number): number;
  /** fire times in (from, to], oldest first: the newest `keep` of them, and how many there were */
  between(from: number, to: number, keep: number): { fires: number[]; count: number };
}

export function createSchedule(expression: string, timeZone: string): Schedule {
  const wall = wallClock(timeZone);
  /** real instants of the expression's wall-clock times from a little before `after` */
  function* instants(after: number): Generator<number> {
    // The expression's wall-clock times are walked in UTC (no DST) and mapped onto instants.
    const times = CronExpressionParser.parse(expression, {
      currentDate: new Date(wall.of(after) - 3 * 60 * minute),
      tz: 'UTC',
    });
    let last = -Infinity;
    for (;;) {
      const instant = wall.firstInstant(times.next().getTime());
      // A gap maps several wall-clock times onto its first minute: that fires once.
      if (instant > after && instant > last) yield instant;
      last = Math.max(last, instant);
    }
  }
  // A Job asks for the first fire after the same instant (its last run) at every pass: the
  // answers are kept, a few per schedule (schedules are shared by the Jobs that use them).
  // Fires fall on whole minutes, so the first fire after any instant of a minute is the same:
  // Jobs first seen in the same minute share one answer.
  const known = new Map<number, number>();
  const next = (after: number): number => {
    const key = Math.floor(after / minute) * minute;
    const found = known.get(key);
    if (found !== undefined) return found;
    const first = instants(key).next();
    if (first.done) throw new Error(`schedule "${expression}" never fires`);
    if (known.size >= 1024) known.delete(known.keys().next().value ?? key);
    known.set(key, first.value);
    return first.value;
  };
  return {
    next,
    between(from, to, keep) {
      // Nothing fires before the first fire after `from`: the common case needs no walk.
      if (to < next(from)) return { fires: [], count: 0 };
      const fires: number[] = [];
      let count = 0;
      for (const instant of instants(from)) {
        if (instant > to) break;
        count += 1;
        fires.push(instant);
        if (fires.length > keep) fires.shift();
      }
      return { fires, count };
    },
  };
}

interface WallClock {
  /** the local wall-clock time of an instant, written as if it were UTC (epoch ms) */
  of(instant: number): number;
  /** the first instant whose wall-clock time is `local`, or the first after a jump over it */
  firstInstant(local: number): number;
}

function wallClock(timeZone: string): WallClock {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  const of = (instant: number): number => {
    const parts: Record<string, number> = {};
    for (const part of format.formatToParts(instant)) parts[part.type] = Number(part.value);
    const { year = 0, month = 1, day = 1, hour = 0, minute: min = 0 } = parts;
    return Date.UTC(year, month - 1, day, hour, min);
  };
  const offset = (instant: number) => of(instant) - Math.floor(instant / minute) * minute;
  return {
    of,
    firstInstant(local) {
      // The offsets in force half a day either side cover any single DST change.
      const candidates = [offset(local - 12 * 60 * minute), offset(local + 12 * 60 * minute)]
        .map((o) => local - o)
        .filter((instant) => of(instant) === local)
        .sort((a, b) => a - b);
      const first = candidates[0];
      if (first !== undefined) return first;
      // In a gap: the first minute whose wall-clock time is later than `local` (the jump).
      let low = local - offset(local - 12 * 60 * minute) - 120 * minute;
      let high = local - offset(local - 12 * 60 * minute) + 120 * minute;
      while (high - low > minute) {
        const mid = low + Math.floor((high - low) / minute / 2) * minute;
        if (of(mid) > local) high = mid;
        else low = mid;
      }
      return high;
    },
  };
}
