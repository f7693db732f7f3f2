import 'reflect-metadata';
import type { ApolloServer } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { GraphQLContext } from '../graphql/context';
import { buildCursusSchema } from '../graphql/schema';
import { createGraphQLServer } from '../graphql/server';
import { anonymousActor } from '../domain/actor';
import { Clock, systemClock } from '../domain/clock';
import { signIn, SignInThrottled } from '../domain/sign-in';
import type { User } from '../entities';
import { openDataSource } from './db';
import { checkHealth, type Health } from './health';
import type { RequestHeaders } from './actor';
import { contextForRequest } from './request-context';
import { calendarFile, type CalendarKind } from './calendar-files';
import { documentFile, type DocumentOwner } from './document-files';
import { type MailWorker, startMailWorker } from './mail-worker';

/** What a password sign-in gave (next-auth's `authorize`). */
export type SignInOutcome = { kind: 'user'; user: User } | { kind: 'throttled'; retryAfterSeconds: number } | null;

/**
 * Everything a process builds once: the DataSource, the schema, the GraphQL server, and the functions that
 * touch entities (request → context, sign-in). Those functions come from the bundle
 * that built the runtime: Next bundles server code more than once (route handlers, server components), and an
 * entity class of another bundle has no metadata in this DataSource ("No metadata for User was found").
 */
export interface CursusRuntime {
  dataSource: DataSource;
  schema: GraphQLSchema;
  server: ApolloServer<GraphQLContext>;
  /** The one clock of the process: every request and every sign-in reads "now" from it. */
  clock: Clock;
  /** The request → actor → context step, for /api/graphql and for server-rendered pages alike (its headers). */
  contextFor(headers: RequestHeaders): Promise<GraphQLContext>;
  /** Whether this process can serve: the database answers and its migrations are applied (/api/health). */
  health(): Promise<Health>;
  /** Password sign-in (domain/sign-in.ts) for next-auth. */
  signIn(email: string, password: string, address: string | null): Promise<SignInOutcome>;
  /** The .ics files (#9 §6): an event's, a session's, or a private feed's (server/calendar-files.ts). */
  calendarFile(request: Request, kind: CalendarKind, file: string): Promise<Response>;
  /** The generated documents (#10): /documents/<owner>/<id>/<file> (server/document-files.ts). */
  documentFile(request: Request, owner: DocumentOwner, id: string, file: string): Promise<Response>;
  /** Starts this process's outbox worker when SMTP_URL is set (once; instrumentation.ts), #10 §8. */
  startMailWorker(): MailWorker | null;
}

const KEY = Symbol.for('cursus.runtime');
type Holder = { [KEY]?: Promise<CursusRuntime> };

/**
 * The first bundle to ask builds the whole runtime and keeps it on globalThis, so all bundles share one
 * schema, one DataSource and one set of classes. It also survives dev hot reloads. The schema is built once
 * per process.
 */
export function getRuntime(): Promise<CursusRuntime> {
  const holder = globalThis as Holder;
  holder[KEY] ??= (async () => {
    const dataSource = await openDataSource(undefined, { migrate: process.env.MIGRATE_ON_START !== 'false' });
    const schema = buildCursusSchema();
    const server = createGraphQLServer(schema, { responseCache: true });
    const clock = systemClock;
    let mailWorker: MailWorker | null | undefined;
    // Once per process; /api/graphql (server/graphql-http.ts) and server-rendered operations wait for it.
    server.startInBackgroundHandlingStartupErrorsByLoggingAndFailingAllRequests();
    const runtime: CursusRuntime = {
      dataSource,
      schema,
      server,
      clock,
      contextFor: (headers) => contextForRequest(runtime, headers),
      calendarFile: (request, kind, file) => calendarFile(runtime, request, kind, file),
      documentFile: (request, owner, id, file) => documentFile(runtime, request, owner, id, file),
      health: () => checkHealth(dataSource),
      startMailWorker: () => (mailWorker ??= startMailWorker(dataSource)),
      async signIn(email, password, address) {
        const ctx = { manager: dataSource.manager, clock, actor: anonymousActor };
        try {
          const user = await signIn(ctx, email, password, address);
          return user ? { kind: 'user', user } : null;
        } catch (error) {
          if (error instanceof SignInThrottled) return { kind: 'throttled', retryAfterSeconds: error.retryAfterSeconds };
          throw error;
        }
      },
    };
    return runtime;
  })().catch((error) => {
    delete holder[KEY];
    throw error;
  });
  return holder[KEY]!;
}
