/**
 * The learner's journey through the catalogue (#9 §2–6), on a session of its own (so other browser tests'
 * changes to the demo data do not matter):
 * - the demo administrator makes, through the API, a public session of 1 seat with an automatic event and a
 *   public one;
 * - an anonymous visitor browses /catalogue, filters it, opens the session, presses « S'inscrire », signs in,
 *   comes back to the same session, confirms, and reads the explicit answer (confirmed); they register to the
 *   public event from the schedule; they find the session in /me and its event in the calendar view, and
 *   download the event's .ics (ical.js finds the event's UID);
 * - a second learner finds the session full and joins the waiting list at position 1;
 * - the first learner unregisters (after the confirmation); the second is promoted and told: the header's bell
 *   counts one unread notification, and /me lists it;
 * - look() (axe + screenshots) on the session page in each registration state and on /me with the notification.
 *
 *   BASE_URL=http://127.0.0.1:3000 node scripts/run.js __tests__/e2e/catalogue-journey.e2e.ts
 */
import { randomBytes } from 'node:crypto';
import ICAL from 'ical.js';
import { BASE_URL, noCspViolation, noOutsideRequest, runBrowserChecks } from './browser';
import { look } from './look';
import { ADMIN, api, signInAs, signInHere, siteHeader } from './sign-in';

const tag = randomBytes(3).toString('hex').toUpperCase();
const TRAINING = `Parcours d’accueil ${tag}`;
const SESSION = `Session d’accueil ${tag}`;
const AUTOMATIC_EVENT = `Journée d’accueil ${tag}`;
const PUBLIC_EVENT = `Atelier au choix ${tag}`;
const FIRST = { email: 'jade.bertrand@example.org', name: 'Jade Bertrand' };
const SECOND = { email: 'raphael.roux@example.org', name: 'Raphaël Roux' };
// French typography: a narrow no-break space before « : » and inside « ».
const NNBSP = '\u202f';

function fail(message: string): never {
  throw new Error(message);
}

/** An instant `days` from now at `hour`:00 UTC, as the API takes it. */
const at = (days: number, hour: number) => {
  const date = new Date(Date.now() + days * 86_400_000);
  date.setUTCHours(hour, 0, 0, 0);
  return date.toISOString();
};

