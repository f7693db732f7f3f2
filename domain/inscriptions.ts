import { IsNull } from 'typeorm';
import { inscriptionsLeaving, recordCalendarCancellations } from './calendar';
import { Event, Inscription, InscriptionMode, InscriptionRole, InscriptionState, NotificationKind, Session } from '../entities';
import { DomainContext } from './context';
import { badInput, conflict, forbidden, notFound } from './errors';
import { unsafeFindById } from './ids';
import { assertSignedIn } from './actor';
import { assertManagesSession, managesSession, teachesSession } from './permissions';
import { eventCondition, inscriptionCondition, sessionCondition } from './scope';
import { findVisible } from './visible';
import {
  eventTarget,
  insertInscription,
  joinAutomaticEvents,
  leaveOpenEvents,
  lockForRegistration,
  lockTarget,
  newcomerSeats,
  promoteWaitlisted,
  recountSeats,
  seatAccepted,
  sessionTarget,
  Target,
} from './seats';
import { joinLineEnd, syncWaitingLine } from './waiting-list';
import { notify } from './notifications';
import { assertOpen, selfServiceClosure } from './self-service';
import { inTransaction } from './transaction';
import { getUser, userByEmail } from './users';
import { ErrorReason } from './error-reasons';

export interface InscriptionInput {
  sessionId?: number | null;
  eventId?: number | null;
  userId: number;
  role: InscriptionRole;
}

/** Who is registered: by id, or (enrolment from outside one's scope, #6 §2) by exact e-mail address. */
export type InscriptionRequest = Omit<InscriptionInput, 'userId'> & { userId?: number | null; email?: string | null };

/**
 * An inscription is another person's private data: only its owner and the session's staff (managers,
 * trainers) find it; for anyone else it does not exist. Scope in the query (#6 §15).
 */
export const getInscription = (ctx: DomainContext, id: number): Promise<Inscription> =>
  findVisible(ctx, Inscription, (alias) => inscriptionCondition(ctx.actor, alias), id, 'Inscription');

/** The confirmed members of a session with a role (e.g. its trainers, for R9). */
export async function confirmedSessionMembers(ctx: DomainContext, sessionId: number, role: InscriptionRole) {
  const rows = await ctx.manager.find(Inscription, {
    where: { sessionId, eventId: IsNull(), role, state: InscriptionState.CONFIRMED },
    select: { userId: true },
  });
  return new Set(rows.map((row) => row.userId));
}

/**
 * What a learner may do on their own, without managing the session: R8 for sessions (public registration or
 * unregistration, not ended, registration not closed), R3/R4 for events (public mode, not ended).
 */
function assertSelfService(
  ctx: DomainContext,
  userId: number | null,
  role: InscriptionRole,
  { session, event }: Pick<Resolved, 'session' | 'event'>,
  direction: 'register' | 'unregister',
) {
  assertSignedIn(ctx.actor);
  if (ctx.actor.kind !== 'user' || ctx.actor.userId !== userId || role !== InscriptionRole.LEARNER)
    throw forbidden(ErrorReason.NOT_SESSION_STAFF, 'only staff of the session may register or unregister other people');
  assertOpen(selfServiceClosure(session, event, direction, ctx.clock.now()), event ? 'event' : direction);
}

/** A session, or one of its events, that an inscription is for. */
export interface Resolved {
  session: Session;
  event: Event | null;
  target: Target;
}

