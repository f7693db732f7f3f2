/**
 * Browser test of messaging the learners (R13, #10 §8, seed 002 « l'enveloppe »):
 * - a manager (Isabelle Moreau) has a session with two learners (Camille Martin, Lucas Bernard) and an event
 *   Camille is registered to; on the session page she opens « Envoyer un message », sends with an empty body
 *   (the API's error shows next to the field, the subject is kept), then sends it both ways (inbox and e-mail):
 *   « Message envoyé à 2 apprenants, 2 e-mails en file d'attente », and the sent list shows it;
 * - from the event page she sends an internal message to the event's registrants (Camille only);
 * - the database holds the two inbox rows and the two e-mails in the outbox for the first message;
 * - Camille signs in: the header's envelope counts 2 unread messages; on /me she opens the first one, which is
 *   marked read (the count drops to 1);
 * - axe finds no serious or critical violation on the dialog, the session page and /me, at 1280 and 768 px.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Like } from 'typeorm';
import { MessageRecipient, OutboxMail } from '../../entities';
import { dataSourceOptions, openDataSource } from '../../server/db';
import { BASE_URL, noOutsideRequest, runBrowserChecks } from './browser';
import { look } from './look';
import { api, type Created, LEARNER, signIn, signInAs } from './sign-in';

const MANAGER = { email: 'isabelle.moreau@example.org' };
const OTHER_LEARNER = { email: 'lucas.bernard@example.org' };
const tag = randomBytes(3).toString('hex').toUpperCase();
const SESSION = `Session messages ${tag}`;
const EVENT = `Séance messages ${tag}`;
const SUBJECT = `Salle changée ${tag}`;
const EVENT_SUBJECT = `Apportez vos notes ${tag}`;

runBrowserChecks({}, ({ page, context }) => {
  let sessionId = '';
  let eventId = '';
  const dialog = () => page.getByRole('dialog');

  return [
    {
      name: 'the manager has a session with two learners and an event one of them is registered to',
      run: async () => {
        await signInAs(page, MANAGER.email, '/manage');
        const { viewer } = await api<{ viewer: { managedOrganisations: { id: string; name: string }[] } }>(page, '{ viewer { managedOrganisations { id name } } }');
        const udl = viewer.managedOrganisations.find((o) => o.name === 'Université de Lyon')!;
        const { createTraining } = await api<Created<'createTraining'>>(
          page,
          `mutation { createTraining(input: { code: "MSG-${tag}", title: "Messages ${tag}", organisationIds: ["${udl.id}"] }) { id } }`,
        );
        const { createSession } = await api<Created<'createSession'>>(
          page,
          `mutation { createSession(input: { trainingId: "${createTraining.id}", title: "${SESSION}", startDate: "2030-03-02T08:00:00Z",
            endDate: "2030-06-30T16:00:00Z", eventInscriptionMode: MANUAL }) { id } }`,
        );
        sessionId = createSession.id;
        for (const email of [LEARNER.email, OTHER_LEARNER.email])
          await api(page, `mutation { addInscription(input: { sessionId: "${sessionId}", email: "${email}", role: LEARNER }) { id } }`);
        const { createEvent } = await api<Created<'createEvent'>>(
          page,
          `mutation { createEvent(input: { sessionId: "${sessionId}", name: "${EVENT}", startAt: "2030-03-05T08:00:00Z", endAt: "2030-03-05T11:00:00Z" }) { id } }`,
        );
        eventId = createEvent.id;
        await api(page, `mutation { addInscription(input: { eventId: "${eventId}", email: "${LEARNER.email}", role: LEARNER }) { id } }`);
      },
    },
    {
      name: "« Envoyer un message » on the session page: an empty body is refused next to the field, then it is sent both ways",
      run: async () => {
        await page.goto(`${BASE_URL}/manage/sessions/${sessionId}`, { waitUntil: 'load' });
        await page.getByRole('heading', { level: 1, name: SESSION }).waitFor();
        await page.getByText('Aucun message envoyé pour l’instant.', { exact: false }).waitFor();
        await page.getByRole('button', { name: 'Envoyer un message' }).click();
        await dialog().getByRole('heading', { name: `Message aux apprenants de « ${SESSION} »` }).waitFor();
        await dialog().getByRole('textbox', { name: 'Objet' }).fill(SUBJECT);
        await dialog().getByRole('textbox', { name: 'Message' }).fill('   ');
        await dialog().getByRole('button', { name: 'Envoyer', exact: true }).click();
        await dialog().getByText('Ce champ est obligatoire.').waitFor();
        if ((await dialog().getByRole('textbox', { name: 'Objet' }).inputValue()) !== SUBJECT) throw new Error('the subject was not kept');
        await look(page, 'send-message-dialog');
        await dialog().getByRole('textbox', { name: 'Message' }).fill('Bonjour,\nrendez-vous en salle B12 <à 9 h>.');
        if (!(await dialog().getByRole('radio', { name: /Les deux/ }).isChecked())) throw new Error('« les deux » is not the default');
        await dialog().getByRole('button', { name: 'Envoyer', exact: true }).click();
        await dialog().getByRole('status').getByText('Message envoyé à 2 apprenants, 2 e-mails en file d’attente.').waitFor();
        await dialog().getByRole('button', { name: 'Fermer', exact: true }).last().click();
        const sent = page.getByRole('region', { name: 'Messages envoyés' });
        await sent.getByText(SUBJECT).waitFor();
        await sent.getByText('2 e-mails').waitFor();
        await look(page, 'session-sent-messages');
      },
    },
    {
      name: "from the event page, an internal message to the event's registrants only",
      run: async () => {
        await page.goto(`${BASE_URL}/manage/events/${eventId}`, { waitUntil: 'load' });
        await page.getByRole('heading', { level: 1, name: EVENT }).waitFor();
        await page.getByRole('button', { name: 'Envoyer un message' }).click();
        await dialog().getByRole('heading', { name: `Message aux inscrits de la séance « ${EVENT} »` }).waitFor();
        await dialog().getByRole('textbox', { name: 'Objet' }).fill(EVENT_SUBJECT);
        await dialog().getByRole('textbox', { name: 'Message' }).fill('Pensez à vos notes.');
        await dialog().getByRole('radio', { name: /Messagerie interne/ }).check();
        await dialog().getByRole('button', { name: 'Envoyer', exact: true }).click();
        await dialog().getByRole('status').getByText('Message envoyé à 1 apprenant dans la messagerie interne.').waitFor();
        await dialog().getByRole('button', { name: 'Fermer', exact: true }).last().click();
      },
    },
    {
      name: 'the database holds the inbox rows and the e-mails of the outbox',
      run: async () => {
        const dataSource = await openDataSource(dataSourceOptions(), { migrate: false });
        try {
          // The e-mail's subject is the EMAIL template's, then the message's (domain/messages.ts).
          const mailsAbout = (subject: string) => dataSource.manager.findBy(OutboxMail, { purpose: 'MESSAGE', subject: Like(`% — ${subject}`) });
          const mails = await mailsAbout(SUBJECT);
          const addresses = mails.map((m) => m.toAddress).sort();
          if (JSON.stringify(addresses) !== JSON.stringify([LEARNER.email, OTHER_LEARNER.email].sort()))
            throw new Error(`outbox: ${JSON.stringify(addresses)}`);
          if (!mails.every((m) => m.purpose === 'MESSAGE' && m.html?.includes('&lt;à 9 h&gt;'))) throw new Error('the e-mails are not the escaped message');
          if ((await mailsAbout(EVENT_SUBJECT)).length) throw new Error('an internal message queued an e-mail');
          const rows = await dataSource.manager
            .createQueryBuilder(MessageRecipient, 'r')
            .innerJoin('r.message', 'm')
            .where('m.sessionId = :sessionId', { sessionId: Number(sessionId) })
            .getCount();
          if (rows !== 3) throw new Error(`inbox rows: ${rows}`);
        } finally {
          await dataSource.destroy();
        }
      },
    },
    {
      name: 'the learner signs in: the envelope counts 2 unread messages; on /me she opens one, which is marked read',
      run: async () => {
        await context.clearCookies();
        await signIn(page, LEARNER);
        const envelope = page.getByRole('link', { name: 'Mes messages, 2 non lus' });
        await envelope.waitFor();
        await envelope.click();
        await page.waitForURL(`${BASE_URL}/me#my-messages`);
        const inbox = page.locator('#my-messages');
        const first = inbox.getByRole('button', { name: new RegExp(EVENT_SUBJECT) });
        await first.waitFor();
        await inbox.getByRole('button', { name: new RegExp(SUBJECT) }).waitFor();
        await look(page, 'me-messages');
        await inbox.getByRole('button', { name: new RegExp(SUBJECT) }).click();
        await inbox.getByText('rendez-vous en salle B12 <à 9 h>.', { exact: false }).waitFor();
        await page.getByRole('link', { name: 'Mes messages, 1 non lu' }).waitFor();
        await look(page, 'me-message-open');
        await page.reload({ waitUntil: 'load' });
        await page.getByRole('link', { name: 'Mes messages, 1 non lu' }).waitFor();
      },
    },
    noOutsideRequest(),
  ];
});
