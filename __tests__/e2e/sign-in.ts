/**
 * Cursus helpers shared by the browser tests: the demo accounts (scripts/demo-data.ts), signing in through
 * the /login form (the one place that fills it), the session cookie, and GraphQL requests sent from the page
 * (with its cookies).
 */
import type { BrowserContext, Cookie, Page } from 'playwright-core';
import { BASE_URL } from './browser';

export const DEMO_PASSWORD = 'cursus-demo';
export const ADMIN = { email: 'claire.dubois@example.org', name: 'Claire Dubois' };
export const LEARNER = { email: 'camille.martin@example.org', name: 'Camille Martin' };

/** next-auth's cookie over plain http (NEXTAUTH_URL is http://127.0.0.1:…; https would add `__Secure-`). */
export const SESSION_COOKIE = 'next-auth.session-token';

export async function sessionCookie(context: BrowserContext): Promise<Cookie | undefined> {
  return (await context.cookies(BASE_URL)).find((cookie) => cookie.name === SESSION_COOKIE);
}

/** The site header (brand, navigation, language switch, account). */
export const siteHeader = (page: Page) => page.locator('header.site-header');

/** Fills and submits the sign-in form the page is on, in whatever language; does not wait for the outcome. */
export async function fillSignInForm(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  const form = page.locator('form.login-form');
  await form.locator('input[name="email"]').fill(email);
  await form.locator('input[name="password"]').fill(password);
  await form.locator('button[type="submit"]').click();
}

/**
 * Fills and submits the sign-in form at `path` (/login, with an optional ?callbackUrl=) in whatever language
 * the page is in. Does not wait for the outcome.
 */
export async function submitSignInForm(page: Page, email: string, password: string, path = '/login'): Promise<void> {
  const response = await page.goto(`${BASE_URL}${path}`, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`GET ${path} answered ${response?.status()}`);
  await fillSignInForm(page, email, password);
}

/** Signs in through the form and waits until the header shows the account's name (French UI). */
export async function signIn(page: Page, account: { email: string; name: string }, path = '/login'): Promise<void> {
  await submitSignInForm(page, account.email, DEMO_PASSWORD, path);
  await siteHeader(page).getByText(`Connecté·e : ${account.name}`).waitFor({ state: 'visible' });
}

/**
 * Signs in with the demo password through the form the page is on (a sign-in page, or the one a guarded page
 * sent the browser to) and waits to be at `path`, the page the sign-in comes back to (its query, if `path` has
 * none, may be anything).
 */
export async function signInHere(page: Page, email: string, path: string): Promise<void> {
  await fillSignInForm(page, email);
  await page.waitForURL((url) => url.pathname === path || `${url.pathname}${url.search}` === path);
}

/** Opens /login?callbackUrl=`path`, signs in as `email` with the demo password, and waits to be at `path`. */
export async function signInAs(page: Page, email: string, path = '/manage'): Promise<void> {
  await submitSignInForm(page, email, DEMO_PASSWORD, `/login?callbackUrl=${encodeURIComponent(path)}`);
  await page.waitForURL(`${BASE_URL}${path}`);
}

export interface GraphQLAnswer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

/** POSTs a query to /api/graphql with the page's own fetch (so with its cookies, like the UI). */
export function graphqlFromPage(page: Page, query: string): Promise<GraphQLAnswer> {
  return page.evaluate(async (q) => {
    const response = await fetch('/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: q }),
    });
    return { status: response.status, body: await response.json() };
  }, query);
}

/** Runs a GraphQL document from the page (with its cookies) and fails on any error: its data. */
export async function api<T>(page: Page, query: string): Promise<T> {
  const answer = await graphqlFromPage(page, query);
  if (answer.body.errors?.length) throw new Error(JSON.stringify(answer.body.errors));
  return answer.body.data as T;
}

/** The answer of `mutation { create…(…) { id } }`. */
export type Created<K extends string> = Record<K, { id: string }>;
