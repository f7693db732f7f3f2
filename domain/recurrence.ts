import { DateTime } from 'luxon';
import { Weekday } from '../entities/enums';
import { badInput } from './errors';
import { ErrorReason } from './error-reasons';
import { assertInDateRange, assertLocalDateInRange } from './date-range';

/** R5 bounds: one request makes at most this many copies, over at most this many weeks. */
export const MAX_REPEAT_COPIES = 200;
export const MAX_REPEAT_WEEKS = 52;

const ISO_WEEKDAY: Record<Weekday, number> = {
  MONDAY: 1,
  TUESDAY: 2,
  WEDNESDAY: 3,
  THURSDAY: 4,
  FRIDAY: 5,
  SATURDAY: 6,
  SUNDAY: 7,
};

export interface RepeatRule {
  weekdays: Weekday[];
  /** Last day (inclusive) as a local date YYYY-MM-DD in the event's time zone. */
  until?: string | null;
  /** Up to and including the day 7 × weeks days after the event's day. */
  weeks?: number | null;
}

export interface Occurrence {
  startAt: Date;
  endAt: Date;
}

/**
 * R5: the copies of an event on the picked weekdays after its own day, up to the bound. Computed on local
 * calendar days in `zone`, so each copy keeps the event's wall-clock times across DST changes.
 */
export function repeatOccurrences(event: Occurrence, zone: string, rule: RepeatRule): Occurrence[] {
  if (!rule.weekdays.length) throw badInput('weekdays', ErrorReason.WEEKDAY_REQUIRED, 'pick at least one weekday');
  const hasUntil = rule.until != null;
  const hasWeeks = rule.weeks != null;
  if (hasUntil === hasWeeks) throw badInput('until', ErrorReason.UNTIL_OR_WEEKS, 'give either until or weeks, not both');

  const start = DateTime.fromJSDate(event.startAt, { zone });
  const end = DateTime.fromJSDate(event.endAt, { zone });
  let lastDay: number;
  if (hasWeeks) {
    const weeks = rule.weeks!;
    if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_REPEAT_WEEKS)
      throw badInput('weeks', ErrorReason.WEEKS_OUT_OF_RANGE, `weeks must be between 1 and ${MAX_REPEAT_WEEKS}`);
    lastDay = 7 * weeks;
  } else {
    const until = DateTime.fromISO(rule.until!, { zone });
    if (!until.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(rule.until!))
      throw badInput('until', ErrorReason.BAD_DATE, 'until must be a date YYYY-MM-DD');
    assertLocalDateInRange(until, 'until');
    lastDay = Math.round(until.startOf('day').diff(start.startOf('day'), 'days').days);
    if (lastDay < 1) throw badInput('until', ErrorReason.UNTIL_BEFORE_EVENT, "until must be after the event's day");
  }

  const bound = hasWeeks ? 'weeks' : 'until';
  const wanted = new Set(rule.weekdays.map((day) => ISO_WEEKDAY[day]));
  const copies: Occurrence[] = [];
  for (let day = 1; day <= lastDay; day++) {
    const copyStart = start.plus({ days: day });
    if (!wanted.has(copyStart.weekday)) continue;
    const copy = { startAt: copyStart.toJSDate(), endAt: end.plus({ days: day }).toJSDate() };
    // #6 §10: a copy past the date range is refused, naming the bound that reached it (the end is the later one).
    assertInDateRange(copy.endAt, bound, 'every copy');
    copies.push(copy);
    if (copies.length > MAX_REPEAT_COPIES)
      throw badInput(bound, ErrorReason.TOO_MANY_COPIES, `at most ${MAX_REPEAT_COPIES} copies per request`);
  }
  return copies;
}
