/**
 * Browser test of the sessions table (#7 screen 4, seed 002 "Gérer des sessions"):
 * - a manager (Université de Lyon) has a session of her own with two learners, an event and a comment
 *   (written through the API, as the session form is another screen);
 * - she opens /manage/sessions, searches, sorts, filters (status, training, start day), reloads and gets the
 *   same view; the row says « 2 / 12 »;
 * - she opens the row to see its events, then the event's comments (« i »), and adds one;
 * - a manager of another organisation does not find that session, in the table or by id;
 * - she deletes the session after reading what goes with it, and the API no longer has it;
 * - axe-core finds no serious or critical violation, at 1280 and 768 px; screenshots go to test-results/manage/.
 *
 *   BASE_URL=http://127.0.0.1:3000 node scripts/run.js __tests__/e2e/manage-sessions-table.e2e.ts
 */
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { BASE_URL, noOutsideRequest, runBrowserChecks } from './browser';
import { look } from './look';
import { graphqlFromPage, signIn } from './sign-in';

const MANAGER = { email: 'isabelle.moreau@example.org', name: 'Isabelle Moreau' };
const OUTSIDER = { email: 'sandrine.payet@example.fr', name: 'Sandrine Payet' };
const tag = randomBytes(3).toString('hex');
const SESSION = `Session e2e ${tag}`;
const EVENT = `Atelier d’ouverture ${tag}`;
const COMMENT = `Salle 204, badge requis ${tag}`;
// Starts in 40 days, ends two days later (upcoming).
const start = new Date(Date.now() + 40 * 86_400_000);
start.setUTCHours(8, 0, 0, 0);
const end = new Date(start.getTime() + 2 * 86_400_000 + 8 * 3_600_000);
const dayBefore = new Date(start.getTime() - 86_400_000).toISOString().slice(0, 10);

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

/** Runs an operation as the signed-in user; returns the id the named root field answered with. */
async function apiId(page: Page, query: string, field: string): Promise<string> {
  const answer = await graphqlFromPage(page, query);
  if (answer.body.errors?.length) throw new Error(`${query}: ${answer.body.errors.map((e) => e.message).join('; ')}`);
  return (answer.body.data?.[field] as { id: string }).id;
}

/** « text » as the screens write it (no-break spaces inside the quotes), for role names. */
const quoted = (before: string, text: string, after = '') => new RegExp(`^${before}«\\s${text}\\s»${after}$`);

