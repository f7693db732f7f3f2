import ICAL from 'ical.js';
import { Actor, anonymousActor } from '../../domain/actor';
import { Inscription, InscriptionRole, InscriptionState, InvitationSending, OutboxMail, User } from '../../entities';
import { calendarFile } from '../../server/calendar-files';
import { managerActor } from '../support/actors';
import { firstError, openTestApi, TestApi } from '../support/api';
import { factories } from '../support/factories';
import { learnerDocument, type LearnerDocumentKind, runtimeAs } from '../support/learner-documents';
import { recordStatements } from '../support/statements';

// #10 §5: invitations (convocations) go by e-mail through the outbox with the feeds' .ics, are recorded as
// evidence, are refused after the end (R4), and download as a PDF, scoped like everything else.
const ORIGIN = 'http://cursus.test';
// Reading a PDF back starts a node process (support/pdf-text.ts): slow on a busy machine.
jest.setTimeout(60_000);

let api: TestApi;
let f: ReturnType<typeof factories>;
const savedUrl = process.env.NEXTAUTH_URL;

beforeAll(async () => {
  // The calendar UIDs are unique in the declared site address (graphql/resolvers/invitation.resolver.ts).
  process.env.NEXTAUTH_URL = ORIGIN;
  api = await openTestApi(new Date('2026-03-02T08:00:00Z'));
  f = factories(api);
});
afterAll(async () => {
  process.env.NEXTAUTH_URL = savedUrl;
  await api.close();
});

const user = (userId: string): Actor => ({ kind: 'user', userId: Number(userId), isAdmin: false });

const pdf = (kind: LearnerDocumentKind, id: string, actor: Actor, query = '') => learnerDocument(api, kind, id, actor, query);

const uidsOf = (ics: string) =>
  new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((vevent) => String(vevent.getFirstPropertyValue('uid')));

/** An organisation with its manager, a training of it (automatic events), a session with two learners and an event. */
async function world(overrides: Record<string, unknown> = {}) {
  const organisationId = await f.organisation();
  const managerId = await f.user();
  const manager = managerActor(managerId, organisationId);
  const trainingId = await f.training({ organisationIds: [organisationId], eventInscriptionMode: 'AUTOMATIC', ...overrides });
  const sessionId = await f.session({ trainingId });
  const helene = await f.user({ firstName: 'Hélène', lastName: 'Dupré <b>gras</b>', locale: 'fr' });
  const john = await f.user({ firstName: 'John', lastName: 'Smith', locale: 'en' });
  for (const userId of [helene, john]) await f.inscription({ sessionId, userId });
  const locationId = await f.location('Europe/Paris', { name: 'Salle Molière' });
  const eventId = await f.event(sessionId, { name: 'Séance d’ouverture', locationId });
  return { organisationId, manager, managerId, trainingId, sessionId, eventId, helene, john };
}

const SEND_EVENT = `mutation($eventId: ID!, $userIds: [ID!]) {
  sendEventInvitations(eventId: $eventId, userIds: $userIds) {
    id kind toAddress toName subject locale templateName templateId outboxMailId sentAt user { id } sentBy { id } event { id } session { id }
  }
}`;
const SEND_SESSION = `mutation($sessionId: ID!) { sendSessionInvitations(sessionId: $sessionId) { id outboxMailId user { id } } }`;

const outboxOf = (eventId: string) => api.dataSource.manager.find(OutboxMail, { where: { eventId: Number(eventId) }, order: { id: 'ASC' } });
const attachmentsOf = (mail: OutboxMail) =>
  (JSON.parse(mail.attachments ?? '[]') as { filename: string; contentType: string; content: string }[]).map((a) => ({
    ...a,
    text: Buffer.from(a.content, 'base64').toString('utf8'),
  }));

