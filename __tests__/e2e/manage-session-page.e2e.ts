/**
 * Browser test of the session page (#7 screen 5):
 * - a manager (Isabelle Moreau) has a session with validation and a capacity of 20, where a learner
 *   (Camille Martin) has registered herself (PENDING, R7); that learner opening /manage gets "not for you";
 * - the manager opens the session page, adds three learners by search, sees them and « 3 / 20 », accepts the
 *   pending registration (« 4 / 20 »), removes one after the confirmation (« 3 / 20 »);
 * - the tabs live in the URL (?tab=trainers survives a reload; /events opens the Events tab) and the Events
 *   tab splits open and ended events as the API does; the open table sorts by name, kept in the URL (openSort);
 * - once the session is out of the public catalogue, a manager of another organisation (Sandrine Payet) gets
 *   "not found" on that URL, as for a missing id;
 * - axe finds no serious or critical violation on the page and each tab, at 1280 and 768 px (look.ts).
 *
 *   BASE_URL=http://127.0.0.1:3000 node scripts/run.js __tests__/e2e/manage-session-page.e2e.ts
 */
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { BASE_URL, inOrder, noOutsideRequest, runBrowserChecks } from './browser';
import { look } from './look';
import { api, type Created, LEARNER, signInAs } from './sign-in';

const MANAGER = { email: 'isabelle.moreau@example.org' };
const OTHER_MANAGER = { email: 'sandrine.payet@example.fr' };
const tag = randomBytes(3).toString('hex').toUpperCase();
const SESSION_TITLE = `Session de printemps ${tag}`;
const PEOPLE = [
  { search: 'Bernard', name: 'Lucas Bernard' },
  { search: 'Durand', name: 'Hugo Durand' },
  { search: 'Vincent', name: 'Louise Vincent' },
];

/** Screenshots show the visible part: bring the tabs to the top first, so the tab's content is what is seen. */
const toTabs = (page: Page) => page.evaluate(() => document.querySelector('[role="tablist"]')?.scrollIntoView());

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

