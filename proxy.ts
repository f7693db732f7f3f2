import { NextRequest, NextResponse } from 'next/server';
import { REQUEST_PATH_HEADER } from './lib/request-path';

/**
 * Tells server components which page is being rendered (#7): an operation that needs a sign-in sends the
 * reader to /login?callbackUrl=<this path> (server/execute.ts). The header comes from here only: any value
 * the client sent under that name is replaced.
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ['/manage/:path*'] };
