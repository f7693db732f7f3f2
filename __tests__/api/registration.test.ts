/**
 * #9 §2–4: the signed-in learner registers and unregisters themself (R3, R4, R6–R8), the waiting list is fair
 * (first come first served, positions 1…N, promotion in the same transaction, told by a notification), with a
 * promotion cut-off and a registration closing date; staff reorder (recorded) and promote by hand. Every
 * refusal has its reason and changes nothing. The same file runs on SQLite and on MariaDB.
 */
import { IsNull } from 'typeorm';
import { Actor } from '../../domain/actor';
import { Inscription, Notification, WaitingListMove, WaitingPlace } from '../../entities';
import { managerActor } from '../support/actors';
import { firstError, GraphQLResult, openTestApi, TestApi } from '../support/api';
import { factories } from '../support/factories';

const NOW = new Date('2026-03-02T08:00:00Z');

let api: TestApi;
let f: ReturnType<typeof factories>;

beforeAll(async () => {
  api = await openTestApi(NOW);
  f = factories(api);
});
afterAll(() => api.close());
afterEach(() => api.clock.set(NOW));

const as = (userId: string): Actor => ({ kind: 'user', userId: Number(userId), isAdmin: false });

const REGISTER = `mutation($id: ID!) { registerToSession(sessionId: $id) { id state position } }`;
const UNREGISTER = `mutation($id: ID!) { unregisterFromSession(sessionId: $id) { id } }`;
const REGISTER_EVENT = `mutation($id: ID!) { registerToEvent(eventId: $id) { id state position } }`;
const UNREGISTER_EVENT = `mutation($id: ID!) { unregisterFromEvent(eventId: $id) { id } }`;
const MOVE = `mutation($id: ID!, $position: Int!) { moveInWaitingList(id: $id, position: $position) { id position } }`;
const PROMOTE = `mutation($id: ID!) { promoteInscription(id: $id) { id state position } }`;
const UPDATE_SESSION = `mutation($id: ID!, $input: UpdateSessionInput!) { updateSession(id: $id, input: $input) { id } }`;
const STATUS = `query($id: ID!) { session(id: $id) {
  registration { open closure unregistrationOpen unregistrationClosure seatsLeft full waiting validation closesAt }
  viewerRegistration { id state position } } }`;

type Answer = { id: string; state: string; position: number | null };

const register = (sessionId: string, userId: string) => api.run(REGISTER, { id: sessionId }, as(userId));
async function registered(sessionId: string, userId: string): Promise<Answer> {
  return (await api.ok(REGISTER, { id: sessionId }, as(userId))).registerToSession;
}

async function users(n: number) {
  const made: string[] = [];
  for (let i = 0; i < n; i++) made.push(await f.user());
  return made;
}

/** A public session of a fresh organisation, with its manager. */
async function world(settings: Record<string, unknown> = {}) {
  const organisationId = await f.organisation();
  const managerId = await f.user();
  await api.ok(`mutation($u: ID!, $o: ID!) { setMembership(userId: $u, organisationId: $o, role: MANAGER) { role } }`, {
    u: managerId,
    o: organisationId,
  });
  const trainingId = await f.training({ organisationIds: [organisationId] });
  const sessionId = await f.session({ trainingId, publicRegistration: true, publicUnregistration: true, ...settings });
  return { sessionId, manager: managerActor(managerId, organisationId) };
}

/** The session-level learner rows, `[userId, state]`, oldest first. */
async function rows(sessionId: string, eventId: string | null = null) {
  const found = await api.dataSource.manager.find(Inscription, {
    where: { sessionId: Number(sessionId), eventId: eventId ? Number(eventId) : IsNull(), role: 'LEARNER' as never },
    order: { id: 'ASC' },
  });
  return found.map((i) => [String(i.userId), i.state]);
}

/** The line as stored: user ids by position; fails unless positions are exactly 1…N and match the WAITLISTED rows. */
async function line(sessionId: string, eventId: string | null = null): Promise<string[]> {
  const places = await api.dataSource.manager.find(WaitingPlace, {
    where: { sessionId: Number(sessionId), eventKey: eventId ? Number(eventId) : 0 },
    relations: { inscription: true },
    order: { position: 'ASC' },
  });
  expect(places.map((p) => p.position)).toEqual(places.map((_, index) => index + 1));
  const waiting = (await rows(sessionId, eventId)).filter(([, state]) => state === 'WAITLISTED').map(([user]) => user);
  const placed = places.map((p) => String(p.inscription.userId));
  expect([...placed].sort()).toEqual([...waiting].sort());
  return placed;
}

const confirmed = async (sessionId: string, eventId: string | null = null) =>
  (await rows(sessionId, eventId)).filter(([, state]) => state === 'CONFIRMED').map(([user]) => user);

