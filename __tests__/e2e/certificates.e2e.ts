/**
 * Browser test of invitations and attendance certificates (#10 §5, §6):
 * - a manager (Isabelle Moreau) has a session with two learners (Camille Martin, Jade Bertrand), an event that
 *   took place this morning and one next week; the learners' attendance of the first is recorded through the API
 *   (« tous présents », then Jade excused);
 * - on the ended event's page she opens its « Documents » menu, section « Convocations et attestations »:
 *   sending is disabled (R4) with its reason, and « Attestations de présence (PDF, 1) » downloads a PDF holding Camille's certificate only;
 * - on the next event's page she sends the invitation: the dialog says 2 learners, the notification says 2 were
 *   queued, and the event's invitations list has them;
 * - Camille signs in and finds « Mes attestations » on /me with the event and the session, downloads her
 *   certificate (a PDF with her name), and gets 404 for Jade's;
 * - axe finds no serious or critical violation on each screen, at 1280 and 768 px (look.ts).
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { readPdf } from '../support/pdf-text';
import { BASE_URL, noOutsideRequest, runBrowserChecks } from './browser';
import { look } from './look';
import { api, LEARNER, signInAs } from './sign-in';

const MANAGER = { email: 'isabelle.moreau@example.org' };
const SECOND = { email: 'jade.bertrand@example.org', name: 'Jade Bertrand' };
const tag = randomBytes(3).toString('hex').toUpperCase();
const PAST = `Matinée d’accueil ${tag}`;
const NEXT = `Atelier suivant ${tag}`;

function fail(message: string): never {
  throw new Error(message);
}

/** A PDF route as the browser gets it, with the page's cookies: its status, type and text. */
async function getPdf(page: Page, path: string) {
  const response = await page.request.get(`${BASE_URL}${path}`);
  const type = response.headers()['content-type'] ?? '';
  return { status: response.status(), type, text: type === 'application/pdf' ? (await readPdf(await response.body())).text : '' };
}

