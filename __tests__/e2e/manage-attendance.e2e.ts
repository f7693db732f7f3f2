/**
 * Browser test of attendance and self check-in (#10 §1, §2):
 * - a manager (Isabelle Moreau) has a session taught by Hélène Fontaine with three learners (Camille Martin,
 *   Lucas Bernard, Hugo Durand) and an AUTOMATIC event going on now;
 * - the trainer opens the event page: « Présences » lists the three, not recorded; « Afficher le QR code » shows
 *   the full-screen QR code and its code;
 * - the learner (in a browser of her own) opens the QR code's address, signs in and comes back, presses
 *   « Je suis présent·e » and is recorded present by QR code check-in;
 * - the trainer presses « Tous présents » (the other two), then records one excused absence, and validates: the
 *   rows are locked; the session's « Assiduité » tab adds it up;
 * - axe finds no serious or critical violation on each screen, at 1280 and 768 px (look.ts); at both widths the
 *   table fits the section without sideways scrolling: at 768 px who recorded it and « Historique » go under the
 *   status, at 1280 px they have columns of their own.
 */
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { BASE_URL, noOutsideRequest, runBrowserChecks } from './browser';
import { look } from './look';
import { api, type Created, LEARNER, signInAs, signInHere } from './sign-in';

const MANAGER = { email: 'isabelle.moreau@example.org' };
const TRAINER = { email: 'helene.fontaine@example.fr' };
const tag = randomBytes(3).toString('hex').toUpperCase();
const EVENT = `Travaux pratiques ${tag}`;
const OTHERS = [
  { search: 'Bernard', name: 'Lucas Bernard' },
  { search: 'Durand', name: 'Hugo Durand' },
];

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

/**
 * The « Présences » table at 1280 and 768 px: nothing scrolls sideways or sticks out of the section, and the
 * « Saisie » column is a column at 1280 px only (at 768 px what it holds is under the status).
 */