const notices = async (userId: string) =>
  (await api.dataSource.manager.find(Notification, { where: { userId: Number(userId) }, order: { id: 'ASC' } })).map((n) => [
    n.kind,
    String(n.sessionId),
    n.eventId === null ? null : String(n.eventId),
  ]);

const allRows = async () =>
  Promise.all([Inscription, WaitingPlace, Notification, WaitingListMove].map((entity) => api.dataSource.manager.count(entity)));

/** Asserts a refusal, and that it wrote nothing. */
async function refused(run: () => Promise<GraphQLResult>, expected: Record<string, unknown>) {
  const before = await allRows();
  const error = firstError(await run());
  expect(error).toMatchObject(expected);
  expect(await allRows()).toEqual(before);
  return error;
}

async function inscriptionOf(sessionId: string, userId: string, eventId: string | null = null) {
  const found = await api.dataSource.manager.findOneByOrFail(Inscription, {
    sessionId: Number(sessionId),
    userId: Number(userId),
    eventId: eventId ? Number(eventId) : IsNull(),
  });
  return String(found.id);
}

describe('registerToSession (R6–R8)', () => {
  it('answers explicitly: CONFIRMED while seats remain, then WAITLISTED at position N', async () => {
    const { sessionId } = await world({ maxUsers: 2 });
    const [a, b, c, d] = await users(4);
    expect(await registered(sessionId, a)).toMatchObject({ state: 'CONFIRMED', position: null });
    expect(await registered(sessionId, b)).toMatchObject({ state: 'CONFIRMED', position: null });
    expect(await registered(sessionId, c)).toMatchObject({ state: 'WAITLISTED', position: 1 });
    expect(await registered(sessionId, d)).toMatchObject({ state: 'WAITLISTED', position: 2 });
    expect(await line(sessionId)).toEqual([c, d]);
  });

  it('awaits validation when the session requires it (R7): PENDING, no seat taken', async () => {
    const { sessionId } = await world({ maxUsers: 1, registrationValidation: true });
    const [a, b] = await users(2);
    expect(await registered(sessionId, a)).toMatchObject({ state: 'PENDING', position: null });
    expect(await registered(sessionId, b)).toMatchObject({ state: 'PENDING' });
    expect(await confirmed(sessionId)).toEqual([]);
  });

  it('registers a confirmed learner to the automatic events (R3)', async () => {
    const { sessionId } = await world();
    const automatic = await f.event(sessionId, { inscriptionMode: 'AUTOMATIC' });
    const [a] = await users(1);
    await registered(sessionId, a);
    expect(await confirmed(sessionId, automatic)).toEqual([a]);
  });

  it('registering twice is CONFLICT ALREADY_REGISTERED, in any state, and changes nothing', async () => {
    const { sessionId } = await world({ maxUsers: 1 });
    const [a, b] = await users(2);
    await registered(sessionId, a);
    await registered(sessionId, b);
    await refused(() => register(sessionId, a), { code: 'CONFLICT', reason: 'ALREADY_REGISTERED' });
    await refused(() => register(sessionId, b), { code: 'CONFLICT', reason: 'ALREADY_REGISTERED' });
  });

  it('refuses an ended session (SESSION_ENDED), a closed one (REGISTRATION_CLOSED) and a non-public one (REGISTRATION_NOT_PUBLIC)', async () => {
    const [a] = await users(1);
    const ended = (await world({ startDate: '2026-01-01T00:00:00Z', endDate: '2026-02-01T00:00:00Z' })).sessionId;
    await refused(() => register(ended, a), { code: 'FORBIDDEN', reason: 'SESSION_ENDED' });
    const closed = (await world({ registrationClosesAt: '2026-03-02T08:00:00Z' })).sessionId;
    await refused(() => register(closed, a), { code: 'FORBIDDEN', reason: 'REGISTRATION_CLOSED' });
    // Open until the closing instant.
    api.clock.set(new Date('2026-03-02T07:59:59Z'));
    expect((await registered(closed, a)).state).toBe('CONFIRMED');
    api.clock.set(NOW);
    // A non-public session the learner can see (they teach it) still refuses their self-registration.
    const { sessionId: hidden } = await world({ publicRegistration: false });
    await f.inscription({ sessionId: hidden, userId: a, role: 'TRAINER' });
    await refused(() => register(hidden, a), { code: 'FORBIDDEN', reason: 'REGISTRATION_NOT_PUBLIC' });
  });

  it('a session out of scope (not public, not followed) is NOT_FOUND like a missing id; anonymous visitors must sign in', async () => {
    const { sessionId } = await world({ publicRegistration: false });
    const [a] = await users(1);
    const hidden = await refused(() => register(sessionId, a), { code: 'NOT_FOUND', field: 'sessionId' });
    expect(firstError(await register('987654321', a))).toEqual(hidden);
    const open = (await world()).sessionId;
    await refused(() => api.run(REGISTER, { id: open }, { kind: 'anonymous' }), { code: 'UNAUTHENTICATED' });
  });

  it('staff follow the learner rules here: a manager cannot register themself to a closed session of theirs', async () => {
    const { sessionId, manager } = await world({ publicRegistration: false });
    await refused(() => api.run(REGISTER, { id: sessionId }, manager), { code: 'FORBIDDEN', reason: 'REGISTRATION_NOT_PUBLIC' });
  });

  it('a refused (CANCELLED) learner may register again, and joins the end of the line', async () => {
    const { sessionId, manager } = await world({ maxUsers: 1, registrationValidation: true });
    const [a, b, c] = await users(3);
    const first = await registered(sessionId, a);
    await api.ok(`mutation($id: ID!) { validateInscription(id: $id, accept: false) { id } }`, { id: first.id }, manager);
    expect(await registered(sessionId, a)).toMatchObject({ state: 'PENDING' });
    await api.ok(UPDATE_SESSION, { id: sessionId, input: { registrationValidation: false } }, manager);
    await registered(sessionId, b);
    expect(await registered(sessionId, c)).toMatchObject({ state: 'WAITLISTED', position: 1 });
  });
});

