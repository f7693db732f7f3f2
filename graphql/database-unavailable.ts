import { ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';

/** How long clients are asked to wait before trying again (`Retry-After`, in seconds). */
export const RETRY_AFTER_SECONDS = 5;
const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';
const MESSAGE = 'the database is not answering; try again shortly';

/**
 * Driver error codes that mean "the database cannot serve this now", not "this request is wrong":
 * - the network or the server (refused, reset, lost, shutting down, too many connections);
 * - a bound of server/db.ts: ETIMEDOUT (opening a connection, or waiting for a pooled one, see
 *   server/mysql-pool.ts), PROTOCOL_SEQUENCE_TIMEOUT (a statement), SQLITE_BUSY… (another process holds
 *   SQLite's write lock);
 * - a timeout of the server itself (a lock wait, MySQL's max_execution_time).
 */
const UNAVAILABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'ETIMEDOUT',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
  'ER_LOCK_WAIT_TIMEOUT',
  'ER_QUERY_TIMEOUT',
]);

interface Wrapped {
  code?: unknown;
  originalError?: unknown;
  thrownValue?: unknown;
  driverError?: unknown;
  cause?: unknown;
}

/**
 * The code of the driver error under `error`, through GraphQL's wrapping (`thrownValue` when the error is
 * not `instanceof Error` of this realm, as under jest's vm), TypeORM's and the standard `cause`.
 */
function driverCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 5; depth += 1) {
    const { code, originalError, thrownValue, driverError, cause } = current as Wrapped;
    if (typeof code === 'string') return code;
    current = originalError ?? thrownValue ?? driverError ?? cause;
  }
  return undefined;
}

/** The one mapping of driver errors to "database unavailable" (#6 §9), answered 503 SERVICE_UNAVAILABLE. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const code = driverCode(error);
  return code !== undefined && (UNAVAILABLE.has(code) || code.startsWith('SQLITE_BUSY'));
}

/** Logs the cause in one line (the SQL and parameters of a timed-out statement stay out of the log). */
export function logDatabaseUnavailable(where: string, error: unknown): void {
  console.error(`[database] unavailable (${where}): ${driverCode(error)}`);
}

/** What clients see: no driver message, stack or SQL. */
export function databaseUnavailableBody() {
  return { message: MESSAGE, extensions: { code: SERVICE_UNAVAILABLE } };
}

const retryAfter = (): [string, string] => ['retry-after', String(RETRY_AFTER_SECONDS)];

/** For failures before execution (building the request's context): Apollo answers it with its `http` status. */
export function databaseUnavailableError(cause: unknown): GraphQLError {
  return new GraphQLError(MESSAGE, {
    originalError: cause instanceof Error ? cause : undefined,
    extensions: { code: SERVICE_UNAVAILABLE, http: { status: 503, headers: new HeaderMap([retryAfter()]) } },
  });
}

/** For failures before there is a GraphQL server at all (the runtime could not open its DataSource). */
export function databaseUnavailableResponse(): Response {
  return Response.json({ errors: [databaseUnavailableBody()] }, { status: 503, headers: [retryAfter()] });
}

/**
 * Resolvers' errors do not carry an HTTP status: when one of them is the database being unavailable, the
 * whole response is a 503 with `Retry-After` (formatError gives the error its code), not a 200 with errors.
 */
export function databaseUnavailablePlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, response }) {
          if (!errors.some(isDatabaseUnavailable)) return;
          response.http.status = 503;
          response.http.headers.set(...retryAfter());
        },
      };
    },
  };
}
