import 'reflect-metadata';
import NextAuth from 'next-auth';
import { NextRequest, NextResponse } from 'next/server';
import { sitePath } from '../../../../lib/safe-redirect';
import { siteOrigin } from '../../../../lib/site-url';
import { authOptions } from '../../../../server/auth-options';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

// next-auth's callback-URL cookie, over http and over https.
const CALLBACK_COOKIES = ['next-auth.callback-url', '__Secure-next-auth.callback-url'];

/**
 * next-auth answers a 500 page when the `callbackUrl` parameter or its cookie is not a valid http URL
 * (`javascript:…`, a look-alike host such as `http://localhost:3000.evil.com`), before its `redirect` callback
 * can refuse it. A target that is not a path of this site (lib/safe-redirect.ts) gets a plain redirect home
 * instead, and the cookie is cleared (#6 §1).
 */
function refuseForeignCallback(request: NextRequest): Response | null {
  const origin = siteOrigin() ?? request.nextUrl.origin;
  const param = request.nextUrl.searchParams.get('callbackUrl');
  const cookies = CALLBACK_COOKIES.filter((name) => request.cookies.has(name));
  const foreign = (param !== null && !sitePath(param, origin)) || cookies.some((name) => !sitePath(request.cookies.get(name)?.value, origin));
  if (!foreign) return null;
  const response = new NextResponse(null, { status: 303, headers: { location: '/' } });
  for (const name of cookies) response.cookies.set(name, '', { path: '/', maxAge: 0 });
  return response;
}

const handler = (request: NextRequest, context: unknown) => refuseForeignCallback(request) ?? NextAuth(authOptions())(request, context);

export { handler as GET, handler as POST };