describe('unregisterFromSession (R8) and promotion (R6, #9 §4)', () => {
  it('frees the seat for the first in line, in the same transaction: confirmed, in the automatic events, told', async () => {
    const { sessionId } = await world({ maxUsers: 1 });
    const automatic = await f.event(sessionId, { inscriptionMode: 'AUTOMATIC' });
    const [a, b, c] = await users(3);
    await registered(sessionId, a);
    await registered(sessionId, b);
    await registered(sessionId, c);
    await api.ok(UNREGISTER, { id: sessionId }, as(a));
    expect(await rows(sessionId)).toEqual([
      [b, 'CONFIRMED'],
      [c, 'WAITLISTED'],
    ]);
    expect(await line(sessionId)).toEqual([c]);
    // R3: leaving the session left its open events; the promoted learner joined them.
    expect(await confirmed(sessionId, automatic)).toEqual([b]);
    expect(await notices(b)).toEqual([['PROMOTED', sessionId, null]]);
    expect(await notices(c)).toEqual([]);
  });

  it('leaving the waiting list closes its ranks (no gap)', async () => {
    const { sessionId } = await world({ maxUsers: 1 });
    const [a, b, c, d] = await users(4);
    for (const user of [a, b, c, d]) await registered(sessionId, user);
    await api.ok(UNREGISTER, { id: sessionId }, as(c));
    expect(await line(sessionId)).toEqual([b, d]);
    expect((await api.ok(STATUS, { id: sessionId }, as(d))).session.viewerRegistration.position).toBe(2);
  });

  it('refuses without public unregistration (UNREGISTRATION_NOT_PUBLIC), after the end (SESSION_ENDED), or when not registered (NOT_REGISTERED)', async () => {
    const [a, b] = await users(2);
    const { sessionId } = await world({ publicUnregistration: false });
    await registered(sessionId, a);
    await refused(() => api.run(UNREGISTER, { id: sessionId }, as(a)), { code: 'FORBIDDEN', reason: 'UNREGISTRATION_NOT_PUBLIC' });
    await refused(() => api.run(UNREGISTER, { id: sessionId }, as(b)), { code: 'CONFLICT', reason: 'NOT_REGISTERED' });
    const open = (await world()).sessionId;
    await registered(open, a);
    api.clock.set(new Date('2026-07-01T00:00:00Z'));
    await refused(() => api.run(UNREGISTER, { id: open }, as(a)), { code: 'FORBIDDEN', reason: 'SESSION_ENDED' });
  });

  it('a raised capacity promotes the first in line, and tells them', async () => {
    const { sessionId, manager } = await world({ maxUsers: 1 });
    const [a, b, c] = await users(3);
    for (const user of [a, b, c]) await registered(sessionId, user);
    await api.ok(UPDATE_SESSION, { id: sessionId, input: { maxUsers: 2 } }, manager);
    expect(await confirmed(sessionId)).toEqual([a, b]);
    expect(await line(sessionId)).toEqual([c]);
    expect(await notices(b)).toEqual([['PROMOTED', sessionId, null]]);
  });

  it('a removed (cancelled by staff) confirmed learner frees their seat for the first in line', async () => {
    const { sessionId, manager } = await world({ maxUsers: 1 });
    const [a, b] = await users(2);
    const seat = await registered(sessionId, a);
    await registered(sessionId, b);
    await api.ok(`mutation($id: ID!) { removeInscription(id: $id) { id } }`, { id: seat.id }, manager);
    expect(await confirmed(sessionId)).toEqual([b]);
  });

  it('deleting a user closes the ranks of the lines they waited in and gives their seat away', async () => {
    const { sessionId } = await world({ maxUsers: 1 });
    const [a, b, c, d] = await users(4);
    for (const user of [a, b, c, d]) await registered(sessionId, user);
    await api.ok(`mutation($id: ID!) { deleteUser(id: $id) { id } }`, { id: c });
    expect(await line(sessionId)).toEqual([b, d]);
    await api.ok(`mutation($id: ID!) { deleteUser(id: $id) { id } }`, { id: a });
    expect(await confirmed(sessionId)).toEqual([b]);
    expect(await line(sessionId)).toEqual([d]);
  });
});

