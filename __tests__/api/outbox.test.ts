/**
 * #10 §8: notifications queue their e-mail in the transaction of the action (rolled back with it), worded in
 * the recipient's language with every value escaped in the html part; the outbox API is for administrators
 * (managers: FORBIDDEN for the list, NOT_FOUND for one e-mail), and « Renvoyer » queues a FAILED one again.
 */
import { Actor, systemActor } from '../../domain/actor';
import { notify } from '../../domain/notifications';
import { enqueueMails } from '../../domain/outbox';
import { inTransaction } from '../../domain/transaction';
import { MailState, Notification, NotificationKind, OutboxMail } from '../../entities';
import { managerActor } from '../support/actors';
import { firstError, openTestApi, TestApi } from '../support/api';
import { factories } from '../support/factories';

jest.setTimeout(60_000);

const NOW = new Date('2026-03-02T08:00:00Z');
let api: TestApi;
let f: ReturnType<typeof factories>;
const admin: Actor = { kind: 'user', userId: 1, isAdmin: true };
const as = (userId: string): Actor => ({ kind: 'user', userId: Number(userId), isAdmin: false });

beforeAll(async () => {
  api = await openTestApi(NOW);
  f = factories(api);
});
afterAll(() => api.close());

const ctx = () => ({ manager: api.dataSource.manager, clock: api.clock, actor: systemActor });
const mailsTo = (userId: string) => api.dataSource.manager.find(OutboxMail, { where: { userId: Number(userId) }, order: { id: 'ASC' } });

/** A public session with one seat, of a fresh organisation, and its manager. */
async function world(title = `Session ${Math.random().toString(36).slice(2, 8)}`) {
  const organisationId = await f.organisation();
  const managerId = await f.user();
  await api.ok(`mutation($u: ID!, $o: ID!) { setMembership(userId: $u, organisationId: $o, role: MANAGER) { role } }`, { u: managerId, o: organisationId });
  const trainingId = await f.training({ organisationIds: [organisationId] });
  const sessionId = await f.session({ trainingId, title, publicRegistration: true, publicUnregistration: true, maxUsers: 1 });
  return { sessionId, manager: managerActor(managerId, organisationId) };
}

