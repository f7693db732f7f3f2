/**
 * Browser test of the management area's foundation and its trainings screens (#7):
 * - an anonymous visitor opening /manage is sent to /login and comes back after signing in (a manager);
 * - the manager lands on the dashboard, creates a training, is refused a duplicate code next to the field,
 *   finds the training in the table, sorts and filters it, reloads and gets the same view;
 * - a learner opening /manage gets the "not for you" page with a link to the catalogue;
 * - axe-core finds no serious or critical violation on any of these pages, at 1280 and 768 px.
 * Screenshots of each screen at both widths go to test-results/manage/ (and SHOTS_DIR when set).
 *
 *   BASE_URL=http://127.0.0.1:3000 node scripts/run.js __tests__/e2e/manage-trainings.e2e.ts
 */
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { BASE_URL, noOutsideRequest, runBrowserChecks } from './browser';
import { look } from './look';
import { fillSignInForm, LEARNER } from './sign-in';

const MANAGER = { email: 'isabelle.moreau@example.org', name: 'Isabelle Moreau' };
const tag = randomBytes(3).toString('hex').toUpperCase();
const TRAINING = { code: `E2E-${tag}`, title: `Premiers secours en équipe ${tag}` };

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

runBrowserChecks({}, ({ page, context }) => {
  const table = page.getByRole('table', { name: 'Formations' });
  const codeHeader = table.getByRole('columnheader', { name: /^Code/ });

  return [
    {
      name: 'an anonymous visitor opening /manage is sent to /login?callbackUrl=/manage',
      run: async () => {
        await page.goto(`${BASE_URL}/manage`, { waitUntil: 'load' });
        const url = new URL(page.url());
        if (url.pathname !== '/login' || url.searchParams.get('callbackUrl') !== '/manage')
          throw new Error(`landed on ${page.url()}`);
      },
    },
    {
      name: `signing in there as a manager (${MANAGER.email}) comes back to the dashboard`,
      run: async () => {
        await fillSignInForm(page, MANAGER.email);
        await page.waitForURL(`${BASE_URL}/manage`);
        await h1(page, 'Tableau de bord').waitFor();
        await page.getByRole('banner').getByText(MANAGER.name).waitFor();
        await page.getByRole('heading', { level: 2, name: 'Mes prochaines sessions' }).waitFor();
        // Screens that do not exist yet are not links.
        const navigation = page.getByRole('navigation', { name: 'Navigation principale' });
        if (await navigation.getByRole('link', { name: /bientôt/ }).count()) throw new Error('a screen marked "bientôt" is a link');
        await navigation.getByRole('link', { name: 'Formations' }).waitFor();
        await look(page, 'dashboard');
      },
    },
    {
      name: 'the manager creates a training from the form and lands on its page, with a notification',
      run: async () => {
        await page.getByRole('link', { name: 'Nouvelle formation' }).first().click();
        await h1(page, 'Nouvelle formation').waitFor();
        await look(page, 'training-new');
        await page.getByRole('textbox', { name: /^Code/ }).fill(TRAINING.code);
        await page.getByRole('textbox', { name: /^Titre/ }).fill(TRAINING.title);
        await page.getByRole('textbox', { name: /^Description/ }).fill('Alerter, protéger, secourir : les gestes qui sauvent.');
        await page.getByRole('combobox', { name: /^Organisations/ }).click();
        await page.getByRole('option', { name: 'Université de Lyon' }).click();
        await page.keyboard.press('Escape');
        await page.getByRole('textbox', { name: /^Capacité/ }).fill('12');
        await page.getByRole('radio', { name: /Automatique/ }).check();
        await page.getByRole('button', { name: 'Créer la formation' }).click();
        await h1(page, TRAINING.title).waitFor();
        await page.getByText(`La formation « ${TRAINING.title} » a été créée.`).waitFor();
        await page.getByText('Automatique').first().waitFor();
        await look(page, 'training-page');
      },
    },
    {
      name: 'a second training with the same code is refused next to the Code field, in French, with the typed values kept',
      run: async () => {
        await page.goto(`${BASE_URL}/manage/trainings/new`, { waitUntil: 'load' });
        await page.getByRole('textbox', { name: /^Code/ }).fill(TRAINING.code);
        await page.getByRole('textbox', { name: /^Titre/ }).fill('Doublon');
        await page.getByRole('combobox', { name: /^Organisations/ }).click();
        await page.getByRole('option', { name: 'Université de Lyon' }).click();
        await page.keyboard.press('Escape');
        await page.getByRole('button', { name: 'Créer la formation' }).click();
        const code = page.getByRole('textbox', { name: /^Code/ });
        await page.getByText('Ce code est déjà utilisé par une autre formation.').waitFor();
        if ((await code.getAttribute('aria-invalid')) !== 'true') throw new Error('the Code field is not marked invalid');
        if (!(await code.evaluate((el) => el === document.activeElement))) throw new Error('the Code field does not have the focus');
        if ((await page.getByRole('textbox', { name: /^Titre/ }).inputValue()) !== 'Doublon') throw new Error('the title typed was lost');
        await look(page, 'training-form-error');
      },
    },
    {
      name: 'the training is in the table; searching its code, sorting and filtering write the URL',
      run: async () => {
        await page.goto(`${BASE_URL}/manage/trainings`, { waitUntil: 'load' });
        await h1(page, 'Formations').waitFor();
        await look(page, 'trainings');
        await page.getByRole('searchbox', { name: 'Rechercher' }).fill(TRAINING.code);
        await page.waitForURL((url) => url.searchParams.get('q') === TRAINING.code);
        await table.getByRole('link', { name: TRAINING.title }).waitFor();
        await page.getByText('1 résultat', { exact: true }).waitFor();
        await codeHeader.getByRole('button').click();
        await page.waitForURL((url) => url.searchParams.get('sort') === 'code');
        await codeHeader.getByRole('button').click();
        await page.waitForURL((url) => url.searchParams.get('sort') === '-code');
        await page.getByRole('combobox', { name: 'Organisation' }).click();
        await page.getByRole('option', { name: 'Université de Lyon' }).click();
        await page.waitForURL((url) => Boolean(url.searchParams.get('org')));
        await table.getByRole('link', { name: TRAINING.title }).waitFor();
        if ((await codeHeader.getAttribute('aria-sort')) !== 'descending') throw new Error('Code is not marked sorted descending');
      },
    },
    {
      name: 'reloading gives the same view: search, filter, order, rows',
      run: async () => {
        const before = page.url();
        await page.reload({ waitUntil: 'load' });
        if (page.url() !== before) throw new Error(`the URL changed on reload: ${page.url()}`);
        if ((await page.getByRole('searchbox', { name: 'Rechercher' }).inputValue()) !== TRAINING.code) throw new Error('the search was lost');
        if ((await page.getByRole('combobox', { name: 'Organisation' }).inputValue()) !== 'Université de Lyon') throw new Error('the filter was lost');
        if ((await codeHeader.getAttribute('aria-sort')) !== 'descending') throw new Error('the order was lost');
        const sortedHeaders = await table.locator('th[aria-sort]').count();
        if (sortedHeaders !== 1) throw new Error(`${sortedHeaders} headers carry aria-sort`);
        await table.getByRole('link', { name: TRAINING.title }).waitFor();
        await look(page, 'trainings-filtered');
      },
    },
    {
      name: 'the "English" switch keeps the view and shows the table in English; "Français" comes back',
      run: async () => {
        const before = page.url();
        await page.getByRole('banner').getByRole('link', { name: 'English', exact: true }).click();
        await h1(page, 'Trainings').waitFor();
        if (page.url() !== before) throw new Error(`the switch went from ${before} to ${page.url()}`);
        if ((await page.locator('html').getAttribute('lang')) !== 'en') throw new Error('<html lang> is not "en"');
        await page.getByRole('table', { name: 'Trainings' }).getByRole('columnheader', { name: /^Code/ }).waitFor();
        await page.getByText('1 result', { exact: true }).waitFor();
        await look(page, 'trainings-english');
        await page.getByRole('banner').getByRole('link', { name: 'Français', exact: true }).click();
        await h1(page, 'Formations').waitFor();
      },
    },
    {
      name: 'an empty result says what to do',
      run: async () => {
        await page.goto(`${BASE_URL}/manage/trainings?q=zz-nothing-matches-zz`, { waitUntil: 'load' });
        await page.getByText(/Aucune formation ne correspond/).waitFor();
        await page.getByRole('button', { name: 'Effacer les filtres' }).waitFor();
        await look(page, 'trainings-empty');
      },
    },
    {
      name: `a learner (${LEARNER.email}) opening /manage gets the "not for you" page with a link to the catalogue`,
      run: async () => {
        await context.clearCookies();
        await page.goto(`${BASE_URL}/manage`, { waitUntil: 'load' });
        await fillSignInForm(page, LEARNER.email);
        await page.waitForURL(`${BASE_URL}/manage`);
        await h1(page, 'Cet espace est réservé aux équipes de formation').waitFor();
        await page.getByRole('link', { name: 'Aller au catalogue' }).waitFor();
        if (await page.getByRole('link', { name: 'Formations' }).count()) throw new Error('the learner sees the management menu');
        await look(page, 'not-for-you');
      },
    },
    noOutsideRequest(),
  ];
});
