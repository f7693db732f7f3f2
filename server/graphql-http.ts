import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { HeaderMap } from '@apollo/server';
import {
  databaseUnavailableBody,
  isDatabaseUnavailable,
  logDatabaseUnavailable,
  RETRY_AFTER_SECONDS,
} from '../graphql/database-unavailable';
import { BODY_TOO_LARGE, readLimitedBody } from '../lib/http/body-limit';
import { parseJsonBody } from '../lib/http/json-body';
import { freshNonce, securityHeaders } from '../lib/http/security-headers';
import { servedOverHttps } from '../lib/site-url';
import type { RequestHeaders } from './actor';
import { getRuntime, type CursusRuntime } from './runtime';

/** Where the API is served: by this handler, in front of Next (server.js). */
export const GRAPHQL_PATH = '/api/graphql';


/**
 * Where instrumentation.ts leaves this handler for server.js: the custom server is plain JavaScript outside
 * Next's bundles, and the handler must come from the bundle that shares the runtime (server/runtime.ts).
 */
const PUBLISHED = Symbol.for('cursus.graphql-http');

export function publishGraphQLHandler(): void {
  (globalThis as { [PUBLISHED]?: GraphQLHandler })[PUBLISHED] = handleGraphQL;
}

export type GraphQLHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/** What the handler needs of the runtime (a test may give another Apollo server). */
export type GraphQLRuntime = Pick<CursusRuntime, 'server' | 'contextFor'>;

/** node:http's headers read the way the actor is (server/actor.ts); repeated headers joined as HTTP does. */
const headerReader = (request: IncomingMessage): RequestHeaders => ({
  get(name) {
    const value = request.headers[name.toLowerCase()];
    return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
  },
});

function send(response: ServerResponse, status: number, body: string, headers: OutgoingHttpHeaders = {}): void {
  response.writeHead(status, headers);
  response.end(body);
}

const sendJson = (response: ServerResponse, status: number, body: unknown, headers: OutgoingHttpHeaders = {}) =>
  send(response, status, JSON.stringify(body), { 'content-type': 'application/json; charset=utf-8', ...headers });

/** The runtime, or null when the database cannot serve its start (#6 §9: 503 now, getRuntime retries next time). */
async function startedRuntime(): Promise<CursusRuntime | null> {
  return getRuntime().catch((error: unknown) => {
    if (!isDatabaseUnavailable(error)) throw error;
    logDatabaseUnavailable('starting the runtime', error);
    return null;
  });
}

/** The request as Apollo reads it: the body parsed when it is JSON, or the answer that refuses it. */
async function readBody(request: IncomingMessage): Promise<{ body: unknown } | { status: number; body: unknown }> {
  if (request.method !== 'POST') return { body: undefined };
  const text = await readLimitedBody(request);
  if (text === null) return BODY_TOO_LARGE;
  const mediaType = request.headers['content-type']?.split(';')[0].trim().toLowerCase();
  if (mediaType !== 'application/json') return { body: text };
  const parsed = parseJsonBody(text);
  return parsed.ok ? { body: parsed.value } : parsed;
}

/**
 * /api/graphql straight on node:http (#11 §3): the same Apollo server, actor and limits as before, without
 * Next's request handling and route-handler transport in between, which cost milliseconds per request. It
 * gives the answers the headers proxy.ts gives Next's (security headers with a fresh nonce, `no-store`),
 * caps the body (lib/http/body-limit.ts), refuses malformed JSON with a 400, and answers 503 while the
 * database cannot serve.
 */
export const createGraphQLHandler = (started: () => Promise<GraphQLRuntime | null>): GraphQLHandler => async (request, response) => {
  const development = process.env.NODE_ENV === 'development';
  for (const [name, value] of Object.entries(securityHeaders({ nonce: freshNonce(), https: servedOverHttps(), development })))
    response.setHeader(name, value);
  // API answers are per caller and never cached: what Apollo says of its own answers, said of ours too.
  response.setHeader('cache-control', 'no-store');
  try {
    const runtime = await started();
    if (!runtime) return sendJson(response, 503, { errors: [databaseUnavailableBody()] }, { 'retry-after': String(RETRY_AFTER_SECONDS) });
    const read = await readBody(request);
    if ('status' in read) return sendJson(response, read.status, read.body);
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers))
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    const url = request.url ?? '';
    const answer = await runtime.server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.includes('?') ? url.slice(url.indexOf('?')) : '', body: read.body },
      context: () => runtime.contextFor(headerReader(request)),
    });
    response.statusCode = answer.status ?? 200;
    for (const [name, value] of answer.headers) response.setHeader(name, value);
    if (answer.body.kind === 'complete') return void response.end(answer.body.string);
    for await (const chunk of answer.body.asyncIterator) response.write(chunk);
    response.end();
  } catch (error) {
    console.error('[graphql] the request failed outside Apollo', error);
    if (!response.headersSent) sendJson(response, 500, { errors: [{ message: 'internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    else response.end();
  }
};

/** /api/graphql of this process. */
export const handleGraphQL = createGraphQLHandler(startedRuntime);
