import { Inscription, InscriptionRole, InscriptionState, User } from '../../entities';
import { mapConnection, PageArgs, toConnection } from '../connection';
import type { GraphQLContext } from '../context';

type Parent = 'session' | 'event';

type Filter = { role?: InscriptionRole; state?: InscriptionState; userId?: number };

const spec = (parent: Parent, filter: Filter) => {
  const clauses = parent === 'session' ? ['c.eventId IS NULL'] : [];
  if (filter.role) clauses.push('c.role = :role');
  if (filter.state) clauses.push('c.state = :state');
  if (filter.userId !== undefined) clauses.push('c.userId = :userId');
  return {
    entity: Inscription,
    parentColumn: parent === 'session' ? ('sessionId' as const) : ('eventId' as const),
    order: { column: 'id', direction: 'ASC' as const },
    where: clauses.length ? { sql: clauses.join(' AND '), parameters: filter } : undefined,
  };
};

/**
 * Registrations are personal data: the session's staff see them all, anyone else only their own (anonymous
 * visitors none). Trainers are the exception: who teaches is part of the public description of a session.
 */
async function restrict(ctx: GraphQLContext, sessionId: number, role: InscriptionRole | undefined, filter: Filter) {
  if (role === InscriptionRole.TRAINER) return filter;
  if ((await ctx.loaders.sessionRelation.load(sessionId)).staff) return filter;
  const actor = ctx.domain.actor;
  return { ...filter, userId: actor.kind === 'user' ? actor.userId : -1 };
}

const keyOf = (name: string, filter: Filter) => `${name}:${filter.role ?? ''}:${filter.state ?? ''}:${filter.userId ?? '*'}`;

/** The inscriptions of sessions or events, batched across parents. */
export async function inscriptionsOf(
  ctx: GraphQLContext,
  parent: Parent,
  parentId: number,
  sessionId: number,
  filter: Filter,
  page: PageArgs,
) {
  const visible = await restrict(ctx, sessionId, filter.role, filter);
  return toConnection(await ctx.loaders.childPage(keyOf(`${parent}Inscriptions`, visible), spec(parent, visible), page, parentId));
}

/** The confirmed learners or trainers of sessions or events, as users. */
export async function usersOf(
  ctx: GraphQLContext,
  parent: Parent,
  parentId: number,
  sessionId: number,
  role: InscriptionRole,
  page: PageArgs,
) {
  const filter = await restrict(ctx, sessionId, role, { role, state: InscriptionState.CONFIRMED });
  const inscriptions = await ctx.loaders.childPage(keyOf(`${parent}Users`, filter), spec(parent, filter), page, parentId);
  const users = await ctx.loaders.user.loadMany(inscriptions.nodes.map((i) => i.userId));
  return mapConnection(inscriptions, users.filter((u): u is User => u instanceof User));
}
