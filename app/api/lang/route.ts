import { NextRequest, NextResponse } from 'next/server';
import { isLocale, LOCALE_COOKIE } from '../../../lib/locale';

/** Only paths of this site: never an open redirect. */
const sitePath = (value: string | null | undefined) => (value && value.startsWith('/') && !value.startsWith('//') ? value : null);

/**
 * The language switch: remembers the choice in a cookie and goes back to the page the reader came from.
 * The Location is relative: behind `next start` request.url says localhost whatever the browser used.
 */
export function GET(request: NextRequest) {
  const to = request.nextUrl.searchParams.get('to');
  const referer = request.headers.get('referer');
  const fromReferer = referer && new URL(referer).host === request.headers.get('host') ? new URL(referer).pathname : null;
  const target = sitePath(request.nextUrl.searchParams.get('back')) ?? sitePath(fromReferer) ?? '/';
  const response = new NextResponse(null, { status: 303, headers: { location: target } });
  if (isLocale(to)) response.cookies.set(LOCALE_COOKIE, to, { path: '/', sameSite: 'lax', maxAge: 365 * 24 * 3600 });
  return response;
}
