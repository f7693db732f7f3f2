import { In, IsNull, Not } from 'typeorm';
import { Event, Inscription, InscriptionRole, InscriptionState, Session } from '../entities';
import { assertSignedIn } from './actor';
import { DomainContext } from './context';
import { badInput, conflict } from './errors';
import { ErrorReason } from './error-reasons';
import { enrol, visibleSession, withdraw } from './inscriptions';
import { eventTarget, sessionTarget } from './seats';
import { assertOpen, eventRegistrationClosure, sessionRegistrationClosure, sessionUnregistrationClosure } from './self-service';
import { eventCondition } from './scope';
import { unsafeFindById } from './ids';
import { inTransaction } from './transaction';
import { findVisible } from './visible';

/**
 * #9 §2–3: the signed-in learner's own registrations, from the catalogue and their pages. The learner rules
 * always apply here, to staff too (staff register people with addInscription): R8 public registration and
 * unregistration, the closing date, R4 not ended, R3 PUBLIC events for the session's confirmed learners, R7
 * validation. Each refusal has its reason and changes nothing.
 */

function learnerId(ctx: DomainContext): number {
  assertSignedIn(ctx.actor);
  if (ctx.actor.kind !== 'user') throw badInput('actor', ErrorReason.USER_REQUIRED, 'only a signed-in user registers themself');
  return ctx.actor.userId;
}

const visibleEvent = (ctx: DomainContext, id: number) => findVisible(ctx, Event, (a) => eventCondition(ctx.actor, a), id, 'Event', 'eventId');

/** Confirmed, waitlisted (its `position` says where) or PENDING (R7). */
export function registerToSession(ctx: DomainContext, sessionId: number): Promise<Inscription> {
  const userId = learnerId(ctx);
  return inTransaction(ctx, async (tx) => {
    const session = await visibleSession(tx, sessionId, 'sessionId');
    assertOpen(sessionRegistrationClosure(session, tx.clock.now()), 'register');
    return enrol(tx, { session, event: null, target: sessionTarget(session) }, { userId, role: InscriptionRole.LEARNER }, session.registrationValidation);
  });
}

export function unregisterFromSession(ctx: DomainContext, sessionId: number): Promise<Inscription> {
  const userId = learnerId(ctx);
  return inTransaction(ctx, async (tx) => {
    const session = await visibleSession(tx, sessionId, 'sessionId');
    const inscription = await ownInscription(tx, userId, session.id, null);
    assertOpen(sessionUnregistrationClosure(session, tx.clock.now()), 'unregister');
    return withdraw(tx, inscription, { session, event: null });
  });
}

export function registerToEvent(ctx: DomainContext, eventId: number): Promise<Inscription> {
  const userId = learnerId(ctx);
  return inTransaction(ctx, async (tx) => {
    const event = await visibleEvent(tx, eventId);
    assertOpen(eventRegistrationClosure(event, tx.clock.now()), 'event');
    // Unscoped: the session of an event found in scope (events are seen with their session).
    const session = await unsafeFindById(tx.manager, Session, event.sessionId, 'Session', 'eventId');
    return enrol(tx, { session, event, target: eventTarget(event) }, { userId, role: InscriptionRole.LEARNER }, false);
  });
}

export function unregisterFromEvent(ctx: DomainContext, eventId: number): Promise<Inscription> {
  const userId = learnerId(ctx);
  return inTransaction(ctx, async (tx) => {
    const event = await visibleEvent(tx, eventId);
    const inscription = await ownInscription(tx, userId, event.sessionId, event.id);
    assertOpen(eventRegistrationClosure(event, tx.clock.now()), 'event');
    // Unscoped: the session of an event found in scope.
    const session = await unsafeFindById(tx.manager, Session, event.sessionId, 'Session', 'eventId');
    return withdraw(tx, inscription, { session, event });
  });
}

async function ownInscription(ctx: DomainContext, userId: number, sessionId: number, eventId: number | null) {
  const inscription = await ctx.manager.findOneBy(Inscription, {
    userId,
    sessionId,
    eventId: eventId ?? IsNull(),
    role: InscriptionRole.LEARNER,
    state: Not(InscriptionState.CANCELLED),
  });
  if (!inscription) throw conflict(ErrorReason.NOT_REGISTERED, 'you are not registered here', eventId ? 'eventId' : 'sessionId');
  return inscription;
}

/**
 * The actor's own learner inscriptions to many sessions (eventId null) or events at once (the
 * `viewerRegistration` fields, batched); null where they have none, and for anonymous visitors.
 */
export async function viewerInscriptions(ctx: DomainContext, parent: 'session' | 'event', ids: readonly number[]): Promise<(Inscription | null)[]> {
  if (ctx.actor.kind !== 'user') return ids.map(() => null);
  const rows = await ctx.manager.findBy(Inscription, {
    userId: ctx.actor.userId,
    role: InscriptionRole.LEARNER,
    ...(parent === 'session' ? { sessionId: In([...ids]), eventId: IsNull() } : { eventId: In([...ids]) }),
  });
  const byParent = new Map(rows.map((i) => [parent === 'session' ? i.sessionId : i.eventId!, i]));
  return ids.map((id) => byParent.get(id) ?? null);
}

/** Confirmed learners of many events at once (seats taken, R6), for their `registration` fields. */
export async function eventSeatsTaken(ctx: DomainContext, eventIds: readonly number[]): Promise<number[]> {
  const rows = await ctx.manager
    .createQueryBuilder(Inscription, 'i')
    .select('i.eventId', 'eventId')
    .addSelect('COUNT(*)', 'taken')
    .where('i.eventId IN (:...eventIds) AND i.role = :role AND i.state = :state', {
      eventIds: [...eventIds],
      role: InscriptionRole.LEARNER,
      state: InscriptionState.CONFIRMED,
    })
    .groupBy('i.eventId')
    .getRawMany<{ eventId: number; taken: number | string }>();
  const taken = new Map(rows.map((r) => [Number(r.eventId), Number(r.taken)]));
  return eventIds.map((id) => taken.get(id) ?? 0);
}
