import ICAL from 'ical.js';
import { Actor, anonymousActor } from '../../domain/actor';
import { CANCELLATION_DAYS } from '../../domain/calendar';
import { CalendarFeed } from '../../entities';
import { createContext } from '../../graphql/context';
import { calendarFile, type CalendarKind } from '../../server/calendar-files';
import type { CursusRuntime } from '../../server/runtime';
import { firstError, openTestApi, TestApi } from '../support/api';
import { factories } from '../support/factories';

// #9 §6: every .ics is read back with ical.js, as a calendar client would: UIDs that stay, SEQUENCEs that
// rise with each change, CANCELLED for what left the calendar, and 404 for anything not found.
let api: TestApi;
let f: ReturnType<typeof factories>;

beforeAll(async () => {
  api = await openTestApi(new Date('2026-03-02T08:00:00Z'));
  f = factories(api);
});
afterAll(() => api.close());

const user = (userId: string): Actor => ({ kind: 'user', userId: Number(userId), isAdmin: false });

/** The route handlers' function, with the test's database, clock and actor in place of a request's. */
async function download(kind: CalendarKind, file: string, actor: Actor = anonymousActor) {
  const runtime = {
    clock: api.clock,
    contextFor: async () => createContext(api.dataSource, actor, api.clock),
  } as unknown as CursusRuntime;
  const response = await calendarFile(runtime, new Request(`http://cursus.test/calendar/${file}`), kind, file);
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

interface Parsed {
  uid: string;
  sequence: number;
  status: string;
  summary: string;
  start: string;
  description: string;
  url: string | null;
}

function parse(text: string): Parsed[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      sequence: event.sequence,
      status: String(vevent.getFirstPropertyValue('status')),
      summary: event.summary,
      start: event.startDate.toJSDate().toISOString(),
      description: event.description ?? '',
      url: (vevent.getFirstPropertyValue('url') as string | null) ?? null,
    };
  });
}

async function publicEvent(overrides: Record<string, unknown> = {}) {
  const trainingId = await f.training({ publicRegistration: true, eventInscriptionMode: 'AUTOMATIC' });
  const sessionId = await f.session({ trainingId });
  const locationId = await f.location('America/Toronto', { name: 'Pavillon des partenaires' });
  const eventId = await f.event(sessionId, { locationId, locationExtra: 'Salle 204', description: 'Apportez un portable', ...overrides });
  return { trainingId, sessionId, eventId };
}

const UPDATE_EVENT = `mutation($id: ID!, $input: UpdateEventInput!) { updateEvent(id: $id, input: $input) { id sequence } }`;

