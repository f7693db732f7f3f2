import { EventStatus } from '../../entities/enums';
import { hasEnded, statusAt } from '../../domain/status';

const start = new Date('2026-03-10T08:00:00Z');
const end = new Date('2026-03-10T11:00:00Z');
const at = (instant: string) => new Date(instant);

describe('R4 — status derived from the dates and now', () => {
  it.each([
    ['long before the start', '2026-03-01T00:00:00.000Z', EventStatus.UPCOMING],
    ['1 ms before the start', '2026-03-10T07:59:59.999Z', EventStatus.UPCOMING],
    ['at the start (start == now)', '2026-03-10T08:00:00.000Z', EventStatus.ONGOING],
    ['between start and end', '2026-03-10T09:30:00.000Z', EventStatus.ONGOING],
    ['1 ms before the end', '2026-03-10T10:59:59.999Z', EventStatus.ONGOING],
    ['at the end (end == now)', '2026-03-10T11:00:00.000Z', EventStatus.ENDED],
    ['after the end', '2026-03-11T00:00:00.000Z', EventStatus.ENDED],
  ])('%s → %s', (_label, now, expected) => {
    expect(statusAt(start, end, at(now))).toBe(expected);
  });

  it('an event of zero length is ENDED at its instant and UPCOMING just before', () => {
    expect(statusAt(start, start, start)).toBe(EventStatus.ENDED);
    expect(statusAt(start, start, at('2026-03-10T07:59:59.999Z'))).toBe(EventStatus.UPCOMING);
  });

  it('hasEnded agrees with ENDED at the boundary', () => {
    expect(hasEnded(end, at('2026-03-10T10:59:59.999Z'))).toBe(false);
    expect(hasEnded(end, end)).toBe(true);
    expect(hasEnded(end, at('2026-03-10T11:00:00.001Z'))).toBe(true);
  });

  it('does not keep a reference to now: the same dates give a new status when the clock moves', () => {
    const now = at('2026-03-10T07:00:00Z');
    expect(statusAt(start, end, now)).toBe(EventStatus.UPCOMING);
    now.setTime(at('2026-03-10T12:00:00Z').getTime());
    expect(statusAt(start, end, now)).toBe(EventStatus.ENDED);
  });
});
