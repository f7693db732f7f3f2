import type { AttendanceMethod, AttendanceStatus, EventAttendancePageQuery } from '../../graphql-client/graphql';
import { formatInstant } from '../ui/dates';

/**
 * An event's attendance as the server page hands it to the « Présences » section (#10 §1): plain JSON, instants
 * already formatted in the event's zone. Not a client module, so the server page may import it.
 */
export interface AttendanceChangeRow {
  id: string;
  from: AttendanceStatus;
  to: AttendanceStatus;
  comment: string | null;
  at: string;
  by: string | null;
  method: AttendanceMethod;
  correctionReason: string | null;
}

export interface AttendanceRow {
  userId: string;
  name: string;
  status: AttendanceStatus;
  comment: string;
  /** When the current status was recorded, formatted; null while UNKNOWN. */
  recordedAt: string | null;
  recordedBy: string | null;
  method: AttendanceMethod | null;
  correctionReason: string | null;
  history: AttendanceChangeRow[];
}

type Person = { firstName: string; lastName: string } | null | undefined;
const nameOf = (person: Person) => (person ? `${person.firstName} ${person.lastName}` : null);

export function attendanceRows(event: EventAttendancePageQuery['event'], locale: string): AttendanceRow[] {
  const zone = event.timeZone;
  return event.attendance.map((line) => ({
    userId: line.user.id,
    name: nameOf(line.user)!,
    status: line.status,
    comment: line.comment ?? '',
    recordedAt: line.recordedAt ? formatInstant(locale, line.recordedAt, zone) : null,
    recordedBy: nameOf(line.recordedBy),
    method: line.method ?? null,
    correctionReason: line.correctionReason ?? null,
    history: line.history.map((change) => ({
      id: change.id,
      from: change.fromStatus,
      to: change.toStatus,
      comment: change.comment ?? null,
      at: formatInstant(locale, change.changedAt, zone),
      by: nameOf(change.changedBy),
      method: change.method,
      correctionReason: change.correctionReason ?? null,
    })),
  }));
}
