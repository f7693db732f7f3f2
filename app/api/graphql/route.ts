import 'reflect-metadata';
import { startServerAndCreateNextHandler } from '@as-integrations/next';
import { NextRequest } from 'next/server';
import { limitBody } from '../../../lib/http/body-limit';
import { invalidJsonBody } from '../../../lib/http/json-body';
import type { GraphQLContext } from '../../../graphql/context';
import { databaseUnavailableResponse, isDatabaseUnavailable, logDatabaseUnavailable } from '../../../graphql/database-unavailable';
import { contextForRequest } from '../../../server/request-context';
import { getRuntime } from '../../../server/runtime';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

type Handler = (request: NextRequest) => Promise<Response>;

async function handler(): Promise<Handler> {
  const cursus = await getRuntime().catch((error: unknown) => {
    // #6 §9: no database while the runtime starts: 503 now, getRuntime tries again on the next request.
    if (!isDatabaseUnavailable(error)) throw error;
    logDatabaseUnavailable('starting the runtime', error);
    return null;
  });
  if (!cursus) return async () => databaseUnavailableResponse();
  const { server, adapters } = cursus;
  if (!adapters.has('next')) {
    adapters.set(
      'next',
      startServerAndCreateNextHandler<NextRequest, GraphQLContext>(server, {
        context: (request) => contextForRequest(cursus, request),
      }),
    );
  }
  return adapters.get('next') as Handler;
}

export async function GET(request: NextRequest) {
  return (await handler())(request);
}

export async function POST(request: NextRequest) {
  const limited = await limitBody(
    request,
    (body) => invalidJsonBody(request, body) ?? new NextRequest(request.url, { method: 'POST', headers: request.headers, body }),
  );
  return limited instanceof NextRequest ? (await handler())(limited) : limited;
}
