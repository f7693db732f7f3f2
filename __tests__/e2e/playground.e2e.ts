/**
 * Browser test of the GraphiQL playground (/playground).
 *
 *   BASE_URL=http://127.0.0.1:3000 node scripts/run.js __tests__/e2e/playground.e2e.ts
 *
 * Needs a server at BASE_URL with the demo data (scripts/e2e.ts provides one). In production, anonymous
 * callers get no introspection: they see a short sign-in prompt (French, or English with the switch) instead
 * of the raw error, and the example query (public fields) still runs (#6 §18). Signed in through the prompt's
 * link, GraphiQL loads with the example query and the schema (docs explorer, autocomplete), runs the example
 * query with the session cookie, and `{ me { email } }` shows the signed-in user. No request may leave
 * localhost, and nothing (scripts, workers, styles) is refused by the Content-Security-Policy.
 * Saves test-results/playground.png.
 */
import en from '../../messages/en/playground.json';
import fr from '../../messages/fr/playground.json';
import { BASE_URL, noCspViolation, noOutsideRequest, runBrowserChecks } from './browser';
import { LEARNER, SESSION_COOKIE, signInHere, siteHeader } from './sign-in';

const isGraphQLPost = (method: string, url: string) => method === 'POST' && new URL(url).pathname === '/api/graphql';