async function fitsAtBothWidths(page: Page) {
  for (const width of [1280, 768]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(150);
    const layout = await page.getByRole('region', { name: 'Présences' }).evaluate((section) => {
      const table = section.querySelector('table')!;
      const scrolling: string[] = [];
      for (let node = table.parentElement; node && node !== section; node = node.parentElement)
        if (node.scrollWidth > node.clientWidth + 1) scrolling.push(`${node.className}: ${node.scrollWidth} > ${node.clientWidth}`);
      const headers = [...table.querySelectorAll('th')].filter((th) => th.offsetParent !== null).map((th) => th.textContent);
      return { scrolling, overhang: table.getBoundingClientRect().right - section.getBoundingClientRect().right, headers };
    });
    if (layout.scrolling.length || layout.overhang > 0) throw new Error(`at ${width} px the table does not fit: ${JSON.stringify(layout)}`);
    if (layout.headers.includes('Saisie') !== (width === 1280)) throw new Error(`at ${width} px the columns are ${JSON.stringify(layout.headers)}`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

runBrowserChecks({}, ({ browser, page, context }) => {
  let eventId = '';
  let sessionId = '';
  let learnerPage: Page;
  let code = '';
  const section = () => page.getByRole('region', { name: 'Présences' });
  const row = (name: string) => section().getByRole('row').filter({ hasText: name });
  /** Who recorded a row's status is in its column or under the status, depending on the width: the one shown. */
  const shownIn = (name: string, text: string) => row(name).getByText(text).filter({ visible: true });

  return [
    {
      name: 'the manager has a session taught by Hélène Fontaine, with three learners and an automatic event going on now',
      run: async () => {
        await signInAs(page, MANAGER.email, '/manage');
        const { viewer } = await api<{ viewer: { managedOrganisations: { id: string; name: string }[] } }>(page, '{ viewer { managedOrganisations { id name } } }');
        const udl = viewer.managedOrganisations.find((o) => o.name === 'Université de Lyon')!;
        const { createTraining } = await api<Created<'createTraining'>>(
          page,
          `mutation { createTraining(input: { code: "PR-${tag}", title: "Présences ${tag}", organisationIds: ["${udl.id}"] }) { id } }`,
        );
        const now = Date.now();
        const { createSession } = await api<Created<'createSession'>>(
          page,
          `mutation { createSession(input: { trainingId: "${createTraining.id}", title: "Session ${tag}", startDate: "${new Date(now - 86_400_000).toISOString()}",
            endDate: "${new Date(now + 30 * 86_400_000).toISOString()}", eventInscriptionMode: AUTOMATIC }) { id } }`,
        );
        sessionId = createSession.id;
        await api(page, `mutation { addInscription(input: { sessionId: "${sessionId}", email: "${TRAINER.email}", role: TRAINER }) { id } }`);
        await api(page, `mutation { addInscription(input: { sessionId: "${sessionId}", email: "${LEARNER.email}", role: LEARNER }) { id } }`);
        for (const person of OTHERS) {
          const { users } = await api<{ users: { nodes: { id: string; firstName: string; lastName: string }[] } }>(
            page,
            `{ users(search: "${person.search}", first: 10) { nodes { id firstName lastName } } }`,
          );
          const user = users.nodes.find((u) => `${u.firstName} ${u.lastName}` === person.name)!;
          await api(page, `mutation { addInscription(input: { sessionId: "${sessionId}", userId: "${user.id}", role: LEARNER }) { id } }`);
        }
        const { trainers } = await api<{ trainers: { trainers: { nodes: { id: string }[] } } }>(page, `{ trainers: session(id: "${sessionId}") { trainers { nodes { id } } } }`);
        const { createEvent } = await api<Created<'createEvent'>>(
          page,
          `mutation { createEvent(input: { sessionId: "${sessionId}", name: "${EVENT}", startAt: "${new Date(now - 10 * 60_000).toISOString()}",
            endAt: "${new Date(now + 2 * 3_600_000).toISOString()}", trainerIds: ["${trainers.trainers.nodes[0].id}"] }) { id } }`,
        );
        eventId = createEvent.id;
      },
    },
    {
      name: 'the trainer opens the event page: « Présences » lists the three registrants, not recorded yet',
      run: async () => {
        await context.clearCookies();
        await signInAs(page, TRAINER.email, `/manage/events/${eventId}`);
        await h1(page, EVENT).waitFor();
        for (const name of [LEARNER.name, ...OTHERS.map((o) => o.name)]) await shownIn(name, 'Non saisie').waitFor();
        await section().evaluate((element) => element.scrollIntoView());
        await look(page, 'event-attendance');
        await fitsAtBothWidths(page);
      },
    },
    {
      name: 'the learner opens the check-in address signed out: she signs in and comes back to the check-in page',
      run: async () => {
        const learnerContext = await browser.newContext({ locale: 'fr-FR' });
        learnerPage = await learnerContext.newPage();
        await learnerPage.goto(`${BASE_URL}/checkin/${eventId}?code=000000`, { waitUntil: 'load' });
        await learnerPage.waitForURL((url) => url.pathname === '/login');
        await signInHere(learnerPage, LEARNER.email, `/checkin/${eventId}`);
        await h1(learnerPage, 'Émargement').waitFor();
        await learnerPage.getByText(EVENT).waitFor();
        // A GET records nothing.
        const { event } = await api<{ event: { attendance: { status: string }[] } }>(learnerPage, `{ event(id: "${eventId}") { attendance { status } } }`);
        if (event.attendance[0]?.status !== 'UNKNOWN') throw new Error(`opening the page recorded ${JSON.stringify(event.attendance)}`);
        await look(learnerPage, 'check-in-page');
      },
    },
    {
      name: 'a wrong code is refused with its reason',
      run: async () => {
        await learnerPage.getByRole('button', { name: 'Je suis présent·e' }).click();
        await learnerPage.getByText('Ce code n’est pas valide.').waitFor();
      },
    },
    {
      name: 'the trainer shows the QR code full screen, with the code that rotates',
      run: async () => {
        await section().getByRole('button', { name: 'Afficher le QR code' }).click();
        const dialog = page.getByRole('dialog', { name: `Émargement : ${EVENT}` });
        await dialog.getByRole('img', { name: 'QR code de l’émargement' }).locator('svg').waitFor();
        code = ((await dialog.getByTestId('check-in-code').textContent()) ?? '').replace(/\D/g, '');
        if (!/^\d{6}$/.test(code)) throw new Error(`no code shown: ${code}`);
        await dialog.getByText(/Nouveau code dans \d+ s/).waitFor();
        await look(page, 'check-in-qr');
      },
    },
    {
      name: 'the learner types the code and checks in: present, by QR code',
      run: async () => {
        await learnerPage.getByRole('textbox', { name: /Code affiché dans la salle/ }).fill(code);
        await learnerPage.getByRole('button', { name: 'Je suis présent·e' }).click();
        await learnerPage.getByText('Présence enregistrée').waitFor();
        await look(learnerPage, 'check-in-done');
        await learnerPage.context().close();
        await page.getByRole('dialog', { name: `Émargement : ${EVENT}` }).getByRole('button', { name: 'Fermer' }).click();
        await page.reload({ waitUntil: 'load' });
        await shownIn(LEARNER.name, 'émargement par QR code').waitFor();
      },
    },
    {
      name: 'the trainer marks all present (the two others), then records one excused absence',
      run: async () => {
        await section().getByRole('button', { name: 'Tous présents' }).click();
        await page.getByText('2 inscrits marqués présents.').waitFor();
        const lucas = row(OTHERS[0].name);
        await lucas.getByText('Absent·e excusé·e', { exact: true }).click();
        await page.getByText(`Présence de ${OTHERS[0].name} enregistrée.`).waitFor();
        await lucas.getByRole('button', { name: `Historique de ${OTHERS[0].name}` }).click();
        const history = page.getByRole('dialog', { name: `Historique de la présence de ${OTHERS[0].name}` });
        await history.getByText('Absent·e excusé·e').waitFor();
        await history.getByText(/Hélène Fontaine, par l’équipe/).first().waitFor();
        await look(page, 'attendance-history');
        await page.keyboard.press('Escape');
      },
    },
    {
      name: 'the trainer validates: the rows are locked, the excused absence kept',
      run: async () => {
        await section().getByRole('button', { name: 'Valider les présences' }).click();
        const dialog = page.getByRole('dialog', { name: `Valider les présences de « ${EVENT} » ?` });
        await dialog.getByText(/seul un gestionnaire pourra ensuite les corriger/).waitFor();
        await dialog.getByRole('button', { name: 'Valider', exact: true }).click();
        await section().getByText('Présences validées : verrouillées.').waitFor();
        await row(OTHERS[0].name).getByText('Absent·e excusé·e').waitFor();
        await row(OTHERS[1].name).getByText('Présent·e').waitFor();
        if (await section().getByRole('button', { name: 'Tous présents' }).count()) throw new Error('« Tous présents » still offered after validation');
        const { event } = await api<{ event: { attendance: { status: string; method: string; user: { lastName: string } }[] } }>(
          page,
          `{ event(id: "${eventId}") { attendance { status method user { lastName } } } }`,
        );
        const byName = Object.fromEntries(event.attendance.map((a) => [a.user.lastName, `${a.status} ${a.method}`]));
        if (byName.Martin !== 'PRESENT SELF' || byName.Bernard !== 'ABSENT_EXCUSED STAFF' || byName.Durand !== 'PRESENT STAFF')
          throw new Error(`unexpected attendance ${JSON.stringify(byName)}`);
        await section().evaluate((element) => element.scrollIntoView());
        await look(page, 'event-attendance-validated');
        await fitsAtBothWidths(page);
      },
    },
    {
      name: 'the manager corrects the excused absence with a reason, shown as a correction',
      run: async () => {
        await context.clearCookies();
        await signInAs(page, MANAGER.email, `/manage/events/${eventId}`);
        await row(OTHERS[0].name).getByRole('button', { name: `Corriger la présence de ${OTHERS[0].name}` }).click();
        const dialog = page.getByRole('dialog', { name: `Corriger la présence de ${OTHERS[0].name}` });
        await dialog.getByRole('button', { name: 'Enregistrer la correction' }).click();
        await dialog.getByText('Ce champ est obligatoire.').waitFor();
        await dialog.getByRole('radio', { name: 'Présent·e' }).check();
        await dialog.getByRole('textbox', { name: /Motif de la correction/ }).fill('Arrivé en retard, présence confirmée par la feuille');
        await look(page, 'attendance-correction');
        await dialog.getByRole('button', { name: 'Enregistrer la correction' }).click();
        await row(OTHERS[0].name).getByText('Corrigé : Arrivé en retard, présence confirmée par la feuille').waitFor();
        // The manager's rows also carry « Corriger »: they fit too.
        await section().evaluate((element) => element.scrollIntoView());
        await look(page, 'event-attendance-corrected');
        await fitsAtBothWidths(page);
      },
    },
    {
      name: 'the session’s « Assiduité » tab adds it up per learner',
      run: async () => {
        await page.goto(`${BASE_URL}/manage/sessions/${sessionId}?tab=attendance`, { waitUntil: 'load' });
        const table = page.getByRole('table', { name: 'Assiduité de chaque apprenant' });
        for (const name of [LEARNER.name, ...OTHERS.map((o) => o.name)]) await table.getByRole('row').filter({ hasText: name }).getByText('Complète').waitFor();
        await table.evaluate((element) => element.scrollIntoView());
        await look(page, 'session-attendance');
      },
    },
    noOutsideRequest(),
  ];
});
