import { NextRequest, NextResponse } from 'next/server';
import { isLocale, LOCALE_COOKIE } from '../../../lib/i18n';

/** The language switch: remembers the choice in a cookie and goes back to the page (same site only). */
export function GET(request: NextRequest) {
  const to = request.nextUrl.searchParams.get('to');
  const referer = request.headers.get('referer');
  const fromReferer = referer && new URL(referer).host === request.nextUrl.host ? new URL(referer).pathname : '/';
  const back = request.nextUrl.searchParams.get('back') ?? fromReferer;
  const target = back.startsWith('/') && !back.startsWith('//') ? back : '/';
  const response = NextResponse.redirect(new URL(target, request.url));
  if (isLocale(to)) response.cookies.set(LOCALE_COOKIE, to, { path: '/', sameSite: 'lax', maxAge: 365 * 24 * 3600 });
  return response;
}
