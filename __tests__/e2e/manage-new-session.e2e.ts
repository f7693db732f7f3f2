/**
 * Browser test of the new-session screens (#7, screen 3, seed 000):
 * - a manager opens /manage/sessions/new, searches a training by its CODE, picks it, finds the form
 *   pre-filled with the training's defaults (through the API's sessionDraft), the organisations read-only
 *   and the dates in their time zone, named;
 * - an end before the start is refused next to the end field, with what was typed kept;
 * - the session is created (a notification, the session's page) and exists in the API; it is edited;
 * - the whole journey again with the keyboard only: tab order, the picker's arrow keys, Enter;
 * - axe-core finds no serious or critical violation on these pages, at 1280 and 768 px (screenshots in
 *   test-results/manage/).
 *
 *   BASE_URL=http://127.0.0.1:3000 node scripts/run.js __tests__/e2e/manage-new-session.e2e.ts
 */
import { DateTime } from 'luxon';
import { randomBytes } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import { BASE_URL, noOutsideRequest, runBrowserChecks } from './browser';
import { look } from './look';
import { graphqlFromPage, signInAs, signInHere } from './sign-in';

const MANAGER = { email: 'isabelle.moreau@example.org', name: 'Isabelle Moreau' };
const tag = randomBytes(3).toString('hex').toUpperCase();
const TRAINING = {
  code: `SES-${tag}`,
  title: `Habilitation électrique ${tag}`,
  description: 'Travailler en sécurité au voisinage des installations électriques.',
  defaultSessionDays: 3,
  maxUsers: 14,
  publicRegistration: true,
  publicUnregistration: false,
  registrationValidation: true,
  eventInscriptionMode: 'AUTOMATIC',
};
const FIELD_FORMAT = "yyyy-MM-dd'T'HH:mm";

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

async function api(page: Page, query: string) {
  const answer = await graphqlFromPage(page, query);
  if (answer.body.errors?.length || !answer.body.data) throw new Error(`API: ${JSON.stringify(answer.body.errors)}`);
  return answer.body.data as Record<string, any>;
}

function fail(message: string): never {
  throw new Error(message);
}

/** What has the focus: its tag, id and accessible text, for the tab-order check. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { id: el?.id ?? '', tag: el?.tagName ?? '', text: (el?.textContent ?? '').trim().slice(0, 80), type: (el as HTMLInputElement | null)?.type ?? '' };
  });

/** Presses Tab until `predicate` holds for the focused element (at most `max` presses); returns what was passed. */
async function tabUntil(page: Page, predicate: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 60) {
  const passed: Awaited<ReturnType<typeof focused>>[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    const last = passed[passed.length - 1];
    // A datetime-local field takes several Tab presses (one per segment): count it once.
    if (!last || last.id !== now.id || last.tag !== now.tag || last.text !== now.text) passed.push(now);
    if (predicate(now)) return passed;
  }
  fail(`the focus never reached the element after ${max} Tab presses; last: ${JSON.stringify(passed.slice(-3))}`);
}

/** Every notification shown so far, recorded as it appears (see `recordNotifications`). */
const notified: string[] = [];

/**
 * Records the text of every notification the moment it is added to the page, whatever happens next: until
 * the session page exists in this branch, going there is a full page load, which can clear a notification
 * within a frame of showing it.
 */
