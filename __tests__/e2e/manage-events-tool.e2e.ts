/**
 * Browser test of the events tool of a session (#8 screens 1–3, seeds 001 and 003):
 * - a manager (Isabelle Moreau) has a session in automatic mode with two confirmed learners, a location at
 *   La Réunion and an event that ended in 2020;
 * - on the session's Events tab she creates an event (« Créer une séance »): the form names the location's
 *   zone, and the new row counts the two learners, registered by the system (R3);
 * - she repeats it on Tuesdays and Thursdays for three weeks: the preview lists the six dates at La Réunion,
 *   and after confirming the open table has the seven events;
 * - the ended event is in the ended table, and its menu has no « Répéter »;
 * - she adds a comment; then the learner Camille Martin signs in and reads it through the API (POST
 *   /api/graphql with her session cookie);
 * - keyboard only, she creates an event and repeats it; she deletes one copy after the confirmation;
 * - the search filters both tables through the URL; axe finds no serious or critical violation on the tab and
 *   the open dialogs, at 1280 and 768 px (look.ts).
 *
 *   BASE_URL=http://127.0.0.1:3000 node scripts/run.js __tests__/e2e/manage-events-tool.e2e.ts
 */
import { randomBytes } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { BASE_URL, noOutsideRequest, runBrowserChecks } from './browser';
import { look } from './look';
import { api, type Created, graphqlFromPage, LEARNER, signInAs } from './sign-in';

const MANAGER = { email: 'isabelle.moreau@example.org' };
const SECOND_LEARNER = 'lucas.bernard@example.org';
const tag = randomBytes(3).toString('hex').toUpperCase();
const EVENT = `Atelier gestes ${tag}`;
const KEYBOARD_EVENT = `Clavier ${tag}`;
const PAST_EVENT = `Bilan 2020 ${tag}`;
const LOCATION = `Salle Bourbon ${tag}`;
const COMMENT = `Salle B, badge à l’accueil ${tag}`;