describe('an event’s and a session’s .ics', () => {
  it('keeps the UID across downloads, raises SEQUENCE with each change, and says where and when in UTC', async () => {
    const { eventId } = await publicEvent();
    const first = await download('event', `${eventId}.ics`);
    expect(first).toMatchObject({ status: 200, type: 'text/calendar; charset=utf-8' });
    const again = await download('event', `${eventId}.ics`);
    const [a] = parse(first.text);
    const [b] = parse(again.text);
    expect(a.uid).toBe(b.uid);
    expect(a.uid).toBe(`event-${eventId}@cursus.test`);
    expect(a).toMatchObject({ sequence: 0, status: 'CONFIRMED', start: '2026-03-10T08:00:00.000Z' });
    expect(first.text).toMatch(/DTSTART:20260310T080000Z/);
    expect(a.description).toContain('Pavillon des partenaires');
    expect(a.description).toContain('Salle 204');
    expect(a.url).toBe(`http://cursus.test/catalogue/sessions/${(await api.ok(`query($id: ID!) { event(id: $id) { session { id } } }`, { id: eventId })).event.session.id}#event-${eventId}`);

    await api.ok(UPDATE_EVENT, { id: eventId, input: { name: 'Atelier déplacé', startAt: '2026-03-11T08:00:00Z', endAt: '2026-03-11T10:00:00Z' } });
    const [edited] = parse((await download('event', `${eventId}.ics`)).text);
    expect(edited).toMatchObject({ uid: a.uid, sequence: 1, summary: 'Atelier déplacé', start: '2026-03-11T08:00:00.000Z' });
    await api.ok(UPDATE_EVENT, { id: eventId, input: { description: 'Changée' } });
    expect(parse((await download('event', `${eventId}.ics`)).text)[0].sequence).toBe(2);
  });

  it('holds every event of a session, each with its own UID', async () => {
    const { sessionId, eventId } = await publicEvent();
    const second = await f.event(sessionId, { startAt: '2026-03-17T08:00:00Z', endAt: '2026-03-17T10:00:00Z' });
    const entries = parse((await download('session', `${sessionId}.ics`)).text);
    expect(entries.map((e) => e.uid)).toEqual([`event-${eventId}@cursus.test`, `event-${second}@cursus.test`]);
  });

  it('is scoped like the API: an event of a non-public session is 404 for a visitor, 200 for its learner', async () => {
    const trainingId = await f.training({ eventInscriptionMode: 'AUTOMATIC' });
    const sessionId = await f.session({ trainingId });
    const eventId = await f.event(sessionId);
    const member = await f.user();
    await f.inscription({ sessionId, userId: member });
    expect((await download('event', `${eventId}.ics`)).status).toBe(404);
    expect((await download('session', `${sessionId}.ics`)).status).toBe(404);
    expect((await download('event', `${eventId}.ics`, user(member))).status).toBe(200);
    expect((await download('event', 'x.ics')).status).toBe(404);
    expect((await download('event', `${eventId}99999.ics`)).status).toBe(404);
  });
});

const CREATE_FEED = `mutation { createCalendarFeed { url createdAt } }`;
const secretOf = (url: string) => /\/calendar\/([^/]+)\.ics$/.exec(url)![1];