/** The session or event an inscription is for, found in the actor's scope (NOT_FOUND otherwise). */
export async function resolveTarget(ctx: DomainContext, input: Pick<InscriptionInput, 'sessionId' | 'eventId'>): Promise<Resolved> {
  if (input.eventId != null) {
    const event = await findVisible(ctx, Event, (a) => eventCondition(ctx.actor, a), input.eventId, 'Event', 'eventId');
    if (input.sessionId != null && input.sessionId !== event.sessionId)
      throw badInput('sessionId', ErrorReason.EVENT_NOT_IN_SESSION, 'the event does not belong to this session');
    // Unscoped: the event was found in scope, and events are seen with their session (scope.ts).
    const session = await unsafeFindById(ctx.manager, Session, event.sessionId, 'Session', 'sessionId');
    return { session, event, target: eventTarget(event) };
  }
  if (input.sessionId == null) throw badInput('sessionId', ErrorReason.TARGET_REQUIRED, 'give a sessionId or an eventId');
  const session = await visibleSession(ctx, input.sessionId, 'sessionId');
  return { session, event: null, target: sessionTarget(session) };
}

export const visibleSession = (ctx: DomainContext, id: number, field?: string) =>
  findVisible(ctx, Session, (a) => sessionCondition(ctx.actor, a), id, 'Session', field);

/**
 * Who may register or unregister other people: the training's managers; the session's trainers for the
 * learners of its MANUAL events ("trainers register learners in manual mode").
 */
export async function actsAsStaff(ctx: DomainContext, session: Session, event: Event | null, role: InscriptionRole) {
  if (await managesSession(ctx, session.id)) return true;
  return event !== null && role === InscriptionRole.LEARNER && registersEventLearners(event, { manages: false, teaches: await teachesSession(ctx, session.id) });
}

/** Whether someone registers other people as learners to this event: its managers, its session's trainers on a MANUAL event. */
export const registersEventLearners = (event: Pick<Event, 'inscriptionMode'>, relation: { manages: boolean; teaches: boolean }) =>
  relation.manages || (relation.teaches && event.inscriptionMode === InscriptionMode.MANUAL);

/**
 * #6 §2: by id, the registrant must be in the actor's scope of people (anyone else is NOT_FOUND like a missing
 * id: registering strangers would pull them into view, one id after the other). Someone from outside is enrolled
 * by their exact e-mail address, by the session's managers only.
 */
async function registrantId(ctx: DomainContext, request: InscriptionRequest, sessionId: number): Promise<number> {
  if ((request.userId == null) === (request.email == null))
    throw badInput('userId', ErrorReason.REGISTRANT_REQUIRED, 'give either a userId or an email');
  if (request.userId != null) return (await getUser(ctx, request.userId, 'userId')).id;
  if (!(await managesSession(ctx, sessionId))) {
    assertSignedIn(ctx.actor);
    throw forbidden(ErrorReason.NOT_TRAINING_MANAGER, 'only managers of the training enrol people by e-mail address');
  }
  const match = await userByEmail(ctx, request.email!);
  if (!match) throw notFound('User', 'email');
  return match.id;
}

/** Registers a user to a session or an event, as learner or trainer (R3, R6, R7, R8, R9). */
export function addInscription(ctx: DomainContext, request: InscriptionRequest): Promise<Inscription> {
  return inTransaction(ctx, async (tx) => {
    const resolved = await resolveTarget(tx, request);
    const staff = await actsAsStaff(tx, resolved.session, resolved.event, request.role);
    if (!staff) assertSelfService(tx, request.userId ?? null, request.role, resolved, 'register');
    const userId = await registrantId(tx, request, resolved.session.id);
    return enrol(tx, resolved, { userId, role: request.role }, resolved.session.registrationValidation && !resolved.event && !staff);
  });
}

/**
 * The registration itself, once who may do it is settled: under the target's lock (R6), one inscription per
 * user, role and target (a second is CONFLICT ALREADY_REGISTERED, so a double submission registers once),
 * seated or waitlisted, or PENDING when `needsValidation` (R7); a confirmed session learner joins the
 * automatic events (R3). In the caller's transaction. #11: the statement that takes the lock also reads all it
 * decides on (lockForRegistration), the inscription is written without a re-read, the counters are recounted only when
 * they change, the waiting line is written only by someone who waits, and the automatic events are looked at
 * only when the session has some.
 */
