import { DateTime } from 'luxon';
import { Weekday } from '../../entities/enums';
import { DomainError } from '../../domain/errors';
import { MAX_REPEAT_COPIES, MAX_REPEAT_WEEKS, Occurrence, repeatOccurrences, RepeatRule } from '../../domain/recurrence';

const { MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY } = Weekday;
const ALL_DAYS = [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY];
const PARIS = 'Europe/Paris';
const MONTREAL = 'America/Montreal';

const event = (startAt: string, endAt: string): Occurrence => ({ startAt: new Date(startAt), endAt: new Date(endAt) });
const iso = (copies: Occurrence[]) => copies.map((c) => [c.startAt.toISOString(), c.endAt.toISOString()]);
const local = (date: Date, zone: string) => DateTime.fromJSDate(date, { zone }).toFormat("ccc yyyy-MM-dd'T'HH:mm");

// Monday 2026-03-02, 09:00–12:00 in Paris (CET, UTC+1): 08:00Z–11:00Z.
const MONDAY_EVENT = event('2026-03-02T08:00:00Z', '2026-03-02T11:00:00Z');

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('expected a refusal, got copies');
}

function expectRefused(rule: RepeatRule, field: string, reason: string, source = MONDAY_EVENT, zone = PARIS) {
  expect(refusal(() => repeatOccurrences(source, zone, rule))).toMatchObject({ kind: 'BAD_USER_INPUT', field, reason });
}

describe('R5 — which days get a copy', () => {
  it('a Monday event repeated on Mondays for 2 weeks gets exactly 2 copies, a week apart', () => {
    expect(iso(repeatOccurrences(MONDAY_EVENT, PARIS, { weekdays: [MONDAY], weeks: 2 }))).toEqual([
      ['2026-03-09T08:00:00.000Z', '2026-03-09T11:00:00.000Z'],
      ['2026-03-16T08:00:00.000Z', '2026-03-16T11:00:00.000Z'],
    ]);
  });

  it('copies onto several weekdays, in date order, up to and including day 7 × weeks', () => {
    const copies = repeatOccurrences(MONDAY_EVENT, PARIS, { weekdays: [FRIDAY, MONDAY, WEDNESDAY], weeks: 1 });
    expect(copies.map((c) => local(c.startAt, PARIS))).toEqual([
      'Wed 2026-03-04T09:00',
      'Fri 2026-03-06T09:00',
      'Mon 2026-03-09T09:00',
    ]);
    // A weekday listed twice still gives one copy per day.
    expect(repeatOccurrences(MONDAY_EVENT, PARIS, { weekdays: [FRIDAY, FRIDAY], weeks: 2 })).toHaveLength(2);
  });

  it("copies only onto days after the event's own day (never the event's day, never earlier in its week)", () => {
    // Wednesday 2026-03-04 09:00 Paris; Monday and Wednesday of that week are not copied.
    const wednesday = event('2026-03-04T08:00:00Z', '2026-03-04T11:00:00Z');
    const copies = repeatOccurrences(wednesday, PARIS, { weekdays: [MONDAY, WEDNESDAY], weeks: 1 });
    expect(copies.map((c) => local(c.startAt, PARIS))).toEqual(['Mon 2026-03-09T09:00', 'Wed 2026-03-11T09:00']);
    expect(copies.every((c) => c.startAt > wednesday.startAt)).toBe(true);
  });

  it('until is inclusive: a copy on the until day is made, none after it', () => {
    const upToThursday = repeatOccurrences(MONDAY_EVENT, PARIS, { weekdays: [THURSDAY], until: '2026-03-12' });
    expect(upToThursday.map((c) => local(c.startAt, PARIS))).toEqual(['Thu 2026-03-05T09:00', 'Thu 2026-03-12T09:00']);
    const upToWednesday = repeatOccurrences(MONDAY_EVENT, PARIS, { weekdays: [THURSDAY], until: '2026-03-11' });
    expect(upToWednesday.map((c) => local(c.startAt, PARIS))).toEqual(['Thu 2026-03-05T09:00']);
    // The day after the event is the first allowed until.
    expect(repeatOccurrences(MONDAY_EVENT, PARIS, { weekdays: [TUESDAY], until: '2026-03-03' })).toHaveLength(1);
  });

  it('weekdays and until are read in the event time zone, not in UTC', () => {
    // Monday 2026-03-02 22:00 in Montreal (EST, UTC−5) is already Tuesday 03:00 in UTC.
    const lateMonday = event('2026-03-03T03:00:00Z', '2026-03-03T04:00:00Z');
    // Tuesday 03-03 is the day after the event's local day, so it is a valid until and gets a copy.
    expect(iso(repeatOccurrences(lateMonday, MONTREAL, { weekdays: [TUESDAY], until: '2026-03-03' }))).toEqual([
      ['2026-03-04T03:00:00.000Z', '2026-03-04T04:00:00.000Z'],
    ]);
    // The next local Monday is 03-09, after the 03-08 DST change (EDT, UTC−4): 22:00 local is 02:00Z.
    expect(iso(repeatOccurrences(lateMonday, MONTREAL, { weekdays: [MONDAY], until: '2026-03-09' }))).toEqual([
      ['2026-03-10T02:00:00.000Z', '2026-03-10T03:00:00.000Z'],
    ]);
  });

  it(`accepts the bounds themselves: weeks 1 and ${MAX_REPEAT_WEEKS}, exactly ${MAX_REPEAT_COPIES} copies`, () => {
    expect(repeatOccurrences(MONDAY_EVENT, PARIS, { weekdays: [MONDAY], weeks: 1 })).toHaveLength(1);
    expect(repeatOccurrences(MONDAY_EVENT, PARIS, { weekdays: [MONDAY], weeks: MAX_REPEAT_WEEKS })).toHaveLength(MAX_REPEAT_WEEKS);
    // Every day from the day after the event up to event day + 200 days: 200 copies.
    const until = DateTime.fromISO('2026-03-02', { zone: PARIS }).plus({ days: MAX_REPEAT_COPIES }).toISODate()!;
    expect(repeatOccurrences(MONDAY_EVENT, PARIS, { weekdays: ALL_DAYS, until })).toHaveLength(MAX_REPEAT_COPIES);
  });
});

