/**
 * Browser test of signing in and out (/login, the header, the session cookie, the GraphQL actor).
 *
 *   BASE_URL=http://127.0.0.1:3000 node scripts/run.js __tests__/e2e/login.e2e.ts
 *
 * Needs a server at BASE_URL with the demo data (scripts/e2e.ts provides one). The checks run in order on
 * one page, each starting where the previous one left off. Saves test-results/login.png (signed in).
 */
import { BASE_URL, noCspViolation, noOutsideRequest, runBrowserChecks, saveScreenshot } from './browser';
import { ADMIN, DEMO_PASSWORD, graphqlFromPage, sessionCookie, SESSION_COOKIE, siteHeader, submitSignInForm } from './sign-in';

const ME = '{ me { email } }';

runBrowserChecks({}, ({ page, context }) => {
  const header = siteHeader(page);
  const form = page.locator('form.login-form');
  const alert = form.getByRole('alert');

  /** Follows the header's language link; it must come back to the same page on the same origin. */
  async function switchLanguage(link: 'English' | 'Français') {
    const from = page.url();
    const back = page.waitForEvent('framenavigated', {
      predicate: (frame) => frame === page.mainFrame() && !frame.url().includes('/api/lang'),
    });
    back.catch(() => undefined); // awaited below, unless the click fails first
    await header.getByRole('link', { name: link, exact: true }).click();
    await back;
    await page.waitForLoadState('load');
    if (page.url() !== from) throw new Error(`the "${link}" link went from ${from} to ${page.url()}, not back to the page`);
  }

  return [
    {
      name: 'signed out, /login shows the French form ("Connexion") and the header offers "Se connecter"',
      run: async () => {
        const response = await page.goto(`${BASE_URL}/login`, { waitUntil: 'load' });
        if (!response?.ok()) throw new Error(`GET /login answered ${response?.status()}`);
        await page.getByRole('heading', { level: 1, name: 'Connexion', exact: true }).waitFor();
        await form.getByLabel('Adresse e-mail', { exact: true }).waitFor();
        await form.getByLabel('Mot de passe', { exact: true }).waitFor();
        await form.getByRole('button', { name: 'Se connecter', exact: true }).waitFor();
        await header.getByRole('link', { name: 'Se connecter', exact: true }).waitFor();
        if (await header.getByText('Connecté·e').count()) throw new Error('the header says someone is signed in');
      },
    },
    {
      name: 'a wrong password shows "Adresse e-mail ou mot de passe incorrect." and sets no session cookie',
      run: async () => {
        await form.getByLabel('Adresse e-mail', { exact: true }).fill(ADMIN.email);
        await form.getByLabel('Mot de passe', { exact: true }).fill('not-the-password');
        await form.getByRole('button', { name: 'Se connecter', exact: true }).click();
        await alert.filter({ hasText: 'Adresse e-mail ou mot de passe incorrect.' }).waitFor();
        if (new URL(page.url()).pathname !== '/login') throw new Error(`left the sign-in page for ${page.url()}`);
        if (await sessionCookie(context)) throw new Error(`${SESSION_COOKIE} was set after a wrong password`);
        if (await header.getByText('Connecté·e').count()) throw new Error('the header says someone is signed in');
      },
    },
    {
      name: 'the "English" switch comes back to /login in English, with the English error for an unknown account',
      run: async () => {
        await switchLanguage('English');
        await page.getByRole('heading', { level: 1, name: 'Sign in', exact: true }).waitFor();
        const lang = (await context.cookies(BASE_URL)).find((c) => c.name === 'cursus-lang');
        if (lang?.value !== 'en') throw new Error(`cursus-lang cookie is ${JSON.stringify(lang?.value)}, expected "en"`);
        if ((await page.locator('html').getAttribute('lang')) !== 'en') throw new Error('<html lang> is not "en"');
        await form.getByLabel('E-mail address', { exact: true }).fill('nobody@example.org');
        await form.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
        await form.getByRole('button', { name: 'Sign in', exact: true }).click();
        await alert.filter({ hasText: 'Wrong e-mail address or password.' }).waitFor();
        await header.getByRole('link', { name: 'Sign in', exact: true }).waitFor();
        if (await sessionCookie(context)) throw new Error(`${SESSION_COOKIE} was set for an unknown account`);
        await switchLanguage('Français');
        await page.getByRole('heading', { level: 1, name: 'Connexion', exact: true }).waitFor();
      },
    },
    {
      name: `signing in as the administrator lands on / with "Connecté·e : ${ADMIN.name}" in the header`,
      run: async () => {
        // French, whatever the previous check left behind.
        await context.clearCookies({ name: 'cursus-lang' });
        await submitSignInForm(page, ADMIN.email, DEMO_PASSWORD);
        await page.waitForURL(`${BASE_URL}/`);
        await header.getByText(`Connecté·e : ${ADMIN.name}`, { exact: true }).waitFor();
        await header.getByRole('button', { name: 'Se déconnecter', exact: true }).waitFor();
        if (await header.getByRole('link', { name: 'Se connecter' }).count()) {
          throw new Error('the header still offers "Se connecter"');
        }
        await saveScreenshot(page, 'login.png');
      },
    },
    {
      name: `the session cookie (${SESSION_COOKIE}) is httpOnly, SameSite=Lax, and hidden from document.cookie`,
      run: async () => {
        const cookie = await sessionCookie(context);
        if (!cookie) throw new Error(`no ${SESSION_COOKIE} cookie after signing in`);
        if (!cookie.httpOnly) throw new Error(`${SESSION_COOKIE} is not httpOnly`);
        if (cookie.sameSite !== 'Lax') throw new Error(`${SESSION_COOKIE} is SameSite=${cookie.sameSite}`);
        const visible = await page.evaluate(() => document.cookie);
        if (visible.includes(SESSION_COOKIE)) throw new Error(`document.cookie shows it: ${visible}`);
      },
    },
    {
      name: `an authenticated fetch of ${ME} from the page returns ${ADMIN.email}`,
      run: async () => {
        const answer = await graphqlFromPage(page, ME);
        const email = (answer.body.data?.me as { email?: string } | null | undefined)?.email;
        if (answer.status !== 200 || answer.body.errors || email !== ADMIN.email) {
          throw new Error(`answered ${answer.status} ${JSON.stringify(answer.body)}`);
        }
      },
    },
    {
      name: 'signing out ("Se déconnecter") returns to the signed-out header and removes the session cookie',
      run: async () => {
        await header.getByRole('button', { name: 'Se déconnecter', exact: true }).click();
        await header.getByRole('link', { name: 'Se connecter', exact: true }).waitFor();
        if (await header.getByText('Connecté·e').count()) throw new Error('the header still shows the name');
        if (new URL(page.url()).pathname !== '/') throw new Error(`sign-out went to ${page.url()}, not /`);
        if (await sessionCookie(context)) throw new Error(`${SESSION_COOKIE} is still set`);
      },
    },
    {
      name: `after signing out, the same fetch of ${ME} answers UNAUTHENTICATED`,
      run: async () => {
        const answer = await graphqlFromPage(page, ME);
        const codes = (answer.body.errors ?? []).map((e) => e.extensions?.code);
        if (!codes.includes('UNAUTHENTICATED') || answer.body.data?.me) {
          throw new Error(`answered ${answer.status} ${JSON.stringify(answer.body)}`);
        }
      },
    },
    noCspViolation(),
    noOutsideRequest(),
  ];
});
