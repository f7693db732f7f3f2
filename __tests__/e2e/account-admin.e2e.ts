/**
 * Browser test of the accounts screens (#8 screens 8 and 9):
 * - an administrator creates an organisation and one under it, is refused moving the first under the second
 *   (the cycle error next to the field), cannot delete a non-empty one (the dialog says why);
 * - creates a user, makes them manager of the new sub-organisation, deactivates and reactivates them;
 * - a developer (the demo learner) opening /account anonymously signs in and comes back, creates an API token
 *   (its secret shown once), uses it from the playground (GraphiQL's headers editor, `{ me { email } }`), sees
 *   its last use on /account, revokes it, and the API refuses it afterwards;
 * - a manager reads the people of their organisations on /manage/users, with no action offered;
 * - axe-core finds no serious or critical violation on each page, at 1280 and 768 px (screenshots in
 *   test-results/manage/).
 *
 *   BASE_URL=http://127.0.0.1:3000 node scripts/run.js __tests__/e2e/account-admin.e2e.ts
 */
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { BASE_URL, noCspViolation, noOutsideRequest, runBrowserChecks } from './browser';
import { look } from './look';
import { ADMIN, graphqlFromPage, LEARNER, signIn, signInHere } from './sign-in';

const tag = randomBytes(3).toString('hex');
const PARENT = `Réseau E2E ${tag}`;
const CHILD = `Antenne E2E ${tag}`;
const PERSON = { email: `agent-${tag}@example.org`, firstName: 'Agathe', lastName: `Essai ${tag}` };
const TOKEN_NAME = `Script E2E ${tag}`;
const MANAGER = { email: 'isabelle.moreau@example.org', name: 'Isabelle Moreau' };

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });
/** The row-actions menu button of a named row (« Actions pour « X » »). */
const actionsFor = (page: Page, name: string) => page.getByRole('button', { name: new RegExp(`^Actions pour «\\s${name}\\s»$`) });
const fail = (message: string): never => {
  throw new Error(message);
};

