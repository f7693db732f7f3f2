import 'reflect-metadata';
import { NextRequest } from 'next/server';
import { limitBody } from '../../../lib/http/body-limit';
import { getRuntime } from '../../../server/runtime';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest) {
  return (await getRuntime()).handleGraphQL(request);
}

export async function POST(request: NextRequest) {
  const limited = await limitBody(request, (body) => new NextRequest(request.url, { method: 'POST', headers: request.headers, body }));
  return limited instanceof NextRequest ? (await getRuntime()).handleGraphQL(limited) : limited;
}