describe('the promotion cut-off and manual promotion (#9 §4)', () => {
  // The session starts on 2026-03-10T08:00Z; with a 24 h cut-off, automatic promotion stops on 2026-03-09T08:00Z.
  const settings = { maxUsers: 1, startDate: '2026-03-10T08:00:00Z', promotionCutoffHours: 24 };

  it('before the cut-off a freed seat is given automatically; after it, it waits for staff, and newcomers do not jump the line', async () => {
    const { sessionId, manager } = await world(settings);
    const [a, b, c, d, e] = await users(5);
    for (const user of [a, b, c]) await registered(sessionId, user);
    api.clock.set(new Date('2026-03-09T07:59:59Z'));
    await api.ok(UNREGISTER, { id: sessionId }, as(a));
    expect(await confirmed(sessionId)).toEqual([b]);

    api.clock.set(new Date('2026-03-09T08:00:00Z'));
    await api.ok(UNREGISTER, { id: sessionId }, as(b));
    expect(await confirmed(sessionId)).toEqual([]);
    expect(await line(sessionId)).toEqual([c]);
    // The free seat is owed to the line: a newcomer waits behind it.
    expect(await registered(sessionId, d)).toMatchObject({ state: 'WAITLISTED', position: 2 });
    const status = (await api.ok(STATUS, { id: sessionId }, as(e))).session.registration;
    expect(status).toMatchObject({ open: true, seatsLeft: 0, full: true, waiting: 2 });

    // Staff promote by hand, anyone in the line.
    const promoted = (await api.ok(PROMOTE, { id: await inscriptionOf(sessionId, d) }, manager)).promoteInscription;
    expect(promoted).toMatchObject({ state: 'CONFIRMED', position: null });
    expect(await line(sessionId)).toEqual([c]);
    expect(await notices(d)).toEqual([['PROMOTED', sessionId, null]]);
    await refused(() => api.run(PROMOTE, { id: promoted.id }, manager), { code: 'CONFLICT', reason: 'NOT_WAITLISTED' });
    await refused(() => api.run(PROMOTE, { id: promoted.id }, as(d)), { code: 'FORBIDDEN' });
    const next = await inscriptionOf(sessionId, c);
    await refused(() => api.run(PROMOTE, { id: next }, manager), { code: 'CONFLICT', reason: 'NO_SEAT_LEFT' });
  });

  it('removing the cut-off gives the free seats to the line at once', async () => {
    const { sessionId, manager } = await world(settings);
    const [a, b] = await users(2);
    await registered(sessionId, a);
    await registered(sessionId, b);
    api.clock.set(new Date('2026-03-09T12:00:00Z'));
    await api.ok(UNREGISTER, { id: sessionId }, as(a));
    expect(await confirmed(sessionId)).toEqual([]);
    await api.ok(UPDATE_SESSION, { id: sessionId, input: { promotionCutoffHours: null } }, manager);
    expect(await confirmed(sessionId)).toEqual([b]);
  });

  it('refuses a negative cut-off, changing nothing', async () => {
    const { sessionId, manager } = await world();
    await refused(() => api.run(UPDATE_SESSION, { id: sessionId, input: { promotionCutoffHours: -1 } }, manager), { code: 'BAD_USER_INPUT' });
  });
});

