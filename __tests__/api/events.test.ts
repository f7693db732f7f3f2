import { Comment, Event, Inscription } from '../../entities';
import { firstError, openTestApi, TestApi } from '../support/api';
import { factories } from '../support/factories';

const NOW = new Date('2026-03-02T08:00:00Z');

let api: TestApi;
let f: ReturnType<typeof factories>;
let platformZone: string | undefined;

beforeAll(async () => {
  // The "no location" case must see the documented default, whatever the shell running the tests sets.
  platformZone = process.env.DEFAULT_TIME_ZONE;
  delete process.env.DEFAULT_TIME_ZONE;
  api = await openTestApi(NOW);
  f = factories(api);
});
afterAll(async () => {
  if (platformZone !== undefined) process.env.DEFAULT_TIME_ZONE = platformZone;
  await api.close();
});
afterEach(() => api.clock.set(NOW));

const EVENT_FIELDS = `id name description startAt endAt locationExtra inscriptionMode maxUsers status timeZone
  session { id } location { id }`;
const CREATE_EVENT = `mutation($input: CreateEventInput!) { createEvent(input: $input) { ${EVENT_FIELDS} } }`;
const UPDATE_EVENT = `mutation($id: ID!, $input: UpdateEventInput!) { updateEvent(id: $id, input: $input) { ${EVENT_FIELDS} } }`;
const DELETE_EVENT = `mutation($id: ID!) { deleteEvent(id: $id) { id name } }`;
const EVENT = `query($id: ID!) { event(id: $id) { ${EVENT_FIELDS} } }`;
const EVENTS = `query($filter: EventFilter, $first: Int, $after: String) { events(filter: $filter, first: $first, after: $after) {
  totalCount nodes { id name status } pageInfo { endCursor hasNextPage } } }`;
const EVENT_TRAINERS = `query($id: ID!) { event(id: $id) { trainers { totalCount nodes { id } } } }`;

const ids = (connection: { nodes: { id: string }[] }) => connection.nodes.map((node) => node.id);

/** A new event through the API, returning all its fields. */
async function createEvent(sessionId: string, input: Record<string, unknown> = {}) {
  const data = await api.ok(CREATE_EVENT, {
    input: { sessionId, name: 'Séance', startAt: '2026-03-10T08:00:00Z', endAt: '2026-03-10T11:00:00Z', ...input },
  });
  return data.createEvent;
}

const listEvents = async (filter: Record<string, unknown>, first?: number, after?: string) =>
  (await api.ok(EVENTS, { filter, first, after })).events;

const eventRow = (id: string) => api.dataSource.manager.findOneBy(Event, { id: Number(id) });

/** Every event and inscription row, to show that a refused call wrote nothing. */
const counts = async () => ({
  events: await api.dataSource.manager.count(Event),
  inscriptions: await api.dataSource.manager.count(Inscription),
});

async function sessionMember(sessionId: string, role: 'LEARNER' | 'TRAINER') {
  const userId = await f.user();
  await f.inscription({ sessionId, userId, role });
  return userId;
}