runBrowserChecks({}, ({ page, context }) => {
  let sessionPath = '';
  let automaticEventId = '';
  const sessionPanel = () => page.getByRole('region', { name: 'Inscription à la session' });
  const eventPanel = () => page.getByRole('row', { name: new RegExp(PUBLIC_EVENT) }).getByRole('region', { name: 'Inscription à la séance' });

  return [
    {
      name: 'the administrator makes a public session of one seat with an automatic and a public event',
      run: async () => {
        await signInAs(page, ADMIN.email, '/manage');
        const { viewer } = await api<{ viewer: { managedOrganisations: { id: string }[] } }>(page, '{ viewer { managedOrganisations { id } } }');
        const { createTraining } = await api<{ createTraining: { id: string } }>(
          page,
          `mutation { createTraining(input: { code: "JRN-${tag}", title: "${TRAINING}", organisationIds: ["${viewer.managedOrganisations[0].id}"] }) { id } }`,
        );
        const { createSession } = await api<{ createSession: { id: string } }>(
          page,
          `mutation { createSession(input: { trainingId: "${createTraining.id}", title: "${SESSION}", startDate: "${at(2, 7)}",
            endDate: "${at(3, 17)}", maxUsers: 1, publicRegistration: true, publicUnregistration: true, registrationValidation: false }) { id } }`,
        );
        sessionPath = `/catalogue/sessions/${createSession.id}`;
        const event = (name: string, mode: string, day: number) =>
          api<{ createEvent: { id: string } }>(
            page,
            `mutation { createEvent(input: { sessionId: "${createSession.id}", name: "${name}", startAt: "${at(day, 8)}", endAt: "${at(day, 12)}",
              inscriptionMode: ${mode} }) { id } }`,
          );
        automaticEventId = (await event(AUTOMATIC_EVENT, 'AUTOMATIC', 2)).createEvent.id;
        await event(PUBLIC_EVENT, 'PUBLIC', 3);
        await context.clearCookies();
      },
    },
    {
      name: 'an anonymous visitor finds the session in the catalogue with a search and the seats filter, and opens it',
      run: async () => {
        await page.goto(`${BASE_URL}/catalogue`, { waitUntil: 'load' });
        await page.getByRole('searchbox', { name: /Rechercher/ }).fill(tag);
        await page.getByRole('checkbox', { name: 'Seulement les sessions avec des places disponibles' }).check();
        await page.getByRole('button', { name: 'Filtrer' }).click();
        await page.waitForURL(/seats=1/);
        const results = page.getByRole('list', { name: 'Catalogue des formations' });
        await results.getByRole('heading', { level: 2, name: TRAINING }).waitFor();
        await results.getByText('1 place disponible').waitFor();
        await results.getByRole('link', { name: SESSION }).click();
        await page.waitForURL(`${BASE_URL}${sessionPath}`);
        await page.getByRole('heading', { level: 1, name: SESSION }).waitFor();
        await sessionPanel().getByText('Il reste 1 place.').waitFor();
        await look(page, 'journey-session-anonymous');
      },
    },
    {
      name: '« S’inscrire » has the visitor sign in and come back to the same session, where they confirm and read the answer',
      run: async () => {
        await sessionPanel().getByRole('link', { name: 'S’inscrire' }).click();
        await page.waitForURL(/\/login\?/);
        await signInHere(page, FIRST.email, sessionPath);
        await sessionPanel().getByText('Il reste 1 place.').waitFor();
        await look(page, 'journey-session-open');
        await sessionPanel().getByRole('button', { name: 'S’inscrire' }).click();
        await sessionPanel().getByRole('status').getByText(`C’est fait${NNBSP}: votre inscription est confirmée.`).waitFor();
        await sessionPanel().getByText('Vous êtes inscrit·e à cette session.').waitFor();
        await sessionPanel().getByRole('button', { name: 'Se désinscrire' }).waitFor();
      },
    },
    {
      name: 'the confirmed learner registers to the public event from the schedule (the page refreshed after the registration)',
      run: async () => {
        await eventPanel().getByRole('button', { name: 'S’inscrire' }).click();
        await eventPanel().getByText('Vous êtes inscrit·e à cette séance.').waitFor();
        // The page's server data is read again: the seats now say « liste d'attente ».
        await page.getByRole('region', { name: 'Places' }).getByText(/^Complet.:.liste d’attente$/).waitFor();
        await look(page, 'journey-session-confirmed');
      },
    },
    {
      name: 'the session is in /me, its event in the calendar view, and the event’s .ics has its UID',
      run: async () => {
        await page.goto(`${BASE_URL}/me`, { waitUntil: 'load' });
        await page.getByRole('listitem').filter({ has: page.getByRole('link', { name: SESSION, exact: true }) }).getByText('confirmée').waitFor();
        await page.getByRole('listitem').filter({ hasText: AUTOMATIC_EVENT }).first().waitFor();
        const href = await page.getByRole('link', { name: `.ics de la séance` }).filter({ hasText: AUTOMATIC_EVENT }).getAttribute('href');
        if (href !== `/calendar/events/${automaticEventId}.ics`) fail(`the .ics link is ${href}`);
        const response = await page.request.get(`${BASE_URL}${href}`);
        if (response.status() !== 200) fail(`${href} answered ${response.status()}`);
        const vevents = new ICAL.Component(ICAL.parse(await response.text())).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
        if (vevents.length !== 1 || !vevents[0].uid.startsWith(`event-${automaticEventId}@`) || vevents[0].summary !== AUTOMATIC_EVENT)
          fail(`the .ics holds ${JSON.stringify(vevents.map((v) => [v.uid, v.summary]))}`);
        await page.getByRole('tab', { name: 'Semaine et mois' }).click();
        await page.locator('.fc-timegrid').waitFor();
        const event = page.locator('.fc-event', { hasText: AUTOMATIC_EVENT });
        // Two days from now is this week or the next (the events arrive from the API after the grid).
        if (!(await event.first().waitFor({ timeout: 5000 }).then(() => true, () => false))) await page.locator('.fc-next-button').click();
        await event.first().waitFor();
        await look(page, 'journey-me-calendar');
      },
    },
    {
      name: 'a second learner finds the session full and joins the waiting list at position 1',
      run: async () => {
        await context.clearCookies();
        await signInAs(page, SECOND.email, sessionPath);
        await sessionPanel().getByText(`Cette session est complète${NNBSP}: vous pouvez rejoindre la liste d’attente.`).waitFor();
        await look(page, 'journey-session-full');
        await sessionPanel().getByRole('button', { name: 'Rejoindre la liste d’attente' }).click();
        await sessionPanel()
          .getByRole('status')
          .getByText(`Cette session est complète${NNBSP}: vous êtes sur la liste d’attente, en position 1.`)
          .waitFor();
        await sessionPanel().getByText('Vous êtes sur la liste d’attente, en position 1.', { exact: true }).waitFor();
        await look(page, 'journey-session-waitlisted');
      },
    },
    {
      name: 'the first learner unregisters after the confirmation',
      run: async () => {
        await context.clearCookies();
        await signInAs(page, FIRST.email, sessionPath);
        await sessionPanel().getByRole('button', { name: 'Se désinscrire' }).click();
        const dialog = page.getByRole('dialog', { name: 'Se désinscrire de la session' });
        await dialog.getByText(/votre place ira à la première personne de la liste d’attente/).waitFor();
        await look(page, 'journey-session-unregister-confirmation');
        await dialog.getByRole('button', { name: 'Me désinscrire' }).click();
        await sessionPanel().getByRole('status').getByText('Vous n’êtes plus inscrit·e à cette session.').waitFor();
        // The seat went to the first in line: the session is full again.
        await sessionPanel().getByRole('button', { name: 'Rejoindre la liste d’attente' }).waitFor();
        // The page is read again: the public event is no longer offered to a learner who left.
        await page.getByRole('row', { name: new RegExp(PUBLIC_EVENT) }).waitFor();
        await eventPanel().waitFor({ state: 'detached' });
      },
    },
    {
      name: 'the second learner was promoted and is told: the bell counts it, /me lists it and marks it read',
      run: async () => {
        await context.clearCookies();
        await signInAs(page, SECOND.email, '/me');
        const text = `Une place s’est libérée${NNBSP}: vous êtes inscrit·e à «${NNBSP}${SESSION}${NNBSP}».`;
        await siteHeader(page).getByRole('button', { name: 'Notifications, 1 non lue' }).waitFor();
        const section = page.getByRole('region', { name: 'Mes notifications' });
        await section.getByText(text).waitFor();
        await page.getByRole('listitem').filter({ has: page.getByRole('link', { name: SESSION, exact: true }) }).getByText('confirmée').waitFor();
        await look(page, 'journey-me-notification');
        await section.getByRole('button', { name: 'Marquer comme lu' }).first().click();
        await siteHeader(page).getByRole('button', { name: 'Notifications', exact: true }).waitFor();
        await page.goto(`${BASE_URL}${sessionPath}`, { waitUntil: 'load' });
        await sessionPanel().getByText('Vous êtes inscrit·e à cette session.').waitFor();
      },
    },
    noCspViolation(),
    noOutsideRequest(),
  ];
});