runBrowserChecks({ screenshot: 'playground.png' }, ({ page }) => {
  const queryEditor = page.locator('.graphiql-query-editor');
  const prompt = page.locator('main.playground [role="note"]');
  const responsePane = page.locator('.graphiql-response');
  const responseText = () => responsePane.textContent().then((text) => text ?? '');

  /** The schema request GraphiQL sent when the page last loaded, with its answer. */
  let introspection: { status: number; body: string } | undefined;

  /** Loads /playground and waits for GraphiQL, its example query and its introspection request's answer. */
  async function openPlayground() {
    introspection = undefined;
    // Leave the page first: a playground already open (after signing in) sends its own introspection query, whose
    // answer the waiter below would otherwise catch and whose body is gone once the new page loads.
    await page.goto('about:blank');
    const schemaResponse = page.waitForResponse(
      (r) => isGraphQLPost(r.request().method(), r.url()) && /__schema/.test(r.request().postData() ?? ''),
    );
    schemaResponse.catch(() => undefined); // awaited below, unless the page fails to load first
    const response = await page.goto(`${BASE_URL}/playground`, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`GET /playground answered ${response?.status()}`);
    await page.locator('.graphiql-container').waitFor({ state: 'visible' });
    await queryEditor.locator('.monaco-editor').first().waitFor({ state: 'visible' });
    await page.waitForFunction(
      () => /query\s+Catalogue/.test(document.querySelector('.graphiql-query-editor')?.textContent ?? ''),
    );
    const schema = await schemaResponse.catch(() => {
      throw new Error('GraphiQL sent no introspection query');
    });
    introspection = { status: schema.status(), body: await schema.text() };
  }

  /** Clicks GraphiQL's run button; resolves with the POST to /api/graphql whose body matches `matchBody`. */
  async function runQuery(matchBody: RegExp) {
    const [request] = await Promise.all([
      page.waitForRequest((req) => isGraphQLPost(req.method(), req.url()) && matchBody.test(req.postData() ?? '')),
      page.locator('button.graphiql-execute-button').click(),
    ]);
    return request;
  }

  /** The prompt shows `texts`, and its link leads to the sign-in form, coming back to the playground. */
  async function expectPrompt(texts: typeof fr) {
    await prompt.filter({ hasText: texts.signInPrompt }).waitFor();
    const href = await prompt.getByRole('link', { name: texts.signIn, exact: true }).getAttribute('href');
    if (href !== '/login?callbackUrl=/playground') throw new Error(`the prompt links to ${href}`);
  }

  return [
    {
      name: 'anonymous: introspection is refused, and a French sign-in prompt shows instead of the raw error',
      run: async () => {
        await openPlayground();
        const answer = JSON.parse(introspection!.body);
        const code = answer.errors?.[0]?.extensions?.code;
        if (code !== 'UNAUTHENTICATED' || answer.data) {
          throw new Error(`anonymous introspection answered ${introspection!.status} ${introspection!.body.slice(0, 300)}`);
        }
        await expectPrompt(fr);
        const shown = await page.locator('main.playground').innerText();
        if (/introspection|signed-in user/i.test(shown)) throw new Error(`the page shows the raw error: ${shown.slice(0, 300)}`);
      },
    },
    {
      name: 'anonymous: the example catalogue query still runs and shows "totalCount"',
      run: async () => {
        await runQuery(/"operationName":"Catalogue"/);
        await page.waitForFunction(
          () => (document.querySelector('.graphiql-response')?.textContent ?? '').includes('"totalCount"'),
        );
        const pane = await responseText();
        if (/"errors"/.test(pane)) throw new Error(`the response has errors: ${pane.slice(0, 300)}`);
      },
    },
    {
      name: 'anonymous: the "English" switch shows the prompt in English, "Français" brings it back',
      run: async () => {
        await siteHeader(page).getByRole('link', { name: 'English', exact: true }).click();
        await expectPrompt(en);
        await siteHeader(page).getByRole('link', { name: 'Français', exact: true }).click();
        await expectPrompt(fr);
      },
    },
    {
      name: `the prompt's "${fr.signIn}" link opens the form; signing in (${LEARNER.email}) comes back to the playground`,
      run: async () => {
        await prompt.getByRole('link', { name: fr.signIn, exact: true }).click();
        await page.waitForURL(`${BASE_URL}/login?callbackUrl=/playground`);
        await signInHere(page, LEARNER.email, '/playground');
        await siteHeader(page).getByText(`Connecté·e : ${LEARNER.name}`).waitFor();
      },
    },
    {
      name: 'signed in, the playground shows GraphiQL with the example query, and no sign-in prompt',
      run: async () => {
        // A fresh load, so GraphiQL fetches the schema with the session cookie.
        await openPlayground();
        if (await prompt.count()) throw new Error(`the sign-in prompt still shows: ${await prompt.innerText()}`);
      },
    },
    {
      name: 'signed in, introspection succeeds and the docs explorer shows the schema (no error in the response pane)',
      run: async () => {
        if (!introspection) throw new Error('the playground did not load');
        const { status, body } = introspection;
        const answer = JSON.parse(body);
        if (status !== 200 || answer.errors || !answer.data?.__schema?.queryType) {
          throw new Error(`introspection answered ${status} ${body.slice(0, 300)}`);
        }
        const pane = await responseText();
        if (/introspection|error/i.test(pane)) throw new Error(`the response pane shows: ${pane.slice(0, 300)}`);
        await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
        const explorer = page.locator('.graphiql-doc-explorer');
        await explorer.locator('.graphiql-doc-explorer-root-type', { hasText: 'query' }).waitFor();
        await explorer.getByRole('link', { name: 'Query', exact: true }).first().waitFor();
        if (await explorer.locator('.graphiql-doc-explorer-error').count()) {
          throw new Error(`docs explorer: ${await explorer.locator('.graphiql-doc-explorer-error').first().textContent()}`);
        }
      },
    },
    {
      name: 'running the example query shows a result with "totalCount" (sent with the session cookie)',
      run: async () => {
        const request = await runQuery(/"operationName":"Catalogue"/);
        const cookie = (await request.headerValue('cookie')) ?? '';
        if (!cookie.includes(`${SESSION_COOKIE}=`)) {
          throw new Error(`the query was sent without ${SESSION_COOKIE} (cookie header: ${JSON.stringify(cookie)})`);
        }
        await page.waitForFunction(
          () => (document.querySelector('.graphiql-response')?.textContent ?? '').includes('"totalCount"'),
        );
      },
    },
    {
      name: 'typing { me { em… } } in the editor, autocomplete (from the schema) offers "email"',
      run: async () => {
        // At the start of line 1: a click further right would scroll the editor along the example's long line.
        await queryEditor.locator('.monaco-editor .view-lines').first().click({ position: { x: 2, y: 2 } });
        await page.keyboard.press('ControlOrMeta+A');
        await page.keyboard.press('Delete');
        // Monaco closes brackets itself: typing "{ me { em" leaves "{ me { em}}".
        await page.keyboard.type('{ me { em', { delay: 30 });
        const suggestion = page.locator('.suggest-widget .monaco-list-row', { hasText: 'email' }).first();
        await suggestion.waitFor({ state: 'visible' });
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => {
          const text = (document.querySelector('.graphiql-query-editor .view-lines')?.textContent ?? '').replace(/\s+/g, ' ');
          return /\{ me \{ email ?\} ?\}/.test(text);
        });
        // GraphiQL takes edits in after a 100 ms debounce (tab title, operation name): running sooner would
        // still send operationName "Catalogue". The tab's title tells when it has caught up.
        await page.locator('.graphiql-tab-active .graphiql-tab-button', { hasText: '<untitled>' }).waitFor();
      },
    },
    {
      name: `running { me { email } } shows ${LEARNER.email}`,
      run: async () => {
        await runQuery(/\bme\b\s*\{\s*email/);
        await page.waitForFunction(
          // Monaco separates tokens with non-breaking spaces: compare with whitespace squeezed.
          (email) =>
            (document.querySelector('.graphiql-response')?.textContent ?? '').replace(/\s+/g, ' ').includes(`"email": "${email}"`),
          LEARNER.email,
        );
        const pane = await responseText();
        if (/"errors"/.test(pane)) throw new Error(`the response has errors: ${pane.slice(0, 300)}`);
      },
    },
    noCspViolation(),
    noOutsideRequest(),
  ];
});
