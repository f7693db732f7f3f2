import { NextRequest, NextResponse } from 'next/server';
import { isLocale, LOCALE_COOKIE } from '../../../lib/locale';
import { sitePath } from '../../../lib/safe-redirect';

/** The path of the page the reader came from, when the Referer is a page of this very host. */
function refererPath(request: NextRequest): string | null {
  const referer = request.headers.get('referer');
  if (!referer) return null;
  try {
    const url = new URL(referer);
    return url.host === request.headers.get('host') ? url.pathname : null;
  } catch {
    return null;
  }
}

/**
 * The language switch: remembers the choice in a cookie and goes back to the page the reader came from.
 * The Location is relative: behind `next start` request.url says localhost whatever the browser used.
 * Only paths of this site (lib/safe-redirect.ts, #6 §1): never an open redirect.
 */
export function GET(request: NextRequest) {
  const to = request.nextUrl.searchParams.get('to');
  const target = sitePath(request.nextUrl.searchParams.get('back')) ?? sitePath(refererPath(request)) ?? '/';
  const response = new NextResponse(null, { status: 303, headers: { location: target } });
  if (isLocale(to)) response.cookies.set(LOCALE_COOKIE, to, { path: '/', sameSite: 'lax', maxAge: 365 * 24 * 3600 });
  return response;
}
