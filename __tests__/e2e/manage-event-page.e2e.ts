/**
 * Browser test of the event page and the events table (#8 screens 4 and 5):
 * - a manager (Isabelle Moreau) has a session with a trainer (Hélène Fontaine), two learners and a MANUAL event
 *   of 12 seats at a Réunion location; she opens the events table, filters it by text and open/ended, sorts it by
 *   name (in the URL), then opens the event page: its dates in La Réunion's zone, named, its session, trainer,
 *   capacity and « 0 / 12 »;
 * - the trainer signs in, opens the event page and adds the two learners at once with the « bonhomme + »,
 *   reads the result for each, and sees « 2 / 12 » and both in the registrants table;
 * - the trainer comments the event from the inline comments panel and removes a registrant (« 1 / 12 »);
 * - a manager of another organisation gets "not found" on the event page, as for a missing id;
 * - axe finds no serious or critical violation on both pages and the dialog, at 1280 and 768 px (look.ts).
 */
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { BASE_URL, inOrder, noOutsideRequest, runBrowserChecks } from './browser';
import { look } from './look';
import { api, type Created, signInAs } from './sign-in';

const MANAGER = { email: 'isabelle.moreau@example.org' };
const TRAINER = { email: 'helene.fontaine@example.fr' };
const OTHER_MANAGER = { email: 'sandrine.payet@example.fr' };
const tag = randomBytes(3).toString('hex').toUpperCase();
const EVENT = `Atelier pratique ${tag}`;
const OTHER_EVENT = `Accueil ${tag}`;
const PEOPLE = [
  { search: 'Bernard', name: 'Lucas Bernard' },
  { search: 'Durand', name: 'Hugo Durand' },
];

/** The table's event names are links. */
const EVENT_NAMES = 'tbody tr td:first-child a';

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

