import 'reflect-metadata';
import type { ApolloServer } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { GraphQLContext } from '../graphql/context';
import { buildCursusSchema } from '../graphql/schema';
import { createGraphQLServer } from '../graphql/server';
import { Clock, systemClock } from '../domain/clock';
import { openDataSource } from './db';

/** Everything a process builds once: the DataSource, the schema and the GraphQL server. */
export interface CursusRuntime {
  dataSource: DataSource;
  schema: GraphQLSchema;
  server: ApolloServer<GraphQLContext>;
  /** The one clock of the process: every request and every sign-in reads "now" from it. */
  clock: Clock;
  /** Adapters (e.g. the Next route handler) cache what they build from the server here. */
  adapters: Map<string, unknown>;
}

const KEY = Symbol.for('cursus.runtime');
type Holder = { [KEY]?: Promise<CursusRuntime> };

/**
 * Next bundles server code more than once (route handlers, server components), which would give two copies
 * of every entity class and "No metadata for X" errors. The first bundle to ask builds the whole runtime and
 * keeps it on globalThis, so all bundles share one schema, one DataSource and one set of classes. It also
 * survives dev hot reloads. The schema is built once per process.
 */
export function getRuntime(): Promise<CursusRuntime> {
  const holder = globalThis as Holder;
  holder[KEY] ??= (async () => {
    const dataSource = await openDataSource(undefined, { migrate: process.env.MIGRATE_ON_START !== 'false' });
    const schema = buildCursusSchema();
    // Started by whichever adapter serves it first (the Next handler starts it in the background).
    const server = createGraphQLServer(schema);
    return { dataSource, schema, server, clock: systemClock, adapters: new Map() };
  })().catch((error) => {
    delete holder[KEY];
    throw error;
  });
  return holder[KEY]!;
}
