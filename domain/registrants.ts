import { Inscription, InscriptionRole, InscriptionState } from '../entities';
import { Actor } from './actor';
import { ChildPagesSpec } from './pagination';

/** Registrations are listed under a session (its session-level ones) or under an event. */
export type RegistrantParent = 'session' | 'event';

/** What a list of registrations is asked for; `userId` narrows it to one person's. */
export interface RegistrantFilter {
  role?: InscriptionRole;
  state?: InscriptionState;
  userId?: number;
}

/**
 * Registrations are personal data: the session's staff see them all, anyone else only their own (anonymous
 * visitors none). Trainers are the exception: who teaches is part of the public description of a session.
 * `isStaff` says whether the actor is staff of the session; it is asked only when the answer matters.
 */
export async function visibleRegistrants(
  actor: Actor,
  filter: RegistrantFilter,
  isStaff: () => Promise<boolean>,
): Promise<RegistrantFilter> {
  if (filter.role === InscriptionRole.TRAINER) return filter;
  if (await isStaff()) return filter;
  return { ...filter, userId: actor.kind === 'user' ? actor.userId : -1 };
}

/** The registrations of sessions (session-level only) or of events, batched across parents, oldest first. */
export function registrantsSpec(parent: RegistrantParent, filter: RegistrantFilter): ChildPagesSpec<Inscription> {
  const clauses = parent === 'session' ? ['c.eventId IS NULL'] : [];
  if (filter.role) clauses.push('c.role = :role');
  if (filter.state) clauses.push('c.state = :state');
  if (filter.userId !== undefined) clauses.push('c.userId = :userId');
  return {
    entity: Inscription,
    parentColumn: parent === 'session' ? 'sessionId' : 'eventId',
    order: { column: 'id', direction: 'ASC' },
    where: clauses.length ? { sql: clauses.join(' AND '), parameters: filter } : undefined,
  };
}