describe('R3 — an event takes its session mode and capacity unless given', () => {
  it('omitted mode and capacity come from the session', async () => {
    const sessionId = await f.session({ eventInscriptionMode: 'PUBLIC', maxUsers: 7 });
    const event = await createEvent(sessionId);
    expect(event).toMatchObject({ inscriptionMode: 'PUBLIC', maxUsers: 7, session: { id: sessionId }, description: '', locationExtra: '', location: null });
    expect(await eventRow(event.id)).toMatchObject({ inscriptionMode: 'PUBLIC', maxUsers: 7, sessionId: Number(sessionId) });
  });

  it('given mode and capacity win over the session, an explicit null meaning unlimited', async () => {
    const sessionId = await f.session({ eventInscriptionMode: 'AUTOMATIC', maxUsers: 7 });
    const given = await createEvent(sessionId, { inscriptionMode: 'MANUAL', maxUsers: 3 });
    expect(given).toMatchObject({ inscriptionMode: 'MANUAL', maxUsers: 3 });
    expect(await eventRow(given.id)).toMatchObject({ inscriptionMode: 'MANUAL', maxUsers: 3 });

    const unlimited = await createEvent(sessionId, { maxUsers: null });
    expect(unlimited).toMatchObject({ inscriptionMode: 'AUTOMATIC', maxUsers: null });
    expect(await eventRow(unlimited.id)).toMatchObject({ inscriptionMode: 'AUTOMATIC', maxUsers: null });
  });

  it('refuses a capacity of 0 and writes nothing', async () => {
    const sessionId = await f.session();
    const before = await counts();
    const result = await api.run(CREATE_EVENT, {
      input: { sessionId, name: 'Vide', startAt: '2026-03-10T08:00:00Z', endAt: '2026-03-10T09:00:00Z', maxUsers: 0 },
    });
    expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxUsers' });
    expect(await counts()).toEqual(before);
  });
});