describe('sending an event’s invitation', () => {
  it('queues one e-mail per confirmed learner in their language, with the feed’s UID in the .ics, and records each sending', async () => {
    const w = await world();
    const data = await api.ok(SEND_EVENT, { eventId: w.eventId }, w.manager);
    const sent = data.sendEventInvitations as Record<string, any>[];
    expect(sent).toHaveLength(2);
    const mails = await outboxOf(w.eventId);
    expect(mails.map((m) => m.userId).sort()).toEqual([Number(w.helene), Number(w.john)].sort());
    expect(mails.every((m) => m.purpose === 'INVITATION' && m.state === 'PENDING' && m.sessionId === Number(w.sessionId))).toBe(true);

    const helene = mails.find((m) => m.userId === Number(w.helene))!;
    // Placeholders filled; in the HTML the learner's name cannot inject markup.
    expect(helene.text).toContain('Hélène');
    expect(helene.text).toContain('Séance d’ouverture');
    expect(helene.html).toContain('Dupré &lt;b&gt;gras&lt;/b&gt;');
    expect(helene.html).not.toContain('<b>gras');

    // The attachment is the event's entry with the UID of its .ics download (and of the feeds).
    const [attachment] = attachmentsOf(helene);
    expect(attachment).toMatchObject({ filename: 'invitation.ics', contentType: 'text/calendar; charset=utf-8' });
    const download = await calendarFile(runtimeAs(api, w.manager), new Request(`${ORIGIN}/calendar/events/${w.eventId}.ics`), 'event', `${w.eventId}.ics`);
    expect(uidsOf(attachment.text)).toEqual(uidsOf(await download.text()));
    expect(uidsOf(attachment.text)).toEqual([`event-${w.eventId}@cursus.test`]);

    // The audit: to whom, where, when, by whom, with which template, and which e-mail.
    const byUser = new Map(sent.map((s) => [s.user.id, s]));
    expect(byUser.get(w.helene)).toMatchObject({
      kind: 'EVENT_INVITATION',
      toAddress: expect.stringMatching(/@example\.org$/),
      toName: 'Hélène Dupré <b>gras</b>',
      locale: 'fr',
      templateName: 'default fr',
      templateId: null,
      outboxMailId: String(helene.id),
      sentAt: '2026-03-02T08:00:00.000Z',
      sentBy: { id: w.managerId },
      event: { id: w.eventId },
      session: { id: w.sessionId },
    });
    expect(byUser.get(w.john)).toMatchObject({ locale: 'en', templateName: 'default en' });
    expect(byUser.get(w.john)!.subject).toBe(mails.find((m) => m.userId === Number(w.john))!.subject);

    const listed = await api.ok(
      `query($id: ID!) { event(id: $id) { invitations(first: 10) { totalCount nodes { id toName } } invitationSummary { open learners } } }`,
      { id: w.eventId },
      w.manager,
    );
    expect(listed.event.invitations.totalCount).toBe(2);
    expect(listed.event.invitationSummary).toEqual({ open: true, learners: 2 });
  });

  it('sends to one learner only when asked, and refuses someone who is not a confirmed learner, queuing nothing', async () => {
    const w = await world();
    const data = await api.ok(SEND_EVENT, { eventId: w.eventId, userIds: [w.john] }, w.manager);
    expect(data.sendEventInvitations.map((s: { user: { id: string } }) => s.user.id)).toEqual([w.john]);
    expect(await outboxOf(w.eventId)).toHaveLength(1);

    const stranger = await f.user();
    const refused = await api.run(SEND_EVENT, { eventId: w.eventId, userIds: [w.helene, stranger] }, w.manager);
    expect(firstError(refused)).toMatchObject({ code: 'CONFLICT', reason: 'NOT_CONFIRMED_LEARNER', field: 'userIds' });
    expect(await outboxOf(w.eventId)).toHaveLength(1);
  });

  it('is refused once the event has ended (R4), and nothing is queued or recorded', async () => {
    const w = await world();
    api.clock.set(new Date('2026-03-10T11:00:00Z'));
    try {
      const refused = await api.run(SEND_EVENT, { eventId: w.eventId }, w.manager);
      expect(firstError(refused)).toMatchObject({ code: 'CONFLICT', reason: 'INVITATION_AFTER_END', field: 'eventId' });
      const summary = await api.ok(`query($id: ID!) { event(id: $id) { invitationSummary { open learners } } }`, { id: w.eventId }, w.manager);
      expect(summary.event.invitationSummary).toEqual({ open: false, learners: 2 });
    } finally {
      api.clock.set(new Date('2026-03-02T08:00:00Z'));
    }
    expect(await outboxOf(w.eventId)).toHaveLength(0);
    expect(await api.dataSource.manager.countBy(InvitationSending, { eventId: Number(w.eventId) })).toBe(0);
  });

  it('answers NOT_FOUND to another organisation’s manager and to a learner, even on a public session', async () => {
    const w = await world({ publicRegistration: true });
    const other = managerActor(await f.user(), await f.organisation());
    for (const actor of [other, user(w.helene)]) {
      const refused = await api.run(SEND_EVENT, { eventId: w.eventId }, actor);
      expect(firstError(refused)).toMatchObject({ code: 'NOT_FOUND' });
    }
    expect(await outboxOf(w.eventId)).toHaveLength(0);
  });

  it('shows the sendings to the staff, and to a learner only their own', async () => {
    const w = await world({ publicRegistration: true });
    await api.ok(SEND_EVENT, { eventId: w.eventId }, w.manager);
    const query = `query($id: ID!) { event(id: $id) { invitations { totalCount nodes { user { id } } } invitationSummary { learners } } }`;
    const mine = await api.ok(query, { id: w.eventId }, user(w.helene));
    expect(mine.event.invitations.nodes).toEqual([{ user: { id: w.helene } }]);
    expect(mine.event.invitationSummary).toBeNull();
    const other = await api.ok(query, { id: w.eventId }, managerActor(await f.user(), await f.organisation()));
    expect(other.event.invitations.totalCount).toBe(0);
  });
});

