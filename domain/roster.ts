import { In } from 'typeorm';
import { Inscription, InscriptionRole, InscriptionState, Membership, User } from '../entities';
import { DomainContext } from './context';

export interface RosterEntry {
  user: Pick<User, 'id' | 'firstName' | 'lastName' | 'email'>;
  role: InscriptionRole;
  state: InscriptionState;
  /** The names of the organisations the person belongs to, by name; empty when unknown. */
  organisations: string[];
}

export interface RosterQuery {
  /** An event's registrations, or a session's own (session-level) ones. */
  parent: { eventId: number } | { sessionId: number };
  roles: InscriptionRole[];
  /** Only confirmed registrations (a sign-in sheet), or every one still standing (an export: waiting and pending too). */
  confirmedOnly: boolean;
}

/**
 * The people of an event or a session for the documents about them (#10 §3, §7), by last name, first name:
 * two queries whatever their number. The caller has checked that the actor is staff of the session.
 */
export async function roster(ctx: DomainContext, query: RosterQuery): Promise<RosterEntry[]> {
  if (!query.roles.length) return [];
  const inscriptions = await ctx.manager
    .createQueryBuilder(Inscription, 'i')
    .innerJoinAndSelect('i.user', 'u')
    .where('eventId' in query.parent ? 'i.eventId = :eventId' : 'i.sessionId = :sessionId AND i.eventId IS NULL', query.parent)
    .andWhere('i.role IN (:...roles)', { roles: query.roles })
    .andWhere(query.confirmedOnly ? 'i.state = :state' : 'i.state != :state', {
      state: query.confirmedOnly ? InscriptionState.CONFIRMED : InscriptionState.CANCELLED,
    })
    .orderBy('u.lastName')
    .addOrderBy('u.firstName')
    .addOrderBy('u.id')
    .addOrderBy('i.role')
    .getMany();
  const userIds = [...new Set(inscriptions.map((i) => i.userId))];
  const memberships = userIds.length
    ? await ctx.manager.find(Membership, { where: { userId: In(userIds) }, relations: { organisation: true } })
    : [];
  const names = new Map<number, string[]>();
  for (const m of memberships) names.set(m.userId, [...(names.get(m.userId) ?? []), m.organisation.name]);
  return inscriptions.map((i) => ({
    user: { id: i.user.id, firstName: i.user.firstName, lastName: i.user.lastName, email: i.user.email },
    role: i.role,
    state: i.state,
    organisations: (names.get(i.userId) ?? []).sort((a, b) => a.localeCompare(b)),
  }));
}