describe('R4 — the status of an event is derived from the clock', () => {
  it('moves UPCOMING → ONGOING → ENDED as the clock moves, without any write', async () => {
    const sessionId = await f.session();
    const { id } = await createEvent(sessionId, { startAt: '2026-03-10T08:00:00Z', endAt: '2026-03-10T11:00:00Z' });
    const rowBefore = await eventRow(id);
    const before = await counts();
    const statusAt = async (instant: string) => {
      api.clock.set(new Date(instant));
      return (await api.ok(EVENT, { id })).event.status;
    };
    expect(await statusAt('2026-03-02T08:00:00Z')).toBe('UPCOMING');
    expect(await statusAt('2026-03-10T07:59:59.999Z')).toBe('UPCOMING');
    expect(await statusAt('2026-03-10T08:00:00Z')).toBe('ONGOING');
    expect(await statusAt('2026-03-10T10:59:59.999Z')).toBe('ONGOING');
    expect(await statusAt('2026-03-10T11:00:00Z')).toBe('ENDED');
    expect(await statusAt('2027-01-01T00:00:00Z')).toBe('ENDED');
    expect(await statusAt('2026-03-10T09:00:00Z')).toBe('ONGOING');
    expect(await eventRow(id)).toEqual(rowBefore);
    expect(await counts()).toEqual(before);
  });

  it('an event moves from the open list to the ended list the moment the clock passes its end', async () => {
    const sessionId = await f.session();
    const first = await createEvent(sessionId, { name: 'Première', startAt: '2026-03-10T08:00:00Z', endAt: '2026-03-10T11:00:00Z' });
    const second = await createEvent(sessionId, { name: 'Seconde', startAt: '2026-03-20T08:00:00Z', endAt: '2026-03-20T11:00:00Z' });
    const lists = async () => ({
      open: ids(await listEvents({ sessionId, ended: false })),
      ended: ids(await listEvents({ sessionId, ended: true })),
      all: ids(await listEvents({ sessionId })),
    });

    expect(await lists()).toEqual({ open: [first.id, second.id], ended: [], all: [first.id, second.id] });
    api.clock.set(new Date('2026-03-10T10:59:59.999Z'));
    expect(await lists()).toEqual({ open: [first.id, second.id], ended: [], all: [first.id, second.id] });
    api.clock.set(new Date('2026-03-10T11:00:00.000Z'));
    expect(await lists()).toEqual({ open: [second.id], ended: [first.id], all: [first.id, second.id] });
    expect((await listEvents({ sessionId, ended: true })).nodes).toEqual([{ id: first.id, name: 'Première', status: 'ENDED' }]);
    expect((await listEvents({ sessionId, ended: true })).totalCount).toBe(1);
    api.clock.set(new Date('2026-03-20T11:00:00.000Z'));
    expect(await lists()).toEqual({ open: [], ended: [second.id, first.id], all: [first.id, second.id] });
  });

  it('orders open events soonest start first and ended ones most recent end first, page by page', async () => {
    const sessionId = await f.session({ startDate: '2026-01-01T00:00:00Z' });
    // Start and end orders disagree, so each list shows which column it sorts on.
    const longEnded = await createEvent(sessionId, { name: 'A', startAt: '2026-02-01T08:00:00Z', endAt: '2026-02-20T08:00:00Z' });
    const shortEnded = await createEvent(sessionId, { name: 'B', startAt: '2026-02-10T08:00:00Z', endAt: '2026-02-11T08:00:00Z' });
    const later = await createEvent(sessionId, { name: 'E', startAt: '2026-03-06T08:00:00Z', endAt: '2026-03-07T08:00:00Z' });
    const ongoing = await createEvent(sessionId, { name: 'C', startAt: '2026-03-01T00:00:00Z', endAt: '2026-03-05T00:00:00Z' });
    const long = await createEvent(sessionId, { name: 'D', startAt: '2026-03-05T08:00:00Z', endAt: '2026-03-30T08:00:00Z' });

    const open = await listEvents({ sessionId, ended: false });
    expect(open.nodes).toEqual([
      { id: ongoing.id, name: 'C', status: 'ONGOING' },
      { id: long.id, name: 'D', status: 'UPCOMING' },
      { id: later.id, name: 'E', status: 'UPCOMING' },
    ]);
    expect(ids(await listEvents({ sessionId, ended: true }))).toEqual([longEnded.id, shortEnded.id]);

    const openOne = await listEvents({ sessionId, ended: false }, 2);
    expect(openOne).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    expect(ids(openOne)).toEqual([ongoing.id, long.id]);
    const openTwo = await listEvents({ sessionId, ended: false }, 2, openOne.pageInfo.endCursor);
    expect(openTwo).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false } });
    expect(ids(openTwo)).toEqual([later.id]);

    const endedOne = await listEvents({ sessionId, ended: true }, 1);
    expect(ids(endedOne)).toEqual([longEnded.id]);
    expect(endedOne.pageInfo.hasNextPage).toBe(true);
    const endedTwo = await listEvents({ sessionId, ended: true }, 1, endedOne.pageInfo.endCursor);
    expect(ids(endedTwo)).toEqual([shortEnded.id]);
    expect(endedTwo.pageInfo.hasNextPage).toBe(false);
  });

  it('filters on the session and on words in the name', async () => {
    const token = Math.random().toString(36).slice(2, 8);
    const one = await f.session();
    const two = await f.session();
    const morning = await createEvent(one, { name: `Yoga du matin ${token}` });
    const pilates = await createEvent(one, { name: `Pilates ${token}`, startAt: '2026-03-11T08:00:00Z', endAt: '2026-03-11T09:00:00Z' });
    const evening = await createEvent(two, { name: `Yoga du soir ${token}` });
    const percent = await createEvent(two, { name: `Taux 100% ${token}` });
    await createEvent(two, { name: `Taux 1000 ${token}` });

    expect(ids(await listEvents({ sessionId: one }))).toEqual([morning.id, pilates.id]);
    expect(ids(await listEvents({ search: `yoga du matin ${token}` }))).toEqual([morning.id]);
    expect(ids(await listEvents({ search: `YOGA` , sessionId: two }))).toEqual([evening.id]);
    expect((await listEvents({ search: token })).totalCount).toBe(5);
    expect(ids(await listEvents({ search: `100% ${token}` }))).toEqual([percent.id]);
    expect(ids(await listEvents({ sessionId: one, search: 'Pilates' }))).toEqual([pilates.id]);
    expect(await listEvents({ sessionId: one, search: 'Zumba' })).toMatchObject({ totalCount: 0, nodes: [] });
    expect(await listEvents({ sessionId: '987654' })).toMatchObject({ totalCount: 0, nodes: [] });
  });
});