describe('R5 — copies keep the local wall-clock times across DST changes', () => {
  it('Paris, spring forward (2026-03-29): 09:00 stays 09:00, i.e. 07:00Z after the change instead of 08:00Z', () => {
    // Monday 2026-03-23 09:00–12:00 CET.
    const source = event('2026-03-23T08:00:00Z', '2026-03-23T11:00:00Z');
    const copies = repeatOccurrences(source, PARIS, { weekdays: [MONDAY], weeks: 2 });
    expect(iso(copies)).toEqual([
      ['2026-03-30T07:00:00.000Z', '2026-03-30T10:00:00.000Z'],
      ['2026-04-06T07:00:00.000Z', '2026-04-06T10:00:00.000Z'],
    ]);
    expect(copies.map((c) => [local(c.startAt, PARIS), local(c.endAt, PARIS)])).toEqual([
      ['Mon 2026-03-30T09:00', 'Mon 2026-03-30T12:00'],
      ['Mon 2026-04-06T09:00', 'Mon 2026-04-06T12:00'],
    ]);
  });

  it('Paris, fall back (2026-10-25): 09:00 CEST (07:00Z) becomes 09:00 CET (08:00Z)', () => {
    // Monday 2026-10-19 09:00–12:00 CEST.
    const source = event('2026-10-19T07:00:00Z', '2026-10-19T10:00:00Z');
    expect(iso(repeatOccurrences(source, PARIS, { weekdays: [MONDAY], weeks: 2 }))).toEqual([
      ['2026-10-26T08:00:00.000Z', '2026-10-26T11:00:00.000Z'],
      ['2026-11-02T08:00:00.000Z', '2026-11-02T11:00:00.000Z'],
    ]);
  });

  it('America/Montreal (DST starts 2026-03-08): 09:00 EST (14:00Z) stays 09:00 EDT (13:00Z)', () => {
    // Monday 2026-03-02 09:00–12:00 EST.
    const source = event('2026-03-02T14:00:00Z', '2026-03-02T17:00:00Z');
    const copies = repeatOccurrences(source, MONTREAL, { weekdays: [MONDAY], weeks: 2 });
    expect(iso(copies)).toEqual([
      ['2026-03-09T13:00:00.000Z', '2026-03-09T16:00:00.000Z'],
      ['2026-03-16T13:00:00.000Z', '2026-03-16T16:00:00.000Z'],
    ]);
    // The same instants read in Paris would not be 09:00 local: the zone given is the one that counts.
    expect(iso(repeatOccurrences(source, PARIS, { weekdays: [MONDAY], weeks: 2 }))).toEqual([
      ['2026-03-09T14:00:00.000Z', '2026-03-09T17:00:00.000Z'],
      ['2026-03-16T14:00:00.000Z', '2026-03-16T17:00:00.000Z'],
    ]);
  });

  it('an event crossing midnight keeps its local start and end times', () => {
    // Saturday 2026-03-21 23:00 → Sunday 01:00 CET.
    const night = event('2026-03-21T22:00:00Z', '2026-03-22T00:00:00Z');
    const copies = repeatOccurrences(night, PARIS, { weekdays: [SATURDAY], weeks: 2 });
    expect(copies.map((c) => [local(c.startAt, PARIS), local(c.endAt, PARIS)])).toEqual([
      ['Sat 2026-03-28T23:00', 'Sun 2026-03-29T01:00'],
      ['Sat 2026-04-04T23:00', 'Sun 2026-04-05T01:00'],
    ]);
    expect(iso(copies)[1]).toEqual(['2026-04-04T21:00:00.000Z', '2026-04-04T23:00:00.000Z']);
  });

  it('a night event across the DST change itself keeps its local times (22:00 → 04:00), one real hour shorter', () => {
    // Saturday 2026-03-21 22:00 → Sunday 04:00 CET: 6 hours.
    const night = event('2026-03-21T21:00:00Z', '2026-03-22T03:00:00Z');
    const [copy] = repeatOccurrences(night, PARIS, { weekdays: [SATURDAY], weeks: 1 });
    expect([local(copy.startAt, PARIS), local(copy.endAt, PARIS)]).toEqual(['Sat 2026-03-28T22:00', 'Sun 2026-03-29T04:00']);
    expect(copy.endAt.getTime() - copy.startAt.getTime()).toBe(5 * 3600_000);
  });

  it('does not depend on the process time zone', () => {
    const saved = process.env.TZ;
    const run = () => iso(repeatOccurrences(event('2026-03-23T08:00:00Z', '2026-03-23T11:00:00Z'), PARIS, { weekdays: [MONDAY, SUNDAY], until: '2026-04-06' }));
    try {
      const results = ['UTC', 'America/New_York', 'Pacific/Kiritimati', 'Asia/Kolkata'].map((tz) => {
        process.env.TZ = tz;
        return run();
      });
      for (const result of results) expect(result).toEqual(results[0]);
      expect(results[0].map(([start]) => start)).toEqual([
        '2026-03-29T07:00:00.000Z',
        '2026-03-30T07:00:00.000Z',
        '2026-04-05T07:00:00.000Z',
        '2026-04-06T07:00:00.000Z',
      ]);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('R5 — refusals name the field at fault', () => {
  it('at least one weekday', () => {
    expectRefused({ weekdays: [], weeks: 2 }, 'weekdays', 'WEEKDAY_REQUIRED');
  });

  it('either until or weeks: not both, not neither', () => {
    expectRefused({ weekdays: [MONDAY], until: '2026-03-16', weeks: 2 }, 'until', 'UNTIL_OR_WEEKS');
    expectRefused({ weekdays: [MONDAY] }, 'until', 'UNTIL_OR_WEEKS');
    expectRefused({ weekdays: [MONDAY], until: null, weeks: null }, 'until', 'UNTIL_OR_WEEKS');
  });

  it.each([0, -1, MAX_REPEAT_WEEKS + 1, 1.5])('weeks %p is out of range', (weeks) => {
    expectRefused({ weekdays: [MONDAY], weeks }, 'weeks', 'WEEKS_OUT_OF_RANGE');
  });

  it("until before or on the event's day", () => {
    expectRefused({ weekdays: [MONDAY], until: '2026-03-01' }, 'until', 'UNTIL_BEFORE_EVENT');
    expectRefused({ weekdays: [MONDAY], until: '2026-03-02' }, 'until', 'UNTIL_BEFORE_EVENT');
    // Montreal Monday 22:00 is Tuesday in UTC, but its own day is Monday 03-02: until 03-02 is refused.
    const lateMonday = event('2026-03-03T03:00:00Z', '2026-03-03T04:00:00Z');
    expectRefused({ weekdays: [MONDAY], until: '2026-03-02' }, 'until', 'UNTIL_BEFORE_EVENT', lateMonday, MONTREAL);
  });

  it.each(['2026-3-16', '2026-02-30', '16/03/2026', 'next monday', '2026-03-16T00:00', ''])('malformed until %p', (until) => {
    expectRefused({ weekdays: [MONDAY], until }, 'until', 'BAD_DATE');
  });

  it(`more than ${MAX_REPEAT_COPIES} copies`, () => {
    // Every day for two years.
    expectRefused({ weekdays: ALL_DAYS, until: '2028-03-02' }, 'until', 'TOO_MANY_COPIES');
    // One day past the exact bound.
    const until = DateTime.fromISO('2026-03-02', { zone: PARIS }).plus({ days: MAX_REPEAT_COPIES + 1 }).toISODate()!;
    expectRefused({ weekdays: ALL_DAYS, until }, 'until', 'TOO_MANY_COPIES');
    // Every day for 52 weeks: 364 copies.
    expectRefused({ weekdays: ALL_DAYS, weeks: MAX_REPEAT_WEEKS }, 'weeks', 'TOO_MANY_COPIES');
  });
});

describe('#6 §10 — never past the date range (years 1900–2199)', () => {
  // Friday 2199-12-20, 09:00–10:00 in Paris.
  const LATE_FRIDAY = event('2199-12-20T08:00:00Z', '2199-12-20T09:00:00Z');

  it('an until outside the range is refused before anything is computed', () => {
    for (const until of ['0000-01-01', '1899-12-31', '2200-01-01', '9999-12-31'])
      expectRefused({ weekdays: [MONDAY], until }, 'until', 'DATE_OUT_OF_RANGE');
  });

  it('copies up to the last day of the range are made; one more week is refused', () => {
    expect(iso(repeatOccurrences(LATE_FRIDAY, PARIS, { weekdays: [FRIDAY], until: '2199-12-31' }))).toEqual([
      ['2199-12-27T08:00:00.000Z', '2199-12-27T09:00:00.000Z'],
    ]);
    expectRefused({ weekdays: [FRIDAY], weeks: 2 }, 'weeks', 'DATE_OUT_OF_RANGE', LATE_FRIDAY);
  });

  it('a copy on 2199-12-31 that ends in 2200 in UTC is refused', () => {
    // Tuesday 2199-12-24, 20:00–21:00 in Montreal, i.e. 01:00Z–02:00Z the next day.
    const lateEvening = event('2199-12-25T01:00:00Z', '2199-12-25T02:00:00Z');
    expectRefused({ weekdays: [TUESDAY], until: '2199-12-31' }, 'until', 'DATE_OUT_OF_RANGE', lateEvening, MONTREAL);
  });
});
