import 'reflect-metadata';
import { buildCursusSchema } from '../graphql/schema';
import { createGraphQLServer } from '../graphql/server';
import { anonymousActor } from '../domain/actor';
import { systemClock } from '../domain/clock';
import { signIn, SignInThrottled } from '../domain/sign-in';
import { openDataSource } from './db';
import { checkHealth } from './health';
import { contextForRequest } from './request-context';
import { calendarFile } from './calendar-files';
import { documentFile } from './document-files';
import { type MailWorker, startMailWorker } from './mail-worker';
import type { CursusRuntime } from './runtime';

/**
 * Builds the process's runtime (server/runtime.ts): opens the DataSource (running the migrations unless
 * MIGRATE_ON_START=false), builds the schema and the GraphQL server. Called once per process through
 * `getRuntime()`, never directly: only the bundle that first needs the runtime loads this module.
 */
export async function buildRuntime(): Promise<CursusRuntime> {
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
}
