import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, GraphQLSchema, Kind, visit } from 'graphql';
import type { GraphQLContext } from './context';
import { operationCost } from './cost';
import { databaseUnavailablePlugin } from './database-unavailable';
import { formatError } from './errors';
import { responseCachePlugin } from './response-cache';
import { ErrorReason } from '../domain/error-reasons';

/**
 * Limits on what one request may ask (checked while validating, before any resolver or SQL runs):
 * - depth 12: the deepest useful read is about 8 (trainings → sessions → events → inscriptions → user…);
 * - 15 aliases: enough for a dashboard, not for a brute-force batch in one document;
 * - cost 100 000: at most that many objects in one response (cost.ts), e.g. 80 trainings × 5 sessions ×
 *   5 events × 20 trainers fits, four nested lists of 100 do not;
 * - 2 000 tokens (graphql-js's own parse limit, answered 400 like any syntax error): far above any real
 *   operation; the request body itself is capped by the HTTP adapter (lib/http/body-limit.ts);
 * - 10 directives; no batched (array) requests.
 */
export const LIMITS = { maxDepth: 12, maxAliases: 15, maxCost: 100_000, maxTokens: 2_000, maxDirectives: 10 };

const armor = new ApolloArmor({
  maxDepth: { n: LIMITS.maxDepth },
  maxAliases: { n: LIMITS.maxAliases },
  // Replaced by operationCost (cost.ts), which also counts page sizes passed as variables.
  costLimit: { enabled: false },
  // Armor's token check throws from a plugin hook, which Apollo answers 500: parseOptions below does it right.
  maxTokens: { enabled: false },
  maxDirectives: { n: LIMITS.maxDirectives },
  // Suggestions are hidden for anonymous callers only (below), not for signed-in developers.
  blockFieldSuggestion: { enabled: false },
});

const isIntrospection = (document: Parameters<typeof visit>[0]) => {
  let found = false;
  visit(document, {
    [Kind.FIELD]: (node) => {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  return found;
};

/**
 * Refuses operations costing more than LIMITS.maxCost (page sizes from variables included). In production,
 * anonymous callers get no introspection and no "Did you mean …?" hints (they would map the
 * schema for them); signed-in users keep both, so the playground works.
 */
function requestPolicyPlugin(production: boolean): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ contextValue }) {
      const anonymous = contextValue.domain.actor.kind === 'anonymous';
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          const cost = operation ? operationCost(schema, document, operation, request.variables) : 0;
          if (cost > LIMITS.maxCost)
            throw new GraphQLError(`this operation could return ${cost} objects; the limit is ${LIMITS.maxCost}`, {
              extensions: { code: 'BAD_USER_INPUT', reason: ErrorReason.TOO_COSTLY, http: { status: 400 } },
            });
          if (production && anonymous && isIntrospection(document))
            throw new GraphQLError('introspection needs a signed-in user', {
              extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
            });
        },
        async willSendResponse({ response }) {
          if (!production || !anonymous || response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (!errors) return;
          response.body.singleResult.errors = errors.map((error) => ({
            ...error,
            message: error.message.replace(/ ?Did you mean .*\?$/, ''),
          }));
        },
      };
    },
  };
}

/**
 * The Apollo server, independent of Next.js and of HTTP: server/graphql-http.ts serves it on node:http, server
 * components run it in process. `responseCache` (the app's server; tests choose) caches anonymous reads
 * exactly (response-cache.ts).
 */
export function createGraphQLServer(
  schema: GraphQLSchema,
  { production = process.env.NODE_ENV === 'production', responseCache = false }: { production?: boolean; responseCache?: boolean } = {},
): ApolloServer<GraphQLContext> {
  const protection = armor.protect();
  return new ApolloServer<GraphQLContext>({
    schema,
    formatError,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    validationRules: protection.validationRules,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    plugins: [
      ...protection.plugins,
      requestPolicyPlugin(production),
      databaseUnavailablePlugin<GraphQLContext>(),
      ...(responseCache ? responseCachePlugin() : []),
      // No cache hints are used (response-cache.ts sets its own policy), and the default plugin would run a
      // hook on every field of every request to compute them.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
}
