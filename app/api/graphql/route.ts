import 'reflect-metadata';
import { startServerAndCreateNextHandler } from '@as-integrations/next';
import { NextRequest } from 'next/server';
import { limitBody } from '../../../lib/http/body-limit';
import { actorFromRequest } from '../../../lib/auth/actor';
import { systemClock } from '../../../lib/clock';
import { createContext, type GraphQLContext } from '../../../graphql/context';
import { getRuntime } from '../../../lib/runtime';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

type Handler = (request: NextRequest) => Promise<Response>;

async function handler(): Promise<Handler> {
  const { server, dataSource, adapters } = await getRuntime();
  if (!adapters.has('next')) {
    adapters.set(
      'next',
      startServerAndCreateNextHandler<NextRequest, GraphQLContext>(server, {
        context: async (request) =>
          createContext(dataSource, await actorFromRequest(request, dataSource.manager, systemClock)),
      }),
    );
  }
  return adapters.get('next') as Handler;
}

export async function GET(request: NextRequest) {
  return (await handler())(request);
}

export async function POST(request: NextRequest) {
  const limited = await limitBody(request, (body) => new NextRequest(request.url, { method: 'POST', headers: request.headers, body }));
  return limited instanceof NextRequest ? (await handler())(limited) : limited;
}