runBrowserChecks({}, ({ page, context }) => {
  const table = page.getByRole('table', { name: 'Sessions', exact: true });
  const row = table.getByRole('row', { name: new RegExp(SESSION) });
  const learnersHeader = table.getByRole('columnheader', { name: /^Apprenants/ });
  let sessionId = '';

  return [
    {
      name: `a manager (${MANAGER.email}) has a session of hers with two learners, an event and a comment`,
      run: async () => {
        await signIn(page, MANAGER);
        const found = await graphqlFromPage(page, '{ trainings(search: "MANAGEMENT-EQUIPE") { nodes { id code } } }');
        const nodes = (found.body.data?.trainings as { nodes: { id: string; code: string }[] }).nodes;
        const trainingId = nodes.find((t) => t.code === 'MANAGEMENT-EQUIPE')!.id;
        sessionId = await apiId(
          page,
          `mutation { createSession(input: { trainingId: "${trainingId}", title: "${SESSION}", startDate: "${start.toISOString()}", endDate: "${end.toISOString()}", maxUsers: 12 }) { id } }`,
          'createSession',
        );
        for (const email of ['camille.martin@example.org', 'lucas.bernard@example.org'])
          await apiId(page, `mutation { addInscription(input: { sessionId: "${sessionId}", email: "${email}", role: LEARNER }) { id } }`, 'addInscription');
        const eventId = await apiId(
          page,
          `mutation { createEvent(input: { sessionId: "${sessionId}", name: "${EVENT}", startAt: "${start.toISOString()}", endAt: "${new Date(start.getTime() + 3 * 3_600_000).toISOString()}" }) { id } }`,
          'createEvent',
        );
        await apiId(page, `mutation { createComment(eventId: "${eventId}", content: "${COMMENT}") { id } }`, 'createComment');
      },
    },
    {
      name: 'the menu leads to /manage/sessions: the table, the « Nouvelle session » button, dates with their zone named',
      run: async () => {
        await page.goto(`${BASE_URL}/manage`, { waitUntil: 'load' });
        await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Sessions' }).click();
        await h1(page, 'Sessions').waitFor();
        const button = page.getByRole('link', { name: 'Nouvelle session' }).first();
        if ((await button.getAttribute('href')) !== '/manage/sessions/new') throw new Error('« Nouvelle session » does not lead to /manage/sessions/new');
        await page.getByText(/Dates en heure/).first().waitFor();
        if ((await table.getByRole('columnheader', { name: /^Statut/ }).getAttribute('aria-sort')) !== 'ascending')
          throw new Error('the default order (status) is not marked');
        await look(page, 'sessions');
      },
    },
    {
      name: 'searching, sorting and filtering write the URL; the row shows « 2 / 12 » and links to the session page',
      run: async () => {
        await page.getByRole('searchbox', { name: 'Rechercher' }).fill(tag);
        await page.waitForURL((url) => url.searchParams.get('q') === tag);
        await row.waitFor();
        await page.getByText('1 résultat', { exact: true }).waitFor();
        await learnersHeader.getByRole('button').click();
        await page.waitForURL((url) => url.searchParams.get('sort') === 'learners');
        await learnersHeader.getByRole('button').click();
        await page.waitForURL((url) => url.searchParams.get('sort') === '-learners');
        await page.getByRole('combobox', { name: 'Statut' }).click();
        await page.getByRole('option', { name: 'À venir' }).click();
        await page.waitForURL((url) => url.searchParams.get('status') === 'UPCOMING');
        await page.getByRole('combobox', { name: 'Formation' }).click();
        await page.getByRole('option', { name: /Management d’équipe|Management d'équipe/ }).click();
        await page.waitForURL((url) => Boolean(url.searchParams.get('training')));
        await page.getByLabel('Débute à partir du').fill(dayBefore);
        await page.waitForURL((url) => url.searchParams.get('from') === dayBefore);
        await row.waitFor();
        await row.getByText('2 / 12').waitFor();
        if ((await row.getByRole('link', { name: SESSION }).getAttribute('href')) !== `/manage/sessions/${sessionId}`)
          throw new Error('the title does not link to the session page');
      },
    },
    {
      name: 'reloading gives the same view: search, filters, order, rows',
      run: async () => {
        const before = page.url();
        await page.reload({ waitUntil: 'load' });
        if (page.url() !== before) throw new Error(`the URL changed on reload: ${page.url()}`);
        if ((await page.getByRole('searchbox', { name: 'Rechercher' }).inputValue()) !== tag) throw new Error('the search was lost');
        if ((await page.getByRole('combobox', { name: 'Statut' }).inputValue()) !== 'À venir') throw new Error('the status filter was lost');
        if (!/Management/.test(await page.getByRole('combobox', { name: 'Formation' }).inputValue())) throw new Error('the training filter was lost');
        if ((await page.getByLabel('Débute à partir du').inputValue()) !== dayBefore) throw new Error('the start day was lost');
        if ((await learnersHeader.getAttribute('aria-sort')) !== 'descending') throw new Error('the order was lost');
        if ((await table.locator('th[aria-sort]').count()) !== 1) throw new Error('more than one header carries aria-sort');
        await row.waitFor();
        await look(page, 'sessions-filtered');
      },
    },
    {
      name: "the arrow before the title opens the row to its events, with no page load",
      run: async () => {
        const url = page.url();
        let navigations = 0;
        page.on('framenavigated', (frame) => frame === page.mainFrame() && navigations++);
        await page.getByRole('button', { name: quoted('Afficher les séances de ', SESSION) }).click();
        const events = page.getByRole('table', { name: quoted('1 séance de ', SESSION) });
        await events.getByText(EVENT).waitFor();
        await page.getByRole('button', { name: quoted('Masquer les séances de ', SESSION) }).waitFor();
        if (navigations || page.url() !== url) throw new Error('opening the row loaded a page');
        await look(page, 'sessions-expanded');
      },
    },
    {
      name: 'the « i » of the event lists its comments with the reminder, and adds one',
      run: async () => {
        await page.getByRole('button', { name: quoted('Commentaires de ', EVENT) }).click();
        const dialog = page.getByRole('dialog', { name: new RegExp(`Commentaires.*${EVENT}`) });
        await dialog.getByText('Ces commentaires sont visibles par les utilisateurs.').waitFor();
        await dialog.getByText(COMMENT).waitFor();
        await look(page, 'session-event-comments');
        await dialog.getByRole('textbox', { name: 'Nouveau commentaire' }).fill(`Prévoir un ordinateur ${tag}`);
        await dialog.getByRole('button', { name: 'Ajouter le commentaire' }).click();
        await dialog.getByText(`Prévoir un ordinateur ${tag}`).waitFor();
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'hidden' });
      },
    },
    {
      name: `a manager of another organisation (${OUTSIDER.email}) does not find the session, in the table or by id`,
      run: async () => {
        await context.clearCookies();
        await signIn(page, OUTSIDER);
        await page.goto(`${BASE_URL}/manage/sessions?q=${tag}`, { waitUntil: 'load' });
        await page.getByText(/Aucune session ne correspond/).waitFor();
        const answer = await graphqlFromPage(page, `{ session(id: "${sessionId}") { id } }`);
        if (answer.body.errors?.[0]?.extensions?.code !== 'NOT_FOUND') throw new Error(`session(id) answered ${JSON.stringify(answer.body)}`);
        await look(page, 'sessions-empty');
      },
    },
    {
      name: 'the manager deletes the session after reading what goes with it; the API no longer has it',
      run: async () => {
        await context.clearCookies();
        await signIn(page, MANAGER);
        await page.goto(`${BASE_URL}/manage/sessions?q=${tag}`, { waitUntil: 'load' });
        await row.getByRole('button', { name: quoted('Actions pour ', SESSION) }).click();
        await page.getByRole('menuitem', { name: 'Supprimer' }).click();
        const dialog = page.getByRole('dialog', { name: quoted('Supprimer ', SESSION, '\\s\\?') });
        await dialog.getByText('1 séance et 2 inscriptions seront supprimées avec elle.').waitFor();
        await look(page, 'session-delete');
        await dialog.getByRole('button', { name: 'Supprimer la session' }).click();
        await page.getByText(`La session « ${SESSION} » a été supprimée.`).waitFor();
        await page.getByText(/Aucune session ne correspond/).waitFor();
        const answer = await graphqlFromPage(page, `{ session(id: "${sessionId}") { id } sessions(filter: { search: "${tag}" }) { totalCount } }`);
        if (answer.body.errors?.[0]?.extensions?.code !== 'NOT_FOUND') throw new Error(`session(id) still answers: ${JSON.stringify(answer.body)}`);
      },
    },
    noOutsideRequest(),
  ];
});
