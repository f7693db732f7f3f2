import { randomBytes } from 'node:crypto';
import { Like } from 'typeorm';
import { Actor } from '../../domain/actor';
import { Inscription, InscriptionRole, InscriptionState, Message, MessageRecipient, OutboxMail, User } from '../../entities';
import { managerActor } from '../support/actors';
import { firstError, openTestApi, TestApi } from '../support/api';
import { factories } from '../support/factories';

// R13, #10 §8 (seed 002, « l'enveloppe »): staff message a session's or an event's learners, internally, by
// e-mail (through the outbox, in the same transaction), or both; learners read their own inbox.

let api: TestApi;
let f: ReturnType<typeof factories>;

// Migrating a fresh MariaDB database takes a while on a loaded machine.
jest.setTimeout(30_000);
beforeAll(async () => {
  api = await openTestApi();
  f = factories(api);
}, 120_000);
afterAll(() => api.close());

const user = (id: string): Actor => ({ kind: 'user', userId: Number(id), isAdmin: false });

const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) {
  internalRecipients emailsQueued message { id subject body channels recipientCount emailCount createdAt sender { id } event { id } } } }`;
const SENT = `query($sessionId: ID!) { sessionMessages(sessionId: $sessionId) { totalCount nodes { id subject channels recipientCount emailCount event { id } } } }`;
const INBOX = `query($unreadOnly: Boolean) { unreadMessageCount myMessages(first: 10, unreadOnly: $unreadOnly) {
  totalCount nodes { id subject body read sentAt sender { id firstName } session { id } event { id } } } }`;
const ONE = `query($id: ID!) { myMessage(id: $id) { id subject read } }`;
const MARK = `mutation($ids: [ID!]) { markMessagesRead(ids: $ids) }`;

/**
 * A session of one organisation with its manager, a trainer, three confirmed learners (one also registered to
 * the event), a pending learner, and a manager of another organisation.
 */
async function setting() {
  const org = await f.organisation();
  const otherOrg = await f.organisation();
  const trainingId = await f.training({ organisationIds: [org] });
  const sessionId = await f.session({ trainingId, registrationValidation: false });
  const [manager, outsider, trainer, a, b, c] = await Promise.all([f.user(), f.user(), f.user(), f.user(), f.user(), f.user({ locale: 'en' })]);
  for (const learner of [a, b, c]) await f.inscription({ sessionId, userId: learner });
  await f.inscription({ sessionId, userId: trainer, role: 'TRAINER' });
  const pendingId = await f.user();
  await api.dataSource.manager.insert(Inscription, {
    userId: Number(pendingId), sessionId: Number(sessionId), eventId: null, role: InscriptionRole.LEARNER, state: InscriptionState.PENDING, createdAt: new Date(),
  });
  const eventId = await f.event(sessionId, { inscriptionMode: 'MANUAL' });
  await f.inscription({ sessionId, eventId, userId: a });
  return { org, sessionId, eventId, trainer, learners: [a, b, c], pendingId, managerOf: managerActor(manager, org), outsider: managerActor(outsider, otherOrg), managerId: manager };
}

const send = (input: Record<string, unknown>, actor: Actor) => api.ok(SEND, { input }, actor).then((d) => d.sendMessage);
// The e-mail's subject is the EMAIL template's, then the message's (domain/messages.ts).
const outboxOf = (messageSubject: string) =>
  api.dataSource.manager.find(OutboxMail, { where: { purpose: 'MESSAGE', subject: Like(`% — ${messageSubject}`) }, order: { toAddress: 'ASC' } });
const recipientsOf = (messageId: string) => api.dataSource.manager.findBy(MessageRecipient, { messageId: Number(messageId) });
const emailOf = async (id: string) => (await api.dataSource.manager.findOneByOrFail(User, { id: Number(id) })).email;
const unique = () => randomBytes(4).toString('hex');

describe('R13 — sending', () => {
  it("both ways: every confirmed learner of the session gets it in their inbox and by e-mail, queued in the outbox; the pending one and the trainer do not", async () => {
    const s = await setting();
    const subject = `Salle changée ${unique()}`;
    const result = await send({ sessionId: s.sessionId, subject, body: 'Rendez-vous en B12.\n<script>alert(1)</script> & « à bientôt »', channels: 'BOTH' }, s.managerOf);
    expect(result).toMatchObject({ internalRecipients: 3, emailsQueued: 3, message: { subject, channels: 'BOTH', recipientCount: 3, emailCount: 3, sender: { id: s.managerId }, event: null } });

    const recipients = await recipientsOf(result.message.id);
    expect(recipients.map((r) => String(r.userId)).sort()).toEqual([...s.learners].sort());
    const mails = await outboxOf(subject);
    expect(mails.map((m) => m.toAddress).sort()).toEqual((await Promise.all(s.learners.map(emailOf))).sort());
    for (const mail of mails) {
      expect(mail).toMatchObject({ purpose: 'MESSAGE', state: 'PENDING', sessionId: Number(s.sessionId), eventId: null });
      expect(mail.text).toContain('<script>alert(1)</script> & « à bientôt »');
      // #10: no value injects markup into the e-mail.
      expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; « à bientôt »');
      expect(mail.html).not.toContain('<script>');
      expect(mail.html).toContain('Rendez-vous en B12.<br>');
    }
    // #10 §4: worded by the shipped EMAIL template in the learner's language, its subject then the message's.
    const english = mails.find((m) => m.userId === Number(s.learners[2]))!;
    expect(english.text).toMatch(/^Hello /);
    expect(english.subject).toMatch(new RegExp(`^\\[.+\\] Message from .+ — ${subject}$`));
    const french = mails.find((m) => m.userId === Number(s.learners[0]))!;
    expect(french.text).toMatch(/^Bonjour /);
    expect(french.subject).toMatch(new RegExp(`^\\[.+\\] Message de .+ — ${subject}$`));
  });

  it("uses the organisation's EMAIL template in the learner's language, else the shipped one", async () => {
    const s = await setting();
    await api.ok(`mutation($input: CreateTemplateInput!) { createTemplate(input: $input) { id } }`, {
      input: { name: `Mail ${unique()}`, kind: 'EMAIL', locale: 'en', organisationId: s.org, subject: 'News of {{ organisation.name }}', body: 'Dear {{ learner.firstName }},\n\n{{ message }}\n\nSee you.' },
    });
    const subject = `Modèle ${unique()}`;
    await send({ sessionId: s.sessionId, subject, body: 'Ligne 1\nLigne 2', channels: 'EMAIL' }, s.managerOf);
    const mails = await outboxOf(subject);
    const english = mails.find((m) => m.userId === Number(s.learners[2]))!;
    expect(english.subject).toMatch(new RegExp(`^News of .+ — ${subject}$`));
    expect(english.text).toMatch(/^Dear .+,\n\nLigne 1\nLigne 2\n\nSee you\.$/);
    expect(english.html).toContain('<p>Ligne 1<br>\nLigne 2</p>');
    // No French template of the organisation: the shipped French one.
    expect(mails.find((m) => m.userId === Number(s.learners[0]))!.text).toMatch(/^Bonjour /);
  });

  it('internal only queues no e-mail; e-mail only writes no inbox row', async () => {
    const s = await setting();
    const internal = await send({ sessionId: s.sessionId, subject: `Interne ${unique()}`, body: 'Texte', channels: 'INTERNAL' }, s.managerOf);
    expect(internal).toMatchObject({ internalRecipients: 3, emailsQueued: 0, message: { recipientCount: 3, emailCount: 0 } });
    expect(await outboxOf(internal.message.subject)).toHaveLength(0);
    expect(await recipientsOf(internal.message.id)).toHaveLength(3);

    const email = await send({ sessionId: s.sessionId, subject: `Mail ${unique()}`, body: 'Texte', channels: 'EMAIL' }, s.managerOf);
    expect(email).toMatchObject({ internalRecipients: 0, emailsQueued: 3, message: { recipientCount: 3, emailCount: 3 } });
    expect(await outboxOf(email.message.subject)).toHaveLength(3);
    expect(await recipientsOf(email.message.id)).toHaveLength(0);
  });

  it("an event's message goes to its confirmed learner registrants only, and the session's trainer may send it", async () => {
    const s = await setting();
    const result = await send({ eventId: s.eventId, subject: `Séance ${unique()}`, body: 'Apportez vos notes', channels: 'BOTH' }, user(s.trainer));
    expect(result).toMatchObject({ internalRecipients: 1, emailsQueued: 1, message: { event: { id: s.eventId }, sender: { id: s.trainer } } });
    expect((await recipientsOf(result.message.id)).map((r) => String(r.userId))).toEqual([s.learners[0]]);
    const [mail] = await outboxOf(result.message.subject);
    expect(mail).toMatchObject({ eventId: Number(s.eventId), sessionId: Number(s.sessionId), toAddress: await emailOf(s.learners[0]) });
  });

  it('refuses an empty subject or body, naming the field, and writes nothing', async () => {
    const s = await setting();
    const before = await api.dataSource.manager.count(Message);
    for (const [input, field] of [
      [{ subject: '  ', body: 'x' }, 'subject'],
      [{ subject: 'x', body: '\n ' }, 'body'],
      [{ subject: 'a\u0000b', body: 'x' }, 'subject'],
      [{ subject: 'x'.repeat(256), body: 'x' }, 'subject'],
    ] as const) {
      const error = firstError(await api.run(SEND, { input: { sessionId: s.sessionId, channels: 'BOTH', ...input } }, s.managerOf));
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(firstError(await api.run(SEND, { input: { subject: 'x', body: 'y', channels: 'BOTH' } }, s.managerOf))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'TARGET_REQUIRED',
    });
    expect(await api.dataSource.manager.count(Message)).toBe(before);
  });

  it("scoping: another organisation's manager gets NOT_FOUND; a learner of the session, FORBIDDEN; anonymous, UNAUTHENTICATED; nothing is written", async () => {
    const s = await setting();
    const before = [await api.dataSource.manager.count(Message), await api.dataSource.manager.count(OutboxMail)];
    const input = { subject: 'x', body: 'y', channels: 'BOTH' };
    expect(firstError(await api.run(SEND, { input: { ...input, sessionId: s.sessionId } }, s.outsider))).toMatchObject({ code: 'NOT_FOUND', field: 'sessionId' });
    expect(firstError(await api.run(SEND, { input: { ...input, eventId: s.eventId } }, s.outsider))).toMatchObject({ code: 'NOT_FOUND', field: 'eventId' });
    expect(firstError(await api.run(SEND, { input: { ...input, sessionId: s.sessionId } }, user(s.learners[0])))).toMatchObject({ code: 'FORBIDDEN' });
    expect(firstError(await api.run(SEND, { input: { ...input, sessionId: s.sessionId } }, { kind: 'anonymous' }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect([await api.dataSource.manager.count(Message), await api.dataSource.manager.count(OutboxMail)]).toEqual(before);
  });

  it('the sent messages of a session, newest first with their counts, for its staff only', async () => {
    const s = await setting();
    const first = await send({ sessionId: s.sessionId, subject: 'Premier', body: 'x', channels: 'INTERNAL' }, s.managerOf);
    const second = await send({ eventId: s.eventId, subject: 'Second', body: 'y', channels: 'EMAIL' }, s.managerOf);
    const expected = {
      totalCount: 2,
      nodes: [
        { id: second.message.id, subject: 'Second', channels: 'EMAIL', recipientCount: 1, emailCount: 1, event: { id: s.eventId } },
        { id: first.message.id, subject: 'Premier', channels: 'INTERNAL', recipientCount: 3, emailCount: 0, event: null },
      ],
    };
    expect((await api.ok(SENT, { sessionId: s.sessionId }, s.managerOf)).sessionMessages).toEqual(expected);
    expect((await api.ok(SENT, { sessionId: s.sessionId }, user(s.trainer))).sessionMessages).toEqual(expected);
    expect(firstError(await api.run(SENT, { sessionId: s.sessionId }, s.outsider))).toMatchObject({ code: 'NOT_FOUND' });
    expect(firstError(await api.run(SENT, { sessionId: s.sessionId }, user(s.learners[0])))).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('R13 — the inbox', () => {
  it('a learner reads their own messages, counts the unread ones, marks them read; nobody reads or marks anyone else’s', async () => {
    const s = await setting();
    const [a, b] = s.learners;
    api.clock.set(new Date('2026-03-02T08:00:00Z'));
    await send({ sessionId: s.sessionId, subject: 'Bienvenue', body: 'Bonjour à tous', channels: 'BOTH' }, s.managerOf);
    api.clock.set(new Date('2026-03-02T09:00:00Z'));
    await send({ eventId: s.eventId, subject: 'Séance 1', body: 'Salle B12', channels: 'INTERNAL' }, s.managerOf);
    await send({ sessionId: s.sessionId, subject: 'Par e-mail', body: 'seulement', channels: 'EMAIL' }, s.managerOf);

    const inbox = await api.ok(INBOX, {}, user(a));
    expect(inbox.unreadMessageCount).toBe(2);
    expect(inbox.myMessages).toMatchObject({
      totalCount: 2,
      nodes: [
        { subject: 'Séance 1', body: 'Salle B12', read: false, sentAt: '2026-03-02T09:00:00.000Z', event: { id: s.eventId }, session: { id: s.sessionId }, sender: { id: s.managerId } },
        { subject: 'Bienvenue', read: false, sentAt: '2026-03-02T08:00:00.000Z', event: null },
      ],
    });
    const [eventMessage, welcome] = inbox.myMessages.nodes;
    const bInbox = await api.ok(INBOX, {}, user(b));
    expect(bInbox.myMessages.nodes.map((n: { subject: string }) => n.subject)).toEqual(['Bienvenue']);

    // Own only: another learner's copy is NOT_FOUND, and marking it changes nothing.
    expect(firstError(await api.run(ONE, { id: welcome.id }, user(b)))).toMatchObject({ code: 'NOT_FOUND' });
    expect(firstError(await api.run(ONE, { id: welcome.id }, s.managerOf))).toMatchObject({ code: 'NOT_FOUND' });
    expect((await api.ok(MARK, { ids: [welcome.id] }, user(b))).markMessagesRead).toBe(0);
    expect((await api.ok(ONE, { id: welcome.id }, user(a))).myMessage).toEqual({ id: welcome.id, subject: 'Bienvenue', read: false });

    expect((await api.ok(MARK, { ids: [welcome.id] }, user(a))).markMessagesRead).toBe(1);
    const after = await api.ok(INBOX, { unreadOnly: true }, user(a));
    expect(after.unreadMessageCount).toBe(1);
    expect(after.myMessages.nodes.map((n: { id: string }) => n.id)).toEqual([eventMessage.id]);
    expect((await api.ok(MARK, {}, user(a))).markMessagesRead).toBe(1);
    expect((await api.ok(INBOX, {}, user(a))).unreadMessageCount).toBe(0);
    expect((await api.ok(INBOX, {}, user(b))).unreadMessageCount).toBe(1);
    expect(firstError(await api.run(INBOX, {}, { kind: 'anonymous' }))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('R13 — set-based writes', () => {
  /** Every SQL statement goes through DataSource.logger.logQuery, whatever the driver or the logging setting. */
  async function countingQueries<T>(work: () => Promise<T>): Promise<{ result: T; queries: number }> {
    const spy = jest.spyOn(api.dataSource.logger, 'logQuery');
    try {
      const result = await work();
      return { result, queries: spy.mock.calls.length };
    } finally {
      spy.mockRestore();
    }
  }

  /** A session of `count` confirmed learners, written straight to the database (the API would take long). */
  async function sessionWithLearners(count: number) {
    const org = await f.organisation();
    const sessionId = await f.session({ trainingId: await f.training({ organisationIds: [org] }) });
    const tag = unique();
    const now = new Date();
    const users = Array.from({ length: count }, (_, i) => ({ email: `bulk-${tag}-${i}@example.org`, firstName: 'Prénom', lastName: `Nom ${i}`, createdAt: now }));
    await api.dataSource.manager.insert(User, users);
    const ids = await api.dataSource.manager.find(User, { where: users.map((u) => ({ email: u.email })), select: { id: true } });
    await api.dataSource.manager.insert(
      Inscription,
      ids.map((u) => ({ userId: u.id, sessionId: Number(sessionId), eventId: null, role: InscriptionRole.LEARNER, state: InscriptionState.CONFIRMED, createdAt: now })),
    );
    return { sessionId, manager: managerActor(await f.user(), org) };
  }

  it('sending to 5 or to 300 learners takes the same number of SQL statements', async () => {
    const small = await sessionWithLearners(5);
    const large = await sessionWithLearners(300);
    const input = { subject: 'Bulk', body: 'Corps', channels: 'BOTH' };
    const a = await countingQueries(() => api.ok(SEND, { input: { ...input, sessionId: small.sessionId } }, small.manager));
    const b = await countingQueries(() => api.ok(SEND, { input: { ...input, sessionId: large.sessionId } }, large.manager));
    expect(a.result.sendMessage).toMatchObject({ internalRecipients: 5, emailsQueued: 5 });
    expect(b.result.sendMessage).toMatchObject({ internalRecipients: 300, emailsQueued: 300 });
    expect(b.queries).toBe(a.queries);
    expect(await recipientsOf(b.result.sendMessage.message.id)).toHaveLength(300);
  });
});
