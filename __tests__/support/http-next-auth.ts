/**
 * The next-auth route (app/api/auth/[...nextauth]/route.ts) called the way Next calls it. next-auth's App
 * Router handler reads the request through `cookies()` and `headers()` from next/headers, which only work
 * inside Next's per-request stores; this helper runs the handler inside the same two stores Next's
 * app-route module creates (a work store for the route and a request store for the API request).
 */
import './http-async-local-storage';
import { NextRequest } from 'next/server';
import { workAsyncStorage } from 'next/dist/server/app-render/work-async-storage.external';
import { workUnitAsyncStorage } from 'next/dist/server/app-render/work-unit-async-storage.external';
import { createRequestStoreForAPI } from 'next/dist/server/async-storage/request-store';
import { getImplicitTags } from 'next/dist/server/lib/implicit-tags';

type AuthRoute = typeof import('../../app/api/auth/[...nextauth]/route');

const ROUTE = '/api/auth/[...nextauth]';

/** One cookie of a Set-Cookie list, with its attributes (lower-cased names). */
export interface SetCookie {
  name: string;
  value: string;
  attributes: Record<string, string | true>;
}

export function parseSetCookies(headers: Headers): SetCookie[] {
  return headers.getSetCookie().map((line) => {
    const [pair, ...rest] = line.split(';');
    const at = pair.indexOf('=');
    const attributes: Record<string, string | true> = {};
    for (const part of rest) {
      const [key, ...value] = part.trim().split('=');
      if (key) attributes[key.toLowerCase()] = value.length ? value.join('=') : true;
    }
    return { name: pair.slice(0, at).trim(), value: pair.slice(at + 1).trim(), attributes };
  });
}

export const cookieHeader = (cookies: SetCookie[]) => cookies.map((c) => `${c.name}=${c.value}`).join('; ');

/** Calls the next-auth route for `/api/auth/<segments>` inside Next's request stores. */
export async function callAuthRoute(route: AuthRoute, request: NextRequest): Promise<Response> {
  const segments = request.nextUrl.pathname.replace(/^\/api\/auth\//, '').split('/').filter(Boolean);
  const workStore = { route: ROUTE, page: `${ROUTE}/route`, forceStatic: false, dynamicShouldError: false, isStaticGeneration: false };
  const implicitTags = await getImplicitTags(`${ROUTE}/route`, request.nextUrl.pathname, null);
  const requestStore = createRequestStoreForAPI(request, request.nextUrl, implicitTags, undefined, undefined, undefined);
  const handler = request.method === 'POST' ? route.POST : route.GET;
  const context = { params: Promise.resolve({ nextauth: segments }) };
  return workUnitAsyncStorage.run(requestStore, () =>
    workAsyncStorage.run(workStore as never, () => handler(request, context)),
  );
}

export interface CredentialsSignIn {
  status: number;
  /** The JSON body ({ url } of the redirect: the callback URL, or the error page with `error=`). */
  body: { url?: string };
  /** The cookies the response sets. */
  cookies: SetCookie[];
  /** The session cookie, when sign-in succeeded. */
  session: SetCookie | undefined;
}

/**
 * The browser's sign-in: GET /api/auth/csrf (token and its cookie), then POST the form to
 * /api/auth/callback/credentials with json=true, as next-auth/react's signIn() does (with `callbackUrl`).
 */
export async function signInThroughNextAuth(
  route: AuthRoute,
  email: string,
  password: string,
  headers: Record<string, string> = {},
  callbackUrl = 'http://localhost:3000/',
): Promise<CredentialsSignIn> {
  const base = 'http://localhost:3000/api/auth';
  const csrfResponse = await callAuthRoute(route, new NextRequest(`${base}/csrf`, { headers }));
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const csrfCookies = parseSetCookies(csrfResponse.headers);
  const response = await callAuthRoute(
    route,
    new NextRequest(`${base}/callback/credentials`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(csrfCookies) },
      body: new URLSearchParams({ email, password, csrfToken, json: 'true', callbackUrl }).toString(),
    }),
  );
  const cookies = parseSetCookies(response.headers);
  const text = await response.text();
  let body: { url?: string } = {};
  try {
    body = JSON.parse(text);
  } catch {
    body = {};
  }
  return { status: response.status, body, cookies, session: cookies.find((c) => c.name.endsWith('next-auth.session-token') && c.value) };
}