describe('sending to 500 learners', () => {
  it('queues 500 e-mails and 500 audit rows in one request, with as many SQL statements as for 2', async () => {
    const small = await world();
    const w = await world();
    // 498 more learners written directly: the API's one-by-one registration is not what is looked at here.
    const manager = api.dataSource.manager;
    const stamp = Date.now().toString(36);
    const users = Array.from({ length: 498 }, (_, i) =>
      manager.create(User, { email: `bulk-${stamp}-${i}@example.org`, firstName: `Élève ${i}`, lastName: 'Lefèvre', locale: i % 2 ? 'en' : 'fr', createdAt: new Date() }),
    );
    for (let i = 0; i < users.length; i += 100) await manager.insert(User, users.slice(i, i + 100));
    const inscriptions = users.map((u) => ({
      userId: u.id,
      sessionId: Number(w.sessionId),
      eventId: Number(w.eventId),
      role: InscriptionRole.LEARNER,
      state: InscriptionState.CONFIRMED,
      createdAt: new Date(),
    }));
    for (let i = 0; i < inscriptions.length; i += 100) await manager.insert(Inscription, inscriptions.slice(i, i + 100));
    const statements = recordStatements(api.dataSource);
    const send = async (eventId: string, actor: Actor) => {
      statements.length = 0;
      const data = await api.ok(`mutation($eventId: ID!) { sendEventInvitations(eventId: $eventId) { id } }`, { eventId }, actor);
      return { sent: data.sendEventInvitations.length, statements: statements.length };
    };
    const two = await send(small.eventId, small.manager);
    const many = await send(w.eventId, w.manager);
    expect(two.sent).toBe(2);
    expect(many).toEqual({ sent: 500, statements: two.statements });
    expect(await outboxOf(w.eventId)).toHaveLength(500);
    expect(await manager.countBy(InvitationSending, { eventId: Number(w.eventId) })).toBe(500);
  });
});

describe('sending a session’s invitation', () => {
  it('attaches the session’s open events only, and is refused once every event has ended', async () => {
    const w = await world();
    const later = await f.event(w.sessionId, { name: 'Séance 2', startAt: '2026-03-17T08:00:00Z', endAt: '2026-03-17T11:00:00Z' });
    api.clock.set(new Date('2026-03-12T08:00:00Z'));
    try {
      const data = await api.ok(SEND_SESSION, { sessionId: w.sessionId }, w.manager);
      expect(data.sendSessionInvitations).toHaveLength(2);
      const mail = await api.dataSource.manager.findOneByOrFail(OutboxMail, { id: Number(data.sendSessionInvitations[0].outboxMailId) });
      expect(mail.eventId).toBeNull();
      expect(uidsOf(attachmentsOf(mail)[0].text)).toEqual([`event-${later}@cursus.test`]);
      const rows = await api.dataSource.manager.findBy(InvitationSending, { sessionId: Number(w.sessionId) });
      expect(rows.map((r) => [r.kind, r.eventId])).toEqual([
        ['SESSION_INVITATION', null],
        ['SESSION_INVITATION', null],
      ]);

      api.clock.set(new Date('2026-03-17T11:00:00Z'));
      const refused = await api.run(SEND_SESSION, { sessionId: w.sessionId }, w.manager);
      expect(firstError(refused)).toMatchObject({ code: 'CONFLICT', reason: 'INVITATION_AFTER_END', field: 'sessionId' });
    } finally {
      api.clock.set(new Date('2026-03-02T08:00:00Z'));
    }
  });
});

describe('the invitations PDF', () => {
  it('holds every learner’s invitation for the staff, a learner’s own for them, and 404 / 401 for the others', async () => {
    const w = await world();
    const all = await pdf('event-invitations', w.eventId, w.manager);
    expect(all).toMatchObject({ status: 200, type: 'application/pdf' });
    const text = all.text;
    expect(text).toContain('Hélène');
    expect(text).toContain('John');
    expect(text).toContain('Séance d’ouverture');

    const own = await pdf('event-invitations', w.eventId, user(w.helene));
    expect(own.status).toBe(200);
    const ownText = own.text;
    expect(ownText).toContain('Hélène');
    expect(ownText).not.toContain('John');

    const one = await pdf('session-invitations', w.sessionId, w.manager, `?user=${w.john}`);
    expect(one.status).toBe(200);
    expect(one.text).not.toContain('Hélène');

    expect((await pdf('event-invitations', w.eventId, user(w.helene), `?user=${w.john}`)).status).toBe(404);
    expect((await pdf('event-invitations', w.eventId, user(await f.user()))).status).toBe(404);
    expect((await pdf('event-invitations', w.eventId, managerActor(await f.user(), await f.organisation()))).status).toBe(404);
    expect((await pdf('event-invitations', w.eventId, anonymousActor)).status).toBe(401);
    expect((await pdf('event-invitations', 'x1', w.manager)).status).toBe(404);
    expect((await pdf('event-invitations', w.eventId, w.manager, '?user=x1')).status).toBe(404);
  });
});
