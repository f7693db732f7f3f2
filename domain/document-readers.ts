import { Inscription, InscriptionRole, InscriptionState } from '../entities';
import { DomainContext } from './context';
import { notFound } from './errors';
import { isSessionStaff } from './permissions';

/** Whose confirmed learner inscriptions a document is about: an event's, or a session's (R3: its own, not its events'). */
export type LearnersOf = { eventId: number } | { sessionId: number; anyEvent?: boolean };

/**
 * The confirmed learners of an event or of a session, by name. `anyEvent` counts a session's learners through
 * its events too (a certificate of a learner who attended events and left the session since, R3).
 */
export async function confirmedLearners(ctx: DomainContext, of: LearnersOf): Promise<number[]> {
  const qb = ctx.manager
    .createQueryBuilder(Inscription, 'i')
    .innerJoin('i.user', 'u')
    .select('i.userId', 'userId')
    .where('i.role = :role AND i.state = :state', { role: InscriptionRole.LEARNER, state: InscriptionState.CONFIRMED })
    .groupBy('i.userId')
    .addGroupBy('u.lastName')
    .addGroupBy('u.firstName')
    .orderBy('u.lastName')
    .addOrderBy('u.firstName')
    .addOrderBy('i.userId');
  if ('eventId' in of) qb.andWhere('i.eventId = :eventId', { eventId: of.eventId });
  else {
    qb.andWhere('i.sessionId = :sessionId', { sessionId: of.sessionId });
    if (!of.anyEvent) qb.andWhere('i.eventId IS NULL');
  }
  const rows = await qb.getRawMany<{ userId: number }>();
  return rows.map((row) => Number(row.userId));
}

/**
 * Whose documents (invitations, certificates) the actor may have, among `learners` of a session they can see
 * (#10 §5, §6): the session's staff (managers, trainers, administrators) all of them, or the one `requested`; a
 * learner only their own. Anyone else, or a `requested` user outside what the actor may have, is NOT_FOUND, the
 * same answer as a missing document.
 */
export async function documentReaders(ctx: DomainContext, sessionId: number, learners: number[], requested: number | null): Promise<number[]> {
  if (requested !== null && !learners.includes(requested)) throw notFound('Document', 'userId');
  if (await isSessionStaff(ctx, sessionId)) return requested === null ? learners : [requested];
  const self = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  if (self === null || !learners.includes(self) || (requested !== null && requested !== self)) throw notFound('Document', 'userId');
  return [self];
}