describe('moveInWaitingList (#9 §4)', () => {
  it('moves a learner, shifts the others, records the move, and promotion follows the new order', async () => {
    const { sessionId, manager } = await world({ maxUsers: 1 });
    const [a, b, c, d] = await users(4);
    for (const user of [a, b, c, d]) await registered(sessionId, user);
    const moved = (await api.ok(MOVE, { id: await inscriptionOf(sessionId, d), position: 1 }, manager)).moveInWaitingList;
    expect(moved.position).toBe(1);
    expect(await line(sessionId)).toEqual([d, b, c]);
    await api.ok(MOVE, { id: await inscriptionOf(sessionId, b), position: 3 }, manager);
    expect(await line(sessionId)).toEqual([d, c, b]);

    const history = await api.ok(
      `query($id: ID!) { session(id: $id) { waitingListMoves(first: 10) { totalCount nodes { fromPosition toPosition movedAt user { id } movedBy { id } } } } }`,
      { id: sessionId },
      manager,
    );
    const managerId = String((manager as { userId: number }).userId);
    expect(history.session.waitingListMoves.nodes).toEqual([
      { fromPosition: 2, toPosition: 3, movedAt: NOW.toISOString(), user: { id: b }, movedBy: { id: managerId } },
      { fromPosition: 3, toPosition: 1, movedAt: NOW.toISOString(), user: { id: d }, movedBy: { id: managerId } },
    ]);

    await api.ok(UNREGISTER, { id: sessionId }, as(a));
    expect(await confirmed(sessionId)).toEqual([d]);
    expect(await line(sessionId)).toEqual([c, b]);
    const list = await api.ok(`query($id: ID!) { session(id: $id) { waitingList(first: 1) { totalCount nodes { user { id } position } pageInfo { endCursor } } } }`, { id: sessionId }, manager);
    expect(list.session.waitingList).toMatchObject({ totalCount: 2, nodes: [{ user: { id: c }, position: 1 }] });
    const next = await api.ok(
      `query($id: ID!, $after: String) { session(id: $id) { waitingList(first: 5, after: $after) { nodes { user { id } position } } } }`,
      { id: sessionId, after: list.session.waitingList.pageInfo.endCursor },
      manager,
    );
    expect(next.session.waitingList.nodes).toEqual([{ user: { id: b }, position: 2 }]);
  });

  it('refuses a position outside 1…N, a registration not waiting, and anyone but the managers; nothing changes', async () => {
    const { sessionId, manager } = await world({ maxUsers: 1 });
    const [a, b, c] = await users(3);
    for (const user of [a, b, c]) await registered(sessionId, user);
    const waiting = await inscriptionOf(sessionId, c);
    for (const position of [0, 3, -1])
      await refused(() => api.run(MOVE, { id: waiting, position }, manager), { code: 'BAD_USER_INPUT', reason: 'POSITION_OUT_OF_RANGE', field: 'position' });
    const seat = await inscriptionOf(sessionId, a);
    await refused(() => api.run(MOVE, { id: seat, position: 1 }, manager), { code: 'CONFLICT', reason: 'NOT_WAITLISTED' });
    await refused(() => api.run(MOVE, { id: waiting, position: 1 }, as(c)), { code: 'FORBIDDEN' });
    await refused(() => api.run(MOVE, { id: waiting, position: 1 }, as(a)), { code: 'NOT_FOUND' });
    expect(await line(sessionId)).toEqual([b, c]);
  });

  it('a learner sees only their own place in the list', async () => {
    const { sessionId } = await world({ maxUsers: 1 });
    const [a, b, c] = await users(3);
    for (const user of [a, b, c]) await registered(sessionId, user);
    const mine = await api.ok(`query($id: ID!) { session(id: $id) { waitingList { totalCount nodes { user { id } position } } } }`, { id: sessionId }, as(c));
    expect(mine.session.waitingList).toEqual({ totalCount: 1, nodes: [{ user: { id: c }, position: 2 }] });
  });
});