runBrowserChecks({}, ({ page, context }) => {
  let secret = '';
  const tree = page.getByRole('table', { name: 'Arbre des organisations' });
  const users = page.getByRole('table', { name: 'Utilisateurs' });
  const personRow = () => users.getByRole('row', { name: new RegExp(PERSON.lastName) });

  async function chooseOption(combobox: string | RegExp, option: string) {
    await page.getByRole('combobox', { name: combobox }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  }

  return [
    {
      name: `an administrator (${ADMIN.email}) creates an organisation, then one under it from its row`,
      run: async () => {
        await signIn(page, ADMIN);
        await page.goto(`${BASE_URL}/manage/organisations`, { waitUntil: 'load' });
        await h1(page, 'Organisations').waitFor();
        await look(page, 'organisations');
        await page.getByRole('button', { name: 'Nouvelle organisation' }).click();
        const dialog = page.getByRole('dialog', { name: 'Nouvelle organisation' });
        await dialog.getByRole('textbox', { name: /^Nom/ }).fill(PARENT);
        await dialog.getByRole('button', { name: 'Créer l’organisation' }).click();
        await page.getByText(`L’organisation « ${PARENT} » a été créée.`).waitFor();
        await tree.getByRole('row', { name: new RegExp(PARENT) }).waitFor();

        await actionsFor(page, PARENT).click();
        await page.getByRole('menuitem', { name: 'Ajouter une sous-organisation' }).click();
        const child = page.getByRole('dialog', { name: `Nouvelle organisation sous ${PARENT}` });
        await child.getByRole('textbox', { name: /^Nom/ }).fill(CHILD);
        await child.getByRole('button', { name: 'Créer l’organisation' }).click();
        const childRow = tree.getByRole('row').filter({ hasText: CHILD });
        await childRow.waitFor();
        if ((await childRow.getAttribute('data-depth')) !== '1') throw new Error('the sub-organisation is not indented under its parent');
        // Screen readers hear where it is: "…, sous <parent>".
        if (!(await childRow.textContent())?.includes(`${CHILD}, sous ${PARENT}`)) throw new Error(`the row reads ${await childRow.textContent()}`);
      },
    },
    {
      name: 'moving the organisation under its own sub-organisation is refused next to the parent field; nothing moves',
      run: async () => {
        await actionsFor(page, PARENT).click();
        await page.getByRole('menuitem', { name: 'Renommer ou déplacer' }).click();
        const dialog = page.getByRole('dialog', { name: `Modifier ${PARENT}` });
        await chooseOption(/^Organisation parente/, CHILD);
        await dialog.getByRole('button', { name: 'Enregistrer' }).click();
        await dialog.getByText('Une organisation ne peut pas être placée sous elle-même ni sous l’une de ses sous-organisations.').first().waitFor();
        const field = dialog.getByRole('combobox', { name: /^Organisation parente/ });
        if ((await field.getAttribute('aria-invalid')) !== 'true') throw new Error('the parent field is not marked invalid');
        await look(page, 'organisation-cycle');
        await dialog.getByRole('button', { name: 'Annuler' }).click();
        if ((await tree.getByRole('row', { name: new RegExp(PARENT) }).first().getAttribute('data-depth')) !== '0')
          throw new Error('the organisation moved');
      },
    },
    {
      name: 'deleting the organisation that holds a sub-organisation: the dialog says why, with no delete button',
      run: async () => {
        await actionsFor(page, PARENT).click();
        await page.getByRole('menuitem', { name: 'Supprimer' }).click();
        const dialog = page.getByRole('dialog', { name: /^Supprimer/ });
        await dialog.getByText(/ne peut pas être supprimée\s: elle contient encore 1 sous-organisation/).waitFor();
        if (await dialog.getByRole('button', { name: 'Supprimer l’organisation' }).count()) throw new Error('a delete button is offered');
        await dialog.locator('button', { hasText: 'Fermer' }).click();
      },
    },
    {
      name: 'the administrator creates a user, finds them by the search, and makes them manager of the sub-organisation',
      run: async () => {
        await page.goto(`${BASE_URL}/manage/users`, { waitUntil: 'load' });
        await h1(page, 'Utilisateurs').waitFor();
        await look(page, 'users');
        await page.getByRole('button', { name: 'Nouvel utilisateur' }).click();
        const dialog = page.getByRole('dialog', { name: 'Nouvel utilisateur' });
        await dialog.getByRole('textbox', { name: /^Adresse e-mail/ }).fill(PERSON.email);
        await dialog.getByRole('textbox', { name: /^Prénom/ }).fill(PERSON.firstName);
        await dialog.getByRole('textbox', { name: /^Nom/ }).fill(PERSON.lastName);
        await look(page, 'user-new');
        await dialog.getByRole('button', { name: 'Créer l’utilisateur' }).click();
        await page.getByText(/Le compte de Agathe Essai .* a été créé/).waitFor();

        await page.getByRole('searchbox', { name: 'Rechercher' }).fill(PERSON.email);
        await page.waitForURL((url) => url.searchParams.get('q') === PERSON.email);
        await personRow().waitFor();
        await page.getByText('1 résultat', { exact: true }).waitFor();

        await actionsFor(page, `${PERSON.firstName} ${PERSON.lastName}`).click();
        await page.getByRole('menuitem', { name: 'Organisations et rôles' }).click();
        const memberships = page.getByRole('dialog', { name: `Organisations de ${PERSON.firstName} ${PERSON.lastName}` });
        await memberships.getByText('Cette personne n’appartient à aucune organisation.').waitFor();
        await chooseOption(/^Organisation$/, CHILD);
        await chooseOption(/^Rôle$/, 'Gestionnaire');
        await memberships.getByRole('button', { name: 'Ajouter' }).click();
        await memberships.getByRole('combobox', { name: `Rôle dans ${CHILD}` }).waitFor();
        await look(page, 'user-memberships');
        await page.keyboard.press('Escape');
        await personRow().getByText(`${CHILD} (gestionnaire)`).waitFor();
      },
    },
    {
      name: 'the administrator deactivates the user, then reactivates them; the API holds each state',
      run: async () => {
        const state = async () => {
          const answer = await graphqlFromPage(page, `{ users(first: 1, search: "${PERSON.email}") { nodes { active memberships { role organisation { name } } } } }`);
          return (answer.body.data as { users: { nodes: { active: boolean; memberships: { role: string; organisation: { name: string } }[] }[] } }).users.nodes[0];
        };
        await actionsFor(page, `${PERSON.firstName} ${PERSON.lastName}`).click();
        await page.getByRole('menuitem', { name: 'Désactiver le compte' }).click();
        await personRow().getByText('Désactivé', { exact: true }).waitFor();
        const off = await state();
        if (off.active !== false) throw new Error('the account is still active');
        if (off.memberships[0]?.role !== 'MANAGER' || off.memberships[0].organisation.name !== CHILD) throw new Error(`memberships: ${JSON.stringify(off.memberships)}`);
        await actionsFor(page, `${PERSON.firstName} ${PERSON.lastName}`).click();
        await page.getByRole('menuitem', { name: 'Réactiver le compte' }).click();
        await personRow().getByText('Actif', { exact: true }).waitFor();
        if ((await state()).active !== true) throw new Error('the account is not active again');
      },
    },
    {
      name: 'an anonymous visitor of /account goes to the sign-in and back: the developer lands on My account',
      run: async () => {
        await context.clearCookies();
        await page.goto(`${BASE_URL}/account`, { waitUntil: 'load' });
        const url = new URL(page.url());
        if (url.pathname !== '/login' || url.searchParams.get('callbackUrl') !== '/account') throw new Error(`landed on ${page.url()}`);
        await signInHere(page, LEARNER.email, '/account');
        await h1(page, 'Mon compte').waitFor();
        await page.locator('header.site-header').getByRole('link', { name: 'Mon compte' }).waitFor();
        await look(page, 'account');
      },
    },
    {
      name: 'the developer creates an API token: its secret is shown once, with a copy button',
      run: async () => {
        await page.getByRole('textbox', { name: /^Nom du jeton/ }).fill(TOKEN_NAME);
        await page.getByRole('button', { name: 'Créer le jeton' }).click();
        const field = page.getByRole('textbox', { name: `Nouveau jeton « ${TOKEN_NAME} »` });
        await field.waitFor();
        secret = await field.inputValue();
        if (!/^cursus_\S{20,}$/.test(secret)) throw new Error(`the secret looks wrong: ${secret}`);
        await page.getByRole('button', { name: 'Copier le jeton' }).waitFor();
        await page.getByRole('table', { name: 'Vos jetons d’accès' }).getByRole('row', { name: new RegExp(TOKEN_NAME) }).getByText('Jamais').waitFor();
        await look(page, 'account-token-created');
        await page.reload({ waitUntil: 'load' });
        await h1(page, 'Mon compte').waitFor();
        if ((await page.content()).includes(secret)) throw new Error('the secret is shown again after a reload');
      },
    },
    {
      name: 'from the playground (linked to /account), with Authorization: Bearer in the headers editor, { me { email } } shows the developer',
      run: async () => {
        await page.goto(`${BASE_URL}/playground`, { waitUntil: 'load' });
        await page.locator('main.playground').getByRole('link', { name: 'Mon compte' }).waitFor();
        const queryEditor = page.locator('.graphiql-query-editor');
        await queryEditor.locator('.monaco-editor').first().waitFor({ state: 'visible' });
        await page.waitForFunction(() => /query\s+Catalogue/.test(document.querySelector('.graphiql-query-editor')?.textContent ?? ''));

        await page.locator('.graphiql-editor-tools button[data-name="headers"]').click();
        const headers = page.locator('.graphiql-editor-tool .graphiql-editor:not(.hidden)').last();
        await headers.locator('.monaco-editor').waitFor({ state: 'visible' });
        await headers.locator('.view-lines').click();
        await page.keyboard.press('ControlOrMeta+A');
        await page.keyboard.press('Delete');
        await page.keyboard.insertText(`{ "Authorization": "Bearer ${secret}" }`);

        await queryEditor.locator('.monaco-editor .view-lines').first().click({ position: { x: 2, y: 2 } });
        await page.keyboard.press('ControlOrMeta+A');
        await page.keyboard.press('Delete');
        await page.keyboard.insertText('{ me { email } }');
        await page.locator('.graphiql-tab-active .graphiql-tab-button', { hasText: '<untitled>' }).waitFor();
        const [request] = await Promise.all([
          page.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname === '/api/graphql' && /\bme\b/.test(r.postData() ?? '')),
          page.locator('button.graphiql-execute-button').click(),
        ]);
        const authorization = await request.headerValue('authorization');
        if (authorization !== `Bearer ${secret}`) throw new Error(`the query was sent with Authorization: ${authorization}`);
        await page.waitForFunction(
          (email) => (document.querySelector('.graphiql-response')?.textContent ?? '').replace(/\s+/g, ' ').includes(`"email": "${email}"`),
          LEARNER.email,
        );
      },
    },
    {
      name: 'back on /account the token shows its last use; the developer revokes it and the API refuses it afterwards',
      run: async () => {
        await page.goto(`${BASE_URL}/account`, { waitUntil: 'load' });
        const row = page.getByRole('table', { name: 'Vos jetons d’accès' }).getByRole('row', { name: new RegExp(TOKEN_NAME) });
        await row.waitFor();
        if (await row.getByText('Jamais').count()) throw new Error('the token shows no last use');
        await row.getByRole('button', { name: `Révoquer « ${TOKEN_NAME} »` }).click();
        const dialog = page.getByRole('dialog', { name: /^Révoquer/ });
        await dialog.getByRole('button', { name: 'Révoquer le jeton' }).click();
        await row.getByText(/^Révoqué le /).waitFor();
        const answer = await page.evaluate(async (token) => {
          const response = await fetch('/api/graphql', {
            method: 'POST',
            credentials: 'omit',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({ query: '{ me { email } }' }),
          });
          return { status: response.status, body: await response.json() };
        }, secret);
        const code = answer.body.errors?.[0]?.extensions?.code ?? fail(`the revoked token answered ${JSON.stringify(answer)}`);
        if (answer.status !== 401 || code !== 'UNAUTHENTICATED' || answer.body.data?.me) throw new Error(`the revoked token answered ${JSON.stringify(answer)}`);
      },
    },
    {
      name: `a manager (${MANAGER.email}) reads the people of their organisations on /manage/users, with no action`,
      run: async () => {
        await context.clearCookies();
        await signIn(page, MANAGER);
        await page.goto(`${BASE_URL}/manage/users`, { waitUntil: 'load' });
        await h1(page, 'Utilisateurs').waitFor();
        await page.getByText('seuls les administrateurs modifient les comptes', { exact: false }).waitFor();
        await users.getByRole('row').nth(1).waitFor();
        if (await page.getByRole('button', { name: /^Actions pour/ }).count()) throw new Error('a manager is offered row actions');
        if (await page.getByRole('button', { name: 'Nouvel utilisateur' }).count()) throw new Error('a manager is offered to create a user');
        const navigation = page.getByRole('navigation', { name: 'Navigation principale' });
        if (await navigation.getByRole('link', { name: 'Organisations' }).count()) throw new Error('a manager is offered the organisations screen');
        await look(page, 'users-manager');
      },
    },
    noCspViolation(),
    noOutsideRequest(),
  ];
});
