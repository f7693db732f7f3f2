import { In } from 'typeorm';
import { Attendance, AttendanceStatus, Event, Inscription, InscriptionRole, InscriptionState, Session, TemplateKind } from '../entities';
import { sessionAttendanceOutcomes } from './attendance-outcome';
import { DomainContext } from './context';
import { confirmedLearners, documentReaders } from './document-readers';
import { conflict } from './errors';
import { ErrorReason } from './error-reasons';
import { getEvent } from './events';
import { isSessionStaff } from './permissions';
import { getSession } from './sessions';
import { renderDocuments } from './template-render';

/** The most certificates /me lists of each kind (the most recent first): a bound on the work of one page. */
export const MAX_MY_CERTIFICATES = 200;

/**
 * #10 §6: the attendance certificates of an event (attestation de présence), one per learner who was PRESENT:
 * the staff get all of them (or the one `userId`), a learner only their own; anyone else NOT_FOUND. A learner
 * asked for who was not PRESENT is refused (NOT_PRESENT), and so is an event with no one PRESENT.
 */
export async function eventCertificates(ctx: DomainContext, eventId: number, userId: number | null) {
  const event = await getEvent(ctx, eventId, 'eventId');
  const readers = await documentReaders(ctx, event.sessionId, await confirmedLearners(ctx, { eventId }), userId);
  const present = readers.length
    ? await ctx.manager.find(Attendance, {
        where: { eventId, userId: In(readers), status: AttendanceStatus.PRESENT },
        select: { userId: true },
      })
    : [];
  const presentIds = new Set(present.map((a) => a.userId));
  const eligible = readers.filter((id) => presentIds.has(id));
  if (!eligible.length)
    throw conflict(ErrorReason.NOT_PRESENT, 'an attendance certificate is only issued to a learner recorded PRESENT', 'userId');
  const docs = await renderDocuments(
    ctx,
    TemplateKind.ATTENDANCE_CERTIFICATE,
    eligible.map((id) => ({ sessionId: event.sessionId, eventId, userId: id })),
  );
  return { title: event.name, docs };
}

/**
 * #10 §6: the certificates of completion of a session (certificat de réalisation: the events attended and the
 * hours, attendance-outcome.ts), one per learner with attended hours; readers as for the event's. A learner
 * with no attended hours is refused (NO_ATTENDED_HOURS).
 */
export async function sessionCertificates(ctx: DomainContext, sessionId: number, userId: number | null) {
  const session = await getSession(ctx, sessionId, 'sessionId');
  const readers = await documentReaders(ctx, sessionId, await confirmedLearners(ctx, { sessionId, anyEvent: true }), userId);
  const outcomes = await sessionAttendanceOutcomes(ctx, sessionId, readers);
  const eligible = outcomes.filter((o) => o.attendedHours > 0).map((o) => o.userId);
  if (!eligible.length)
    throw conflict(ErrorReason.NO_ATTENDED_HOURS, 'a certificate of completion is only issued to a learner with attended hours', 'userId');
  const docs = await renderDocuments(
    ctx,
    TemplateKind.SESSION_CERTIFICATE,
    eligible.map((id) => ({ sessionId, userId: id })),
  );
  return { title: session.title, docs };
}

export interface SessionCertificate {
  session: Session;
  attendedHours: number;
  scheduledHours: number;
}

/**
 * #10 §6, /me « Mes attestations »: the signed-in learner's certificates, the most recent first: the events
 * they are registered to and were PRESENT at, and the sessions of those events with their hours (the one
 * addition, attendance-outcome.ts). The same rules as the downloads, so each one listed downloads.
 */
export async function myCertificates(ctx: DomainContext): Promise<{ events: Event[]; sessions: SessionCertificate[] }> {
  if (ctx.actor.kind !== 'user') return { events: [], sessions: [] };
  const userId = ctx.actor.userId;
  const events = await ctx.manager
    .createQueryBuilder(Event, 'e')
    .innerJoin(Attendance, 'a', 'a.eventId = e.id AND a.userId = :userId AND a.status = :present', { userId, present: AttendanceStatus.PRESENT })
    .innerJoin(
      Inscription,
      'i',
      'i.eventId = e.id AND i.userId = :userId AND i.role = :learner AND i.state = :confirmed',
      { learner: InscriptionRole.LEARNER, confirmed: InscriptionState.CONFIRMED },
    )
    .orderBy('e.startAt', 'DESC')
    .addOrderBy('e.id', 'DESC')
    .take(MAX_MY_CERTIFICATES)
    .getMany();
  const sessionIds = [...new Set(events.map((e) => e.sessionId))];
  const sessions = sessionIds.length ? await ctx.manager.findBy(Session, { id: In(sessionIds) }) : [];
  const byId = new Map(sessions.map((s) => [s.id, s]));
  const certificates: SessionCertificate[] = [];
  for (const sessionId of sessionIds) {
    const [outcome] = await sessionAttendanceOutcomes(ctx, sessionId, [userId]);
    const session = byId.get(sessionId);
    if (session && outcome.attendedHours > 0)
      certificates.push({ session, attendedHours: outcome.attendedHours, scheduledHours: outcome.scheduledHours });
  }
  return { events, sessions: certificates };
}

/**
 * What the staff's « Attestations (PDF) » needs to know: how many learners have a certificate, of the event
 * (PRESENT) or of the session (attended hours), the same rules as the downloads. Null for whoever is not staff.
 */
export async function certificateCount(ctx: DomainContext, target: { eventId: number } | { sessionId: number }): Promise<number | null> {
  if ('eventId' in target) {
    const event = await getEvent(ctx, target.eventId, 'eventId');
    if (!(await isSessionStaff(ctx, event.sessionId))) return null;
    const learners = await confirmedLearners(ctx, { eventId: event.id });
    return learners.length
      ? ctx.manager.count(Attendance, { where: { eventId: event.id, userId: In(learners), status: AttendanceStatus.PRESENT } })
      : 0;
  }
  const session = await getSession(ctx, target.sessionId, 'sessionId');
  if (!(await isSessionStaff(ctx, session.id))) return null;
  const learners = await confirmedLearners(ctx, { sessionId: session.id, anyEvent: true });
  return (await sessionAttendanceOutcomes(ctx, session.id, learners)).filter((o) => o.attendedHours > 0).length;
}
