import 'reflect-metadata';
import { NextRequest } from 'next/server';
import { limitBody } from '../../../lib/http/body-limit';
import { invalidJsonBody } from '../../../lib/http/json-body';
import { databaseUnavailableResponse, isDatabaseUnavailable, logDatabaseUnavailable } from '../../../graphql/database-unavailable';
import { getRuntime, type CursusRuntime } from '../../../server/runtime';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** The runtime, or null when the database cannot serve its start (#6 §9: 503 now, getRuntime retries next time). */
async function startedRuntime(): Promise<CursusRuntime | null> {
  return getRuntime().catch((error: unknown) => {
    if (!isDatabaseUnavailable(error)) throw error;
    logDatabaseUnavailable('starting the runtime', error);
    return null;
  });
}

async function handle(request: NextRequest): Promise<Response> {
  const cursus = await startedRuntime();
  return cursus ? cursus.handleGraphQL(request) : databaseUnavailableResponse();
}

export function GET(request: NextRequest) {
  return handle(request);
}

export async function POST(request: NextRequest) {
  const limited = await limitBody(
    request,
    (body) => invalidJsonBody(request, body) ?? new NextRequest(request.url, { method: 'POST', headers: request.headers, body }),
  );
  return limited instanceof NextRequest ? handle(limited) : limited;
}
