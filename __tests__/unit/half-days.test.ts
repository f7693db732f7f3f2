import { halfDaysOf } from '../../domain/half-days';

const summary = (start: string, end: string, zone = 'Europe/Paris') =>
  halfDaysOf(new Date(start), new Date(end), zone).map((h) => `${h.day} ${h.part} ${h.startAt.toISOString().slice(11, 16)}-${h.endAt.toISOString().slice(11, 16)}`);

describe('the half-days of a sign-in sheet (#10 §3), split at 13:00 in the event’s zone', () => {
  it('gives a morning and an afternoon to a day-long event', () => {
    // 09:00–17:00 in Paris (UTC+1 in March).
    expect(summary('2027-03-03T08:00:00Z', '2027-03-03T16:00:00Z')).toEqual(['2027-03-03 MORNING 08:00-12:00', '2027-03-03 AFTERNOON 12:00-16:00']);
  });

  it('gives one half-day to a morning or an afternoon event, and ending at 13:00 sharp stays a morning', () => {
    expect(summary('2027-03-03T08:00:00Z', '2027-03-03T12:00:00Z')).toEqual(['2027-03-03 MORNING 08:00-12:00']);
    expect(summary('2027-03-03T13:00:00Z', '2027-03-03T16:00:00Z')).toEqual(['2027-03-03 AFTERNOON 13:00-16:00']);
  });

  it('splits in the event’s zone, not in UTC nor in the server’s', () => {
    // 10:00–15:00 in Toronto (UTC−5) is 15:00–20:00 UTC: the split is at 13:00 Toronto, 18:00 UTC.
    expect(summary('2027-03-03T15:00:00Z', '2027-03-03T20:00:00Z', 'America/Toronto')).toEqual([
      '2027-03-03 MORNING 15:00-18:00',
      '2027-03-03 AFTERNOON 18:00-20:00',
    ]);
  });

  it('gives four half-days to a two-day event, by local day (midnight in Paris is 23:00 UTC)', () => {
    expect(summary('2027-03-03T08:00:00Z', '2027-03-04T16:00:00Z')).toEqual([
      '2027-03-03 MORNING 08:00-12:00',
      '2027-03-03 AFTERNOON 12:00-23:00',
      '2027-03-04 MORNING 23:00-12:00',
      '2027-03-04 AFTERNOON 12:00-16:00',
    ]);
  });
});