/** The name of the focused element, roughly as a screen reader says it. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    if (!el) return '';
    const label = el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent ?? el.textContent ?? '';
    return label.replace(/\s+/g, ' ').trim();
  });

/** Presses Tab until the focused element's name matches (keyboard only: no click). */
async function tabTo(page: Page, name: RegExp, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (name.test(await focused(page))) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

/**
 * Types a date and time into the focused datetime-local field, segment by segment as the browser's locale
 * orders them (day/month or month/day; 12- or 24-hour clock).
 */
async function typeDateTime(page: Page, { year, month, day, hour, minute }: Record<'year' | 'month' | 'day' | 'hour' | 'minute', number>) {
  const { order, hour12 } = await page.evaluate(() => {
    const format = new Intl.DateTimeFormat(navigator.language, { year: 'numeric', month: '2-digit', day: '2-digit', hour: 'numeric' });
    return {
      order: format.formatToParts(new Date(2030, 0, 2)).map((p) => p.type).filter((t) => t === 'year' || t === 'month' || t === 'day'),
      hour12: format.resolvedOptions().hour12 ?? false,
    };
  });
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const parts: Record<string, string> = { year: pad(year, 4), month: pad(month), day: pad(day) };
  for (const part of order) {
    await page.keyboard.type(parts[part]);
    // Chromium moves on by itself after two digits, but a year may have up to six.
    if (part === 'year') await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.type(pad(hour12 ? ((hour + 11) % 12) + 1 : hour));
  await page.keyboard.type(pad(minute));
  if (hour12) await page.keyboard.type(hour < 12 ? 'A' : 'P');
}

/** Waits (up to 15 s) until the table has exactly `count` rows named `name`. */
async function rowsNamed(table: Locator, name: string, count: number) {
  const deadline = Date.now() + 15_000;
  let seen = -1;
  while (Date.now() < deadline) {
    seen = await table.locator('tbody tr').filter({ has: table.page().getByRole('link', { name, exact: true }) }).count();
    if (seen === count) return;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`${seen} rows named ${name}, expected ${count}`);
}

runBrowserChecks({}, ({ page, context }) => {
  let sessionId = '';
  let eventId = '';
  const tabUrl = () => `${BASE_URL}/manage/sessions/${sessionId}?tab=events`;
  const openTable = () => page.getByRole('table', { name: /^Séances ouvertes/ });
  const endedTable = () => page.getByRole('table', { name: /^Séances terminées/ });
  const menuOf = (table: Locator, name: string) =>
    table.locator('tbody tr').filter({ has: page.getByRole('link', { name, exact: true }) }).first().getByRole('button', { name: /^Actions pour/ });
  const toTab = () => page.evaluate(() => document.querySelector('[role="tablist"]')?.scrollIntoView());

  return [
    {
      name: 'the manager has a session in automatic mode with two confirmed learners, a location at La Réunion and an ended event',
      run: async () => {
        await signInAs(page, MANAGER.email);
        const { viewer } = await api<{ viewer: { managedOrganisations: { id: string; name: string }[] } }>(page, '{ viewer { managedOrganisations { id name } } }');
        const udl = viewer.managedOrganisations.find((o) => o.name === 'Université de Lyon')!;
        const { createTraining } = await api<Created<'createTraining'>>(
          page,
          `mutation { createTraining(input: { code: "ET-${tag}", title: "Gestes qui sauvent ${tag}", organisationIds: ["${udl.id}"] }) { id } }`,
        );
        const { createSession } = await api<Created<'createSession'>>(
          page,
          `mutation { createSession(input: { trainingId: "${createTraining.id}", title: "Session automatique ${tag}", startDate: "2030-03-01T08:00:00Z",
            endDate: "2030-06-30T16:00:00Z", maxUsers: 20, eventInscriptionMode: AUTOMATIC }) { id } }`,
        );
        sessionId = createSession.id;
        for (const email of [LEARNER.email, SECOND_LEARNER]) {
          const { addInscription } = await api<{ addInscription: { state: string } }>(
            page,
            `mutation { addInscription(input: { sessionId: "${sessionId}", email: "${email}", role: LEARNER }) { state } }`,
          );
          if (addInscription.state !== 'CONFIRMED') throw new Error(`${email} is ${addInscription.state}`);
        }
        await api(page, `mutation { createLocation(input: { name: "${LOCATION}", address: "Saint-Denis", timeZone: "Indian/Reunion", organisationId: "${udl.id}" }) { id } }`);
        await api(page, `mutation { createEvent(input: { sessionId: "${sessionId}", name: "${PAST_EVENT}", startAt: "2020-01-10T08:00:00Z", endAt: "2020-01-10T09:00:00Z" }) { id } }`);
      },
    },
    {
      name: 'the Events tab: a search, « Créer une séance », the open table empty and the ended event in the ended table',
      run: async () => {
        await page.goto(tabUrl(), { waitUntil: 'load' });
        await page.getByRole('searchbox', { name: /Rechercher une séance/ }).waitFor();
        await page.getByText('Aucune séance à venir ou en cours.').waitFor();
        await rowsNamed(endedTable(), PAST_EVENT, 1);
        await toTab();
        await look(page, 'events-tool');
      },
    },
    {
      name: 'she creates an event at La Réunion: the form names the zone, and the row counts the two learners registered by the system',
      run: async () => {
        await page.getByRole('button', { name: 'Créer une séance' }).click();
        const dialog = page.getByRole('dialog', { name: 'Créer une séance' });
        await dialog.getByText('Les informations indiquées pour la séance sont accessibles aux utilisateurs.').waitFor();
        await dialog.getByText(/Demandez sa création à un gestionnaire|Créez-le depuis la gestion des lieux/).waitFor();
        await dialog.getByRole('textbox', { name: /^Nom/ }).fill(EVENT);
        const location = dialog.getByRole('combobox', { name: /^Lieu/ });
        await location.click();
        await location.fill('Bourbon');
        await page.getByRole('option', { name: LOCATION }).click();
        // Monday 4 March 2030, 09:00–12:00 at La Réunion.
        await dialog.getByLabel(/^Début/).fill('2030-03-04T09:00');
        await dialog.getByLabel(/^Fin/).fill('2030-03-04T12:00');
        await dialog.getByText(/lundi 4 mars 2030 à 09:00 \(heure de La Réunion\)/).waitFor();
        await look(page, 'events-tool-form');
        await dialog.getByRole('button', { name: 'Créer la séance' }).click();
        await page.getByText(`La séance «\u202f${EVENT}\u202f» est créée.`).waitFor();
        await rowsNamed(openTable(), EVENT, 1);
        const row = openTable().locator('tbody tr').filter({ has: page.getByRole('link', { name: EVENT, exact: true }) });
        await row.getByText('heure de La Réunion').first().waitFor();
        if ((await row.locator('td').nth(4).textContent())?.trim() !== '2') throw new Error('the two learners are not registered');
        const href = await row.getByRole('link', { name: EVENT, exact: true }).getAttribute('href');
        eventId = href!.split('/').pop()!;
        if (href !== `/manage/events/${eventId}`) throw new Error(`the name links to ${href}`);
      },
    },
    {
      name: 'she repeats it on Tuesdays and Thursdays for three weeks: the preview lists six dates at La Réunion, then the open table has seven',
      run: async () => {
        await menuOf(openTable(), EVENT).click();
        await page.getByRole('menuitem', { name: 'Répéter' }).click();
        const dialog = page.getByRole('dialog', { name: `Répéter «\u202f${EVENT}\u202f»` });
        await dialog.getByText(/Au plus 200 copies par répétition et 52 semaines/).waitFor();
        await dialog.getByRole('checkbox', { name: 'mardi' }).check();
        await dialog.getByRole('checkbox', { name: 'jeudi' }).check();
        await dialog.getByRole('textbox', { name: 'Nombre de semaines' }).fill('3');
        await dialog.getByText('6 séances seront créées (heure de La Réunion)').waitFor();
        const dates = (await dialog.getByRole('list', { name: 'Séances qui seront créées' }).getByRole('listitem').allTextContents()).map((d) =>
          d.replace(/\s+/g, ' '),
        );
        const expected = ['mardi 5 mars 2030', 'jeudi 7 mars 2030', 'mardi 12 mars 2030', 'jeudi 14 mars 2030', 'mardi 19 mars 2030', 'jeudi 21 mars 2030'];
        if (JSON.stringify(dates) !== JSON.stringify(expected.map((d) => `${d}, 09:00 – 12:00`))) throw new Error(`preview ${JSON.stringify(dates)}`);
        await look(page, 'events-tool-repeat');
        await dialog.getByRole('button', { name: 'Créer 6 séances' }).click();
        await page.getByText('6 séances créées.').waitFor();
        await rowsNamed(openTable(), EVENT, 7);
        await page.getByRole('table', { name: 'Séances ouvertes (7)' }).waitFor();
      },
    },
    {
      name: 'the ended event has fewer actions: edit, comments and delete, no repeat',
      run: async () => {
        await menuOf(endedTable(), PAST_EVENT).click();
        await page.getByRole('menuitem', { name: 'Supprimer' }).waitFor();
        const items = (await page.getByRole('menuitem').allTextContents()).map((t) => t.trim());
        if (JSON.stringify(items) !== JSON.stringify(['Modifier', 'Commentaires', 'Supprimer'])) throw new Error(`ended menu ${JSON.stringify(items)}`);
        await page.keyboard.press('Escape');
        await page.getByRole('menu').waitFor({ state: 'hidden' });
      },
    },
    {
      name: 'she adds a comment, reminded that users read comments',
      run: async () => {
        await menuOf(openTable(), EVENT).click();
        await page.getByRole('menuitem', { name: 'Commentaires' }).click();
        const dialog = page.getByRole('dialog', { name: `Commentaires\u202f: ${EVENT}` });
        await dialog.getByText('Ces commentaires sont visibles par les utilisateurs.').waitFor();
        await dialog.getByRole('textbox', { name: 'Nouveau commentaire' }).fill(COMMENT);
        await dialog.getByRole('button', { name: 'Ajouter le commentaire' }).click();
        await page.getByText('Le commentaire est ajouté.').waitFor();
        await dialog.getByText(COMMENT).waitFor();
        await look(page, 'events-tool-comments');
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'hidden' });
      },
    },
    {
      name: 'the search filters both tables through the URL',
      run: async () => {
        await page.getByRole('searchbox', { name: /Rechercher une séance/ }).fill('Bilan 2020');
        await page.waitForURL((url) => url.searchParams.get('eventSearch') === 'Bilan 2020');
        await page.getByRole('table', { name: 'Séances terminées (1)' }).waitFor();
        await page.getByText('Aucune séance ne correspond à «\u202fBilan 2020\u202f».').waitFor();
        await page.getByRole('searchbox', { name: /Rechercher une séance/ }).fill('');
        await page.waitForURL((url) => !url.searchParams.has('eventSearch'));
        await rowsNamed(openTable(), EVENT, 7);
      },
    },
    {
      name: 'keyboard only, she creates an event and repeats it',
      run: async () => {
        await page.goto(tabUrl(), { waitUntil: 'load' });
        await tabTo(page, /^Créer une séance$/);
        await page.keyboard.press('Enter');
        const dialog = page.getByRole('dialog', { name: 'Créer une séance' });
        await dialog.getByRole('textbox', { name: /^Nom/ }).waitFor();
        // The name field has the focus when the dialog opens.
        await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent?.startsWith('Nom'));
        await page.keyboard.type(KEYBOARD_EVENT);
        await tabTo(page, /^Début/);
        // Monday 15 April 2030, 14:00–16:00 (no location: the platform's zone).
        await typeDateTime(page, { year: 2030, month: 4, day: 15, hour: 14, minute: 0 });
        await tabTo(page, /^Fin/);
        await typeDateTime(page, { year: 2030, month: 4, day: 15, hour: 16, minute: 0 });
        await tabTo(page, /^Créer la séance$/);
        await page.keyboard.press('Enter');
        await page.getByText(`La séance «\u202f${KEYBOARD_EVENT}\u202f» est créée.`).waitFor();
        await rowsNamed(openTable(), KEYBOARD_EVENT, 1);

        await tabTo(page, new RegExp(`^Actions pour «\\s${KEYBOARD_EVENT}\\s»$`), 200);
        await page.keyboard.press('Enter');
        await page.getByRole('menu').waitFor();
        for (let i = 0; i < 5 && (await focused(page)) !== 'Répéter'; i++) await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Enter');
        const repeat = page.getByRole('dialog', { name: `Répéter «\u202f${KEYBOARD_EVENT}\u202f»` });
        await repeat.waitFor();
        await tabTo(page, /^mercredi$/);
        await page.keyboard.press('Space');
        await tabTo(page, /^Nombre de semaines$/);
        await page.keyboard.press('Control+A');
        await page.keyboard.type('2');
        await repeat.getByText('2 séances seront créées', { exact: false }).waitFor();
        await tabTo(page, /^Créer 2 séances$/);
        await page.keyboard.press('Enter');
        await page.getByText('2 séances créées.').waitFor();
        await rowsNamed(openTable(), KEYBOARD_EVENT, 3);
      },
    },
    {
      name: 'she deletes one copy after a confirmation that names its registrants and comments',
      run: async () => {
        await menuOf(openTable(), KEYBOARD_EVENT).click();
        await page.getByRole('menuitem', { name: 'Supprimer' }).click();
        const dialog = page.getByRole('dialog', { name: `Supprimer la séance «\u202f${KEYBOARD_EVENT}\u202f»\u202f?` });
        await dialog.getByText('2 inscrits et aucun commentaire seront supprimés avec elle.').waitFor();
        await look(page, 'events-tool-delete');
        await dialog.getByRole('button', { name: 'Supprimer la séance' }).click();
        await page.getByText(`La séance «\u202f${KEYBOARD_EVENT}\u202f» est supprimée.`).waitFor();
        await rowsNamed(openTable(), KEYBOARD_EVENT, 2);
      },
    },
    {
      name: `the learner ${LEARNER.email} signs in and reads the comment through the API with her session cookie`,
      run: async () => {
        await context.clearCookies();
        await signInAs(page, LEARNER.email);
        const answer = await graphqlFromPage(page, `{ event(id: "${eventId}") { name comments { nodes { content } } } }`);
        const event = answer.body.data?.event as { name: string; comments: { nodes: { content: string }[] } } | undefined;
        if (answer.status !== 200 || !event) throw new Error(`the learner got ${JSON.stringify(answer.body)}`);
        if (!event.comments.nodes.some((c) => c.content === COMMENT)) throw new Error(`comments: ${JSON.stringify(event.comments.nodes)}`);
      },
    },
    noOutsideRequest(),
  ];
});
