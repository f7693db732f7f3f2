/**
 * Browser test of the locations and templates screens (issue 8 screens 6 and 7). An administrator
 * (Claire Dubois):
 * - creates a location, its time zone searched and picked from the API's list, and finds it in the table;
 * - edits it, then deletes it after the confirmation;
 * - opens the deletion of a location that an event uses: the dialog says how many events and offers no
 *   delete button, and the API refuses the deletion with LOCATION_IN_USE;
 * - edits a template: the placeholders of its kind are listed, one is inserted in the body, the live preview
 *   (#10 §4) shows it filled with sample data and follows the typing, markup typed shows as text; an unknown
 *   placeholder is refused in the preview and next to the body, naming it; the corrected template is saved;
 * - axe finds no serious or critical violation on each page and dialog, at 1280 and 768 px (look.ts).
 *
 *   BASE_URL=http://127.0.0.1:3000 node scripts/run.js __tests__/e2e/manage-locations-templates.e2e.ts
 */
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { BASE_URL, noOutsideRequest, runBrowserChecks } from './browser';
import { look } from './look';
import { ADMIN, api, DEMO_PASSWORD, graphqlFromPage, submitSignInForm } from './sign-in';

const tag = randomBytes(3).toString('hex').toUpperCase();
const LOCATION = `Salle des Tamarins ${tag}`;
const USED = `Amphithéâtre Bory ${tag}`;
const TEMPLATE = `Convocation ${tag}`;

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

