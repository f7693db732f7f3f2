import { In } from 'typeorm';
import { AttendanceStatus, Event, Inscription, InscriptionRole, InscriptionState, Session, TemplateKind, TrainingOrganisation, User } from '../entities';
import { AttendanceOutcome, outcomeOf, sessionAttendanceOutcomes } from './attendance-outcome';
import { DomainContext } from './context';
import { notFound } from './errors';
import { DocumentData, DocumentEvent } from './template-values';
import { defaultTimeZone } from './time-zone';

/** Who and what one document is for (brief-shared10: renderDocument's target). */
export interface DocumentTarget {
  sessionId: number;
  eventId?: number | null;
  userId: number;
}

/** What a target's document needs beyond its data: the reader's language and where templates are looked for. */
export interface LoadedTarget {
  data: DocumentData;
  userLocale: string;
  /** The training's organisations, in id order: their templates come first. */
  organisationIds: number[];
}

const KINDS_WITH_ATTENDANCE: readonly TemplateKind[] = [TemplateKind.ATTENDANCE_CERTIFICATE, TemplateKind.SESSION_CERTIFICATE];

const fullName = (user: Pick<User, 'firstName' | 'lastName'>) => `${user.firstName} ${user.lastName}`.trim();

const uniq = <T>(values: T[]) => [...new Set(values)];

/**
 * The data of many documents with a constant number of queries (six, plus one per distinct session for the
 * certificates' attendance): sessions with their training, their events with locations, the readers, the
 * trainers, the trainings' organisations. Loaded by id without scope: the caller (invitations, certificates,
 * messages) has checked that the actor may act on these sessions, events and users, as for
 * sessionAttendanceOutcomes. A missing session, event or user is NOT_FOUND, and so is an event of another session.
 */
export async function loadDocumentData(ctx: DomainContext, kind: TemplateKind, targets: DocumentTarget[], message = ''): Promise<LoadedTarget[]> {
  if (!targets.length) return [];
  const sessionIds = uniq(targets.map((t) => t.sessionId));
  const [sessions, events, users, trainerRows] = await Promise.all([
    ctx.manager.find(Session, { where: { id: In(sessionIds) }, relations: { training: true } }),
    ctx.manager.find(Event, { where: { sessionId: In(sessionIds) }, relations: { location: true }, order: { startAt: 'ASC', id: 'ASC' } }),
    ctx.manager.find(User, { where: { id: In(uniq(targets.map((t) => t.userId))) }, select: { id: true, firstName: true, lastName: true, email: true, locale: true } }),
    ctx.manager.find(Inscription, {
      where: { sessionId: In(sessionIds), role: InscriptionRole.TRAINER, state: InscriptionState.CONFIRMED },
      relations: { user: true },
      order: { id: 'ASC' },
    }),
  ]);
  const organisations = await ctx.manager.find(TrainingOrganisation, {
    where: { trainingId: In(uniq(sessions.map((s) => s.trainingId))) },
    relations: { organisation: true },
    order: { organisationId: 'ASC' },
  });
  const outcomes = new Map<string, AttendanceOutcome>();
  if (KINDS_WITH_ATTENDANCE.includes(kind))
    for (const sessionId of sessionIds) {
      const userIds = uniq(targets.filter((t) => t.sessionId === sessionId).map((t) => t.userId));
      for (const outcome of await sessionAttendanceOutcomes(ctx, sessionId, userIds)) outcomes.set(`${sessionId}:${outcome.userId}`, outcome);
    }

  const sessionById = new Map(sessions.map((s) => [s.id, s]));
  const userById = new Map(users.map((u) => [u.id, u]));
  const eventsBySession = new Map<number, Event[]>();
  for (const event of events) eventsBySession.set(event.sessionId, [...(eventsBySession.get(event.sessionId) ?? []), event]);
  const sessionTrainers = new Map<number, string[]>();
  const eventTrainers = new Map<number, string[]>();
  for (const row of trainerRows) {
    const [map, key] = row.eventId === null ? [sessionTrainers, row.sessionId] : [eventTrainers, row.eventId];
    map.set(key, [...(map.get(key) ?? []), fullName(row.user)]);
  }
  const organisationsOf = (trainingId: number) => organisations.filter((o) => o.trainingId === trainingId);

  return targets.map((target) => {
    const session = sessionById.get(target.sessionId);
    if (!session) throw notFound('Session', 'sessionId');
    const user = userById.get(target.userId);
    if (!user) throw notFound('User', 'userId');
    const sessionEvents = eventsBySession.get(session.id) ?? [];
    const outcome = outcomes.get(`${session.id}:${user.id}`) ?? null;
    const statusOf = (eventId: number) => outcome?.events.find((e) => e.eventId === eventId)?.status ?? null;
    const documentEvent = (event: Event): DocumentEvent => ({
      name: event.name,
      description: event.description,
      startAt: event.startAt,
      endAt: event.endAt,
      timeZone: event.location?.timeZone ?? defaultTimeZone(),
      location: event.location ? { name: event.location.name, address: event.location.address } : null,
      locationExtra: event.locationExtra,
      trainers: eventTrainers.get(event.id) ?? [],
      status: statusOf(event.id),
    });
    // Only the target session's events are candidates: an event of another session is not found in it.
    const event = target.eventId == null ? null : sessionEvents.find((e) => e.id === target.eventId);
    if (event === undefined) throw notFound('Event', 'eventId');
    const documentEvt = event ? documentEvent(event) : null;
    // A certificat de réalisation lists what the learner was scheduled to attend; other documents, the programme.
    const loop =
      kind === TemplateKind.SESSION_CERTIFICATE
        ? sessionEvents.filter((e) => outcome?.events.some((o) => o.eventId === e.id))
        : sessionEvents;
    const hours =
      kind === TemplateKind.SESSION_CERTIFICATE
        ? (outcome ?? outcomeOf(user.id, []))
        : kind === TemplateKind.ATTENDANCE_CERTIFICATE && event
          ? outcomeOf(user.id, [{ eventId: event.id, name: event.name, startAt: event.startAt, endAt: event.endAt, status: documentEvt?.status ?? AttendanceStatus.UNKNOWN }])
          : null;
    const owners = organisationsOf(session.trainingId);
    return {
      userLocale: user.locale,
      organisationIds: owners.map((o) => o.organisationId),
      data: {
        learner: { firstName: user.firstName, lastName: user.lastName, email: user.email },
        organisation: owners[0]?.organisation.name ?? '',
        training: {
          title: session.training.title,
          code: session.training.code,
          description: session.training.description,
          objectives: session.training.objectives,
        },
        session: { title: session.title, description: session.description, startDate: session.startDate, endDate: session.endDate },
        sessionTimeZone: sessionEvents[0]?.location?.timeZone ?? defaultTimeZone(),
        trainers: (event && eventTrainers.get(event.id)) || sessionTrainers.get(session.id) || [],
        event: documentEvt,
        events: loop.map(documentEvent),
        hours: hours && { attended: hours.attendedHours, scheduled: hours.scheduledHours, outcome: hours.outcome },
        message,
        now: ctx.clock.now(),
      },
    };
  });
}
