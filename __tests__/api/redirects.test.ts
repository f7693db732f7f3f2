/**
 * Every redirect of the site over HTTP (#6 §1): the language switch (app/api/lang/route.ts) and next-auth's
 * endpoints (app/api/auth/[...nextauth]/route.ts), called as Next calls them. A hostile target always ends on
 * the home page of this site: never elsewhere, never a 500.
 */
import { HttpHarness, openHttpHarness } from '../support/http-harness';
import { callAuthRoute, parseSetCookies, signInThroughNextAuth } from '../support/http-next-auth';
import { NextRequest } from 'next/server';
import { systemActor } from '../../domain/actor';
import { systemClock } from '../../domain/clock';
import { setPassword } from '../../domain/sign-in';
import { createUser } from '../../domain/users';

const SITE = 'http://localhost:3000';
const PASSWORD = 'correct horse battery staple';
const savedNextAuthUrl = process.env.NEXTAUTH_URL;

// Targets that would leave the site, or that next-auth cannot parse (its 500 page).
const HOSTILE = [
  '/%5Cevil.com',
  '/%5cevil.com',
  '/%255Cevil.com',
  '/\\evil.com',
  '/%09/evil.com',
  '/%2F%2Fevil.com',
  '//evil.com',
  'https://evil.com/',
  'javascript:alert(1)',
  'http://localhost:3000.evil.com/',
  'http://localhost:3000@evil.com/',
];

let h: HttpHarness;
let authRoute: typeof import('../../app/api/auth/[...nextauth]/route');
let langRoute: typeof import('../../app/api/lang/route');
let email: string;

beforeAll(async () => {
  process.env.NEXTAUTH_URL = SITE;
  h = await openHttpHarness();
  authRoute = await import('../../app/api/auth/[...nextauth]/route');
  langRoute = await import('../../app/api/lang/route');
  const ctx = { manager: h.dataSource.manager, clock: systemClock, actor: systemActor };
  email = `redirect-${Date.now()}@example.org`;
  const user = await createUser(ctx, { email, firstName: 'Rémi', lastName: 'Redirect' });
  await setPassword(ctx, user.id, PASSWORD);
});

afterAll(async () => {
  await h.close();
  if (savedNextAuthUrl === undefined) delete process.env.NEXTAUTH_URL;
  else process.env.NEXTAUTH_URL = savedNextAuthUrl;
});

const lang = (query: string, headers: Record<string, string> = {}) =>
  langRoute.GET(new NextRequest(`${SITE}/api/lang?${query}`, { headers: { host: 'localhost:3000', ...headers } }));

describe('the language switch (/api/lang)', () => {
  it.each(HOSTILE)('back=%s goes home', async (target) => {
    const response = await lang(`to=en&back=${encodeURIComponent(target)}`);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/');
  });

  it('the raw query of the issue (back=/%5Cevil.com, back=/%09/evil.com) goes home', async () => {
    for (const raw of ['/%5Cevil.com', '/%09/evil.com', '/%5c%5cevil.com'])
      expect((await lang(`to=en&back=${raw}`)).headers.get('location')).toBe('/');
  });

  it('a Referer of this host whose path would leave the site, or a malformed one, goes home (not a 500)', async () => {
    for (const referer of [`${SITE}//evil.com`, `${SITE}/\\evil.com`, 'not a url', 'http://[::1']) {
      const response = await lang('to=fr', { referer });
      expect({ referer, status: response.status, location: response.headers.get('location') }).toEqual({ referer, status: 303, location: '/' });
    }
  });

  it('control: a path of the site, given or from the Referer, is where it goes back to', async () => {
    expect((await lang('to=en&back=%2Fplayground')).headers.get('location')).toBe('/playground');
    expect((await lang('to=en', { referer: `${SITE}/login` })).headers.get('location')).toBe('/login');
    expect((await lang('to=en', { referer: 'https://evil.com/login' })).headers.get('location')).toBe('/');
  });
});

describe("next-auth's endpoints", () => {
  const auth = (path: string, init: ConstructorParameters<typeof NextRequest>[1] = {}) =>
    callAuthRoute(authRoute, new NextRequest(`${SITE}/api/auth/${path}`, init));

  it.each(['signin', 'signout', 'error', 'session', 'csrf', 'providers', 'callback/credentials'])(
    '/api/auth/%s with a hostile callbackUrl answers a redirect home, not a 500',
    async (endpoint) => {
      for (const target of HOSTILE) {
        const response = await auth(`${endpoint}?callbackUrl=${encodeURIComponent(target)}`);
        expect({ target, status: response.status, location: response.headers.get('location') }).toEqual({ target, status: 303, location: '/' });
      }
    },
  );

  it('a hostile callback-URL cookie answers a redirect home and is cleared', async () => {
    for (const name of ['next-auth.callback-url', '__Secure-next-auth.callback-url']) {
      const response = await auth('signin', { headers: { cookie: `${name}=${encodeURIComponent('javascript:alert(1)')}` } });
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe('/');
      expect(parseSetCookies(response.headers)).toContainEqual(expect.objectContaining({ name, value: '', attributes: expect.objectContaining({ 'max-age': '0' }) }));
    }
  });

  it('control: a callbackUrl of the site (a path or an absolute URL of the site) is served as before', async () => {
    const signin = await auth(`signin?callbackUrl=${encodeURIComponent(`${SITE}/playground`)}`);
    expect(signin.status).toBe(302);
    expect(signin.headers.get('location')).toBe(`/login?callbackUrl=${encodeURIComponent(`${SITE}/playground`)}`);
    const signout = await auth('signout?callbackUrl=%2Fplayground');
    expect(signout.status).toBe(200);
  });

  it.each(HOSTILE)('signing in with callbackUrl=%s in the form sends the browser home', async (target) => {
    const result = await signInThroughNextAuth(authRoute, email, PASSWORD, {}, target);
    expect(result.session).toBeDefined();
    expect(result.body.url).toBe(`${SITE}/`);
  });

  it('control: signing in with a path of the site, or an absolute URL of the site, goes there', async () => {
    expect((await signInThroughNextAuth(authRoute, email, PASSWORD, {}, '/playground?x=1')).body.url).toBe(`${SITE}/playground?x=1`);
    expect((await signInThroughNextAuth(authRoute, email, PASSWORD, {}, `${SITE}/playground`)).body.url).toBe(`${SITE}/playground`);
  });
});
