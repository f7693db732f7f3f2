/**
 * Browser test of the GraphiQL playground (not part of jest's projects).
 *
 *   BASE_URL=http://127.0.0.1:3000 node scripts/run.js __tests__/e2e/playground.e2e.ts
 *
 * Needs a server already running at BASE_URL (default http://127.0.0.1:3000) with the GraphQL route, and
 * Debian's chromium at /usr/bin/chromium (`apt-get install -y chromium`; never `npx playwright install`).
 * Checks that /playground loads with no request to a host other than localhost, that the editor shows the
 * example query, and that running it shows a result with "totalCount". Saves test-results/playground.png.
 * Ends with the line `N passed, N failed`; exits non-zero on any failure.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Request } from 'playwright-core';

const BASE_URL = (process.env.BASE_URL || 'http://127.0.0.1:3000').replace(/\/+$/, '');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const SCREENSHOT = path.resolve('test-results', 'playground.png');
const TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS || 30_000);

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** The host a request goes to, or null for requests that never leave the browser (data:, blob: of ours…). */
function remoteHost(rawUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return `(unparsable URL) ${rawUrl}`;
  }
  if (url.protocol === 'blob:') return remoteHost(url.pathname);
  if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)) return null;
  const host = url.hostname.toLowerCase();
  if (LOCAL_HOSTS.has(host) || host.endsWith('.localhost') || /^127\./.test(host)) return null;
  return host;
}

type Check = { name: string; run: () => Promise<void> };

async function main(): Promise<number> {
  const results: { name: string; ok: boolean; error?: string }[] = [];
  const outside: string[] = [];
  const consoleLines: string[] = [];
  let browser: Browser | undefined;

  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });

    const record = (request: Request) => {
      const host = remoteHost(request.url());
      if (host) outside.push(`${request.method()} ${request.url()}`);
    };
    context.on('request', record);
    // Never let the page reach out: abort anything not local (it is recorded above and fails the test).
    await context.route('**/*', (route) =>
      remoteHost(route.request().url()) ? route.abort('blockedbyclient') : route.continue(),
    );

    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    page.on('console', (msg) => {
      if (['error', 'warning'].includes(msg.type()) || /setup-workers|web worker/i.test(msg.text())) {
        consoleLines.push(`[console.${msg.type()}] ${msg.text()}`);
      }
    });
    page.on('pageerror', (err) => consoleLines.push(`[pageerror] ${err.message}`));
    page.on('worker', (worker) => consoleLines.push(`[worker] ${worker.url().split('#')[0]}`));

    const checks: Check[] = [
      {
        name: 'the playground shows GraphiQL with the example query',
        run: async () => {
          const response = await page.goto(`${BASE_URL}/playground`, { waitUntil: 'load' });
          if (!response || !response.ok()) throw new Error(`GET /playground answered ${response?.status()}`);
          await page.locator('.graphiql-container').waitFor({ state: 'visible' });
          await page.locator('.graphiql-query-editor .monaco-editor').first().waitFor({ state: 'visible' });
          await page.waitForFunction(
            () => /query\s+Catalogue/.test(document.querySelector('.graphiql-query-editor')?.textContent ?? ''),
            undefined,
            { timeout: TIMEOUT_MS },
          );
        },
      },
      {
        name: 'running the query shows a result with "totalCount" (request sent with the site cookie)',
        run: async () => {
          // A cookie of our own origin must travel with the query (credentials: 'same-origin'), as a sign-in
          // session cookie will.
          await context.addCookies([{ name: 'cursus_e2e', value: 'playground', url: BASE_URL }]);
          const [request] = await Promise.all([
            page.waitForRequest(
              (req) => req.method() === 'POST' && new URL(req.url()).pathname === '/api/graphql' &&
                /"operationName":"Catalogue"/.test(req.postData() ?? ''),
            ),
            page.locator('button.graphiql-execute-button').click(),
          ]);
          const cookie = (await request.headerValue('cookie')) ?? '';
          if (!cookie.includes('cursus_e2e=playground')) {
            throw new Error(`the query was sent without the site cookie (cookie header: ${JSON.stringify(cookie)})`);
          }
          await page.waitForFunction(
            () => (document.querySelector('.graphiql-response')?.textContent ?? '').includes('"totalCount"'),
            undefined,
            { timeout: TIMEOUT_MS },
          );
        },
      },
      {
        name: 'no request went to a host other than localhost',
        run: async () => {
          // Let late requests (workers, schema introspection, fonts) happen before judging.
          await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
          if (outside.length) throw new Error(`requests left localhost:\n    ${outside.join('\n    ')}`);
        },
      },
    ];

    for (const check of checks) {
      try {
        await check.run();
        results.push({ name: check.name, ok: true });
      } catch (err) {
        results.push({ name: check.name, ok: false, error: err instanceof Error ? err.message : String(err) });
      }
    }

    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: false });
    console.log(`screenshot: ${path.relative(process.cwd(), SCREENSHOT)}`);
  } catch (err) {
    results.push({ name: 'browser session', ok: false, error: err instanceof Error ? err.message : String(err) });
  } finally {
    await browser?.close().catch(() => undefined);
  }

  for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name}${r.error ? `\n     ${r.error}` : ''}`);
  if (consoleLines.length) console.log(`browser log:\n  ${consoleLines.join('\n  ')}`);
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
