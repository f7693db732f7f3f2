import { In } from 'typeorm';
import { Inscription, InscriptionRole } from '../entities';
import { assertSignedIn } from './actor';
import { DomainContext } from './context';
import { badInput, forbidden } from './errors';
import { ErrorReason } from './error-reasons';
import { actsAsStaff, confirmedSessionMembers, holdsPlace, notSessionMember, resolveTarget } from './inscriptions';
import { eventTarget, lockTarget, seatLearners } from './seats';
import { inTransaction } from './transaction';
import { usersInScope } from './users';

/** The most people one request registers to an event (the event page's « bonhomme + » adds a few at a time). */
export const MAX_REGISTRANTS_PER_REQUEST = 100;

/** What happened to one person of a multi-add. */
export enum RegistrantOutcome {
  /** Registered: CONFIRMED while seats remained, else WAITLISTED (R6). */
  ADDED = 'ADDED',
  /** Already registered to the event (any state but refused): nothing changed for them. */
  ALREADY_REGISTERED = 'ALREADY_REGISTERED',
  /** Not registered; `reason` says why. */
  REFUSED = 'REFUSED',
}

export interface RegistrantResult {
  userId: number;
  outcome: RegistrantOutcome;
  /** For REFUSED: NOT_FOUND (outside the actor's scope of people, like a missing id) or NOT_SESSION_LEARNER (R3). */
  reason: ErrorReason | null;
  /** The registration made (ADDED) or found (ALREADY_REGISTERED). */
  inscription: Inscription | null;
}

/**
 * Registers several learners to an event in one transaction, with addInscription's rules: only staff who may
 * register others there (managers; the session's trainers on a MANUAL event), each person in the actor's scope
 * of people and a confirmed learner of the session (R3), seats then waiting list in the order given (R6).
 * A refusal of the whole request (not staff, event not found, bad list) writes nothing; a refused person is
 * reported and the others are registered. Each person appears once, in the order first given.
 */
export function addEventRegistrants(ctx: DomainContext, eventId: number, userIds: readonly number[]): Promise<RegistrantResult[]> {
  const wanted = [...new Set(userIds)];
  if (!wanted.length) throw badInput('userIds', ErrorReason.REGISTRANT_REQUIRED, 'give at least one person');
  if (wanted.length > MAX_REGISTRANTS_PER_REQUEST)
    throw badInput('userIds', ErrorReason.TOO_MANY_REGISTRANTS, `at most ${MAX_REGISTRANTS_PER_REQUEST} people per request`);
  return inTransaction(ctx, async (tx) => {
    const { session, event } = await resolveTarget(tx, { eventId });
    if (!(await actsAsStaff(tx, session, event!, InscriptionRole.LEARNER))) {
      assertSignedIn(tx.actor);
      throw forbidden(ErrorReason.NOT_SESSION_STAFF, 'only staff of the session may register other people');
    }
    const inScope = await usersInScope(tx, wanted);
    const locked = await lockTarget(tx, eventTarget(event!));
    // Read under the lock, which also holds off these people leaving the session meanwhile (R3).
    const learners = await confirmedSessionMembers(tx, session.id, InscriptionRole.LEARNER);
    const existing = new Map(
      (await tx.manager.findBy(Inscription, { eventId: event!.id, role: InscriptionRole.LEARNER, userId: In(wanted) })).map((i) => [
        i.userId,
        i,
      ]),
    );
    const results = wanted.map((userId, i): RegistrantResult => {
      const found = existing.get(userId) ?? null;
      const refused = (reason: ErrorReason) => ({ userId, outcome: RegistrantOutcome.REFUSED, reason, inscription: null });
      if (!inScope[i]) return refused(ErrorReason.NOT_FOUND);
      if (!learners.has(userId)) return refused(notSessionMember(InscriptionRole.LEARNER).reason);
      if (found && holdsPlace(found)) return { userId, outcome: RegistrantOutcome.ALREADY_REGISTERED, reason: null, inscription: found };
      return { userId, outcome: RegistrantOutcome.ADDED, reason: null, inscription: null };
    });
    const added = results.filter((r) => r.outcome === RegistrantOutcome.ADDED);
    const replaced = added.map((r) => existing.get(r.userId)?.id).filter((id): id is number => id !== undefined);
    if (replaced.length) await tx.manager.delete(Inscription, replaced);
    const seated = await seatLearners(tx, locked, added.map((r) => r.userId));
    added.forEach((result, i) => (result.inscription = seated[i]));
    return results;
  });
}