async function recordNotifications(context: BrowserContext) {
  await context.exposeBinding('__cursusNotified', (_source, text: string) => void notified.push(text));
  await context.addInitScript(() => {
    const report = (window as unknown as { __cursusNotified(text: string): void }).__cursusNotified;
    const seen = new WeakSet<Element>();
    new MutationObserver(() => {
      for (const node of document.querySelectorAll('.mantine-Notification-root')) {
        if (seen.has(node) || !node.textContent) continue;
        seen.add(node);
        report(node.textContent);
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
}

/** Does `act`, then waits until the notification `text` has been shown. */
async function notifiedWhile(page: Page, text: string, act: () => Promise<void>) {
  const before = notified.length;
  await act();
  const deadline = Date.now() + 15_000;
  while (!notified.slice(before).some((shown) => shown.replace(/\s+/g, ' ').includes(text))) {
    if (Date.now() > deadline) fail(`no notification "${text}"; shown: ${JSON.stringify(notified.slice(before))}`);
    await page.waitForTimeout(50);
  }
}

runBrowserChecks({}, async ({ page, context }) => {
  await recordNotifications(context);
  const startField = page.getByLabel(/^Début/);
  const endField = page.getByLabel(/^Fin/);
  const titleField = page.getByRole('textbox', { name: /^Titre/ });
  const zone = { id: '' };
  const training = { id: '' };
  const created = { id: '', title: `Session de printemps ${tag}` };
  const form = { start: '' };

  return [
    {
      name: `a manager (${MANAGER.email}) signs in; a training with known defaults exists (created through the API)`,
      run: async () => {
        await page.goto(`${BASE_URL}/manage`, { waitUntil: 'load' });
        await signInHere(page, MANAGER.email, '/manage');
        await h1(page, 'Tableau de bord').waitFor();
        const { viewer } = await api(page, `{ viewer { timeZone managedOrganisations { id name } } }`);
        zone.id = viewer.timeZone;
        const lyon = viewer.managedOrganisations.find((o: { name: string }) => o.name === 'Université de Lyon') ?? fail('no Université de Lyon');
        const { description, code, title, eventInscriptionMode, ...flags } = TRAINING;
        const { createTraining } = await api(
          page,
          `mutation { createTraining(input: { code: ${JSON.stringify(code)}, title: ${JSON.stringify(title)}, description: ${JSON.stringify(description)},
            organisationIds: [${JSON.stringify(lyon.id)}], eventInscriptionMode: ${eventInscriptionMode},
            ${Object.entries(flags).map(([k, v]) => `${k}: ${v}`).join(', ')} }) { id } }`,
        );
        training.id = createTraining.id;
      },
    },
    {
      name: 'the first step lists trainings; searching the training’s CODE finds it as you type',
      run: async () => {
        await page.goto(`${BASE_URL}/manage/sessions/new`, { waitUntil: 'load' });
        await h1(page, 'Nouvelle session').waitFor();
        await page.getByRole('list', { name: 'Formations trouvées' }).waitFor();
        await look(page, 'session-pick');
        await page.getByRole('searchbox', { name: /^Formation/ }).fill(TRAINING.code.toLowerCase());
        await page.getByRole('status').filter({ hasText: /^1 formation$/ }).waitFor();
        const results = page.getByRole('list', { name: 'Formations trouvées' }).getByRole('link');
        if ((await results.count()) !== 1) fail(`${await results.count()} results for the code`);
        if (!(await results.first().textContent())?.includes(TRAINING.title)) fail('the result is not the training');
        await look(page, 'session-pick-search');
      },
    },
    {
      name: 'one click goes to the form, pre-filled with the training’s defaults; the organisations are read-only',
      run: async () => {
        await page.getByRole('link', { name: new RegExp(TRAINING.code) }).click();
        await page.waitForURL((url) => url.pathname === '/manage/sessions/new' && Boolean(url.searchParams.get('trainingId')));
        await page.getByRole('button', { name: 'Créer la session' }).waitFor();
        const same = async (what: string, actual: Promise<unknown>, wanted: unknown) => {
          const value = await actual;
          if (value !== wanted) fail(`${what}: ${JSON.stringify(value)}, expected ${JSON.stringify(wanted)}`);
        };
        await same('title', titleField.inputValue(), TRAINING.title);
        await same('description', page.getByRole('textbox', { name: /^Description/ }).inputValue(), TRAINING.description);
        await same('capacity', page.getByRole('textbox', { name: /^Capacité/ }).inputValue(), '14');
        await same('public registration', page.getByRole('switch', { name: /^Inscription publique/ }).isChecked(), true);
        await same('public unregistration', page.getByRole('switch', { name: /^Désinscription publique/ }).isChecked(), false);
        await same('validation', page.getByRole('switch', { name: /^Validation des inscriptions/ }).isChecked(), true);
        await same('default session', page.getByRole('switch', { name: /^Session par défaut/ }).isChecked(), false);
        await same('mode', page.getByRole('radio', { name: /^Automatique/ }).isChecked(), true);
        // Start: now (R2), in the viewer's zone; end: start + the training's 3 days.
        form.start = await startField.inputValue();
        const start = DateTime.fromFormat(form.start, FIELD_FORMAT, { zone: zone.id });
        const end = DateTime.fromFormat(await endField.inputValue(), FIELD_FORMAT, { zone: zone.id });
        if (Math.abs(start.diffNow('minutes').minutes) > 5) fail(`the start ${form.start} is not now in ${zone.id}`);
        await same('days from start to end', Promise.resolve(end.diff(start, 'days').days), TRAINING.defaultSessionDays);
        // Each date is said in words under its field, in French, with its zone named.
        const zoneName = new Intl.DateTimeFormat('fr', { timeZone: zone.id, timeZoneName: 'longGeneric' }).formatToParts(new Date()).find((p) => p.type === 'timeZoneName')!.value;
        const inWords = new Intl.DateTimeFormat('fr', { dateStyle: 'full', timeStyle: 'short', timeZone: zone.id }).format(start.toJSDate());
        const help = await startField.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby')!.split(' ')[0])?.textContent);
        if (help !== `${inWords} (${zoneName})`) fail(`the start is described as ${JSON.stringify(help)}, not "${inWords} (${zoneName})"`);
        const organisations = page.getByRole('list', { name: 'Organisations' });
        const names = await organisations.getByRole('listitem').allTextContents();
        if (names.join() !== 'Université de Lyon') fail(`organisations shown: ${names.join()}`);
        if (await organisations.locator('input, button, select').count()) fail('the organisations can be changed');
        await page.getByText(/Une session appartient toujours aux organisations de sa formation/).waitFor();
        await look(page, 'session-new-form');
      },
    },
    {
      name: 'an end before the start is refused next to the end field, typed values kept, the field focused',
      run: async () => {
        await titleField.fill(created.title);
        const before = DateTime.fromFormat(form.start, FIELD_FORMAT).minus({ days: 1 }).toFormat(FIELD_FORMAT);
        await endField.fill(before);
        await page.getByRole('button', { name: 'Créer la session' }).click();
        const message = page.getByText('La fin ne peut pas précéder le début.');
        await message.waitFor();
        if ((await endField.getAttribute('aria-invalid')) !== 'true') fail('the end field is not marked invalid');
        const described = (await endField.getAttribute('aria-describedby')) ?? '';
        if (!described.split(' ').includes((await message.getAttribute('id')) ?? '-')) fail('the message is not tied to the end field');
        if (!(await endField.evaluate((el) => el === document.activeElement))) fail('the end field does not have the focus');
        if ((await titleField.inputValue()) !== created.title) fail('the title typed was lost');
        if ((await endField.inputValue()) !== before) fail('the end typed was lost');
        if (page.url().includes('/manage/sessions/new') === false) fail('left the form');
        await look(page, 'session-form-error');
      },
    },
    {
      name: 'with the end corrected, the session is created: a notification, the session page, and it exists in the API',
      run: async () => {
        const end = DateTime.fromFormat(form.start, FIELD_FORMAT).plus({ days: 2 }).toFormat(FIELD_FORMAT);
        await endField.fill(end);
        await notifiedWhile(page, `La session « ${created.title} » a été créée.`, () => page.getByRole('button', { name: 'Créer la session' }).click());
        await page.waitForURL((url) => /^\/manage\/sessions\/\d+$/.test(url.pathname));
        created.id = new URL(page.url()).pathname.split('/').pop()!;
        const { session } = await api(
          page,
          `{ session(id: ${JSON.stringify(created.id)}) { title description maxUsers publicRegistration publicUnregistration registrationValidation
            eventInscriptionMode defaultSession startDate endDate organisations { name } training { code } } }`,
        );
        const wanted = {
          title: created.title,
          description: TRAINING.description,
          maxUsers: 14,
          publicRegistration: true,
          publicUnregistration: false,
          registrationValidation: true,
          eventInscriptionMode: 'AUTOMATIC',
          defaultSession: false,
          startDate: DateTime.fromFormat(form.start, FIELD_FORMAT, { zone: zone.id }).toUTC().toISO(),
          endDate: DateTime.fromFormat(end, FIELD_FORMAT, { zone: zone.id }).toUTC().toISO(),
          organisations: [{ name: 'Université de Lyon' }],
          training: { code: TRAINING.code },
        };
        if (JSON.stringify(session) !== JSON.stringify(wanted)) fail(`the session is ${JSON.stringify(session)}\n     expected ${JSON.stringify(wanted)}`);
      },
    },
    {
      name: 'the edit form is pre-filled from the session and saves with updateSession',
      run: async () => {
        await page.goto(`${BASE_URL}/manage/sessions/${created.id}/edit`, { waitUntil: 'load' });
        await h1(page, `Modifier « ${created.title} »`).waitFor();
        if ((await titleField.inputValue()) !== created.title) fail('the title is not the session’s');
        if ((await startField.inputValue()) !== form.start) fail(`the start is ${await startField.inputValue()}, not ${form.start}`);
        await look(page, 'session-edit');
        await page.getByRole('textbox', { name: /^Capacité/ }).fill('20');
        await notifiedWhile(page, `Les modifications de « ${created.title} » sont enregistrées.`, () =>
          page.getByRole('button', { name: 'Enregistrer les modifications' }).click(),
        );
        await page.waitForURL(`${BASE_URL}/manage/sessions/${created.id}`);
        const { session } = await api(page, `{ session(id: ${JSON.stringify(created.id)}) { maxUsers title } }`);
        if (session.maxUsers !== 20 || session.title !== created.title) fail(`after the edit: ${JSON.stringify(session)}`);
      },
    },
    {
      name: 'in English, the form and the picker speak English',
      run: async () => {
        await page.goto(`${BASE_URL}/manage/sessions/${created.id}/edit`, { waitUntil: 'load' });
        await page.getByRole('banner').getByRole('link', { name: 'English', exact: true }).click();
        await h1(page, `Edit “${created.title}”`).waitFor();
        await page.getByLabel(/^Start/).waitFor();
        await page.getByRole('switch', { name: /^Default session/ }).waitFor();
        await page.getByText(/A session always belongs to its training’s organisations/).waitFor();
        await look(page, 'session-edit-english');
        await page.goto(`${BASE_URL}/manage/sessions/new`, { waitUntil: 'load' });
        await page.getByRole('searchbox', { name: /^Training/ }).fill(TRAINING.code);
        await page.getByRole('status').filter({ hasText: /^1 training$/ }).waitFor();
        await page.getByRole('banner').getByRole('link', { name: 'Français', exact: true }).click();
        await h1(page, 'Nouvelle session').waitFor();
      },
    },
    {
      name: 'KEYBOARD ONLY: tab to the search, type the code, arrow into the results, Enter; the form in tab order; Space, Enter creates',
      run: async () => {
        const title = `Session au clavier ${tag}`;
        await page.goto(`${BASE_URL}/manage/sessions/new`, { waitUntil: 'load' });
        await h1(page, 'Nouvelle session').waitFor();
        // The first Tab reaches the skip link, which jumps over the navigation to the content.
        await page.keyboard.press('Tab');
        if ((await focused(page)).text !== 'Aller au contenu') fail(`the first Tab reached ${JSON.stringify(await focused(page))}`);
        await page.keyboard.press('Enter');
        await tabUntil(page, (f) => f.type === 'search', 10);
        await page.keyboard.type(TRAINING.code);
        await page.getByRole('status').filter({ hasText: /^1 formation$/ }).waitFor();
        await page.keyboard.press('ArrowDown');
        if (!(await focused(page)).text.includes(TRAINING.code)) fail('ArrowDown did not move to the training found');
        await page.keyboard.press('Enter');
        await page.waitForURL((url) => Boolean(url.searchParams.get('trainingId')));
        await page.getByRole('button', { name: 'Créer la session' }).waitFor();

        await tabUntil(page, (f) => f.id === 'session-form-title', 40);
        await page.keyboard.press('ControlOrMeta+a');
        await page.keyboard.type(title);
        const order = await tabUntil(page, (f) => f.text === 'Créer la session', 40);
        const ids = order.map((f) => f.id || f.text);
        const wanted = [
          'session-form-startDate',
          'session-form-endDate',
          'session-form-description',
          'session-form-defaultSession',
          'session-form-publicRegistration',
          'session-form-publicUnregistration',
          'session-form-registrationValidation',
          'session-form-maxUsers',
          // #9: the registration closing date and the promotion cut-off.
          'session-form-registrationClosesAt',
          'session-form-promotionCutoffHours',
          'session-form-eventInscriptionMode',
          'Annuler',
          'Créer la session',
        ];
        if (JSON.stringify(ids) !== JSON.stringify(wanted)) fail(`tab order after the title: ${ids.join(' → ')}`);
        // Back to the public unregistration switch (Shift+Tab), turn it on with Space, then submit with Enter.
        // A date-time field takes one Shift+Tab per part (day, month, year, hours, minutes): go back until the switch.
        for (let i = 0; i < 20 && (await focused(page)).id !== 'session-form-publicUnregistration'; i++) await page.keyboard.press('Shift+Tab');
        if ((await focused(page)).id !== 'session-form-publicUnregistration') fail(`Shift+Tab reached ${JSON.stringify(await focused(page))}`);
        await page.keyboard.press('Space');
        await notifiedWhile(page, `La session « ${title} » a été créée.`, () => page.keyboard.press('Enter'));
        await page.waitForURL((url) => /^\/manage\/sessions\/\d+$/.test(url.pathname));
        const id = new URL(page.url()).pathname.split('/').pop()!;
        const { session } = await api(page, `{ session(id: ${JSON.stringify(id)}) { title publicUnregistration training { code } } }`);
        if (JSON.stringify(session) !== JSON.stringify({ title, publicUnregistration: true, training: { code: TRAINING.code } }))
          fail(`the session made with the keyboard is ${JSON.stringify(session)}`);
      },
    },
    {
      name: 'a manager of another organisation does not find the training in the picker, and its form says she may not',
      run: async () => {
        await context.clearCookies();
        await signInAs(page, 'sandrine.payet@example.fr', '/manage/sessions/new');
        await page.getByRole('searchbox', { name: /^Formation/ }).fill(TRAINING.code);
        await page.getByRole('status').filter({ hasText: /^Aucune formation$/ }).waitFor();
        // Its sessions are open to public registration, so the training is in her catalogue: seen, not managed.
        const { trainings } = await api(page, `{ trainings(search: ${JSON.stringify(TRAINING.code)}) { nodes { id } } }`);
        if (trainings.nodes.length !== 1) fail('the training is not in the public catalogue');
        await page.goto(`${BASE_URL}/manage/sessions/new?trainingId=${training.id}`, { waitUntil: 'load' });
        await page.getByText('Action non autorisée').waitFor();
        if (await page.getByRole('button', { name: 'Créer la session' }).count()) fail('the form is offered');
      },
    },
    noOutsideRequest(),
  ];
});
