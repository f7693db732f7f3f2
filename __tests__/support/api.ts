import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { GraphQLFormattedError } from 'graphql';
import { DataSource } from 'typeorm';
import { Actor, systemActor } from '../../domain/actor';
import { createContext, GraphQLContext } from '../../graphql/context';
import { buildCursusSchema } from '../../graphql/schema';
import { createGraphQLServer } from '../../graphql/server';
import { FixedClock } from '../../domain/clock';
import { openTestDatabase } from './database';

// Built once per test file, like once per process in the app (with or without the response cache).
const servers = new Map<boolean, ApolloServer<GraphQLContext>>();

export interface GraphQLResult<T = any> {
  data?: T;
  errors?: readonly GraphQLFormattedError[];
}

/** A real database, the real schema and server, a clock the test moves, and an actor per call. */
export interface TestApi {
  dataSource: DataSource;
  clock: FixedClock;
  run<T = any>(query: string, variables?: Record<string, unknown>, actor?: Actor): Promise<GraphQLResult<T>>;
  /** Runs and fails the test on any error. */
  ok<T = any>(query: string, variables?: Record<string, unknown>, actor?: Actor): Promise<T>;
  close(): Promise<void>;
}

/**
 * `responseCache`: with the app's cache of anonymous reads (graphql/response-cache.ts). Off by default, so
 * that a test reads what it has just written whichever way it wrote it.
 */
export async function openTestApi(now = new Date('2026-03-02T08:00:00Z'), { responseCache = false } = {}): Promise<TestApi> {
  const { dataSource, close } = await openTestDatabase();
  if (!servers.has(responseCache)) servers.set(responseCache, createGraphQLServer(buildCursusSchema(), { responseCache }));
  const server = servers.get(responseCache)!;
  const clock = new FixedClock(now);
  const run = async (query: string, variables?: Record<string, unknown>, actor: Actor = systemActor) => {
    const response = await server.executeOperation(
      { query, variables },
      { contextValue: createContext(dataSource, actor, clock) },
    );
    if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
    return response.body.singleResult as GraphQLResult;
  };
  return {
    dataSource,
    clock,
    run,
    async ok(query, variables, actor) {
      const result = await run(query, variables, actor);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
      return result.data;
    },
    close,
  };
}

/** The extensions of the first error, for assertions like `{ code: 'BAD_USER_INPUT', field: 'title' }`. */
export function firstError(result: GraphQLResult): { message: string; [extension: string]: unknown } {
  const error = result.errors?.[0];
  if (!error) throw new Error(`expected an error, got ${JSON.stringify(result.data)}`);
  return { message: error.message, ...(error.extensions as Record<string, unknown>) };
}