describe('the private calendar feed', () => {
  async function feedOf(userId: string) {
    const { createCalendarFeed } = await api.ok(CREATE_FEED, {}, user(userId));
    return secretOf(createCalendarFeed.url);
  }

  it('holds my events as learner and as trainer; stores only a hash of its secret', async () => {
    const me = await f.user();
    const { sessionId, eventId } = await publicEvent();
    await f.inscription({ sessionId, userId: me });
    const taughtSession = await f.session({ trainingId: await f.training() });
    await f.inscription({ sessionId: taughtSession, userId: me, role: 'TRAINER' });
    const taught = await f.event(taughtSession, { trainerIds: [me], startAt: '2026-03-20T08:00:00Z', endAt: '2026-03-20T09:00:00Z' });
    await f.event(taughtSession, { startAt: '2026-03-21T08:00:00Z', endAt: '2026-03-21T09:00:00Z' });
    const secret = await feedOf(me);
    const feed = await download('feed', `${secret}.ics`);
    expect(feed.status).toBe(200);
    expect(parse(feed.text).map((e) => e.uid)).toEqual([`event-${eventId}@cursus.test`, `event-${taught}@cursus.test`]);
    const stored = await api.dataSource.manager.findOneByOrFail(CalendarFeed, { userId: Number(me) });
    expect(stored.secretHash).not.toContain(secret);
    expect(JSON.stringify(stored)).not.toContain(secret);
  });

  it('says CANCELLED, with a higher SEQUENCE, for an event I left and for a deleted one; a rejoined event comes back above it', async () => {
    const me = await f.user();
    const { sessionId, eventId } = await publicEvent();
    const other = await f.event(sessionId, { startAt: '2026-03-12T08:00:00Z', endAt: '2026-03-12T10:00:00Z' });
    await f.inscription({ sessionId, userId: me });
    const secret = await feedOf(me);
    const before = parse((await download('feed', `${secret}.ics`)).text);
    expect(before.map((e) => e.status)).toEqual(['CONFIRMED', 'CONFIRMED']);

    // Leaving one event (staff remove the registration).
    const mine = await api.ok(`query($id: ID!) { event(id: $id) { inscriptions(first: 10) { nodes { id user { id } } } } }`, { id: eventId });
    const inscription = mine.event.inscriptions.nodes.find((i: any) => i.user.id === me).id;
    await api.ok(`mutation($id: ID!) { removeInscription(id: $id) { id } }`, { id: inscription });
    // Deleting the other.
    await api.ok(`mutation($id: ID!) { deleteEvent(id: $id) { id } }`, { id: other });
    const after = parse((await download('feed', `${secret}.ics`)).text);
    const byUid = new Map(after.map((e) => [e.uid, e]));
    for (const id of [eventId, other]) {
      const was = before.find((e) => e.uid === `event-${id}@cursus.test`)!;
      const now = byUid.get(`event-${id}@cursus.test`)!;
      expect(now).toMatchObject({ status: 'CANCELLED', uid: was.uid });
      expect(now.sequence).toBeGreaterThan(was.sequence);
    }

    // Back in the event: confirmed again, above the cancellation.
    await f.inscription({ eventId, userId: me });
    const back = parse((await download('feed', `${secret}.ics`)).text).find((e) => e.uid === `event-${eventId}@cursus.test`)!;
    expect(back.status).toBe('CONFIRMED');
    expect(back.sequence).toBeGreaterThan(byUid.get(`event-${eventId}@cursus.test`)!.sequence);
  });

  it(`says CANCELLED for the events of a session I left, and forgets cancellations after ${CANCELLATION_DAYS} days`, async () => {
    const me = await f.user();
    const { sessionId, eventId } = await publicEvent({ startAt: '2026-03-20T08:00:00Z', endAt: '2026-03-20T10:00:00Z' });
    const registration = await f.inscription({ sessionId, userId: me });
    const secret = await feedOf(me);
    await api.ok(`mutation($id: ID!) { removeInscription(id: $id) { id } }`, { id: registration.id });
    expect(parse((await download('feed', `${secret}.ics`)).text)).toMatchObject([{ uid: `event-${eventId}@cursus.test`, status: 'CANCELLED' }]);
    const now = api.clock.now();
    try {
      api.clock.set(new Date(now.getTime() + (CANCELLATION_DAYS + 1) * 86_400_000));
      expect(parse((await download('feed', `${secret}.ics`)).text)).toEqual([]);
    } finally {
      api.clock.set(now);
    }
  });

  it('answers 404 alike for a forged, a replaced and a revoked secret, and for a deactivated account', async () => {
    const me = await f.user();
    const old = await feedOf(me);
    const current = await feedOf(me);
    const forged = `${current.slice(0, -1)}${current.endsWith('A') ? 'B' : 'A'}`;
    const answers = [await download('feed', `${old}.ics`), await download('feed', `${forged}.ics`), await download('feed', 'short.ics')];
    expect(answers.map((a) => a.status)).toEqual([404, 404, 404]);
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
    expect((await download('feed', `${current}.ics`)).status).toBe(200);

    expect((await api.ok(`{ calendarFeed { createdAt } }`, {}, user(me))).calendarFeed).not.toBeNull();
    expect((await api.ok(`mutation { revokeCalendarFeed }`, {}, user(me))).revokeCalendarFeed).toBe(true);
    const revoked = await download('feed', `${current}.ics`);
    expect(revoked).toMatchObject({ status: 404, text: answers[0].text });
    expect((await api.ok(`{ calendarFeed { createdAt } }`, {}, user(me))).calendarFeed).toBeNull();

    const again = await feedOf(me);
    await api.ok(`mutation($id: ID!) { updateUser(id: $id, input: { active: false }) { id } }`, { id: me });
    expect((await download('feed', `${again}.ics`)).status).toBe(404);
  });

  it('is made and revoked by a signed-in user only', async () => {
    expect(firstError(await api.run(CREATE_FEED, {}, anonymousActor))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(firstError(await api.run(`mutation { revokeCalendarFeed }`, {}, anonymousActor))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