export async function enrol(
  tx: DomainContext,
  { session, event, target }: Resolved,
  input: Pick<InscriptionInput, 'userId' | 'role'>,
  needsValidation: boolean,
): Promise<Inscription> {
  const { locked, seating } = await lockForRegistration(tx, target, input.userId, input.role);
  // Checked under the lock, which also holds off the user leaving the session meanwhile (R3).
  if (event && !seating.member) throw notSessionMember(input.role);
  if (seating.own && holdsPlace(seating.own))
    throw conflict(ErrorReason.ALREADY_REGISTERED, 'this user is already registered here with this role', 'userId');
  if (seating.own) await tx.manager.delete(Inscription, seating.own.id);

  const learner = input.role === InscriptionRole.LEARNER;
  // Trainers take no seat; R7: a learner's own registration waits for a manager when validation is on.
  const state = needsValidation
    ? InscriptionState.PENDING
    : !learner || newcomerSeats(locked, seating) > 0
      ? InscriptionState.CONFIRMED
      : InscriptionState.WAITLISTED;
  const inscription = await insertInscription(tx, {
    userId: input.userId,
    sessionId: session.id,
    eventId: event ? event.id : null,
    role: input.role,
    state,
    createdAt: tx.clock.now(),
  });
  // The session's counters (learnerCount, pendingCount) change with a confirmed or pending session learner only.
  if (!event && learner && state !== InscriptionState.WAITLISTED) await recountSeats(tx, [session.id]);
  // R6: at the end of the line, unless someone waiting registered later (then the line is ranked again).
  if (state === InscriptionState.WAITLISTED)
    await (seating.waitingRegisteredLater ? syncWaitingLine(tx, locked) : joinLineEnd(tx, locked, inscription.id, seating.waiting + 1));
  if (!event && learner && state === InscriptionState.CONFIRMED && seating.automaticEvents > 0)
    await joinAutomaticEvents(tx, session.id, inscription.userId);
  return inscription;
}

/** Registered already, in any state but refused: a cancelled registration is replaced, so the user takes a new place in line. */
export const holdsPlace = (inscription: Pick<Inscription, 'state'>) => inscription.state !== InscriptionState.CANCELLED;

/** Event learners come from the session's learners (R3); event trainers from its trainers (R9). */
export const notSessionMember = (role: InscriptionRole) =>
  role === InscriptionRole.TRAINER
    ? badInput('userId', ErrorReason.NOT_SESSION_TRAINER, "an event's trainers are chosen among its session's trainers")
    : badInput('userId', ErrorReason.NOT_SESSION_LEARNER, "an event's learners are chosen among its session's confirmed learners");

/** Unregisters; leaving a session leaves its open events (R3); a freed seat goes to the waiting list (R6). */
export function removeInscription(ctx: DomainContext, id: number): Promise<Inscription> {
  return inTransaction(ctx, async (tx) => {
    const inscription = await getInscription(tx, id);
    // Unscoped: the session and event of an inscription found in scope (its owner and staff see them).
    const session = await unsafeFindById(tx.manager, Session, inscription.sessionId, 'Session');
    const event = inscription.eventId ? await unsafeFindById(tx.manager, Event, inscription.eventId, 'Event') : null;
    if (!(await actsAsStaff(tx, session, event, inscription.role)))
      assertSelfService(tx, inscription.userId, inscription.role, { session, event }, 'unregister');
    return withdraw(tx, inscription, { session, event });
  });
}

/**
 * The unregistration itself, once who may do it is settled: under the target's lock; leaving a session leaves
 * its open events (R3); the line closes ranks and a freed seat goes to the first waiting learner, in this
 * transaction (R6, #9 §4). In the caller's transaction.
 */
