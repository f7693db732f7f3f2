/**
 * Shared plumbing of the browser tests (`__tests__/e2e/*.e2e.ts`, run by scripts/e2e.ts; not a test itself).
 *
 * - launches Debian's chromium (/usr/bin/chromium, or CHROMIUM_PATH) through playwright-core, headless, with
 *   the flags that keep it from talking to Google (never `npx playwright install`);
 * - blocks every request that would leave localhost, and records it: `noOutsideRequest()` fails on any;
 * - records every Content-Security-Policy violation (the `securitypolicyviolation` event of every document
 *   and the browser's "Refused to …" console messages, workers included): `noCspViolation()` fails on any;
 * - runs the checks in order (a failing check does not stop the next ones), prints `ok`/`FAIL` per check,
 *   the browser's errors and warnings, then the line `N passed, N failed`, and exits non-zero on a failure.
 *
 * A test file is:
 *
 *   runBrowserChecks({ screenshot: 'name.png' }, ({ page, context }) => [
 *     { name: 'the page …', run: async () => { … } },
 *     noOutsideRequest(),
 *   ]);
 *
 *   BASE_URL=http://127.0.0.1:3000 node scripts/run.js __tests__/e2e/<name>.e2e.ts
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page, type Request } from 'playwright-core';

export const BASE_URL = (process.env.BASE_URL || 'http://127.0.0.1:3000').replace(/\/+$/, '');
export const TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS || 30_000);
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const RESULTS_DIR = path.resolve('test-results');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** The host a request goes to, or null for requests that never leave the machine (data:, local blob:…). */
export function remoteHost(rawUrl: string): string | null {
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

export type Check = { name: string; run: () => Promise<void> };

export interface BrowserSession {
  browser: Browser;
  context: BrowserContext;
  /** The page the checks drive (default timeout TIMEOUT_MS). */
  page: Page;
  /** Requests that tried to leave localhost (all were aborted), as "METHOD url". */
  outside: string[];
  /** Content-Security-Policy violations seen so far (#6 §6). */
  cspViolations: string[];
}

/** Saves a screenshot of the visible part of the page to test-results/<file> and says where. */
export async function saveScreenshot(page: Page, file: string): Promise<void> {
  const target = path.join(RESULTS_DIR, file);
  mkdirSync(path.dirname(target), { recursive: true });
  await page.screenshot({ path: target, fullPage: false });
  console.log(`screenshot: ${path.relative(process.cwd(), target)}`);
}

let session: BrowserSession | undefined;

/** The check every file ends with: no request left localhost (late ones included). */
export function noOutsideRequest(): Check {
  return {
    name: 'no request went to a host other than localhost',
    run: async () => {
      if (!session) throw new Error('no browser session');
      // Let late requests (workers, schema introspection, fonts) happen before judging.
      await session.page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
      if (session.outside.length) throw new Error(`requests left localhost:\n    ${session.outside.join('\n    ')}`);
    },
  };
}

/** The check that the pages visited so far ran under the Content-Security-Policy with nothing refused. */
export function noCspViolation(): Check {
  return {
    name: 'no Content-Security-Policy violation on any page visited (scripts, styles, workers, fonts, images)',
    run: async () => {
      if (!session) throw new Error('no browser session');
      await session.page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
      if (session.cspViolations.length) throw new Error(`CSP violations:\n    ${session.cspViolations.join('\n    ')}`);
    },
  };
}

const CSP_CONSOLE = /Content Security Policy|Refused to (load|execute|apply|create|connect|frame)/i;

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

async function runSession(
  options: { screenshot?: string },
  defineChecks: (session: BrowserSession) => Check[] | Promise<Check[]>,
): Promise<number> {
  const results: { name: string; ok: boolean; error?: string }[] = [];
  const consoleLines: string[] = [];
  let browser: Browser | undefined;

  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const outside: string[] = [];
    context.on('request', (request: Request) => {
      if (remoteHost(request.url())) outside.push(`${request.method()} ${request.url()}`);
    });
    // Never let the page reach out: abort anything not local (it is recorded above and fails the test).
    await context.route('**/*', (route) =>
      remoteHost(route.request().url()) ? route.abort('blockedbyclient') : route.continue(),
    );

    const cspViolations: string[] = [];
    await context.exposeBinding('__cursusCspViolation', (_source, text: string) => void cspViolations.push(text));
    await context.addInitScript(() => {
      const report = (window as unknown as { __cursusCspViolation(text: string): void }).__cursusCspViolation;
      document.addEventListener('securitypolicyviolation', (e) =>
        report(`${e.effectiveDirective} refused ${e.blockedURI || 'an inline resource'} on ${e.documentURI}${e.sample ? `: ${e.sample}` : ''}`),
      );
    });

    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    page.on('console', (msg) => {
      if (CSP_CONSOLE.test(msg.text())) cspViolations.push(`[console.${msg.type()}] ${msg.text()}`);
    });
    page.on('worker', (worker) =>
      worker.on('console', (msg) => {
        if (CSP_CONSOLE.test(msg.text())) cspViolations.push(`[worker console] ${msg.text()}`);
      }),
    );
    page.on('console', (msg) => {
      if (['error', 'warning'].includes(msg.type()) || /setup-workers|web worker/i.test(msg.text())) {
        consoleLines.push(`[console.${msg.type()}] ${msg.text()}`);
      }
    });
    page.on('pageerror', (err) => consoleLines.push(`[pageerror] ${err.message}`));
    page.on('worker', (worker) => consoleLines.push(`[worker] ${worker.url().split('#')[0]}`));

    session = { browser, context, page, outside, cspViolations };
    for (const check of await defineChecks(session)) {
      try {
        await check.run();
        results.push({ name: check.name, ok: true });
      } catch (err) {
        results.push({ name: check.name, ok: false, error: message(err) });
      }
    }
    if (options.screenshot) await saveScreenshot(page, options.screenshot);
  } catch (err) {
    results.push({ name: 'browser session', ok: false, error: message(err) });
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

/**
 * Opens a browser, runs the checks `defineChecks` returns (in order) on one page, optionally saves a final
 * screenshot to test-results/<options.screenshot>, prints the summary line and exits with its status.
 */
export function runBrowserChecks(
  options: { screenshot?: string },
  defineChecks: (session: BrowserSession) => Check[] | Promise<Check[]>,
): void {
  runSession(options, defineChecks).then(
    (code) => process.exit(code),
    (err) => {
      console.error(err);
      console.log('0 passed, 1 failed');
      process.exit(1);
    },
  );
}

/**
 * Waits (up to 10 s) until the texts of a table's `cells` (its first column by default) are `names`, in this order:
 * the server page re-renders after a change.
 */
export async function inOrder(table: Locator, names: string[], cells = 'tbody tr td:first-child'): Promise<void> {
  const deadline = Date.now() + 10_000;
  let seen: string[] = [];
  while (Date.now() < deadline) {
    seen = (await table.locator(cells).allTextContents()).map((text) => text.trim());
    if (JSON.stringify(seen) === JSON.stringify(names)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`rows ${JSON.stringify(seen)}, expected ${JSON.stringify(names)}`);
}
