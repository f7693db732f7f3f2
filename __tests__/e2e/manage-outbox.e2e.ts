/**
 * Browser test of the e-mail outbox (#10 §8). An administrator (Claire Dubois):
 * - makes a waiting-list promotion happen through the API (a session with one seat, a second learner waiting,
 *   the first one removed): the promoted learner's notification queues an e-mail, which stays PENDING (this
 *   server runs with no SMTP_URL, the embedded default);
 * - opens « Boîte d’envoi » from the navigation, finds the e-mail by its recipient, filtered by state, in the URL;
 * - opens it: recipient, state, subject, the text, and the HTML source (a title with markup is escaped in it);
 * - axe finds no serious or critical violation on both pages, at 1280 and 768 px (look.ts).
 *
 *   BASE_URL=http://127.0.0.1:3000 node scripts/run.js __tests__/e2e/manage-outbox.e2e.ts
 */
import { randomBytes } from 'node:crypto';
import { BASE_URL, noCspViolation, noOutsideRequest, runBrowserChecks } from './browser';
import { look } from './look';
import { ADMIN, api, DEMO_PASSWORD, submitSignInForm } from './sign-in';

const tag = randomBytes(3).toString('hex');
const SESSION = `Session <b>${tag}</b> & co`;

runBrowserChecks({}, ({ page }) => {
  const h1 = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
  let mailSubject = '';
  return [
    {
      name: 'a waiting-list promotion queues an e-mail to the promoted learner',
      run: async () => {
        await submitSignInForm(page, ADMIN.email, DEMO_PASSWORD, '/login?callbackUrl=%2Fmanage');
        await page.waitForURL(`${BASE_URL}/manage`);
        const { trainings } = await api<{ trainings: { nodes: { id: string }[] } }>(page, `query { trainings(first: 1) { nodes { id } } }`);
        const { createSession } = await api<{ createSession: { id: string } }>(
          page,
          `mutation { createSession(input: { trainingId: "${trainings.nodes[0].id}", title: ${JSON.stringify(SESSION)}, startDate: "2027-01-10T08:00:00Z", endDate: "2027-02-10T17:00:00Z", maxUsers: 1 }) { id } }`,
        );
        const people: string[] = [];
        for (const name of ['Premier', 'Second']) {
          const { createUser } = await api<{ createUser: { id: string } }>(
            page,
            `mutation { createUser(input: { email: "outbox-${name.toLowerCase()}-${tag}@example.org", firstName: "Élise ${name}", lastName: "Boîte ${tag}" }) { id } }`,
          );
          people.push(createUser.id);
        }
        const seats: { id: string; state: string }[] = [];
        for (const userId of people) {
          const { addInscription } = await api<{ addInscription: { id: string; state: string } }>(
            page,
            `mutation { addInscription(input: { sessionId: "${createSession.id}", userId: "${userId}", role: LEARNER }) { id state } }`,
          );
          seats.push(addInscription);
        }
        if (seats.map((s) => s.state).join() !== 'CONFIRMED,WAITLISTED') throw new Error(`unexpected states ${JSON.stringify(seats)}`);
        await api(page, `mutation { removeInscription(id: "${seats[0].id}") { id } }`);
        mailSubject = `Une place s’est libérée : ${SESSION}`;
      },
    },
    {
      name: 'the administrator opens the outbox from the navigation and finds the e-mail, pending',
      run: async () => {
        await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Boîte d’envoi' }).click();
        await h1('Boîte d’envoi').waitFor();
        await page.getByRole('searchbox', { name: 'Destinataire' }).fill(`outbox-second-${tag}`);
        await page.waitForURL((url) => url.searchParams.get('q') === `outbox-second-${tag}`);
        const table = page.getByRole('table', { name: 'E-mails de la boîte d’envoi' });
        const row = table.getByRole('row', { name: new RegExp(`Élise Second Boîte ${tag}`) });
        await row.getByText(mailSubject, { exact: true }).waitFor();
        await row.getByText('En attente').waitFor();
        await page.getByText('1 résultat').first().waitFor().catch(() => undefined);
        await look(page, 'outbox');
        await page.getByRole('combobox', { name: 'État' }).click();
        await page.getByRole('option', { name: 'Envoyé' }).click();
        await page.waitForURL((url) => url.searchParams.get('state') === 'SENT');
        await page.getByText('Aucun e-mail ne correspond à ces filtres.').waitFor();
        await look(page, 'outbox-empty');
        await page.getByRole('button', { name: 'Effacer les filtres' }).click();
        await page.waitForURL((url) => !url.searchParams.get('q') && !url.searchParams.get('state'));
      },
    },
    {
      name: 'opens it: recipient, state, text, and the HTML source with the values escaped',
      run: async () => {
        await page.getByRole('searchbox', { name: 'Destinataire' }).fill(`outbox-second-${tag}`);
        await page.waitForURL((url) => url.searchParams.get('q') === `outbox-second-${tag}`);
        await page.getByRole('link', { name: `Élise Second Boîte ${tag}` }).click();
        await h1(mailSubject).waitFor();
        await page.getByText(`Élise Second Boîte ${tag} <outbox-second-${tag}@example.org>`).waitFor();
        await page.getByText('En attente', { exact: true }).first().waitFor();
        await page.getByText('Bonjour Élise Second,').first().waitFor();
        // The session's title holds <b>…</b>: the e-mail's HTML has it escaped, and the page shows that source as text.
        await page.getByRole('heading', { level: 2, name: 'Source HTML' }).waitFor();
        await page.getByText(`&lt;b&gt;${tag}&lt;/b&gt; &amp; co`, { exact: false }).first().waitFor();
        if (await page.locator('b', { hasText: tag }).count()) throw new Error('markup from a value reached the page');
        if (await page.getByRole('button', { name: 'Renvoyer' }).count()) throw new Error('« Renvoyer » shown for a pending e-mail');
        await look(page, 'outbox-mail');
      },
    },
    noCspViolation(),
    noOutsideRequest(),
  ];
});