runBrowserChecks({}, ({ page, context }) => {
  let eventId = '';
  const eventUrl = () => `${BASE_URL}/manage/events/${eventId}`;
  const seatCount = () => page.locator('.seat-count');

  return [
    {
      name: 'the manager has a session taught by Hélène Fontaine, with two learners, a MANUAL event of 12 seats and an ended one',
      run: async () => {
        await signInAs(page, MANAGER.email);
        const { viewer } = await api<{ viewer: { managedOrganisations: { id: string; name: string }[] } }>(page, '{ viewer { managedOrganisations { id name } } }');
        const udl = viewer.managedOrganisations.find((o) => o.name === 'Université de Lyon')!;
        const { createTraining } = await api<Created<'createTraining'>>(
          page,
          `mutation { createTraining(input: { code: "EV-${tag}", title: "Ateliers ${tag}", organisationIds: ["${udl.id}"] }) { id } }`,
        );
        const { createSession } = await api<Created<'createSession'>>(
          page,
          `mutation { createSession(input: { trainingId: "${createTraining.id}", title: "Session ${tag}", startDate: "2030-03-02T08:00:00Z",
            endDate: "2030-06-30T16:00:00Z", eventInscriptionMode: MANUAL }) { id } }`,
        );
        const sessionId = createSession.id;
        await api(page, `mutation { addInscription(input: { sessionId: "${sessionId}", email: "${TRAINER.email}", role: TRAINER }) { id } }`);
        for (const person of PEOPLE) {
          const { users } = await api<{ users: { nodes: { id: string; firstName: string; lastName: string }[] } }>(
            page,
            `{ users(search: "${person.search}", first: 10) { nodes { id firstName lastName } } }`,
          );
          const user = users.nodes.find((u) => `${u.firstName} ${u.lastName}` === person.name)!;
          await api(page, `mutation { addInscription(input: { sessionId: "${sessionId}", userId: "${user.id}", role: LEARNER }) { id } }`);
        }
        const { createLocation } = await api<Created<'createLocation'>>(
          page,
          `mutation { createLocation(input: { name: "Campus du Moufia ${tag}", address: "Saint-Denis", timeZone: "Indian/Reunion", organisationId: "${udl.id}" }) { id } }`,
        );
        const { trainers } = await api<{ trainers: { trainers: { nodes: { id: string }[] } } }>(
          page,
          `{ trainers: session(id: "${sessionId}") { trainers { nodes { id } } } }`,
        );
        const { createEvent } = await api<Created<'createEvent'>>(
          page,
          `mutation { createEvent(input: { sessionId: "${sessionId}", name: "${EVENT}", startAt: "2030-03-05T05:00:00Z", endAt: "2030-03-05T08:00:00Z",
            locationId: "${createLocation.id}", locationExtra: "Salle B12, code 4521", maxUsers: 12, trainerIds: ["${trainers.trainers.nodes[0].id}"] }) { id } }`,
        );
        eventId = createEvent.id;
        await api(page, `mutation { createEvent(input: { sessionId: "${sessionId}", name: "${OTHER_EVENT}", startAt: "2030-04-01T08:00:00Z", endAt: "2030-04-01T09:00:00Z" }) { id } }`);
        await api(page, `mutation { createEvent(input: { sessionId: "${sessionId}", name: "Bilan ${tag}", startAt: "2020-01-10T08:00:00Z", endAt: "2020-01-10T09:00:00Z" }) { id } }`);
      },
    },
    {
      name: 'the manager opens the events table, filters it by text and open/ended, and sorts it by name (in the URL)',
      run: async () => {
        await page.goto(`${BASE_URL}/manage/events?q=${tag}`, { waitUntil: 'load' });
        await h1(page, 'Séances').waitFor();
        const table = page.getByRole('table', { name: 'Séances' });
        await inOrder(table, [`Bilan ${tag}`, EVENT, OTHER_EVENT], EVENT_NAMES);
        await table.getByText(/heure de La Réunion/).first().waitFor();
        await table.getByText('0 / 12', { exact: true }).waitFor();
        await page.getByLabel('Statut', { exact: true }).first().click();
        await page.getByRole('option', { name: 'Ouvertes' }).click();
        await page.waitForURL((url) => url.searchParams.get('state') === 'open');
        await inOrder(table, [EVENT, OTHER_EVENT], EVENT_NAMES);
        await table.getByRole('columnheader', { name: /^Séance/ }).getByRole('button').click();
        await page.waitForURL((url) => url.searchParams.get('sort') === 'name');
        await inOrder(table, [OTHER_EVENT, EVENT], EVENT_NAMES);
        await page.reload({ waitUntil: 'load' });
        await inOrder(table, [OTHER_EVENT, EVENT], EVENT_NAMES);
        if ((await table.getByRole('columnheader', { name: /^Séance/ }).getAttribute('aria-sort')) !== 'ascending')
          throw new Error('the name header is not marked sorted after the reload');
        await look(page, 'events-table');
      },
    },
    {
      name: 'the manager opens the event page: dates in La Réunion time, named, session, trainer, extra information, « 0 / 12 »',
      run: async () => {
        await page.getByRole('link', { name: EVENT }).click();
        await page.waitForURL(eventUrl());
        await h1(page, EVENT).waitFor();
        await page.getByText(/09:00 \(heure de La Réunion\)/).first().waitFor();
        await page.getByRole('link', { name: `Session ${tag}` }).first().waitFor();
        await page.getByText('Hélène Fontaine').waitFor();
        await page.getByText('Salle B12, code 4521').waitFor();
        await seatCount().getByText('0 / 12', { exact: true }).waitFor();
        await page.getByText('Ces commentaires sont visibles par les utilisateurs.').waitFor();
        // The row's actions (the events tool's menu) in the page header.
        await page.getByRole('button', { name: new RegExp(`^Actions pour «.${EVENT}.»$`) }).click();
        for (const action of ['Modifier', 'Commentaires', 'Répéter', 'Supprimer']) await page.getByRole('menuitem', { name: new RegExp(action) }).waitFor();
        await page.keyboard.press('Escape');
        await look(page, 'event-page');
      },
    },
    {
      name: 'the trainer adds the two learners at once and reads the result for each: « 2 / 12 »',
      run: async () => {
        await context.clearCookies();
        await signInAs(page, TRAINER.email, `/manage/events/${eventId}`);
        await h1(page, EVENT).waitFor();
        await page.getByRole('button', { name: 'Ajouter des inscrits' }).click();
        const dialog = page.getByRole('dialog', { name: `Ajouter des inscrits\u202f: ${EVENT}` });
        const picker = dialog.getByRole('combobox', { name: /Personnes à inscrire/ });
        for (const person of PEOPLE) {
          await picker.fill(person.search);
          await page.getByRole('option', { name: new RegExp(person.name) }).click();
        }
        // Closes the people list, which covers the button below it.
        await dialog.getByText('Seuls les apprenants confirmés de la session').click();
        await dialog.getByRole('button', { name: 'Inscrire 2 personnes' }).click();
        const report = dialog.getByRole('list', { name: 'Résultat pour chaque personne' });
        for (const person of PEOPLE) await report.getByRole('listitem').filter({ hasText: person.name }).getByText('Inscrit·e').waitFor();
        await look(page, 'event-add-registrants');
        await dialog.getByRole('button', { name: 'Fermer', exact: true }).first().click();
        await seatCount().getByText('2 / 12', { exact: true }).waitFor();
        const registrants = page.getByRole('table', { name: `Inscrits à la séance «\u202f${EVENT}\u202f»` });
        for (const person of PEOPLE) await registrants.getByText(person.name, { exact: true }).waitFor();
        await look(page, 'event-page-trainer');
      },
    },
    {
      name: 'the trainer comments the event from the inline panel, with the reminder that its users read it',
      run: async () => {
        const panel = page.getByRole('region', { name: 'Commentaires' });
        await panel.getByText('Ces commentaires sont visibles par les utilisateurs.').waitFor();
        await panel.getByRole('textbox', { name: /Nouveau commentaire/ }).fill('Apportez vos blouses.');
        await panel.getByRole('button', { name: 'Ajouter le commentaire' }).click();
        await panel.getByText('Apportez vos blouses.').waitFor();
        await panel.evaluate((element) => element.scrollIntoView());
        await look(page, 'event-comments');
      },
    },
    {
      name: 'the trainer removes one registrant after reading the confirmation: « 1 / 12 »',
      run: async () => {
        const gone = PEOPLE[0].name;
        await page.getByRole('button', { name: `Retirer ${gone} de la séance` }).click();
        const dialog = page.getByRole('dialog', { name: `Retirer ${gone} de la séance «\u202f${EVENT}\u202f»\u202f?` });
        await dialog.getByText(/restera inscrit·e à la session/).waitFor();
        await dialog.getByRole('button', { name: 'Retirer' }).click();
        await page.getByText(`${gone} a été retiré·e de la séance.`).waitFor();
        await seatCount().getByText('1 / 12', { exact: true }).waitFor();
      },
    },
    {
      name: `a manager of another organisation (${OTHER_MANAGER.email}) gets "not found" on the event page, as on a missing id`,
      run: async () => {
        await context.clearCookies();
        await signInAs(page, OTHER_MANAGER.email);
        for (const url of [eventUrl(), `${BASE_URL}/manage/events/99999999`]) {
          await page.goto(url, { waitUntil: 'load' });
          await h1(page, 'Page introuvable').waitFor();
          if (await page.getByText(EVENT).count()) throw new Error('the event name leaked');
        }
      },
    },
    noOutsideRequest(),
  ];
});
