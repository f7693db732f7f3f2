/**
 * Browser test of the security headers (#6 §6, proxy.ts and lib/http/security-headers.ts) against the built app.
 *
 *   BASE_URL=http://127.0.0.1:3000 node scripts/run.js __tests__/e2e/security-headers.e2e.ts
 *
 * Pages and API answers carry the Content-Security-Policy (a fresh script nonce per response, frame-ancestors
 * 'none'), X-Frame-Options, X-Content-Type-Options and Referrer-Policy; Strict-Transport-Security only over
 * https (the test server is plain http). /login cannot be framed by another site, and an injected inline
 * script does not run. The pages used here (and in login.e2e.ts, playground.e2e.ts) raise no CSP violation.
 */
import type { APIResponse } from 'playwright-core';
import { BASE_URL, noCspViolation, noOutsideRequest, runBrowserChecks } from './browser';

/** The headers every answer must carry, with what their value must say. */
function checkHeaders(what: string, headers: Record<string, string>): string[] {
  const problems: string[] = [];
  const csp = headers['content-security-policy'] ?? '';
  const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
  const scripts = directives.get('script-src') ?? [];
  if (!csp) problems.push('no Content-Security-Policy');
  if (directives.get('frame-ancestors')?.join(' ') !== "'none'") problems.push(`frame-ancestors is ${directives.get('frame-ancestors')}`);
  if (!scripts.some((v) => /^'nonce-[A-Za-z0-9+/=]{16,}'$/.test(v))) problems.push(`script-src has no nonce: ${scripts.join(' ')}`);
  if (scripts.includes("'unsafe-inline'") || scripts.includes("'unsafe-eval'")) problems.push(`script-src allows ${scripts.join(' ')}`);
  if (directives.get('object-src')?.join(' ') !== "'none'") problems.push('object-src is not none');
  if (headers['x-frame-options'] !== 'DENY') problems.push(`X-Frame-Options is ${headers['x-frame-options']}`);
  if (headers['x-content-type-options'] !== 'nosniff') problems.push(`X-Content-Type-Options is ${headers['x-content-type-options']}`);
  if (headers['referrer-policy'] !== 'strict-origin-when-cross-origin') problems.push(`Referrer-Policy is ${headers['referrer-policy']}`);
  // The test server is plain http: HSTS (and upgrade-insecure-requests) would lock the site out.
  if (headers['strict-transport-security']) problems.push(`Strict-Transport-Security over http: ${headers['strict-transport-security']}`);
  if (directives.has('upgrade-insecure-requests')) problems.push('upgrade-insecure-requests over http');
  return problems.map((p) => `${what}: ${p}`);
}

const nonceOf = (csp: string | undefined) => csp?.match(/'nonce-([^']+)'/)?.[1];

runBrowserChecks({}, ({ page, context, cspViolations }) => [
  {
    name: 'pages, the API, next-auth and the language switch answer with the security headers',
    run: async () => {
      const answers: [string, Promise<APIResponse>][] = [
        ['GET /', context.request.get(`${BASE_URL}/`)],
        ['GET /login', context.request.get(`${BASE_URL}/login`)],
        ['GET /playground', context.request.get(`${BASE_URL}/playground`)],
        ['GET /no-such-page (404)', context.request.get(`${BASE_URL}/no-such-page`)],
        ['POST /api/graphql', context.request.post(`${BASE_URL}/api/graphql`, { data: { query: '{ trainings(first: 1) { totalCount } }' } })],
        ['POST /api/graphql (refused token, 401)', context.request.post(`${BASE_URL}/api/graphql`, { data: { query: '{ __typename }' }, headers: { authorization: 'Bearer nope' } })],
        ['GET /api/auth/session', context.request.get(`${BASE_URL}/api/auth/session`)],
        ['GET /api/auth/signout (next-auth page)', context.request.get(`${BASE_URL}/api/auth/signout`)],
        ['GET /api/lang (303)', context.request.get(`${BASE_URL}/api/lang?to=fr`, { maxRedirects: 0 })],
      ];
      const problems: string[] = [];
      for (const [what, answer] of answers) problems.push(...checkHeaders(what, (await answer).headers()));
      if (problems.length) throw new Error(problems.join('\n     '));
    },
  },
  {
    name: 'every page load gets a nonce of its own, and every script of /login carries it',
    run: async () => {
      const nonces: string[] = [];
      for (let i = 0; i < 2; i++) {
        const response = await page.goto(`${BASE_URL}/login`, { waitUntil: 'load' });
        const nonce = nonceOf(response?.headers()['content-security-policy']);
        if (!nonce) throw new Error('no nonce in the CSP of /login');
        const scripts = await page.evaluate(() => [...document.scripts].map((s) => ({ src: s.src || 'inline', nonce: s.nonce })));
        const without = scripts.filter((s) => s.nonce !== nonce);
        if (!scripts.length || without.length) throw new Error(`scripts without this response's nonce: ${JSON.stringify(without)}`);
        nonces.push(nonce);
      }
      if (nonces[0] === nonces[1]) throw new Error(`two loads of /login got the same nonce ${nonces[0]}`);
      await page.locator('form.login-form').waitFor();
    },
  },
  {
    name: 'an inline script injected into /login (an XSS) does not run, and the browser reports it',
    run: async () => {
      const before = cspViolations.length;
      await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img src="/no-such-image" onerror="window.__injected = 1">'));
      for (let waited = 0; cspViolations.length === before && waited < 3_000; waited += 100) await page.waitForTimeout(100);
      if (await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)) throw new Error('the injected handler ran');
      const reported = cspViolations.splice(before);
      if (!reported.some((v) => /script-src/.test(v))) throw new Error(`no violation reported for it (saw ${JSON.stringify(reported)})`);
    },
  },
  {
    name: 'another site cannot frame /login (frame-ancestors, X-Frame-Options), though it can frame a page without them',
    run: async () => {
      const framer = await context.newPage();
      // A page of another origin (localhost vs 127.0.0.1) framing /login and, as a control, a page of our origin
      // without the headers: both answered by the test itself.
      const other = new URL(BASE_URL);
      other.hostname = other.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
      const framerUrl = `${other.origin}/framing-test`;
      const controlUrl = `${BASE_URL}/framing-control`;
      await framer.route(framerUrl, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><iframe name="login" src="${BASE_URL}/login"></iframe><iframe name="control" src="${controlUrl}"></iframe>`,
        }),
      );
      await framer.route(controlUrl, (route) => route.fulfill({ contentType: 'text/html', body: '<p id="ok">framed</p>' }));
      try {
        await framer.goto(framerUrl, { waitUntil: 'load' });
        await framer.frameLocator('iframe[name="control"]').locator('#ok').waitFor();
        const login = framer.frame({ name: 'login' });
        if (!login) throw new Error('no login frame');
        await framer.waitForTimeout(500);
        if (await login.locator('form.login-form').count()) throw new Error('the /login form rendered inside the other site');
        // Chromium replaces a refused frame with its error page.
        if (!login.url().startsWith('chrome-error://')) throw new Error(`the login frame shows ${login.url()}`);
      } finally {
        await framer.close();
      }
    },
  },
  noCspViolation(),
  noOutsideRequest(),
]);