describe('events in PUBLIC mode (R3, R4)', () => {
  async function publicEvent(maxUsers: number | null = null, dates: Record<string, string> = {}) {
    const w = await world();
    const eventId = await f.event(w.sessionId, { inscriptionMode: 'PUBLIC', maxUsers, ...dates });
    return { ...w, eventId };
  }

  it("the session's confirmed learners register and unregister; a full event waitlists; a freed seat goes to the first in line", async () => {
    const { sessionId, eventId } = await publicEvent(1);
    const [a, b, c] = await users(3);
    for (const user of [a, b, c]) await registered(sessionId, user);
    expect((await api.ok(REGISTER_EVENT, { id: eventId }, as(a))).registerToEvent).toMatchObject({ state: 'CONFIRMED' });
    expect((await api.ok(REGISTER_EVENT, { id: eventId }, as(b))).registerToEvent).toMatchObject({ state: 'WAITLISTED', position: 1 });
    expect((await api.ok(REGISTER_EVENT, { id: eventId }, as(c))).registerToEvent).toMatchObject({ state: 'WAITLISTED', position: 2 });
    await api.ok(UNREGISTER_EVENT, { id: eventId }, as(a));
    expect(await confirmed(sessionId, eventId)).toEqual([b]);
    expect(await line(sessionId, eventId)).toEqual([c]);
    expect(await notices(b)).toEqual([['PROMOTED', sessionId, eventId]]);
    // Leaving the session leaves its open events, and their lines close ranks.
    await api.ok(UNREGISTER, { id: sessionId }, as(b));
    expect(await confirmed(sessionId, eventId)).toEqual([c]);
  });

  it('refuses a learner who is not a confirmed learner of the session (NOT_SESSION_LEARNER), waitlisted ones included', async () => {
    const w = await world({ maxUsers: 1 });
    const eventId = await f.event(w.sessionId, { inscriptionMode: 'PUBLIC' });
    const [a, b, outsider] = await users(3);
    await registered(w.sessionId, a);
    await registered(w.sessionId, b);
    await refused(() => api.run(REGISTER_EVENT, { id: eventId }, as(b)), { code: 'BAD_USER_INPUT', reason: 'NOT_SESSION_LEARNER' });
    await refused(() => api.run(REGISTER_EVENT, { id: eventId }, as(outsider)), { code: 'BAD_USER_INPUT', reason: 'NOT_SESSION_LEARNER' });
    await api.ok(REGISTER_EVENT, { id: eventId }, as(a));
    await refused(() => api.run(REGISTER_EVENT, { id: eventId }, as(a)), { code: 'CONFLICT', reason: 'ALREADY_REGISTERED' });
  });

  it('refuses MANUAL and AUTOMATIC events (EVENT_NOT_PUBLIC) and, once an event has ended, both ways (EVENT_ENDED)', async () => {
    const { sessionId, eventId } = await publicEvent(null, { startAt: '2026-03-02T09:00:00Z', endAt: '2026-03-02T10:00:00Z' });
    const manual = await f.event(sessionId, { inscriptionMode: 'MANUAL' });
    const [a] = await users(1);
    await registered(sessionId, a);
    await refused(() => api.run(REGISTER_EVENT, { id: manual }, as(a)), { code: 'FORBIDDEN', reason: 'EVENT_NOT_PUBLIC' });
    await api.ok(REGISTER_EVENT, { id: eventId }, as(a));
    api.clock.set(new Date('2026-03-02T10:00:00Z'));
    await refused(() => api.run(UNREGISTER_EVENT, { id: eventId }, as(a)), { code: 'FORBIDDEN', reason: 'EVENT_ENDED' });
    const [b] = await users(1);
    await registered(sessionId, b);
    await refused(() => api.run(REGISTER_EVENT, { id: eventId }, as(b)), { code: 'FORBIDDEN', reason: 'EVENT_ENDED' });
    await refused(() => api.run(UNREGISTER_EVENT, { id: manual }, as(b)), { code: 'CONFLICT', reason: 'NOT_REGISTERED' });
  });

  it('Event.registration and viewerRegistration say what the button needs', async () => {
    const { sessionId, eventId } = await publicEvent(1);
    const [a, b] = await users(2);
    await registered(sessionId, a);
    await registered(sessionId, b);
    await api.ok(REGISTER_EVENT, { id: eventId }, as(a));
    const query = `query($id: ID!) { event(id: $id) { registration { open closure seatsLeft full waiting unregistrationOpen } viewerRegistration { state } } }`;
    expect((await api.ok(query, { id: eventId }, as(b))).event).toEqual({
      registration: { open: true, closure: null, seatsLeft: 0, full: true, waiting: 0, unregistrationOpen: true },
      viewerRegistration: null,
    });
    expect((await api.ok(query, { id: eventId }, as(a))).event.viewerRegistration).toEqual({ state: 'CONFIRMED' });
    // Someone who is not a confirmed learner of the session is told why before trying; anonymous visitors sign in first.
    const [outsider] = await users(1);
    expect((await api.ok(query, { id: eventId }, as(outsider))).event.registration).toMatchObject({ open: false, closure: 'NOT_SESSION_LEARNER' });
    expect((await api.ok(query, { id: eventId }, { kind: 'anonymous' })).event.registration).toMatchObject({ open: true, closure: null });
  });
});

describe('Session.registration and viewerRegistration (#9 §2)', () => {
  it('say whether registering is open and why not, how many seats are left, and where the viewer stands', async () => {
    const { sessionId, manager } = await world({ maxUsers: 2, registrationValidation: false });
    const [a, b, c] = await users(3);
    const status = async (userId: string) => (await api.ok(STATUS, { id: sessionId }, as(userId))).session;
    expect(await status(a)).toEqual({
      registration: {
        open: true,
        closure: null,
        unregistrationOpen: true,
        unregistrationClosure: null,
        seatsLeft: 2,
        full: false,
        waiting: 0,
        validation: false,
        closesAt: null,
      },
      viewerRegistration: null,
    });
    await registered(sessionId, a);
    await registered(sessionId, b);
    await registered(sessionId, c);
    expect((await status(c)).registration).toMatchObject({ seatsLeft: 0, full: true, waiting: 1 });
    expect((await status(c)).viewerRegistration).toMatchObject({ state: 'WAITLISTED', position: 1 });
    expect((await status(a)).viewerRegistration).toMatchObject({ state: 'CONFIRMED', position: null });

    await api.ok(UPDATE_SESSION, { id: sessionId, input: { registrationClosesAt: '2026-03-01T00:00:00Z', publicUnregistration: false } }, manager);
    expect((await status(a)).registration).toMatchObject({
      open: false,
      closure: 'CLOSED',
      closesAt: '2026-03-01T00:00:00.000Z',
      unregistrationOpen: false,
      unregistrationClosure: 'NOT_PUBLIC',
    });
    api.clock.set(new Date('2026-07-01T00:00:00Z'));
    expect((await status(a)).registration).toMatchObject({ open: false, closure: 'ENDED', unregistrationClosure: 'ENDED' });
    // Anonymous visitors read the public status, with no registration of their own.
    api.clock.set(NOW);
    const anonymous = (await api.ok(`query($id: ID!) { session(id: $id) { registration { open closure } viewerRegistration { id } } }`, { id: sessionId }, { kind: 'anonymous' })).session;
    expect(anonymous).toEqual({ registration: { open: false, closure: 'CLOSED' }, viewerRegistration: null });
  });
});

