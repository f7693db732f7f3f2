import { DateTime } from 'luxon';

/** Where a sign-in sheet splits a day (#10 §3), in the event's zone: lunch breaks in France end around 13:00. */
export const AFTERNOON_STARTS_AT_HOUR = 13;

export type HalfDayPart = 'MORNING' | 'AFTERNOON';

export interface HalfDay {
  part: HalfDayPart;
  /** The local day (ISO date) in the event's zone. */
  day: string;
  /** The part of the event inside this half-day. */
  startAt: Date;
  endAt: Date;
}

/**
 * The half-days an event covers in its zone (#10 §3: learners sign once per half-day): each local day from
 * its start to its end is cut at 13:00 local time, and only the pieces the event overlaps are kept. A
 * 09:00–17:00 event gives a morning and an afternoon; 14:00–17:00 only an afternoon; two days, four.
 */
export function halfDaysOf(startAt: Date, endAt: Date, zone: string): HalfDay[] {
  const start = DateTime.fromJSDate(startAt, { zone });
  const end = DateTime.fromJSDate(endAt, { zone });
  const halves: HalfDay[] = [];
  for (let day = start.startOf('day'); day < end; day = day.plus({ days: 1 }).startOf('day')) {
    const noon = day.set({ hour: AFTERNOON_STARTS_AT_HOUR });
    const next = day.plus({ days: 1 }).startOf('day');
    for (const [part, from, to] of [['MORNING', day, noon], ['AFTERNOON', noon, next]] as const) {
      const pieceStart = DateTime.max(from, start);
      const pieceEnd = DateTime.min(to, end);
      if (pieceStart < pieceEnd) halves.push({ part, day: day.toISODate()!, startAt: pieceStart.toJSDate(), endAt: pieceEnd.toJSDate() });
    }
  }
  return halves;
}