runBrowserChecks({}, ({ page }) => {
  const table = page.getByRole('table', { name: 'Lieux' });
  const dialog = page.getByRole('dialog');
  const rowActions = (name: string) => page.getByRole('button', { name: new RegExp(`^Actions pour \\W*${escape(name)}\\W*$`) });
  let templateId = '';

  return [
    {
      name: 'the administrator opens the locations screen from the navigation',
      run: async () => {
        await submitSignInForm(page, ADMIN.email, DEMO_PASSWORD, '/login?callbackUrl=%2Fmanage');
        await page.waitForURL(`${BASE_URL}/manage`);
        await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Lieux' }).click();
        await h1(page, 'Lieux').waitFor();
        await look(page, 'locations');
      },
    },
    {
      name: 'creates a location, its time zone searched and picked from the list',
      run: async () => {
        await page.getByRole('button', { name: 'Nouveau lieu' }).first().click();
        await dialog.getByRole('textbox', { name: /^Nom/ }).fill(LOCATION);
        await dialog.getByRole('textbox', { name: /^Adresse/ }).fill('12 rue de Paris, 97400 Saint-Denis');
        await look(page, 'location-new');
        const zone = dialog.getByRole('combobox', { name: /^Fuseau horaire/ });
        await zone.click();
        await zone.fill('Reunion');
        await page.getByRole('option', { name: /^Indian\/Reunion/ }).click();
        await dialog.getByRole('textbox', { name: /^Capacité/ }).fill('30');
        await dialog.getByRole('button', { name: 'Créer le lieu' }).click();
        await page.getByText(`Le lieu « ${LOCATION} » a été créé.`).waitFor();
        await dialog.waitFor({ state: 'detached' });
        await page.getByRole('searchbox', { name: 'Rechercher' }).fill(tag);
        await page.waitForURL((url) => url.searchParams.get('q') === tag);
        const row = table.getByRole('row', { name: new RegExp(escape(LOCATION)) });
        await row.getByText('Indian/Reunion').waitFor();
        await row.getByText('Partagé').waitFor();
        await look(page, 'locations-search');
      },
    },
    {
      name: 'edits it: the form holds its values, the change shows in the table',
      run: async () => {
        await rowActions(LOCATION).click();
        await page.getByRole('menuitem', { name: 'Modifier' }).click();
        const capacity = dialog.getByRole('textbox', { name: /^Capacité/ });
        if ((await capacity.inputValue()) !== '30') throw new Error('the capacity was not in the form');
        if (!(await dialog.getByRole('combobox', { name: /^Fuseau horaire/ }).inputValue()).startsWith('Indian/Reunion'))
          throw new Error('the zone was not in the form');
        await capacity.fill('45');
        await look(page, 'location-edit');
        await dialog.getByRole('button', { name: 'Enregistrer' }).click();
        await page.getByText(`Le lieu « ${LOCATION} » a été enregistré.`).waitFor();
        await table.getByRole('row', { name: new RegExp(escape(LOCATION)) }).getByRole('cell', { name: '45', exact: true }).waitFor();
      },
    },
    {
      name: 'deletes it after the confirmation',
      run: async () => {
        await rowActions(LOCATION).click();
        await page.getByRole('menuitem', { name: 'Supprimer' }).click();
        await dialog.getByText('Aucune séance n’a lieu dans ce lieu.').waitFor();
        await look(page, 'location-delete');
        await dialog.getByRole('button', { name: 'Supprimer le lieu' }).click();
        await page.getByText(`Le lieu « ${LOCATION} » a été supprimé.`).waitFor();
        await table.getByRole('row', { name: new RegExp(escape(LOCATION)) }).waitFor({ state: 'detached' });
      },
    },
    {
      name: 'a location that an event uses: the dialog says how many and offers no delete; the API refuses it too',
      run: async () => {
        const { organisations } = await api<{ organisations: { nodes: { id: string }[] } }>(page, '{ organisations(first: 1) { nodes { id } } }');
        const { createLocation } = await api<{ createLocation: { id: string } }>(
          page,
          `mutation { createLocation(input: { name: "${USED}", timeZone: "Europe/Paris" }) { id } }`,
        );
        const { createTraining } = await api<{ createTraining: { id: string } }>(
          page,
          `mutation { createTraining(input: { code: "LT-${tag}", title: "Lieux ${tag}", organisationIds: ["${organisations.nodes[0].id}"] }) { id } }`,
        );
        const { createSession } = await api<{ createSession: { id: string } }>(
          page,
          `mutation { createSession(input: { trainingId: "${createTraining.id}", startDate: "2027-03-01T08:00:00Z", endDate: "2027-03-31T17:00:00Z" }) { id } }`,
        );
        await api(
          page,
          `mutation { createEvent(input: { sessionId: "${createSession.id}", name: "Séance ${tag}", startAt: "2027-03-02T08:00:00Z", endAt: "2027-03-02T11:00:00Z", locationId: "${createLocation.id}" }) { id } }`,
        );
        await page.reload({ waitUntil: 'load' });
        const row = table.getByRole('row', { name: new RegExp(escape(USED)) });
        await row.getByRole('cell', { name: '1', exact: true }).waitFor();
        await rowActions(USED).click();
        await page.getByRole('menuitem', { name: 'Supprimer' }).click();
        await dialog.getByText('Suppression impossible').waitFor();
        await dialog.getByText(/1 séance a lieu dans ce lieu.*Changez d’abord leur lieu/).waitFor();
        if (await dialog.getByRole('button', { name: 'Supprimer le lieu' }).count()) throw new Error('a delete button is offered for a location in use');
        await look(page, 'location-in-use');
        await dialog.getByRole('button', { name: 'Fermer' }).first().click();
        const refusal = await graphqlFromPage(page, `mutation { deleteLocation(id: "${createLocation.id}") { id } }`);
        const error = refusal.body.errors?.[0]?.extensions as { code?: string; reason?: string; details?: { count?: number } } | undefined;
        if (error?.reason !== 'LOCATION_IN_USE' || error.details?.count !== 1) throw new Error(`deleteLocation answered ${JSON.stringify(refusal.body)}`);
        await row.waitFor();
      },
    },
    {
      name: 'the templates screen lists a template of the administrator',
      run: async () => {
        const { createTemplate } = await api<{ createTemplate: { id: string } }>(
          page,
          `mutation { createTemplate(input: { name: "${TEMPLATE}", kind: EVENT_INVITATION, subject: "Convocation : {{ event.name }}", body: "Bonjour ,\\nrendez-vous le {{ event.startAt }}." }) { id } }`,
        );
        templateId = createTemplate.id;
        await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Modèles' }).click();
        await h1(page, 'Modèles').waitFor();
        await page.getByRole('searchbox', { name: 'Rechercher' }).fill(tag);
        await page.waitForURL((url) => url.searchParams.get('q') === tag);
        await page.getByRole('table', { name: 'Modèles' }).getByRole('link', { name: TEMPLATE }).waitFor();
        await look(page, 'templates');
      },
    },
    {
      name: "edits it: the kind's placeholders are listed, one is inserted at the cursor, an unknown one is refused on the body",
      run: async () => {
        await page.getByRole('table', { name: 'Modèles' }).getByRole('link', { name: TEMPLATE }).click();
        await h1(page, `Modifier « ${TEMPLATE} »`).waitFor();
        const placeholders = page.getByRole('region', { name: 'Espaces réservés' });
        await placeholders.getByRole('button', { name: /location\.address/ }).waitFor();
        const body = page.getByRole('textbox', { name: /^Contenu/ });
        await body.click();
        await body.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(8, 8));
        await placeholders.getByRole('button', { name: /learner\.firstName/ }).click();
        const typed = await body.inputValue();
        if (typed !== 'Bonjour {{ learner.firstName }},\nrendez-vous le {{ event.startAt }}.') throw new Error(`body is ${JSON.stringify(typed)}`);
        const preview = page.getByRole('region', { name: /^Aperçu/ });
        await preview.getByText('Bonjour Éloïse,').waitFor();
        await preview.getByText('Convocation : Gestes de premiers secours').waitFor();
        await look(page, 'template-edit');

        await body.fill(`${typed}\n<b>Lieu</b> : {{ location.name }}`);
        await preview.getByText('<b>Lieu</b> : Salle Jean-Moulin').waitFor();
        if (await preview.locator('b').count()) throw new Error('markup typed in the template was rendered as markup');

        const refusal = '« {{ learner.surname }} » n’est pas un espace réservé de ce type de modèle. Choisissez-en un dans la liste.';
        await body.fill(`${typed}\n{{ learner.surname }}`);
        await preview.getByText(refusal).waitFor();
        await page.getByRole('button', { name: 'Enregistrer' }).click();
        await page.locator(`[id="${await body.getAttribute('id')}-error"]`).getByText(refusal).waitFor();
        if ((await body.getAttribute('aria-invalid')) !== 'true') throw new Error('the body is not marked invalid');
        await look(page, 'template-error');

        await body.fill(typed);
        await page.getByRole('button', { name: 'Enregistrer' }).click();
        await page.getByText(`Le modèle « ${TEMPLATE} » a été enregistré.`).waitFor();
        await h1(page, 'Modèles').waitFor();
        const { template } = await api<{ template: { body: string } }>(page, `{ template(id: "${templateId}") { body } }`);
        if (template.body !== typed) throw new Error(`saved body is ${JSON.stringify(template.body)}`);
      },
    },
    noOutsideRequest(),
  ];
});