export async function withdraw(
  tx: DomainContext,
  found: Inscription,
  { session, event }: Pick<Resolved, 'session' | 'event'>,
): Promise<Inscription> {
  const target = await lockTarget(tx, event ? eventTarget(event) : sessionTarget(session));
  // Re-read under the lock: a concurrent unregistration of the same inscription may have committed first.
  const inscription = await tx.manager.findOneBy(Inscription, { id: found.id });
  if (!inscription) throw notFound('Inscription', 'id');
  // #9: the event leaves the user's calendar feed as CANCELLED.
  if (event) await recordCalendarCancellations(tx, inscriptionsLeaving([inscription.id]));
  await tx.manager.delete(Inscription, inscription.id);
  if (!event) await recountSeats(tx, [session.id]);
  if (!event) await leaveOpenEvents(tx, session.id, inscription.userId, inscription.role);
  if (inscription.role === InscriptionRole.LEARNER) await promoteWaitlisted(tx, target);
  return inscription;
}

/**
 * R7: a manager of the training accepts or refuses a PENDING session registration. Accepting seats the
 * learner (confirmed while a seat is left, else waitlisted; confirmed ones join the automatic events, R3);
 * refusing keeps the row as CANCELLED. The state is re-read under the session's lock, so two managers
 * deciding at once decide once (the second gets CONFLICT NOT_PENDING).
 */
export function validateInscription(ctx: DomainContext, id: number, accept: boolean): Promise<Inscription> {
  return inTransaction(ctx, async (tx) => {
    const found = await getInscription(tx, id);
    await assertManagesSession(tx, found.sessionId);
    const target = await lockTarget(tx, { sessionId: found.sessionId, eventId: null });
    const inscription = await tx.manager.findOneBy(Inscription, { id: found.id });
    // Deleted (removeInscription) by a transaction that held the lock before us.
    if (!inscription) throw notFound('Inscription', 'id');
    // Only session registrations wait for validation (R7): an event's never do.
    if (inscription.eventId !== null || inscription.state !== InscriptionState.PENDING)
      throw conflict(ErrorReason.NOT_PENDING, 'only a registration awaiting validation can be accepted or refused', 'id');
    if (accept) await seatAccepted(tx, target, inscription);
    else {
      inscription.state = InscriptionState.CANCELLED;
      await tx.manager.save(inscription);
    }
    // The sessions table sorts on these counters: they change with the decision, in its transaction.
    await recountSeats(tx, [inscription.sessionId]);
    await notify(tx, [
      { userId: inscription.userId, kind: accept ? NotificationKind.ACCEPTED : NotificationKind.REFUSED, sessionId: inscription.sessionId },
    ]);
    return inscription;
  });
}

/** R9: replaces an event's trainers; each must be a confirmed trainer of the session. */
export async function setEventTrainers(ctx: DomainContext, event: Event, trainerIds: number[]): Promise<void> {
  const wanted = new Set(trainerIds);
  const sessionTrainers = await confirmedSessionMembers(ctx, event.sessionId, InscriptionRole.TRAINER);
  if ([...wanted].some((id) => !sessionTrainers.has(id)))
    throw badInput('trainerIds', ErrorReason.NOT_SESSION_TRAINER, "an event's trainers are chosen among its session's trainers");
  const current = await ctx.manager.findBy(Inscription, { eventId: event.id, role: InscriptionRole.TRAINER });
  const stale = current.filter((i) => !wanted.has(i.userId)).map((i) => i.id);
  if (stale.length) {
    await recordCalendarCancellations(ctx, inscriptionsLeaving(stale));
    await ctx.manager.delete(Inscription, stale);
  }
  const have = new Set(current.map((i) => i.userId));
  const now = ctx.clock.now();
  const added = [...wanted].filter((id) => !have.has(id));
  if (!added.length) return;
  await ctx.manager.save(
    added.map((userId) =>
      ctx.manager.create(Inscription, {
        userId,
        sessionId: event.sessionId,
        eventId: event.id,
        role: InscriptionRole.TRAINER,
        state: InscriptionState.CONFIRMED,
        createdAt: now,
      }),
    ),
  );
}
