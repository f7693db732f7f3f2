import type { ApolloServer } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { GraphQLContext } from '../graphql/context';
import type { Clock } from '../domain/clock';
import type { User } from '../entities';
import type { Health } from './health';
import type { RequestHeaders } from './actor';
import type { CalendarKind } from './calendar-files';
import type { DocumentOwner } from './document-files';
import type { MailWorker } from './mail-worker';

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
const BUILD = Symbol.for('cursus.runtime.build');
type Holder = { [KEY]?: Promise<CursusRuntime>; [BUILD]?: () => Promise<CursusRuntime> };

/**
 * The first bundle to ask builds the whole runtime and keeps it on globalThis, so all bundles share one
 * schema, one DataSource and one set of classes. It also survives dev hot reloads. The schema is built once
 * per process.
 *
 * This module holds only the handle: the builder (server/runtime-build.ts, which imports the schema, the
 * domain, the entities and the migrations) is imported dynamically, by the first bundle that needs it
 * (instrumentation.ts, at start), and published on globalThis for the others, which then never load their
 * own copy of that code. Every page and route handler imports this file, and Next bundles server code once per
 * route handler and once for the pages: a static import put a copy of the whole server (about 2 MB of source,
 * 4 MB as a V8 string, plus its compiled code and metadata) in the memory of the process for each of those
 * bundles it served (#11, server memory).
 */
export function getRuntime(): Promise<CursusRuntime> {
  const holder = globalThis as Holder;
  holder[KEY] ??= (
    holder[BUILD]
      ? holder[BUILD]()
      : import('./runtime-build').then(({ buildRuntime }) => (holder[BUILD] ??= buildRuntime)())
  ).catch((error) => {
    delete holder[KEY];
    throw error;
  });
  return holder[KEY]!;
}