describe('notifications (#9 §4)', () => {
  it('the validation decisions are told too; each user reads and marks only their own', async () => {
    const { sessionId, manager } = await world({ registrationValidation: true });
    const [a, b] = await users(2);
    const pending = await registered(sessionId, a);
    const other = await registered(sessionId, b);
    await api.ok(`mutation($id: ID!) { validateInscription(id: $id, accept: true) { id } }`, { id: pending.id }, manager);
    await api.ok(`mutation($id: ID!) { validateInscription(id: $id, accept: false) { id } }`, { id: other.id }, manager);

    const LIST = `query { unreadNotificationCount notifications(first: 10) { totalCount nodes { id kind read session { id } event { id } } } }`;
    const mine = await api.ok(LIST, {}, as(a));
    expect(mine.unreadNotificationCount).toBe(1);
    expect(mine.notifications.nodes).toEqual([{ id: expect.any(String), kind: 'ACCEPTED', read: false, session: { id: sessionId }, event: null }]);
    expect((await api.ok(LIST, {}, as(b))).notifications.nodes.map((n: { kind: string }) => n.kind)).toEqual(['REFUSED']);

    // Someone else's id is simply not theirs to mark.
    expect((await api.ok(`mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, { ids: [mine.notifications.nodes[0].id] }, as(b))).markNotificationsRead).toBe(0);
    expect((await api.ok(`mutation { markNotificationsRead }`, {}, as(a))).markNotificationsRead).toBe(1);
    const after = await api.ok(LIST, {}, as(a));
    expect(after.unreadNotificationCount).toBe(0);
    expect(after.notifications.nodes[0].read).toBe(true);
    expect((await api.ok(`query { notifications(unreadOnly: true) { totalCount } }`, {}, as(a))).notifications.totalCount).toBe(0);
  });
});

describe('no overbooking under concurrency (R6; separate connections on MariaDB)', () => {
  jest.setTimeout(120_000);

  const errorsOf = (results: PromiseSettledResult<GraphQLResult>[]) =>
    results.flatMap((r) => (r.status === 'rejected' ? [String(r.reason)] : (r.value.errors ?? []).map((e) => JSON.stringify(e.extensions))));

  const unavailable = (r: PromiseSettledResult<GraphQLResult>) =>
    r.status === 'fulfilled' && r.value.errors?.[0]?.extensions?.code === 'SERVICE_UNAVAILABLE';

  /**
   * Runs all operations at once. On a busy machine some wait longer for a pooled connection than the pool
   * allows and answer 503 SERVICE_UNAVAILABLE having done nothing; those are sent again, all at once, as a
   * client obeying Retry-After would. The final rows are what the tests assert.
   */
  async function allAtOnce(operations: (() => Promise<GraphQLResult>)[]) {
    const results = await Promise.allSettled(operations.map((run) => run()));
    for (let round = 0; round < 5 && results.some(unavailable); round++) {
      const again = results.flatMap((r, index) => (unavailable(r) ? [index] : []));
      const retried = await Promise.allSettled(again.map((index) => operations[index]()));
      again.forEach((index, i) => (results[index] = retried[i]));
    }
    return results;
  }

  it('50 learners registering at once for 5 seats: exactly 5 CONFIRMED and 45 WAITLISTED at positions 1–45', async () => {
    const { sessionId } = await world({ maxUsers: 5 });
    const learners = await users(50);
    const results = await allAtOnce(learners.map((userId) => () => register(sessionId, userId)));
    expect(errorsOf(results)).toEqual([]);
    const found = await rows(sessionId);
    expect(found).toHaveLength(50);
    expect(found.filter(([, s]) => s === 'CONFIRMED')).toHaveLength(5);
    expect(found.filter(([, s]) => s === 'WAITLISTED')).toHaveLength(45);
    expect(await line(sessionId)).toHaveLength(45);
    // The answers agree with the rows: five seats, and every waiting position 1…45 exactly once.
    const answers = results.map((r) => (r as PromiseFulfilledResult<GraphQLResult>).value.data!.registerToSession as Answer);
    expect(answers.filter((a) => a.state === 'CONFIRMED')).toHaveLength(5);
    expect(answers.flatMap((a) => (a.position ? [a.position] : [])).sort((x, y) => x - y)).toEqual(Array.from({ length: 45 }, (_, i) => i + 1));
    expect((await api.ok(`query($id: ID!) { session(id: $id) { learnerCount } }`, { id: sessionId })).session.learnerCount).toBe(5);
  });

  it('the same learner double-submitting gets one inscription; the others are ALREADY_REGISTERED', async () => {
    const { sessionId } = await world({ maxUsers: 5 });
    const [a] = await users(1);
    const results = await allAtOnce(Array.from({ length: 6 }, () => () => register(sessionId, a)));
    const ok = results.filter((r) => r.status === 'fulfilled' && !r.value.errors);
    expect(ok).toHaveLength(1);
    for (const r of results) if (r.status === 'fulfilled' && r.value.errors) expect(r.value.errors[0].extensions).toMatchObject({ reason: 'ALREADY_REGISTERED' });
    expect(await rows(sessionId)).toEqual([[a, 'CONFIRMED']]);
  });

  it('an unregistration racing with new registrations: the freed seat goes to exactly one person, the first in line', async () => {
    const { sessionId } = await world({ maxUsers: 3 });
    const seated = await users(3);
    const waiting = await users(3);
    for (const user of [...seated, ...waiting]) await registered(sessionId, user);
    const newcomers = await users(10);
    const results = await allAtOnce([
      ...newcomers.slice(0, 5).map((userId) => () => register(sessionId, userId)),
      () => api.run(UNREGISTER, { id: sessionId }, as(seated[0])),
      ...newcomers.slice(5).map((userId) => () => register(sessionId, userId)),
    ]);
    expect(errorsOf(results)).toEqual([]);
    expect(await confirmed(sessionId)).toEqual([seated[1], seated[2], waiting[0]]);
    const placed = await line(sessionId);
    expect(placed.slice(0, 2)).toEqual(waiting.slice(1));
    expect([...placed.slice(2)].sort()).toEqual([...newcomers].sort());
    expect(await notices(waiting[0])).toEqual([['PROMOTED', sessionId, null]]);
  });

  it('a capacity raised while learners register: never more confirmed than the capacity in force, first come first served', async () => {
    const { sessionId, manager } = await world({ maxUsers: 2 });
    const early = await users(4);
    for (const user of early) await registered(sessionId, user);
    const late = await users(20);
    const results = await allAtOnce([
      ...late.slice(0, 10).map((userId) => () => register(sessionId, userId)),
      () => api.run(UPDATE_SESSION, { id: sessionId, input: { maxUsers: 5 } }, manager),
      ...late.slice(10).map((userId) => () => register(sessionId, userId)),
    ]);
    expect(errorsOf(results)).toEqual([]);
    const seats = await confirmed(sessionId);
    expect(seats).toHaveLength(5);
    // Those waiting when the capacity rose went first: the early ones hold the seats before any late one.
    expect(seats.slice(0, 4)).toEqual(early);
    const answers = results.flatMap((r) => (r.status === 'fulfilled' && r.value.data?.registerToSession ? [r.value.data.registerToSession as Answer] : []));
    expect(answers.filter((a) => a.state === 'CONFIRMED').length).toBeLessThanOrEqual(1);
    expect(await line(sessionId)).toHaveLength(19);
  });

  it('concurrent moves and unregistrations keep positions 1…N with no gap or duplicate', async () => {
    const { sessionId, manager } = await world({ maxUsers: 2 });
    const learners = await users(12);
    for (const user of learners) await registered(sessionId, user);
    const waiting = await Promise.all(learners.slice(2).map((user) => inscriptionOf(sessionId, user)));
    const results = await allAtOnce([
      () => api.run(MOVE, { id: waiting[9], position: 1 }, manager),
      () => api.run(UNREGISTER, { id: sessionId }, as(learners[0])),
      () => api.run(MOVE, { id: waiting[5], position: 2 }, manager),
      () => api.run(UNREGISTER, { id: sessionId }, as(learners[6])),
      () => api.run(MOVE, { id: waiting[8], position: 3 }, manager),
    ]);
    // A move may find its learner promoted meanwhile (NOT_WAITLISTED) or past the end (POSITION_OUT_OF_RANGE).
    for (const error of errorsOf(results)) expect(error).toMatch(/NOT_WAITLISTED|POSITION_OUT_OF_RANGE/);
    expect(await confirmed(sessionId)).toHaveLength(2);
    expect(await line(sessionId)).toHaveLength(8);
  });
});
