import { defaultFieldResolver, GraphQLSchema } from 'graphql';
import { Extensions } from 'type-graphql';
import { assertSignedIn } from '../domain/actor';
import type { GraphQLContext } from './context';

/** Marks a root query as readable by anonymous visitors (the public catalogue). */
export const Public = () => Extensions({ public: true });

/**
 * Guarded by default: every root query and mutation needs a signed-in actor unless marked @Public(). What a
 * signed-in actor may see or do is then decided by the domain (scope in SQL, permissions).
 *
 * Wrapped around the root fields' resolvers once the schema is built, not as a TypeGraphQL global
 * middleware: a global middleware runs on every field of every object of a response (through an async
 * chain, a promise per scalar field) to act on the root fields only (#11 §3).
 */
export function guardRootFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      if (field.extensions?.public) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (root, args, context: GraphQLContext, info) => {
        assertSignedIn(context.domain.actor);
        return resolve(root, args, context, info);
      };
    }
  }
  return schema;
}