describe('notify() e-mails (#10 §8)', () => {
  it('a waiting-list promotion queues an e-mail to the promoted learner, in their language, values escaped in the html', async () => {
    const { sessionId } = await world('Sécurité <script>alert(1)</script> & co');
    const a = await f.user();
    const b = await f.user({ locale: 'en', firstName: 'Zoë' });
    await api.ok(`mutation($id: ID!) { registerToSession(sessionId: $id) { id } }`, { id: sessionId }, as(a));
    await api.ok(`mutation($id: ID!) { registerToSession(sessionId: $id) { id } }`, { id: sessionId }, as(b));
    expect(await mailsTo(b)).toEqual([]);
    await api.ok(`mutation($id: ID!) { unregisterFromSession(sessionId: $id) { id } }`, { id: sessionId }, as(a));

    const [mail] = await mailsTo(b);
    expect(mail).toMatchObject({ purpose: 'NOTIFICATION', state: MailState.PENDING, attempts: 0, sessionId: Number(sessionId), eventId: null });
    expect(mail.toAddress).toMatch(/^user-.*@example\.org$/);
    expect(mail.subject).toBe('A seat is free for you: Sécurité <script>alert(1)</script> & co');
    expect(mail.text).toContain('Hello Zoë,');
    expect(mail.text).toContain('A seat freed up: you are registered to “Sécurité <script>alert(1)</script> & co”.');
    expect(mail.html).toContain('Sécurité &lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
    expect(mail.html).not.toContain('<script>');
    expect(mail.nextAttemptAt.toISOString()).toBe(NOW.toISOString());
  });

  it('French by default, and an event notice names the séance and its date in the location’s zone', async () => {
    const { sessionId } = await world('Premiers secours');
    const locationId = await f.location('America/Toronto');
    const eventId = await f.event(sessionId, { name: 'Atelier pratique', locationId, startAt: '2026-03-10T14:00:00Z', endAt: '2026-03-10T17:00:00Z' });
    const learner = await f.user({ firstName: 'Élodie' });
    await notify(ctx(), [{ userId: Number(learner), kind: NotificationKind.PROMOTED, sessionId: Number(sessionId), eventId: Number(eventId) }]);
    const [mail] = await mailsTo(learner);
    expect(mail.subject).toBe('Une place s’est libérée : Premiers secours');
    expect(mail.text).toContain('Bonjour Élodie,');
    // The French messages use no-break spaces inside « ».
    expect(mail.text.replace(/\s/g, ' ')).toContain('à la séance « Atelier pratique » de « Premiers secours »');
    expect(mail.text).toContain('Séance du mardi 10 mars 2026 à 10:00 (fuseau America/Toronto).');
    expect(mail.eventId).toBe(Number(eventId));
  });

  it('is written in the transaction of the action: rolled back with it, notification and e-mail alike', async () => {
    const { sessionId } = await world();
    const learner = await f.user();
    await expect(
      inTransaction(ctx(), async (tx) => {
        await notify(tx, [{ userId: Number(learner), kind: NotificationKind.ACCEPTED, sessionId: Number(sessionId) }]);
        expect(await tx.manager.countBy(OutboxMail, { userId: Number(learner) })).toBe(1);
        throw new Error('the action failed');
      }),
    ).rejects.toThrow('the action failed');
    expect(await mailsTo(learner)).toEqual([]);
    expect(await api.dataSource.manager.countBy(Notification, { userId: Number(learner) })).toBe(0);
  });
});

describe('the outbox API (#10 §8)', () => {
  const LIST = `query($filter: OutboxMailFilter, $first: Int, $after: String) { outboxMails(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { endCursor hasNextPage } nodes { id toAddress subject state attachmentNames viewerCan { retry } } } }`;
  const ONE = `query($id: ID!) { outboxMail(id: $id) { id toAddress toName subject text html state attempts lastError createdAt sentAt nextAttemptAt messageId attachmentNames viewerCan { retry } } }`;
  const RETRY = `mutation($id: ID!) { retryOutboxMail(id: $id) { id state attempts nextAttemptAt viewerCan { retry } } }`;
  let ids: string[];

  beforeAll(async () => {
    // DELETE, not TRUNCATE (clear): MariaDB refuses to truncate a table others reference (invitation_sending).
    await api.dataSource.manager.createQueryBuilder().delete().from(OutboxMail).execute();
    const queued = await enqueueMails(ctx(), [
      { purpose: 'MESSAGE', toAddress: 'anne.dupont@example.org', toName: 'Anne Dupont', subject: 'Un', text: 'un' },
      {
        purpose: 'INVITATION',
        toAddress: 'bruno@example.org',
        toName: 'Bruno Martin',
        subject: 'Deux',
        text: 'deux',
        attachments: [{ filename: 'invitation.ics', contentType: 'text/calendar', content: Buffer.from('BEGIN:VCALENDAR') }],
      },
      { purpose: 'MESSAGE', toAddress: 'chloe@example.org', toName: 'Chloé 100%_off', subject: 'Trois', text: 'trois' },
    ]);
    ids = queued.map((m) => String(m.id));
    await api.dataSource.manager.update(OutboxMail, { id: Number(ids[0]) }, { state: MailState.FAILED, attempts: 8, lastError: '451 try again later' });
  });

  it('administrators list it newest first, filter by state and search the recipient (wildcards literal), paginated', async () => {
    const all = (await api.ok(LIST, {}, admin)).outboxMails;
    expect(all.totalCount).toBe(3);
    expect(all.nodes.map((n: { id: string }) => n.id)).toEqual([...ids].reverse());
    expect(all.nodes[1]).toMatchObject({ attachmentNames: ['invitation.ics'], state: 'PENDING', viewerCan: { retry: false } });
    const failed = (await api.ok(LIST, { filter: { state: 'FAILED' } }, admin)).outboxMails;
    expect(failed.nodes).toEqual([expect.objectContaining({ id: ids[0], viewerCan: { retry: true } })]);
    expect((await api.ok(LIST, { filter: { search: 'DUPONT' } }, admin)).outboxMails.nodes.map((n: { id: string }) => n.id)).toEqual([ids[0]]);
    expect((await api.ok(LIST, { filter: { search: 'bruno@' } }, admin)).outboxMails.nodes.map((n: { id: string }) => n.id)).toEqual([ids[1]]);
    expect((await api.ok(LIST, { filter: { search: '100%_' } }, admin)).outboxMails.totalCount).toBe(1);
    expect((await api.ok(LIST, { filter: { search: '%' } }, admin)).outboxMails.totalCount).toBe(1);
    const first = (await api.ok(LIST, { first: 2 }, admin)).outboxMails;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await api.ok(LIST, { first: 2, after: first.pageInfo.endCursor }, admin)).outboxMails;
    expect(second.nodes.map((n: { id: string }) => n.id)).toEqual([ids[0]]);
  });

  it('administrators open one e-mail with its text, html, dates, error and attachment names', async () => {
    const mail = (await api.ok(ONE, { id: ids[0] }, admin)).outboxMail;
    expect(mail).toMatchObject({ toAddress: 'anne.dupont@example.org', toName: 'Anne Dupont', state: 'FAILED', attempts: 8, lastError: '451 try again later', sentAt: null, attachmentNames: [] });
    expect(mail.messageId).toMatch(/^<.+@.+>$/);
    expect(mail.createdAt).toBe(NOW.toISOString());
  });

  it('others: FORBIDDEN for the list, NOT_FOUND for an e-mail and its retry; anonymous UNAUTHENTICATED', async () => {
    const { manager } = await world();
    expect(firstError(await api.run(LIST, {}, manager))).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ADMIN' });
    expect(firstError(await api.run(ONE, { id: ids[0] }, manager))).toMatchObject({ code: 'NOT_FOUND' });
    expect(firstError(await api.run(RETRY, { id: ids[0] }, manager))).toMatchObject({ code: 'NOT_FOUND' });
    const learner = await f.user();
    expect(firstError(await api.run(ONE, { id: ids[1] }, as(learner)))).toMatchObject({ code: 'NOT_FOUND' });
    expect(firstError(await api.run(LIST, {}, { kind: 'anonymous' }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await api.dataSource.manager.findOneByOrFail(OutboxMail, { id: Number(ids[0]) })).state).toBe(MailState.FAILED);
    expect(firstError(await api.run(ONE, { id: '999999' }, admin))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('« Renvoyer » queues a FAILED e-mail again, due now with a full set of attempts; not a pending or sent one', async () => {
    expect(firstError(await api.run(RETRY, { id: ids[1] }, admin))).toMatchObject({ code: 'CONFLICT', reason: 'MAIL_NOT_FAILED', field: 'id' });
    api.clock.set(new Date('2026-03-02T09:30:00Z'));
    const retried = (await api.ok(RETRY, { id: ids[0] }, admin)).retryOutboxMail;
    expect(retried).toEqual({ id: ids[0], state: 'PENDING', attempts: 0, nextAttemptAt: '2026-03-02T09:30:00.000Z', viewerCan: { retry: false } });
    expect(firstError(await api.run(RETRY, { id: ids[0] }, admin))).toMatchObject({ code: 'CONFLICT', reason: 'MAIL_NOT_FAILED' });
    api.clock.set(NOW);
  });
});
