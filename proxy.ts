import { NextRequest, NextResponse } from 'next/server';
import { freshNonce, securityHeaders } from './lib/http/security-headers';
import { REQUEST_PATH_HEADER } from './lib/request-path';
import { servedOverHttps } from './lib/site-url';

/**
 * Next's proxy (formerly middleware) runs before every page and API route:
 * - it gives each response the security headers of lib/http/security-headers.ts with a fresh CSP nonce (#6 §6).
 *   The request carries the same CSP header, which is where Next reads the nonce to put on its own scripts;
 * - it tells server components which page is being rendered (#7): an operation that needs a sign-in sends the
 *   reader to /login?callbackUrl=<this path> (server/execute.ts). Any value the client sent under that name is
 *   replaced.
 */
export function proxy(request: NextRequest) {
  const nonce = freshNonce();
  const headers = securityHeaders({ nonce, https: servedOverHttps(), development: process.env.NODE_ENV === 'development' });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('content-security-policy', headers['content-security-policy']);
  // For inline scripts of our own (e.g. Mantine's ColorSchemeScript): `nonce={(await headers()).get('x-nonce')}`.
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set(REQUEST_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but the hashed static files and image optimisation (no document, nothing to protect).
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
