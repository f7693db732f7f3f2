import { ApolloServer } from '@apollo/server';
import { GraphQLSchema } from 'graphql';
import type { GraphQLContext } from './context';
import { formatError } from './errors';

/**
 * The Apollo server, independent of Next.js: the route only adapts it, so the same server can later be
 * served from a plain Node HTTP handler without touching a resolver.
 */
export function createGraphQLServer(schema: GraphQLSchema): ApolloServer<GraphQLContext> {
  return new ApolloServer<GraphQLContext>({
    schema,
    formatError,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    // The playground needs introspection; accounts will restrict it for anonymous callers in production.
    introspection: true,
  });
}
