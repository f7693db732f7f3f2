import { Extensions, MiddlewareFn } from 'type-graphql';
import { assertSignedIn } from '../domain/actor';
import type { GraphQLContext } from './context';

/** Marks a root query as readable by anonymous visitors (the public catalogue). */
export const Public = () => Extensions({ public: true });

/**
 * Guarded by default: every root query and mutation needs a signed-in actor unless marked @Public(). What a
 * signed-in actor may see or do is then decided by the domain (scope in SQL, permissions).
 */
export const guardRootFields: MiddlewareFn<GraphQLContext> = ({ info, context }, next) => {
  const { schema, parentType, fieldName } = info;
  const isRoot = parentType === schema.getQueryType() || parentType === schema.getMutationType();
  if (isRoot && !parentType.getFields()[fieldName].extensions?.public) assertSignedIn(context.domain.actor);
  return next();
};