runBrowserChecks({}, ({ page, context }) => {
  let sessionId = '';
  const sessionUrl = () => `${BASE_URL}/manage/sessions/${sessionId}`;
  const seatCount = () => page.locator('.seat-count');
  const registered = page.getByRole('table', { name: 'Apprenants inscrits' });

  return [
    {
      name: 'the manager has a validated session of 20 seats with an open and an ended event',
      run: async () => {
        await signInAs(page, MANAGER.email);
        const { viewer } = await api<{ viewer: { managedOrganisations: { id: string; name: string }[] } }>(page, '{ viewer { managedOrganisations { id name } } }');
        const udl = viewer.managedOrganisations.find((o) => o.name === 'Université de Lyon')!;
        const { createTraining } = await api<Created<'createTraining'>>(
          page,
          `mutation { createTraining(input: { code: "SP-${tag}", title: "Accueil du public ${tag}", organisationIds: ["${udl.id}"] }) { id } }`,
        );
        const { createSession } = await api<Created<'createSession'>>(
          page,
          `mutation { createSession(input: { trainingId: "${createTraining.id}", title: "${SESSION_TITLE}", startDate: "2030-03-02T08:00:00Z",
            endDate: "2030-06-30T16:00:00Z", maxUsers: 20, publicRegistration: true, registrationValidation: true }) { id } }`,
        );
        sessionId = createSession.id;
        await api(page, `mutation { createEvent(input: { sessionId: "${sessionId}", name: "Atelier d'ouverture", startAt: "2030-03-05T08:00:00Z", endAt: "2030-03-05T11:00:00Z" }) { id } }`);
        await api(page, `mutation { createEvent(input: { sessionId: "${sessionId}", name: "Réunion préparatoire", startAt: "2020-01-10T08:00:00Z", endAt: "2020-01-10T09:00:00Z" }) { id } }`);
      },
    },
    {
      name: `a learner (${LEARNER.email}) registers herself (PENDING), and opening /manage gets the "not for you" page`,
      run: async () => {
        await context.clearCookies();
        await signInAs(page, LEARNER.email);
        await h1(page, 'Cet espace est réservé aux équipes de formation').waitFor();
        await page.getByRole('link', { name: 'Aller au catalogue' }).waitFor();
        const { me } = await api<Created<'me'>>(page, '{ me { id } }');
        const { addInscription } = await api<{ addInscription: { state: string } }>(page, `mutation { addInscription(input: { sessionId: "${sessionId}", userId: "${me.id}", role: LEARNER }) { state } }`);
        if (addInscription.state !== 'PENDING') throw new Error(`the learner's registration is ${addInscription.state}`);
        await page.goto(sessionUrl(), { waitUntil: 'load' });
        await h1(page, 'Cet espace est réservé aux équipes de formation').waitFor();
      },
    },
    {
      name: 'the manager opens the session page: dates, training, organisations, settings, « 0 / 20 », the pending registration',
      run: async () => {
        await context.clearCookies();
        await signInAs(page, MANAGER.email, `/manage/sessions/${sessionId}`);
        await h1(page, SESSION_TITLE).waitFor();
        await page.getByRole('link', { name: `Accueil du public ${tag} (SP-${tag})` }).waitFor();
        await page.getByText('Université de Lyon').first().waitFor();
        await page.getByText('Places restantes').waitFor();
        if ((await seatCount().locator('p').first().textContent()) !== '0 / 20') throw new Error('the seat count is not « 0 / 20 »');
        await page.getByRole('table', { name: 'Inscriptions en attente de validation' }).getByText(LEARNER.name).waitFor();
        await look(page, 'session-page');
      },
    },
    {
      name: 'the manager adds three learners by search and sees them, with « 3 / 20 »',
      run: async () => {
        const picker = page.getByRole('combobox', { name: /Inscrire des apprenants/ });
        for (const person of PEOPLE) {
          await picker.fill(person.search);
          await page.getByRole('option', { name: new RegExp(person.name) }).click();
        }
        await page.getByRole('button', { name: 'Inscrire 3 personnes' }).click();
        await page.getByText('3 apprenants inscrits.').waitFor();
        for (const person of PEOPLE) await registered.getByRole('cell', { name: person.name, exact: true }).waitFor();
        await seatCount().getByText('3 / 20', { exact: true }).waitFor();
        await toTabs(page);
        await look(page, 'session-learners');
      },
    },
    {
      name: 'the manager accepts the pending registration: « 4 / 20 »',
      run: async () => {
        await page.getByRole('button', { name: `Accepter l’inscription de ${LEARNER.name}` }).click();
        await page.getByText(`${LEARNER.name} est inscrit·e.`).waitFor();
        await registered.getByRole('cell', { name: LEARNER.name, exact: true }).waitFor();
        await seatCount().getByText('4 / 20', { exact: true }).waitFor();
        await page.getByText('Aucune inscription n’attend votre décision.').waitFor();
      },
    },
    {
      name: 'the manager removes one learner after reading the confirmation: « 3 / 20 »',
      run: async () => {
        const gone = PEOPLE[0].name;
        await page.getByRole('button', { name: `Retirer ${gone} de la session` }).click();
        const dialog = page.getByRole('dialog', { name: `Retirer ${gone} de la session\u202f?` });
        await dialog.getByText(/sa place ira à la première personne de la liste d’attente/).waitFor();
        await toTabs(page);
        await look(page, 'session-remove-dialog');
        await dialog.getByRole('button', { name: 'Retirer' }).click();
        await page.getByText(`${gone} a été retiré·e de la session.`).waitFor();
        await seatCount().getByText('3 / 20', { exact: true }).waitFor();
        if (await registered.getByRole('cell', { name: gone, exact: true }).count()) throw new Error(`${gone} is still listed`);
      },
    },
    {
      name: 'the Trainers tab is in the URL and survives a reload',
      run: async () => {
        await page.getByRole('tab', { name: /^Formateurs/ }).click();
        await page.waitForURL((url) => url.searchParams.get('tab') === 'trainers');
        await page.reload({ waitUntil: 'load' });
        if ((await page.getByRole('tab', { name: /^Formateurs/ }).getAttribute('aria-selected')) !== 'true') throw new Error('the tab was lost');
        await page.getByRole('combobox', { name: /Ajouter des formateurs/ }).waitFor();
        await toTabs(page);
        await look(page, 'session-trainers');
      },
    },
    {
      name: '/manage/sessions/[id]/events opens the Events tab: open and ended events, in their zone, named',
      run: async () => {
        await page.goto(`${sessionUrl()}/events`, { waitUntil: 'load' });
        await page.waitForURL((url) => url.pathname === `/manage/sessions/${sessionId}` && url.searchParams.get('tab') === 'events');
        const open = page.getByRole('table', { name: 'Séances ouvertes (1)' });
        const ended = page.getByRole('table', { name: 'Séances terminées (1)' });
        await open.getByRole('cell', { name: 'Atelier d\'ouverture', exact: true }).waitFor();
        await ended.getByRole('cell', { name: 'Réunion préparatoire', exact: true }).waitFor();
        await open.getByText(/heure d’Europe centrale|heure normale d’Europe centrale/).first().waitFor();
        await toTabs(page);
        await look(page, 'session-events');
      },
    },
    {
      name: 'the open events table sorts by name from its header, the order in the URL (openSort) surviving a reload',
      run: async () => {
        // A second open event, later than the first but before it by name, so the two orders differ.
        const { createEvent } = await api<Created<'createEvent'>>(
          page,
          `mutation { createEvent(input: { sessionId: "${sessionId}", name: "Accueil des stagiaires", startAt: "2030-04-01T08:00:00Z", endAt: "2030-04-01T11:00:00Z" }) { id } }`,
        );
        // Removed even when a check fails, so the next test counts the session's own two events.
        try {
          await page.goto(`${sessionUrl()}?tab=events`, { waitUntil: 'load' });
          const open = page.getByRole('table', { name: 'Séances ouvertes (2)' });
          await inOrder(open, ["Atelier d'ouverture", 'Accueil des stagiaires']);
          await open.getByRole('columnheader', { name: /^Séance/ }).getByRole('button').click();
          await page.waitForURL((url) => url.searchParams.get('openSort') === 'name' && url.searchParams.get('tab') === 'events');
          await inOrder(open, ['Accueil des stagiaires', "Atelier d'ouverture"]);
          await page.reload({ waitUntil: 'load' });
          await inOrder(open, ['Accueil des stagiaires', "Atelier d'ouverture"]);
          if ((await open.getByRole('columnheader', { name: /^Séance/ }).getAttribute('aria-sort')) !== 'ascending')
            throw new Error('the name header is not marked sorted after the reload');
          await toTabs(page);
          await look(page, 'session-events-by-name');
        } finally {
          await api(page, `mutation { deleteEvent(id: "${createEvent.id}") { id } }`);
        }
      },
    },
    {
      name: 'the page offers to delete the session, and the confirmation names what goes with it (closed without deleting)',
      run: async () => {
        await page.goto(sessionUrl(), { waitUntil: 'load' });
        await page.getByRole('button', { name: 'Supprimer', exact: true }).click();
        const dialog = page.getByRole('dialog', { name: `Supprimer «\u00a0${SESSION_TITLE}\u00a0»\u202f?` });
        await dialog.getByText(/^2 séances et \d+ inscriptions seront supprimées avec elle\.$/).waitFor();
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'hidden' });
      },
    },
    {
      name: `once out of the public catalogue, a manager of another organisation (${OTHER_MANAGER.email}) gets "not found" on that URL, as on a missing id`,
      run: async () => {
        // A session open to public registration is in the catalogue, which everyone reads (the API's scope).
        await api(page, `mutation { updateSession(id: "${sessionId}", input: { publicRegistration: false }) { id } }`);
        await context.clearCookies();
        await signInAs(page, OTHER_MANAGER.email);
        for (const url of [sessionUrl(), `${BASE_URL}/manage/sessions/99999999`]) {
          await page.goto(url, { waitUntil: 'load' });
          await h1(page, 'Page introuvable').waitFor();
          if (await page.getByText(SESSION_TITLE).count()) throw new Error('the session title leaked');
        }
        await look(page, 'session-not-found');
      },
    },
    noOutsideRequest(),
  ];
});
