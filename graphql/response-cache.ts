import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import ApolloServerPluginResponseCache from '@apollo/server-plugin-response-cache';
import { Kind } from 'graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DataVersion, Event, Session } from '../entities';
import type { DomainContext } from '../domain/context';
import { inTransaction } from '../domain/transaction';
import type { GraphQLContext } from './context';
import { isDatabaseUnavailable } from './database-unavailable';

/**
 * How long a cached answer may live at most, whatever happens: the bound on staleness should a process stop
 * between a mutation's commit and its raising of the counter (below), the one write the counter can miss.
 */
export const RESPONSE_CACHE_MAX_AGE_SECONDS = 60;

const DATA_VERSION_ID = 1;

/**
 * The instants at which the passage of time changes what an anonymous reader is shown: a session or an event
 * starts or ends (its status, R4; ended ones leave the open lists), a session's registration closes (R8). Every
 * rule an anonymous read applies compares "now" with one of these columns, never with an offset of now: one that
 * did would have to add its column (or refuse the cache) here.
 */
const TIME_BOUNDARIES: [typeof Session | typeof Event, string][] = [
  [Session, 'startDate'],
  [Session, 'endDate'],
  [Session, 'registrationClosesAt'],
  [Event, 'startAt'],
  [Event, 'endAt'],
];

/** The latest instant of `column` already reached (its index walked back one entry). */
const latestPassed =
  ([entity, column]: (typeof TIME_BOUNDARIES)[number]) =>
  (qb: SelectQueryBuilder<ObjectLiteral>) =>
    qb.select(`b.${column}`).from(entity, 'b').where(`b.${column} <= :freshnessNow`).orderBy(`b.${column}`, 'DESC').limit(1);

/**
 * What an anonymous answer depends on besides its query: the data (the counter) and the time (the latest
 * boundary reached: between two boundaries every comparison with "now" gives the same result). One statement.
 */
export async function freshness(ctx: DomainContext): Promise<unknown[] | null> {
  let query = ctx.manager
    .createQueryBuilder(DataVersion, 'v')
    .select('v.version', 'version')
    .where('v.id = :id', { id: DATA_VERSION_ID })
    .setParameter('freshnessNow', ctx.clock.now());
  TIME_BOUNDARIES.forEach((boundary, i) => (query = query.addSelect(latestPassed(boundary), `b${i}`)));
  const row = await query.getRawOne<Record<string, unknown>>();
  return row ? [String(row.version), ...TIME_BOUNDARIES.map((_, i) => row[`b${i}`] ?? null)] : null;
}

/** Raises the counter: every answer cached before, in every process, stops being served. */
export function raiseDataVersion(ctx: DomainContext): Promise<unknown> {
  const raise = ({ manager }: DomainContext) =>
    manager
      .createQueryBuilder()
      .update(DataVersion)
      .set({ version: () => 'version + 1' })
      .where('id = :id', { id: DATA_VERSION_ID })
      .execute();
  // MySQL: one autocommitted statement, the hot row locked for that statement only. SQLite: in a transaction
  // of its own, which waits for the write transaction in progress instead of joining it on the one connection.
  return ctx.manager.connection.options.type === 'better-sqlite3' ? inTransaction(ctx, raise) : raise(ctx);
}

/**
 * An anonymous operation that reads data: `{ __typename }` and introspection read none, and the freshness
 * statement would be all their SQL.
 */
const cacheable = ({ contextValue, operation }: GraphQLRequestContext<GraphQLContext>) =>
  contextValue.domain.actor.kind === 'anonymous' &&
  !!operation?.selectionSet.selections.some((s) => s.kind !== Kind.FIELD || !s.name.value.startsWith('__'));

/**
 * Exact caching of anonymous reads (#11: the public catalogue is what everyone reads, and reads the same).
 * An anonymous query's answer is kept in this process's memory (Apollo's bounded LRU cache) under its query,
 * variables and freshness (above), read in one statement before the data: a cached answer is served only while
 * no mutation has committed since and no time boundary has been crossed, so it is the answer the database
 * would give. Every mutation, refused or not, raises the counter after its transaction, before its answer is
 * sent: the caller's next read, in any process, is fresh. Signed-in readers are never cached (their answers
 * depend on their scope, and some of their data moves outside mutations: the outbox, token uses).
 */
export function responseCachePlugin(): ApolloServerPlugin<GraphQLContext>[] {
  // Requests whose freshness could not be read: served from the database, never from or into the cache. A
  // database that does not answer then fails in the resolvers, which answer 503 (database-unavailable.ts);
  // a database without the row (its migrations not run) cannot vouch for anything.
  const unknown = new WeakSet<GraphQLContext>();
  const usable = (request: GraphQLRequestContext<GraphQLContext>) => cacheable(request) && !unknown.has(request.contextValue);
  const cache = ApolloServerPluginResponseCache<GraphQLContext>({
    sessionId: async () => null,
    extraCacheKeyData: async (request) => {
      if (!cacheable(request)) return null;
      const key = await freshness(request.contextValue.domain).catch((error: unknown) => {
        if (!isDatabaseUnavailable(error)) request.logger.error(`[response-cache] freshness not read: ${String(error)}`);
        return null;
      });
      if (!key) unknown.add(request.contextValue);
      return key;
    },
    shouldReadFromCache: async (request) => usable(request),
    shouldWriteToCache: async (request) => {
      if (!usable(request)) return false;
      // The answer is exact under its key; the age is only the bound of the comment above.
      request.overallCachePolicy.replace({ maxAge: RESPONSE_CACHE_MAX_AGE_SECONDS, scope: 'PUBLIC' });
      return true;
    },
  });
  const invalidation: ApolloServerPlugin<GraphQLContext> = {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, contextValue, logger }) {
          if (operation?.operation !== 'mutation') return;
          await raiseDataVersion(contextValue.domain).catch((error: unknown) =>
            logger.error(`[response-cache] the data version was not raised; cached answers may live ${RESPONSE_CACHE_MAX_AGE_SECONDS} s: ${String(error)}`),
          );
        },
      };
    },
  };
  return [cache, invalidation];
}
