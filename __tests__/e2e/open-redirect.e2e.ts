/**
 * Browser test of the open redirect of #6 §1: targets that Chromium reads as another host (`/\evil.com`,
 * `/%5Cevil.com` once decoded, `/%09/evil.com`) keep the browser on this site, through the language switch,
 * through the sign-in form's callbackUrl, and through next-auth's own endpoints.
 *
 *   BASE_URL=http://127.0.0.1:3000 node scripts/run.js __tests__/e2e/open-redirect.e2e.ts
 *
 * Needs a server at BASE_URL with the demo data (scripts/e2e.ts provides one). Every request that would leave
 * localhost is aborted and recorded (noOutsideRequest), so reaching evil.com fails the test either way.
 */
import { BASE_URL, noCspViolation, noOutsideRequest, runBrowserChecks } from './browser';
import { ADMIN, DEMO_PASSWORD, sessionCookie, siteHeader, submitSignInForm } from './sign-in';

const HOME = `${BASE_URL}/`;

runBrowserChecks({}, ({ page, context }) => {
  /** Opens `path` and expects the browser to end on this site's home page. */
  async function expectHome(path: string) {
    const response = await page.goto(`${BASE_URL}${path}`, { waitUntil: 'load' }).catch((error: Error) => {
      throw new Error(`GET ${path} did not stay on the site (${error.message.split('\n')[0]}), now at ${page.url()}`);
    });
    if (page.url() !== HOME) throw new Error(`GET ${path} ended at ${page.url()}, not ${HOME}`);
    if (!response?.ok()) throw new Error(`GET ${path} ended with ${response?.status()}`);
  }

  return [
    {
      name: 'the language switch with back=/%5Cevil.com, /%09/evil.com, /%5C%5Cevil.com or //evil.com stays on the site',
      run: async () => {
        for (const back of ['/%5Cevil.com', '/%09/evil.com', '/%5C%5Cevil.com', '//evil.com', '/%255Cevil.com']) await expectHome(`/api/lang?to=en&back=${back}`);
        await context.clearCookies({ name: 'cursus-lang' });
      },
    },
    {
      name: `/login?callbackUrl=/%5Cevil.com, then signing in through the form (${ADMIN.email}), lands on this site's home page`,
      run: async () => {
        await submitSignInForm(page, ADMIN.email, DEMO_PASSWORD, '/login?callbackUrl=/%5Cevil.com');
        await page.waitForURL(HOME);
        await siteHeader(page).getByText(`Connecté·e : ${ADMIN.name}`, { exact: true }).waitFor();
        if (!(await sessionCookie(context))) throw new Error('not signed in');
      },
    },
    {
      name: "next-auth's endpoints with callbackUrl=javascript:… or a look-alike host answer a redirect home, not an error page",
      run: async () => {
        for (const endpoint of ['signin', 'signout', 'error'])
          for (const target of ['javascript:alert(1)', `${BASE_URL}.evil.com/`, '/%5Cevil.com'])
            await expectHome(`/api/auth/${endpoint}?callbackUrl=${encodeURIComponent(target)}`);
      },
    },
    noCspViolation(),
    noOutsideRequest(),
  ];
});
