import { Inscription, InscriptionRole, InscriptionState, User } from '../../entities';
import { mapConnection, PageArgs, toConnection } from '../connection';
import type { GraphQLContext } from '../context';

type Parent = 'session' | 'event';

const spec = (parent: Parent, filter: { role?: InscriptionRole; state?: InscriptionState }) => {
  const clauses = parent === 'session' ? ['c.eventId IS NULL'] : [];
  if (filter.role) clauses.push('c.role = :role');
  if (filter.state) clauses.push('c.state = :state');
  return {
    entity: Inscription,
    parentColumn: parent === 'session' ? ('sessionId' as const) : ('eventId' as const),
    order: { column: 'id', direction: 'ASC' as const },
    where: clauses.length ? { sql: clauses.join(' AND '), parameters: filter } : undefined,
  };
};

/** The inscriptions of sessions or events, batched across parents. */
export async function inscriptionsOf(
  ctx: GraphQLContext,
  parent: Parent,
  parentId: number,
  filter: { role?: InscriptionRole; state?: InscriptionState },
  page: PageArgs,
) {
  const key = `${parent}Inscriptions:${filter.role ?? ''}:${filter.state ?? ''}`;
  return toConnection(await ctx.loaders.childPage(key, spec(parent, filter), page, parentId));
}

/** The confirmed learners or trainers of sessions or events, as users. */
export async function usersOf(ctx: GraphQLContext, parent: Parent, parentId: number, role: InscriptionRole, page: PageArgs) {
  const filter = { role, state: InscriptionState.CONFIRMED };
  const inscriptions = await ctx.loaders.childPage(`${parent}Users:${role}`, spec(parent, filter), page, parentId);
  const users = await ctx.loaders.user.loadMany(inscriptions.nodes.map((i) => i.userId));
  return mapConnection(inscriptions, users.filter((u): u is User => u instanceof User));
}
