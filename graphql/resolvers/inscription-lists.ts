import type { GraphQLResolveInfo } from 'graphql';
import { RegistrantFilter, RegistrantParent, registrantsSpec, visibleRegistrants } from '../../domain/registrants';
import { InscriptionRole, InscriptionState, User } from '../../entities';
import { childConnection } from '../child-connection';
import { PageArgs } from '../connection';
import type { GraphQLContext } from '../context';

/** What the actor may see of the asked list (domain/registrants.ts), with staff-ness batched per request. */
const restrict = (ctx: GraphQLContext, sessionId: number, filter: RegistrantFilter) =>
  visibleRegistrants(ctx.domain.actor, filter, async () => (await ctx.loaders.sessionRelation.load(sessionId)).staff);

const keyOf = (name: string, filter: RegistrantFilter) => `${name}:${filter.role ?? ''}:${filter.state ?? ''}:${filter.userId ?? '*'}`;

/** The inscriptions of sessions or events, batched across parents. */
export async function inscriptionsOf(
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  parent: RegistrantParent,
  parentId: number,
  sessionId: number,
  filter: RegistrantFilter,
  page: PageArgs,
) {
  const visible = await restrict(ctx, sessionId, filter);
  return childConnection(ctx, info, keyOf(`${parent}Inscriptions`, visible), registrantsSpec(parent, visible), page, parentId);
}

/** The confirmed learners or trainers of sessions or events, as users, read with their inscriptions. */
export async function usersOf(
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  parent: RegistrantParent,
  parentId: number,
  sessionId: number,
  role: InscriptionRole,
  page: PageArgs,
) {
  const filter = await restrict(ctx, sessionId, { role, state: InscriptionState.CONFIRMED });
  const spec = { ...registrantsSpec(parent, filter), withRelation: 'user' as const };
  return childConnection(ctx, info, keyOf(`${parent}Users`, filter), spec, page, parentId, (inscriptions) =>
    inscriptions.map((i): User => {
      ctx.loaders.user.prime(i.userId, i.user);
      return i.user;
    }),
  );
}