describe("R9 — an event's trainers are chosen among its session's trainers", () => {
  it('accepts confirmed trainers of the session, listed by the trainers connection', async () => {
    const sessionId = await f.session();
    const [alice, bob] = [await sessionMember(sessionId, 'TRAINER'), await sessionMember(sessionId, 'TRAINER')];
    const event = await createEvent(sessionId, { trainerIds: [alice, bob] });
    const trainers = (await api.ok(EVENT_TRAINERS, { id: event.id })).event.trainers;
    expect(trainers.totalCount).toBe(2);
    expect(ids(trainers).sort()).toEqual([alice, bob].sort());
    const rows = await api.dataSource.manager.findBy(Inscription, { eventId: Number(event.id) });
    expect(rows.map((r) => [String(r.userId), r.role, r.state]).sort()).toEqual(
      [[alice, 'TRAINER', 'CONFIRMED'], [bob, 'TRAINER', 'CONFIRMED']].sort(),
    );
  });

  it.each([
    ['a learner of the session', async (s: string) => sessionMember(s, 'LEARNER')],
    ['a user with no part in the session', async () => f.user()],
    ['a trainer of another session', async () => sessionMember(await f.session(), 'TRAINER')],
    ['an unknown user', async () => '987654'],
  ])('refuses %s as trainer, with field trainerIds, and writes nothing', async (_label, make) => {
    const sessionId = await f.session();
    const trainer = await sessionMember(sessionId, 'TRAINER');
    const intruder = await make(sessionId);
    const before = await counts();
    const result = await api.run(CREATE_EVENT, {
      input: { sessionId, name: 'Intrus', startAt: '2026-03-10T08:00:00Z', endAt: '2026-03-10T09:00:00Z', trainerIds: [trainer, intruder] },
    });
    expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'trainerIds' });
    expect(await counts()).toEqual(before);
  });

  it('updateEvent replaces the trainers; a refused update changes nothing', async () => {
    const sessionId = await f.session();
    const [alice, bob] = [await sessionMember(sessionId, 'TRAINER'), await sessionMember(sessionId, 'TRAINER')];
    const event = await createEvent(sessionId, { trainerIds: [alice] });

    await api.ok(UPDATE_EVENT, { id: event.id, input: { trainerIds: [bob] } });
    expect(ids((await api.ok(EVENT_TRAINERS, { id: event.id })).event.trainers)).toEqual([bob]);

    const learner = await sessionMember(sessionId, 'LEARNER');
    const rowBefore = await eventRow(event.id);
    const before = await counts();
    const refused = await api.run(UPDATE_EVENT, { id: event.id, input: { name: 'Renommée', trainerIds: [alice, learner] } });
    expect(firstError(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'trainerIds' });
    expect(ids((await api.ok(EVENT_TRAINERS, { id: event.id })).event.trainers)).toEqual([bob]);
    expect(await eventRow(event.id)).toEqual(rowBefore);
    expect(await counts()).toEqual(before);

    await api.ok(UPDATE_EVENT, { id: event.id, input: { trainerIds: [] } });
    expect((await api.ok(EVENT_TRAINERS, { id: event.id })).event.trainers).toEqual({ totalCount: 0, nodes: [] });
  });
});