runBrowserChecks({}, ({ page }) => {
  const ids = { session: '', past: '', next: '', camille: '', jade: '' };
  const hour = 3_600_000;

  return [
    {
      name: 'the manager has a session with Camille and Jade, an event this morning (Camille present, Jade excused) and one next week',
      run: async () => {
        await page.context().clearCookies();
        await signInAs(page, MANAGER.email, '/manage');
        const { viewer } = await api<{ viewer: { managedOrganisations: { id: string; name: string }[] } }>(page, '{ viewer { managedOrganisations { id name } } }');
        const udl = viewer.managedOrganisations.find((o) => o.name === 'Université de Lyon') ?? fail('no Université de Lyon');
        const { createTraining } = await api<{ createTraining: { id: string } }>(
          page,
          `mutation { createTraining(input: { code: "AT-${tag}", title: "Attestations ${tag}", organisationIds: ["${udl.id}"], eventInscriptionMode: AUTOMATIC }) { id } }`,
        );
        const now = Date.now();
        const iso = (offset: number) => new Date(now + offset).toISOString();
        const { createSession } = await api<{ createSession: { id: string } }>(
          page,
          `mutation { createSession(input: { trainingId: "${createTraining.id}", title: "Session ${tag}", startDate: "${iso(-24 * hour)}", endDate: "${iso(30 * 24 * hour)}" }) { id } }`,
        );
        ids.session = createSession.id;
        for (const email of [LEARNER.email, SECOND.email]) {
          const { addInscription } = await api<{ addInscription: { user: { id: string } } }>(
            page,
            `mutation { addInscription(input: { sessionId: "${ids.session}", email: "${email}", role: LEARNER }) { user { id } } }`,
          );
          if (email === LEARNER.email) ids.camille = addInscription.user.id;
          else ids.jade = addInscription.user.id;
        }
        const event = async (name: string, start: number, end: number) =>
          (
            await api<{ createEvent: { id: string } }>(
              page,
              `mutation { createEvent(input: { sessionId: "${ids.session}", name: "${name}", startAt: "${iso(start)}", endAt: "${iso(end)}" }) { id } }`,
            )
          ).createEvent.id;
        ids.past = await event(PAST, -4 * hour, -1 * hour);
        ids.next = await event(NEXT, 7 * 24 * hour, 7 * 24 * hour + 3 * hour);
        await api(page, `mutation { markAllPresent(eventId: "${ids.past}") { status } }`);
        await api(page, `mutation { recordAttendance(eventId: "${ids.past}", userId: "${ids.jade}", status: ABSENT_EXCUSED) { status } }`);
      },
    },
    {
      name: 'on the ended event, sending is disabled with its reason and the certificates PDF holds Camille’s only',
      run: async () => {
        await page.goto(`${BASE_URL}/manage/events/${ids.past}`, { waitUntil: 'load' });
        await page.getByRole('button', { name: `Documents de « ${PAST} »` }).click();
        const send = page.getByRole('menuitem', { name: /Envoyer la convocation/ });
        if (!(await send.isDisabled())) fail('sending is offered for an ended event');
        if (!(await send.textContent())?.includes('Terminée')) fail('the reason is not shown');
        const item = page.getByRole('menuitem', { name: /Attestations de présence \(PDF, 1\)/ });
        await item.waitFor();
        await look(page, 'documents-event-menu');
        const href = (await item.getAttribute('href')) ?? fail('no link');
        const pdf = await getPdf(page, href);
        if (pdf.status !== 200 || pdf.type !== 'application/pdf') fail(`${href} answered ${pdf.status} ${pdf.type}`);
        if (!pdf.text.includes('Camille') || !pdf.text.includes(PAST)) fail(`the PDF lacks Camille or the event: ${pdf.text.slice(0, 300)}`);
        if (pdf.text.includes('Jade')) fail('Jade (excused) got a certificate');
        await page.keyboard.press('Escape');
      },
    },
    {
      name: 'on the next event, the manager sends the invitation to the 2 learners after a confirmation',
      run: async () => {
        await page.goto(`${BASE_URL}/manage/events/${ids.next}`, { waitUntil: 'load' });
        await page.getByRole('button', { name: `Documents de « ${NEXT} »` }).click();
        await page.getByRole('menuitem', { name: /Envoyer la convocation/ }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByText('2 apprenants confirmés recevront la convocation').waitFor();
        await look(page, 'documents-send-dialog');
        await dialog.getByRole('button', { name: 'Envoyer à 2 apprenants' }).click();
        await page.getByText('2 convocations mises en file d’envoi.').waitFor();
        const { event } = await api<{ event: { invitations: { totalCount: number; nodes: { toName: string; templateName: string }[] } } }>(
          page,
          `{ event(id: "${ids.next}") { invitations { totalCount nodes { toName templateName } } } }`,
        );
        if (event.invitations.totalCount !== 2) fail(`${event.invitations.totalCount} invitations recorded`);
        const pdf = await getPdf(page, `/documents/events/${ids.next}/invitations.pdf`);
        if (pdf.status !== 200 || !pdf.text.includes(NEXT)) fail(`the invitations PDF answered ${pdf.status}`);
      },
    },
    {
      name: 'Camille finds « Mes attestations » on /me, downloads her certificate, and gets 404 for Jade’s',
      run: async () => {
        await page.context().clearCookies();
        await signInAs(page, LEARNER.email, '/me');
        const section = page.locator('section[aria-labelledby="my-certificates"]');
        await section.getByRole('heading', { name: 'Mes attestations' }).waitFor();
        await section.getByText(`${PAST} — Session ${tag}`, { exact: true }).waitFor();
        await section.getByText(`Session ${tag}`, { exact: true }).waitFor();
        // 3 h attended of the 6 h scheduled: this morning's event and next week's.
        await section.getByText('3 h de présence sur 6 h').waitFor();
        await section.scrollIntoViewIfNeeded();
        await look(page, 'documents-my-certificates');
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          section.getByRole('link', { name: new RegExp(`Attestation de présence — ${PAST}`) }).click(),
        ]);
        const text = (await readPdf(readFileSync((await download.path()) ?? fail('no download')))).text;
        if (!text.includes('Camille') || !text.includes('Martin')) fail(`the certificate lacks Camille Martin: ${text.slice(0, 300)}`);
        const other = await getPdf(page, `/documents/events/${ids.past}/certificates.pdf?user=${ids.jade}`);
        if (other.status !== 404) fail(`Jade's certificate answered ${other.status} to Camille`);
        const sheet = await getPdf(page, `/documents/sessions/${ids.session}/certificates.pdf`);
        if (sheet.status !== 200 || !sheet.text.includes('Camille')) fail(`her certificate of completion answered ${sheet.status}: ${sheet.text.slice(0, 300)}`);
      },
    },
    noOutsideRequest(),
  ];
});
