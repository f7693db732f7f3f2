/**
 * Browser test of the « Documents » menus (#10 §3, §7):
 * - a manager (Isabelle Moreau) has a session taught by Hélène Fontaine with a learner (Lucas Bernard) and a
 *   day-long event in Paris; she opens the event page's « Documents » menu (looked at, open) and downloads the
 *   blank sign-in sheet: a PDF (its content type checked) whose text has the event, the learner and a column
 *   per half-day; the filled one says the attendance is not recorded yet;
 * - she exports the learners and trainers as CSV from the dialog: UTF-8 with a BOM, `;`, both people;
 * - the session page has the menu too;
 * - a manager of another organisation gets 404 for the same download addresses.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { readPdf } from '../support/pdf-text';
import { BASE_URL, noOutsideRequest, runBrowserChecks } from './browser';
import { look } from './look';
import { api, type Created, signInAs } from './sign-in';

const MANAGER = { email: 'isabelle.moreau@example.org' };
const TRAINER = { email: 'helene.fontaine@example.fr' };
const OTHER_MANAGER = { email: 'sandrine.payet@example.fr' };
const tag = randomBytes(3).toString('hex').toUpperCase();
const EVENT = `Séance d’accueil ${tag}`;
const SESSION = `Session émargement ${tag}`;

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

const flat = (text: string) => text.replace(/\s+/g, ' ');

runBrowserChecks({}, ({ page, context }) => {
  let eventId = '';
  let sessionId = '';

  /** Clicks what starts a download and gives the saved file's name and bytes. */
  async function download(click: () => Promise<void>) {
    const [file] = await Promise.all([page.waitForEvent('download'), click()]);
    const path = await file.path();
    if (!path) throw new Error(`the download failed: ${await file.failure()}`);
    return { name: file.suggestedFilename(), bytes: readFileSync(path) };
  }

  return [
    {
      name: 'the manager has a session taught by Hélène Fontaine, with Lucas Bernard, and a day-long event in Paris',
      run: async () => {
        await signInAs(page, MANAGER.email);
        const { viewer } = await api<{ viewer: { managedOrganisations: { id: string; name: string }[] } }>(page, '{ viewer { managedOrganisations { id name } } }');
        const udl = viewer.managedOrganisations.find((o) => o.name === 'Université de Lyon')!;
        const { createTraining } = await api<Created<'createTraining'>>(
          page,
          `mutation { createTraining(input: { code: "DOC-${tag}", title: "Hygiène ${tag}", organisationIds: ["${udl.id}"] }) { id } }`,
        );
        const { createSession } = await api<Created<'createSession'>>(
          page,
          `mutation { createSession(input: { trainingId: "${createTraining.id}", title: "${SESSION}", startDate: "2030-03-02T08:00:00Z",
            endDate: "2030-06-30T16:00:00Z", eventInscriptionMode: AUTOMATIC }) { id } }`,
        );
        sessionId = createSession.id;
        await api(page, `mutation { addInscription(input: { sessionId: "${sessionId}", email: "${TRAINER.email}", role: TRAINER }) { id } }`);
        const { users } = await api<{ users: { nodes: { id: string; firstName: string; lastName: string }[] } }>(page, '{ users(search: "Bernard", first: 10) { nodes { id firstName lastName } } }');
        const lucas = users.nodes.find((u) => `${u.firstName} ${u.lastName}` === 'Lucas Bernard')!;
        await api(page, `mutation { addInscription(input: { sessionId: "${sessionId}", userId: "${lucas.id}", role: LEARNER }) { id } }`);
        const { createLocation } = await api<Created<'createLocation'>>(
          page,
          `mutation { createLocation(input: { name: "Campus Charles-Mérieux ${tag}", address: "8 avenue Rockefeller, Lyon", timeZone: "Europe/Paris", organisationId: "${udl.id}" }) { id } }`,
        );
        const { session } = await api<{ session: { trainers: { nodes: { id: string }[] } } }>(page, `{ session(id: "${sessionId}") { trainers { nodes { id } } } }`);
        // 09:00–17:00 in Paris: a morning and an afternoon.
        const { createEvent } = await api<Created<'createEvent'>>(
          page,
          `mutation { createEvent(input: { sessionId: "${sessionId}", name: "${EVENT}", startAt: "2030-03-05T08:00:00Z", endAt: "2030-03-05T16:00:00Z",
            locationId: "${createLocation.id}", trainerIds: ["${session.trainers.nodes[0].id}"] }) { id } }`,
        );
        eventId = createEvent.id;
      },
    },
    {
      name: 'the manager opens the event page’s « Documents » menu: the sign-in sheet blank and filled, the export',
      run: async () => {
        await page.goto(`${BASE_URL}/manage/events/${eventId}`, { waitUntil: 'load' });
        await h1(page, EVENT).waitFor();
        await page.getByRole('button', { name: `Documents de « ${EVENT} »` }).click();
        for (const item of ['Vierge, à imprimer (PDF)', 'Remplie avec les présences enregistrées (PDF)', 'Exporter les inscrits…'])
          await page.getByRole('menuitem', { name: item }).waitFor();
        await look(page, 'event-documents-menu');
      },
    },
    {
      name: 'she downloads the blank sign-in sheet: a PDF with the event, the learner, the trainer and a column per half-day',
      run: async () => {
        const item = page.getByRole('menuitem', { name: 'Vierge, à imprimer (PDF)' });
        if (!(await item.isVisible())) await page.getByRole('button', { name: `Documents de « ${EVENT} »` }).click();
        const file = await download(() => page.getByRole('menuitem', { name: 'Vierge, à imprimer (PDF)' }).click());
        if (file.name !== `emargement-${eventId}.pdf`) throw new Error(`saved as ${file.name}`);
        const text = flat((await readPdf(file.bytes)).text);
        for (const expected of [EVENT, 'Lucas Bernard', 'Hélène Fontaine', `Campus Charles-Mérieux ${tag}`, 'Matin 09:00 – 13:00', 'Après-midi 13:00 – 17:00', '(fuseau Europe/Paris)'])
          if (!text.includes(expected)) throw new Error(`the sheet lacks « ${expected} »: ${text.slice(0, 400)}`);
        // The same address answers a PDF (its content type), the filled variant too.
        const filled = await context.request.get(`${BASE_URL}/documents/events/${eventId}/sign-in-sheet.pdf?filled=1`);
        if (filled.status() !== 200 || filled.headers()['content-type'] !== 'application/pdf') throw new Error(`filled: ${filled.status()} ${filled.headers()['content-type']}`);
        const filledText = flat((await readPdf(await filled.body())).text);
        if (!/Lucas Bernard .*Non renseigné/.test(filledText)) throw new Error(`the filled sheet does not say « Non renseigné »: ${filledText.slice(0, 600)}`);
      },
    },
    {
      name: 'she exports the learners and the trainers as CSV from the dialog: a BOM, `;`, both people',
      run: async () => {
        await page.keyboard.press('Escape');
        await page.getByRole('button', { name: `Documents de « ${EVENT} »` }).click();
        await page.getByRole('menuitem', { name: 'Exporter les inscrits…' }).click();
        const dialog = page.getByRole('dialog', { name: `Exporter les inscrits de « ${EVENT} »` });
        await dialog.getByRole('radio', { name: 'Les apprenants et les formateurs' }).check();
        await look(page, 'export-registrants-dialog');
        const file = await download(() => dialog.getByRole('link', { name: 'Télécharger en CSV' }).click());
        if (file.name !== `inscrits-seance-${eventId}.csv`) throw new Error(`saved as ${file.name}`);
        if (file.bytes.subarray(0, 3).toString('hex') !== 'efbbbf') throw new Error('no byte-order mark');
        const rows = parse(file.bytes, { bom: true, delimiter: ';' }) as string[][];
        const people = rows.slice(1).map((r) => `${r[1]} ${r[0]} ${r[4]}`);
        if (JSON.stringify(people) !== JSON.stringify(['Lucas Bernard Apprenant', 'Hélène Fontaine Formateur'])) throw new Error(`rows ${JSON.stringify(people)}`);
        await dialog.getByRole('button', { name: 'Fermer' }).click();
      },
    },
    {
      name: 'the session page has its « Documents » menu with the export',
      run: async () => {
        await page.goto(`${BASE_URL}/manage/sessions/${sessionId}`, { waitUntil: 'load' });
        await h1(page, SESSION).waitFor();
        await page.getByRole('button', { name: `Documents de « ${SESSION} »` }).click();
        await page.getByRole('menuitem', { name: 'Exporter les inscrits…' }).waitFor();
        await look(page, 'session-documents-menu');
        const xlsx = await context.request.get(`${BASE_URL}/documents/sessions/${sessionId}/registrants.xlsx?roles=LEARNER`);
        if (xlsx.headers()['content-type'] !== 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet') throw new Error(`xlsx: ${xlsx.headers()['content-type']}`);
      },
    },
    {
      name: `a manager of another organisation (${OTHER_MANAGER.email}) gets 404 for the same addresses`,
      run: async () => {
        await context.clearCookies();
        await signInAs(page, OTHER_MANAGER.email);
        for (const path of [`/documents/events/${eventId}/sign-in-sheet.pdf`, `/documents/events/${eventId}/registrants.csv`, `/documents/sessions/${sessionId}/registrants.csv`]) {
          const answer = await context.request.get(`${BASE_URL}${path}`);
          if (answer.status() !== 404) throw new Error(`${path}: ${answer.status()}`);
        }
        await context.clearCookies();
        const anonymous = await context.request.get(`${BASE_URL}/documents/events/${eventId}/sign-in-sheet.pdf`);
        if (anonymous.status() !== 401) throw new Error(`anonymous: ${anonymous.status()}`);
      },
    },
    noOutsideRequest(),
  ];
});
