import { AttendanceStatus } from '../../entities';
import { AttendanceOutcomeKind, outcomeOf } from '../../domain/attendance-outcome';

const event = (eventId: number, start: string, end: string, status: AttendanceStatus) => ({
  eventId,
  name: `Séance ${eventId}`,
  startAt: new Date(start),
  endAt: new Date(end),
  status,
});

it('adds up the hours scheduled and those attended as PRESENT', () => {
  const outcome = outcomeOf(7, [
    event(1, '2026-12-01T08:00:00Z', '2026-12-01T11:30:00Z', AttendanceStatus.PRESENT),
    event(2, '2026-12-01T12:30:00Z', '2026-12-01T16:00:00Z', AttendanceStatus.ABSENT_EXCUSED),
  ]);
  expect(outcome).toMatchObject({ userId: 7, scheduledHours: 7, attendedHours: 3.5, outcome: AttendanceOutcomeKind.PARTIAL });
});

it('is FULL when present at every event, NONE when at none or with nothing scheduled', () => {
  const present = event(1, '2026-12-01T08:00:00Z', '2026-12-01T08:20:00Z', AttendanceStatus.PRESENT);
  expect(outcomeOf(1, [present, { ...present, eventId: 2 }, { ...present, eventId: 3 }])).toMatchObject({
    attendedHours: 1,
    outcome: AttendanceOutcomeKind.FULL,
  });
  expect(outcomeOf(1, [{ ...present, status: AttendanceStatus.UNKNOWN }]).outcome).toBe(AttendanceOutcomeKind.NONE);
  expect(outcomeOf(1, [])).toMatchObject({ scheduledHours: 0, attendedHours: 0, outcome: AttendanceOutcomeKind.NONE });
});