describe('bad input gets a clear error and changes nothing', () => {
  it.each([
    ['an end before its start', { startAt: '2026-03-10T10:00:00Z', endAt: '2026-03-10T09:59:59Z' }, 'endAt'],
    ['an empty name', { name: '   ' }, 'name'],
    ['an over-long name', { name: 'x'.repeat(256) }, 'name'],
  ])('refuses an event with %s', async (_label, override, field) => {
    const sessionId = await f.session();
    const before = await counts();
    const result = await api.run(CREATE_EVENT, {
      input: { sessionId, name: 'Séance', startAt: '2026-03-10T08:00:00Z', endAt: '2026-03-10T11:00:00Z', ...override },
    });
    expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await counts()).toEqual(before);
  });

  it('accepts a name of exactly 255 characters', async () => {
    const event = await createEvent(await f.session(), { name: 'x'.repeat(255) });
    expect(event.name).toHaveLength(255);
  });

  it('refuses an unknown session or location with NOT_FOUND naming the field', async () => {
    const sessionId = await f.session();
    const before = await counts();
    const input = { name: 'Séance', startAt: '2026-03-10T08:00:00Z', endAt: '2026-03-10T11:00:00Z' };
    expect(firstError(await api.run(CREATE_EVENT, { input: { ...input, sessionId: '987654' } }))).toMatchObject({
      code: 'NOT_FOUND',
      field: 'sessionId',
    });
    expect(firstError(await api.run(CREATE_EVENT, { input: { ...input, sessionId: 'abc' } }))).toMatchObject({
      code: 'NOT_FOUND',
      field: 'sessionId',
    });
    expect(firstError(await api.run(CREATE_EVENT, { input: { ...input, sessionId, locationId: '987654' } }))).toMatchObject({
      code: 'NOT_FOUND',
      field: 'locationId',
    });
    expect(await counts()).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown event id, to read, update or delete', async () => {
    const before = await counts();
    for (const id of ['987654', 'abc']) {
      expect(firstError(await api.run(EVENT, { id }))).toMatchObject({ code: 'NOT_FOUND' });
      expect(firstError(await api.run(UPDATE_EVENT, { id, input: { name: 'Nouveau' } }))).toMatchObject({ code: 'NOT_FOUND' });
      expect(firstError(await api.run(DELETE_EVENT, { id }))).toMatchObject({ code: 'NOT_FOUND' });
    }
    expect(await counts()).toEqual(before);
  });

  it('refuses an update that would end the event before it starts, or an unknown location, and changes nothing', async () => {
    const event = await createEvent(await f.session());
    const rowBefore = await eventRow(event.id);
    const moved = await api.run(UPDATE_EVENT, { id: event.id, input: { endAt: '2026-03-10T07:00:00Z' } });
    expect(firstError(moved)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endAt' });
    const late = await api.run(UPDATE_EVENT, { id: event.id, input: { startAt: '2026-03-10T12:00:00Z' } });
    expect(firstError(late)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startAt' });
    const blank = await api.run(UPDATE_EVENT, { id: event.id, input: { name: '' } });
    expect(firstError(blank)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const nowhere = await api.run(UPDATE_EVENT, { id: event.id, input: { name: 'Ailleurs', locationId: '987654' } });
    expect(firstError(nowhere)).toMatchObject({ code: 'NOT_FOUND', field: 'locationId' });
    expect(await eventRow(event.id)).toEqual(rowBefore);
  });
});

describe("an event's time zone", () => {
  it("is its location's zone, else Europe/Paris, and follows changes of either", async () => {
    const sessionId = await f.session();
    const newYork = await f.location('America/New_York');
    const located = await createEvent(sessionId, { locationId: newYork });
    expect(located).toMatchObject({ timeZone: 'America/New_York', location: { id: newYork } });
    const nowhere = await createEvent(sessionId);
    expect(nowhere).toMatchObject({ timeZone: 'Europe/Paris', location: null });

    await api.ok(`mutation($id: ID!) { updateLocation(id: $id, input: { timeZone: "Asia/Tokyo" }) { id } }`, { id: newYork });
    expect((await api.ok(EVENT, { id: located.id })).event.timeZone).toBe('Asia/Tokyo');

    const cleared = (await api.ok(UPDATE_EVENT, { id: located.id, input: { locationId: null } })).updateEvent;
    expect(cleared).toMatchObject({ timeZone: 'Europe/Paris', location: null });
    expect((await eventRow(located.id))!.locationId).toBeNull();
  });

  it('several events in one query each get their own zone', async () => {
    const sessionId = await f.session();
    const reunion = await f.location('Indian/Reunion');
    const montreal = await f.location('America/Toronto');
    await createEvent(sessionId, { name: 'R', locationId: reunion, startAt: '2026-03-10T08:00:00Z' });
    await createEvent(sessionId, { name: 'M', locationId: montreal, startAt: '2026-03-11T08:00:00Z', endAt: '2026-03-11T09:00:00Z' });
    await createEvent(sessionId, { name: 'P', startAt: '2026-03-12T08:00:00Z', endAt: '2026-03-12T09:00:00Z' });
    const data = await api.ok(`query($s: ID!) { events(filter: { sessionId: $s }) { nodes { name timeZone } } }`, { s: sessionId });
    expect(data.events.nodes).toEqual([
      { name: 'R', timeZone: 'Indian/Reunion' },
      { name: 'M', timeZone: 'America/Toronto' },
      { name: 'P', timeZone: 'Europe/Paris' },
    ]);
  });
});

describe('updateEvent and deleteEvent', () => {
  it('updateEvent changes the given fields and keeps the others', async () => {
    const sessionId = await f.session({ eventInscriptionMode: 'MANUAL', maxUsers: 10 });
    const locationId = await f.location();
    const event = await createEvent(sessionId, { description: 'Avant', locationExtra: 'Salle 1', locationId });
    const updated = (
      await api.ok(UPDATE_EVENT, {
        id: event.id,
        input: { name: 'Après', startAt: '2026-03-12T09:00:00Z', endAt: '2026-03-12T12:30:00Z', maxUsers: 4, inscriptionMode: 'PUBLIC' },
      })
    ).updateEvent;
    expect(updated).toMatchObject({
      id: event.id,
      name: 'Après',
      description: 'Avant',
      locationExtra: 'Salle 1',
      location: { id: locationId },
      startAt: '2026-03-12T09:00:00.000Z',
      endAt: '2026-03-12T12:30:00.000Z',
      maxUsers: 4,
      inscriptionMode: 'PUBLIC',
      session: { id: sessionId },
    });
    expect((await api.ok(EVENT, { id: event.id })).event).toEqual(updated);
    expect(await eventRow(event.id)).toMatchObject({
      name: 'Après',
      description: 'Avant',
      maxUsers: 4,
      inscriptionMode: 'PUBLIC',
      startAt: new Date('2026-03-12T09:00:00Z'),
      endAt: new Date('2026-03-12T12:30:00Z'),
    });

    const unlimited = (await api.ok(UPDATE_EVENT, { id: event.id, input: { maxUsers: null, description: '' } })).updateEvent;
    expect(unlimited).toMatchObject({ maxUsers: null, description: '', name: 'Après' });
  });

  it('deleteEvent deletes the event with its inscriptions and comments, and nothing of the session', async () => {
    const sessionId = await f.session();
    const trainer = await sessionMember(sessionId, 'TRAINER');
    const learner = await sessionMember(sessionId, 'LEARNER');
    const event = await createEvent(sessionId, { trainerIds: [trainer] });
    const kept = await createEvent(sessionId, { trainerIds: [trainer] });
    await f.inscription({ eventId: event.id, userId: learner });
    await f.inscription({ eventId: kept.id, userId: learner });
    await api.ok(`mutation($e: ID!) { createComment(eventId: $e, content: "Apportez vos notes") { id } }`, { e: event.id });
    const manager = api.dataSource.manager;
    expect(await manager.countBy(Inscription, { eventId: Number(event.id) })).toBe(2);

    expect((await api.ok(DELETE_EVENT, { id: event.id })).deleteEvent).toEqual({ id: event.id, name: event.name });
    expect(await eventRow(event.id)).toBeNull();
    expect(await manager.countBy(Inscription, { eventId: Number(event.id) })).toBe(0);
    expect(await manager.countBy(Comment, { eventId: Number(event.id) })).toBe(0);
    // The session's own inscriptions and the other event's stay.
    const left = await manager.findBy(Inscription, { sessionId: Number(sessionId) });
    expect(left.map((i) => [String(i.userId), i.eventId === null ? null : String(i.eventId), i.role]).sort()).toEqual(
      [
        [trainer, null, 'TRAINER'],
        [learner, null, 'LEARNER'],
        [trainer, kept.id, 'TRAINER'],
        [learner, kept.id, 'LEARNER'],
      ].sort(),
    );
    expect(firstError(await api.run(EVENT, { id: event.id }))).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('nested connections', () => {
  const SESSION_EVENTS = `query($t: ID!, $first: Int, $after: String) { sessions(filter: { trainingId: $t }) { nodes { id
    events(first: $first, after: $after) { totalCount nodes { id name } pageInfo { endCursor hasNextPage } } } } }`;

  /** Three sessions of one training: 3 events (created out of start order), 1 event, none. */
  async function threeSessions() {
    const trainingId = await f.training();
    const [full, single, empty] = [
      await f.session({ trainingId, startDate: '2026-03-01T00:00:00Z' }),
      await f.session({ trainingId, startDate: '2026-03-02T00:00:00Z' }),
      await f.session({ trainingId, startDate: '2026-03-03T00:00:00Z' }),
    ];
    const third = await createEvent(full, { name: 'F3', startAt: '2026-03-20T08:00:00Z', endAt: '2026-03-20T09:00:00Z' });
    const first = await createEvent(full, { name: 'F1', startAt: '2026-03-10T08:00:00Z', endAt: '2026-03-10T09:00:00Z' });
    const only = await createEvent(single, { name: 'S1', startAt: '2026-03-09T08:00:00Z', endAt: '2026-03-09T09:00:00Z' });
    const second = await createEvent(full, { name: 'F2', startAt: '2026-03-15T08:00:00Z', endAt: '2026-03-15T09:00:00Z' });
    return { trainingId, full, single, empty, events: { first, second, third, only } };
  }

  it('gives each session its own page of events in one query (batched child pagination)', async () => {
    const { trainingId, full, single, empty, events } = await threeSessions();
    const nodes = (await api.ok(SESSION_EVENTS, { t: trainingId, first: 2 })).sessions.nodes;
    expect(nodes.map((s: { id: string }) => s.id)).toEqual([full, single, empty]);
    expect(nodes[0].events).toMatchObject({
      totalCount: 3,
      nodes: [{ id: events.first.id, name: 'F1' }, { id: events.second.id, name: 'F2' }],
      pageInfo: { hasNextPage: true },
    });
    expect(nodes[0].events.pageInfo.endCursor).toEqual(expect.any(String));
    expect(nodes[1].events).toMatchObject({
      totalCount: 1,
      nodes: [{ id: events.only.id, name: 'S1' }],
      pageInfo: { hasNextPage: false },
    });
    expect(nodes[2].events).toEqual({ totalCount: 0, nodes: [], pageInfo: { endCursor: null, hasNextPage: false } });

    const all = (await api.ok(SESSION_EVENTS, { t: trainingId })).sessions.nodes;
    expect(all.map((s: { events: { nodes: { name: string }[] } }) => s.events.nodes.map((e) => e.name))).toEqual([
      ['F1', 'F2', 'F3'],
      ['S1'],
      [],
    ]);
  });

  it('`after` continues a nested list where its page ended', async () => {
    const { trainingId, full, events } = await threeSessions();
    const firstPage = (await api.ok(SESSION_EVENTS, { t: trainingId, first: 2 })).sessions.nodes[0].events;
    const nested = await api.ok(
      `query($s: ID!, $after: String) { session(id: $s) { events(first: 2, after: $after) { totalCount nodes { id } pageInfo { hasNextPage } } } }`,
      { s: full, after: firstPage.pageInfo.endCursor },
    );
    expect(nested.session.events).toEqual({ totalCount: 3, nodes: [{ id: events.third.id }], pageInfo: { hasNextPage: false } });

    // #6 §12: a nested cursor is bound to its parent. Under a list of parents it continues its own parent's
    // list, and is refused under each of the others (the non-null lists make the whole response refused).
    const batched = await api.run(SESSION_EVENTS, { t: trainingId, first: 1, after: firstPage.pageInfo.endCursor });
    expect(batched.data).toBeNull();
    expect(batched.errors?.length).toBeGreaterThan(0);
    for (const error of batched.errors ?? []) {
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BAD_CURSOR', field: 'after' });
      expect(error.path).toEqual(['sessions', 'nodes', expect.any(Number), 'events']);
      expect(error.path?.[2]).not.toBe(0);
    }
    // A list with that one parent continues it.
    const ONLY_FIRST = `query($t: ID!, $after: String) { sessions(filter: { trainingId: $t, startsBefore: "2026-03-02T00:00:00Z" }) {
      nodes { id events(first: 1, after: $after) { nodes { id } } } } }`;
    const alone = await api.ok(ONLY_FIRST, { t: trainingId, after: firstPage.pageInfo.endCursor });
    expect(alone.sessions.nodes).toEqual([{ id: full, events: { nodes: [{ id: events.third.id }] } }]);

    // Walking one event at a time visits each exactly once, in order.
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = (
        await api.ok(`query($s: ID!, $after: String) { session(id: $s) { events(first: 1, after: $after) { nodes { id } pageInfo { endCursor hasNextPage } } } }`, {
          s: full,
          after,
        })
      ).session.events;
      seen.push(...ids(page));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual([events.first.id, events.second.id, events.third.id]);
    expect(firstError(await api.run(SESSION_EVENTS, { t: trainingId, after: 'nonsense' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });

  it('pages events that start at the same instant by id, without loss or repeat, nested and top-level', async () => {
    const sessionId = await f.session();
    const made: string[] = [];
    for (let i = 0; i < 5; i++) made.push((await createEvent(sessionId, { name: `Même heure ${i}` })).id);
    const walk = async (page: (after?: string) => Promise<{ nodes: { id: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean } }>) => {
      const seen: string[] = [];
      let after: string | undefined;
      for (let guard = 0; guard < 10; guard++) {
        const current = await page(after);
        seen.push(...ids(current));
        if (!current.pageInfo.hasNextPage) break;
        after = current.pageInfo.endCursor;
      }
      return seen;
    };
    const nested = (after?: string) =>
      api
        .ok(`query($s: ID!, $after: String) { session(id: $s) { events(first: 2, after: $after) { nodes { id } pageInfo { endCursor hasNextPage } } } }`, {
          s: sessionId,
          after,
        })
        .then((data) => data.session.events);
    const topLevel = (after?: string) => listEvents({ sessionId, ended: false }, 2, after);
    expect(await walk(nested)).toEqual(made);
    expect(await walk(topLevel)).toEqual(made);
  });

  it("an event's session and the session's events point at each other", async () => {
    const { full, events } = await threeSessions();
    const data = await api.ok(`query($id: ID!) { event(id: $id) { session { id events(first: 1) { nodes { id } } } } }`, {
      id: events.third.id,
    });
    expect(data.event.session).toEqual({ id: full, events: { nodes: [{ id: events.first.id }] } });
  });
});

describe("decision: an event may lie outside its session's dates", () => {
  it('accepts an event before the session starts and one after it ends (session dates are indicative)', async () => {
    const sessionId = await f.session({ startDate: '2026-04-01T00:00:00Z', endDate: '2026-04-30T00:00:00Z' });
    const early = await createEvent(sessionId, { startAt: '2026-03-20T08:00:00Z', endAt: '2026-03-20T11:00:00Z' });
    const late = await createEvent(sessionId, { startAt: '2026-05-04T08:00:00Z', endAt: '2026-05-04T11:00:00Z' });
    expect([early.session.id, late.session.id]).toEqual([sessionId, sessionId]);
  });
});
