import { RegistrantFilter, RegistrantParent, registrantsSpec, visibleRegistrants } from '../../domain/registrants';
import { InscriptionRole, InscriptionState, User } from '../../entities';
import { mapConnection, PageArgs, toConnection } from '../connection';
import type { GraphQLContext } from '../context';

/** What the actor may see of the asked list (domain/registrants.ts), with staff-ness batched per request. */
const restrict = (ctx: GraphQLContext, sessionId: number, filter: RegistrantFilter) =>
  visibleRegistrants(ctx.domain.actor, filter, async () => (await ctx.loaders.sessionRelation.load(sessionId)).staff);

const keyOf = (name: string, filter: RegistrantFilter) => `${name}:${filter.role ?? ''}:${filter.state ?? ''}:${filter.userId ?? '*'}`;

/** The inscriptions of sessions or events, batched across parents. */
export async function inscriptionsOf(
  ctx: GraphQLContext,
  parent: RegistrantParent,
  parentId: number,
  sessionId: number,
  filter: RegistrantFilter,
  page: PageArgs,
) {
  const visible = await restrict(ctx, sessionId, filter);
  return toConnection(await ctx.loaders.childPage(keyOf(`${parent}Inscriptions`, visible), registrantsSpec(parent, visible), page, parentId));
}

/** The confirmed learners or trainers of sessions or events, as users. */
export async function usersOf(
  ctx: GraphQLContext,
  parent: RegistrantParent,
  parentId: number,
  sessionId: number,
  role: InscriptionRole,
  page: PageArgs,
) {
  const filter = await restrict(ctx, sessionId, { role, state: InscriptionState.CONFIRMED });
  const inscriptions = await ctx.loaders.childPage(keyOf(`${parent}Users`, filter), registrantsSpec(parent, filter), page, parentId);
  const users = await ctx.loaders.user.loadMany(inscriptions.nodes.map((i) => i.userId));
  return mapConnection(inscriptions, users.filter((u): u is User => u instanceof User));
}
