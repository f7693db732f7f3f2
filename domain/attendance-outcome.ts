import { Attendance, AttendanceStatus, Event, Inscription, InscriptionRole, InscriptionState } from '../entities';
import { DomainContext } from './context';
import { rawInstant } from './raw-instant';

/** #10 §1: how a learner's attendance of a session adds up. */
export enum AttendanceOutcomeKind {
  /** Present at every event scheduled for them. */
  FULL = 'FULL',
  /** Present at some, not all. */
  PARTIAL = 'PARTIAL',
  /** Present at none (or nothing scheduled). */
  NONE = 'NONE',
}

export interface AttendedEvent {
  eventId: number;
  name: string;
  startAt: Date;
  endAt: Date;
  status: AttendanceStatus;
}

export interface AttendanceOutcome {
  userId: number;
  /** The events the learner is registered to (confirmed), by start. */
  events: AttendedEvent[];
  /** Sum of those events' durations, in hours. */
  scheduledHours: number;
  /** Sum of the durations of those where they were PRESENT, in hours. */
  attendedHours: number;
  outcome: AttendanceOutcomeKind;
}

const hoursOf = (event: Pick<AttendedEvent, 'startAt' | 'endAt'>) => (event.endAt.getTime() - event.startAt.getTime()) / 3_600_000;

/** Rounded to the minute, so 3 × 20 minutes make exactly 1 hour and not 0.9999…. */
const roundHours = (hours: number) => Math.round(hours * 60) / 60;

/** The pure addition: hours scheduled and attended, and full / partial / none. */
export function outcomeOf(userId: number, events: AttendedEvent[]): AttendanceOutcome {
  const present = events.filter((e) => e.status === AttendanceStatus.PRESENT);
  const scheduledHours = roundHours(events.reduce((sum, e) => sum + hoursOf(e), 0));
  const attendedHours = roundHours(present.reduce((sum, e) => sum + hoursOf(e), 0));
  const outcome =
    present.length === 0 ? AttendanceOutcomeKind.NONE : present.length === events.length ? AttendanceOutcomeKind.FULL : AttendanceOutcomeKind.PARTIAL;
  return { userId, events, scheduledHours, attendedHours, outcome };
}

/**
 * The outcomes of the session's learners (all of them, or `userIds`): each confirmed learner inscription to one
 * of its events, with the recorded attendance (UNKNOWN when none is recorded). Two indexed queries whatever the
 * number of learners. The caller has checked that the actor may read this session.
 */
export async function sessionAttendanceOutcomes(ctx: DomainContext, sessionId: number, userIds?: number[]): Promise<AttendanceOutcome[]> {
  if (userIds && !userIds.length) return [];
  const qb = ctx.manager
    .createQueryBuilder(Inscription, 'i')
    .innerJoin(Event, 'e', 'e.id = i.eventId')
    .leftJoin(Attendance, 'a', 'a.eventId = i.eventId AND a.userId = i.userId')
    .select(['i.userId AS userId', 'e.id AS eventId', 'e.name AS name', 'e.startAt AS startAt', 'e.endAt AS endAt', 'a.status AS status'])
    .where('i.sessionId = :sessionId AND i.eventId IS NOT NULL AND i.role = :role AND i.state = :state', {
      sessionId,
      role: InscriptionRole.LEARNER,
      state: InscriptionState.CONFIRMED,
    })
    .orderBy('i.userId')
    .addOrderBy('e.startAt')
    .addOrderBy('e.id');
  if (userIds) qb.andWhere('i.userId IN (:...userIds)', { userIds });
  const rows = await qb.getRawMany<{ userId: number; eventId: number; name: string; startAt: Date | string; endAt: Date | string; status: AttendanceStatus | null }>();
  const byUser = new Map<number, AttendedEvent[]>();
  for (const row of rows) {
    const list = byUser.get(Number(row.userId)) ?? [];
    list.push({
      eventId: Number(row.eventId),
      name: row.name,
      startAt: rawInstant(row.startAt),
      endAt: rawInstant(row.endAt),
      status: row.status ?? AttendanceStatus.UNKNOWN,
    });
    byUser.set(Number(row.userId), list);
  }
  const users = userIds ?? [...byUser.keys()];
  return users.map((userId) => outcomeOf(userId, byUser.get(userId) ?? []));
}

