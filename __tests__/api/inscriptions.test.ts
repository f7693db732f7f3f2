import { FindOptionsWhere, IsNull } from 'typeorm';
import { Actor, systemActor } from '../../domain/actor';
import { DomainContext } from '../../domain/context';
import { deleteEvent, updateEvent } from '../../domain/events';
import { updateSession } from '../../domain/sessions';
import { inTransaction } from '../../domain/transaction';
import { Inscription } from '../../entities';
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

const ADD = `mutation($input: AddInscriptionInput!) { addInscription(input: $input) {
  id role state position user { id } session { id } event { id } } }`;
const REMOVE = `mutation($id: ID!) { removeInscription(id: $id) { id } }`;
const CREATE_EVENT = `mutation($input: CreateEventInput!) { createEvent(input: $input) { id inscriptionMode } }`;
const UPDATE_EVENT = `mutation($id: ID!, $input: UpdateEventInput!) { updateEvent(id: $id, input: $input) { id inscriptionMode maxUsers } }`;
const UPDATE_SESSION = `mutation($id: ID!, $input: UpdateSessionInput!) { updateSession(id: $id, input: $input) { id maxUsers } }`;

/** A signed-in, non-admin user acting for themself. */
const as = (userId: string): Actor => ({ kind: 'user', userId: Number(userId), isAdmin: false });

type Role = 'LEARNER' | 'TRAINER';
interface Target {
  sessionId?: string;
  eventId?: string;
}

const tryAdd = (target: Target, userId: string, actor?: Actor, role: Role = 'LEARNER'): Promise<GraphQLResult> =>
  api.run(ADD, { input: { ...target, userId, role } }, actor);

async function add(target: Target, userId: string, actor?: Actor, role: Role = 'LEARNER') {
  return (await api.ok(ADD, { input: { ...target, userId, role } }, actor)).addInscription as {
    id: string;
    role: Role;
    state: string;
    position: number | null;
  };
}

const tryRemove = (id: string, actor?: Actor) => api.run(REMOVE, { id }, actor);
const remove = (id: string, actor?: Actor) => api.ok(REMOVE, { id }, actor);

/** Events at fixed dates around the test clock (2026-03-02T08:00Z). */
const FUTURE = { startAt: '2026-03-10T08:00:00Z', endAt: '2026-03-10T11:00:00Z' };
const LATER = { startAt: '2026-03-17T08:00:00Z', endAt: '2026-03-17T11:00:00Z' };
const ONGOING = { startAt: '2026-03-02T07:00:00Z', endAt: '2026-03-02T12:00:00Z' };
const ENDED = { startAt: '2026-03-01T08:00:00Z', endAt: '2026-03-01T11:00:00Z' };

async function createEvent(sessionId: string, input: Record<string, unknown> = {}) {
  const data = await api.ok(CREATE_EVENT, { input: { sessionId, name: 'Séance', ...FUTURE, ...input } });
  return data.createEvent.id as string;
}

/** Inscription rows straight from the database: `[userId, role, state]`, oldest first. */
async function rows(target: { sessionId: string } | { eventId: string }): Promise<[string, string, string][]> {
  const where: FindOptionsWhere<Inscription> =
    'eventId' in target ? { eventId: Number(target.eventId) } : { sessionId: Number(target.sessionId), eventId: IsNull() };
  const found = await api.dataSource.manager.find(Inscription, { where, order: { id: 'ASC' } });
  return found.map((i) => [String(i.userId), i.role, i.state]);
}

/** The learners of an event, as a sorted `userId → state` list. */
async function eventLearners(eventId: string) {
  return (await rows({ eventId }))
    .filter(([, role]) => role === 'LEARNER')
    .map(([user, , state]) => [user, state])
    .sort();
}

const sorted = <T>(list: T[]) => [...list].sort();
const allRows = () => api.dataSource.manager.count(Inscription);

async function users(n: number) {
  const made: string[] = [];
  for (let i = 0; i < n; i++) made.push(await f.user());
  return made;
}

describe('R3 — AUTOMATIC events get the session learners', () => {
  it('creating an automatic event registers every confirmed learner, not pending or waitlisted ones, nor trainers', async () => {
    const sessionId = await f.session({ eventInscriptionMode: 'AUTOMATIC', maxUsers: 2, publicRegistration: true, registrationValidation: true });
    const [one, two, waiting, pending, trainer] = await users(5);
    await add({ sessionId }, one);
    await add({ sessionId }, two);
    expect((await add({ sessionId }, waiting)).state).toBe('WAITLISTED');
    expect((await add({ sessionId }, pending, as(pending))).state).toBe('PENDING');
    await add({ sessionId }, trainer, undefined, 'TRAINER');

    const eventId = await createEvent(sessionId);
    expect(await rows({ eventId })).toEqual([
      [one, 'LEARNER', 'CONFIRMED'],
      [two, 'LEARNER', 'CONFIRMED'],
    ]);
    // With trainers given, they are the event's trainers, not learners.
    const withTrainer = await createEvent(sessionId, { trainerIds: [trainer] });
    expect(sorted(await rows({ eventId: withTrainer }))).toEqual(
      sorted([
        [one, 'LEARNER', 'CONFIRMED'],
        [two, 'LEARNER', 'CONFIRMED'],
        [trainer, 'TRAINER', 'CONFIRMED'],
      ]),
    );
  });

  it('a MANUAL or PUBLIC event is created without learners', async () => {
    const sessionId = await f.session({ eventInscriptionMode: 'AUTOMATIC' });
    const [learner] = await users(1);
    await add({ sessionId }, learner);
    expect(await rows({ eventId: await createEvent(sessionId, { inscriptionMode: 'MANUAL' }) })).toEqual([]);
    expect(await rows({ eventId: await createEvent(sessionId, { inscriptionMode: 'PUBLIC' }) })).toEqual([]);
  });

  it('an automatic event keeps its capacity: learners past it are waitlisted, in order of session registration', async () => {
    const sessionId = await f.session({ eventInscriptionMode: 'AUTOMATIC' });
    const [a, b, c] = await users(3);
    for (const user of [a, b, c]) await add({ sessionId }, user);
    const eventId = await createEvent(sessionId, { maxUsers: 2 });
    expect(await rows({ eventId })).toEqual([
      [a, 'LEARNER', 'CONFIRMED'],
      [b, 'LEARNER', 'CONFIRMED'],
      [c, 'LEARNER', 'WAITLISTED'],
    ]);
  });

  it('a learner confirmed afterwards joins every automatic event not ended, and no ended, MANUAL or PUBLIC one', async () => {
    const sessionId = await f.session({ startDate: '2026-02-01T00:00:00Z' });
    const automatic = await createEvent(sessionId, { inscriptionMode: 'AUTOMATIC' });
    const ongoing = await createEvent(sessionId, { inscriptionMode: 'AUTOMATIC', ...ONGOING });
    const ended = await createEvent(sessionId, { inscriptionMode: 'AUTOMATIC', ...ENDED });
    const manual = await createEvent(sessionId, { inscriptionMode: 'MANUAL' });
    const publicOne = await createEvent(sessionId, { inscriptionMode: 'PUBLIC' });
    const [learner, trainer] = await users(2);

    await add({ sessionId }, learner);
    await add({ sessionId }, trainer, undefined, 'TRAINER');
    expect(await rows({ eventId: automatic })).toEqual([[learner, 'LEARNER', 'CONFIRMED']]);
    expect(await rows({ eventId: ongoing })).toEqual([[learner, 'LEARNER', 'CONFIRMED']]);
    expect(await rows({ eventId: ended })).toEqual([]);
    expect(await rows({ eventId: manual })).toEqual([]);
    expect(await rows({ eventId: publicOne })).toEqual([]);
  });

  it('a learner who is only waitlisted or pending in the session joins no automatic event', async () => {
    const sessionId = await f.session({ maxUsers: 1, publicRegistration: true, registrationValidation: true });
    const automatic = await createEvent(sessionId, { inscriptionMode: 'AUTOMATIC' });
    const [first, waiting, pending] = await users(3);
    await add({ sessionId }, first);
    await add({ sessionId }, waiting);
    await add({ sessionId }, pending, as(pending));
    expect(await rows({ eventId: automatic })).toEqual([[first, 'LEARNER', 'CONFIRMED']]);
  });

  it('switching an open MANUAL event to AUTOMATIC registers the learners; an ended one, or PUBLIC, registers nobody', async () => {
    const sessionId = await f.session({ startDate: '2026-02-01T00:00:00Z' });
    const [a, b] = await users(2);
    await add({ sessionId }, a);
    await add({ sessionId }, b);
    const open = await createEvent(sessionId, { inscriptionMode: 'MANUAL' });
    const ended = await createEvent(sessionId, { inscriptionMode: 'MANUAL', ...ENDED });
    const toPublic = await createEvent(sessionId, { inscriptionMode: 'MANUAL' });

    await api.ok(UPDATE_EVENT, { id: toPublic, input: { inscriptionMode: 'PUBLIC' } });
    expect(await rows({ eventId: toPublic })).toEqual([]);
    await api.ok(UPDATE_EVENT, { id: ended, input: { inscriptionMode: 'AUTOMATIC' } });
    expect(await rows({ eventId: ended })).toEqual([]);

    const switched = await api.ok(UPDATE_EVENT, { id: open, input: { inscriptionMode: 'AUTOMATIC' } });
    expect(switched.updateEvent.inscriptionMode).toBe('AUTOMATIC');
    expect(await rows({ eventId: open })).toEqual([
      [a, 'LEARNER', 'CONFIRMED'],
      [b, 'LEARNER', 'CONFIRMED'],
    ]);
    // Saving it again as automatic registers no one twice.
    await api.ok(UPDATE_EVENT, { id: open, input: { inscriptionMode: 'AUTOMATIC', name: 'Encore' } });
    expect(await rows({ eventId: open })).toHaveLength(2);
  });

  it('switching to AUTOMATIC adds only the learners not already registered', async () => {
    const sessionId = await f.session();
    const [a, b] = await users(2);
    await add({ sessionId }, a);
    await add({ sessionId }, b);
    const eventId = await createEvent(sessionId, { inscriptionMode: 'MANUAL' });
    await add({ eventId }, b);
    await api.ok(UPDATE_EVENT, { id: eventId, input: { inscriptionMode: 'AUTOMATIC' } });
    expect(await rows({ eventId })).toEqual([
      [b, 'LEARNER', 'CONFIRMED'],
      [a, 'LEARNER', 'CONFIRMED'],
    ]);
  });
});

describe('R3 — MANUAL events: staff register learners', () => {
  it('staff (the system, or a trainer of the session) add confirmed session learners to an event', async () => {
    const sessionId = await f.session({ eventInscriptionMode: 'MANUAL' });
    const eventId = await createEvent(sessionId);
    const [a, b, trainer] = await users(3);
    await add({ sessionId }, a);
    await add({ sessionId }, b);
    await add({ sessionId }, trainer, undefined, 'TRAINER');
    expect(await rows({ eventId })).toEqual([]);

    const added = await add({ eventId }, a);
    expect(added).toMatchObject({ role: 'LEARNER', state: 'CONFIRMED', position: null });
    const bySessionAndEvent = await api.ok(ADD, { input: { sessionId, eventId, userId: b, role: 'LEARNER' } }, as(trainer));
    expect(bySessionAndEvent.addInscription).toMatchObject({ state: 'CONFIRMED', session: { id: sessionId }, event: { id: eventId }, user: { id: b } });
    expect(await rows({ eventId })).toEqual([
      [a, 'LEARNER', 'CONFIRMED'],
      [b, 'LEARNER', 'CONFIRMED'],
    ]);
  });

  it('a trainer of another session does not even see this one: NOT_FOUND, nothing written', async () => {
    const sessionId = await f.session();
    const eventId = await createEvent(sessionId);
    const [learner, outsider] = await users(2);
    await add({ sessionId }, learner);
    await add({ sessionId: await f.session() }, outsider, undefined, 'TRAINER');
    expect(firstError(await tryAdd({ eventId }, learner, as(outsider)))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await rows({ eventId })).toEqual([]);
  });

  it.each([
    ['a user with no part in the session', async () => undefined],
    ['a waitlisted session learner', async (sessionId: string, user: string) => add({ sessionId }, user)],
    ['a pending session learner', async (sessionId: string, user: string) => add({ sessionId }, user, as(user))],
    ['a trainer of the session', async (sessionId: string, user: string) => add({ sessionId }, user, undefined, 'TRAINER')],
    ['a learner of another session', async (_sessionId: string, user: string) => add({ sessionId: await f.session() }, user)],
  ])('refuses %s as event learner: BAD_USER_INPUT NOT_SESSION_LEARNER, nothing written', async (_label, setUp) => {
    const sessionId = await f.session({ maxUsers: 1, publicRegistration: true, registrationValidation: true });
    await add({ sessionId }, await f.user());
    const eventId = await createEvent(sessionId);
    const user = await f.user();
    await setUp(sessionId, user);
    const before = await allRows();
    expect(firstError(await tryAdd({ eventId }, user))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NOT_SESSION_LEARNER',
      field: 'userId',
    });
    expect(await allRows()).toBe(before);
    expect(await rows({ eventId })).toEqual([]);
  });

  it("an event's trainer must be a trainer of the session (R9)", async () => {
    const sessionId = await f.session();
    const eventId = await createEvent(sessionId);
    const [trainer, learner] = await users(2);
    await add({ sessionId }, trainer, undefined, 'TRAINER');
    await add({ sessionId }, learner);
    expect((await add({ eventId }, trainer, undefined, 'TRAINER')).state).toBe('CONFIRMED');
    expect(firstError(await tryAdd({ eventId }, learner, undefined, 'TRAINER'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NOT_SESSION_TRAINER',
      field: 'userId',
    });
    expect(await rows({ eventId })).toEqual([[trainer, 'TRAINER', 'CONFIRMED']]);
  });
});

describe('R3 — leaving the session leaves its events that have not ended', () => {
  it('removes the learner from upcoming and ongoing events, keeps ended ones (attendance history)', async () => {
    const sessionId = await f.session({ startDate: '2026-02-01T00:00:00Z' });
    const upcoming = await createEvent(sessionId, { inscriptionMode: 'MANUAL' });
    const ongoing = await createEvent(sessionId, { inscriptionMode: 'AUTOMATIC', ...ONGOING });
    const ended = await createEvent(sessionId, { inscriptionMode: 'MANUAL', ...ENDED });
    const [leaver, stayer] = await users(2);
    const leaving = await add({ sessionId }, leaver);
    await add({ sessionId }, stayer);
    for (const eventId of [upcoming, ended]) {
      await add({ eventId }, leaver);
      await add({ eventId }, stayer);
    }
    expect(await eventLearners(ongoing)).toEqual(sorted([[leaver, 'CONFIRMED'], [stayer, 'CONFIRMED']]));

    await remove(leaving.id);
    expect(await rows({ sessionId })).toEqual([[stayer, 'LEARNER', 'CONFIRMED']]);
    expect(await eventLearners(upcoming)).toEqual([[stayer, 'CONFIRMED']]);
    expect(await eventLearners(ongoing)).toEqual([[stayer, 'CONFIRMED']]);
    expect(await eventLearners(ended)).toEqual(sorted([[leaver, 'CONFIRMED'], [stayer, 'CONFIRMED']]));
  });

  it("the seat a leaver frees in an event goes to the event's waiting list", async () => {
    const sessionId = await f.session();
    const eventId = await createEvent(sessionId, { inscriptionMode: 'MANUAL', maxUsers: 1 });
    const [leaver, waiting] = await users(2);
    const leaving = await add({ sessionId }, leaver);
    await add({ sessionId }, waiting);
    await add({ eventId }, leaver);
    expect((await add({ eventId }, waiting)).state).toBe('WAITLISTED');
    await remove(leaving.id);
    expect(await rows({ eventId })).toEqual([[waiting, 'LEARNER', 'CONFIRMED']]);
  });

  it('leaving an event alone keeps the session inscription', async () => {
    const sessionId = await f.session();
    const eventId = await createEvent(sessionId);
    const [learner] = await users(1);
    await add({ sessionId }, learner);
    const onEvent = await add({ eventId }, learner);
    await remove(onEvent.id);
    expect(await rows({ eventId })).toEqual([]);
    expect(await rows({ sessionId })).toEqual([[learner, 'LEARNER', 'CONFIRMED']]);
  });
});

describe('one inscription per user, role and session or event', () => {
  it('adding the same user twice with the same role is a CONFLICT, and there is still one row', async () => {
    const sessionId = await f.session();
    const eventId = await createEvent(sessionId);
    const [user] = await users(1);
    await add({ sessionId }, user);
    expect(firstError(await tryAdd({ sessionId }, user))).toMatchObject({ code: 'CONFLICT', field: 'userId' });
    expect(await rows({ sessionId })).toEqual([[user, 'LEARNER', 'CONFIRMED']]);

    await add({ eventId }, user);
    expect(firstError(await tryAdd({ eventId }, user))).toMatchObject({ code: 'CONFLICT', field: 'userId' });
    expect(await rows({ eventId })).toEqual([[user, 'LEARNER', 'CONFIRMED']]);
  });

  it('a waitlisted user added again is a CONFLICT too, and keeps their place', async () => {
    const sessionId = await f.session({ maxUsers: 1 });
    const [first, waiting] = await users(2);
    await add({ sessionId }, first);
    await add({ sessionId }, waiting);
    expect(firstError(await tryAdd({ sessionId }, waiting))).toMatchObject({ code: 'CONFLICT' });
    expect(await rows({ sessionId })).toEqual([
      [first, 'LEARNER', 'CONFIRMED'],
      [waiting, 'LEARNER', 'WAITLISTED'],
    ]);
  });

  it('the same user may be both LEARNER and TRAINER of a session and of an event', async () => {
    const sessionId = await f.session();
    const eventId = await createEvent(sessionId);
    const [user] = await users(1);
    await add({ sessionId }, user);
    await add({ sessionId }, user, undefined, 'TRAINER');
    await add({ eventId }, user);
    await add({ eventId }, user, undefined, 'TRAINER');
    expect(await rows({ sessionId })).toEqual([
      [user, 'LEARNER', 'CONFIRMED'],
      [user, 'TRAINER', 'CONFIRMED'],
    ]);
    expect(await rows({ eventId })).toEqual([
      [user, 'LEARNER', 'CONFIRMED'],
      [user, 'TRAINER', 'CONFIRMED'],
    ]);
  });
});

describe('R6 — capacity and waiting list', () => {
  const WAITING_LIST = `query($id: ID!) { session(id: $id) { inscriptions(state: WAITLISTED) { nodes { user { id } position } } } }`;
  const waitingList = async (sessionId: string) =>
    (await api.ok(WAITING_LIST, { id: sessionId })).session.inscriptions.nodes.map(
      (n: { user: { id: string }; position: number }) => [n.user.id, n.position],
    );

  it('a full session waitlists new learners in order; trainers take no seat', async () => {
    const sessionId = await f.session({ maxUsers: 2 });
    const [a, b, c, d, trainer] = await users(5);
    expect(await add({ sessionId }, a)).toMatchObject({ state: 'CONFIRMED', position: null });
    expect(await add({ sessionId }, b)).toMatchObject({ state: 'CONFIRMED', position: null });
    expect(await add({ sessionId }, c)).toMatchObject({ state: 'WAITLISTED', position: 1 });
    expect(await add({ sessionId }, d)).toMatchObject({ state: 'WAITLISTED', position: 2 });
    expect(await add({ sessionId }, trainer, undefined, 'TRAINER')).toMatchObject({ state: 'CONFIRMED', position: null });
    expect(await waitingList(sessionId)).toEqual([[c, 1], [d, 2]]);
    expect(await rows({ sessionId })).toEqual([
      [a, 'LEARNER', 'CONFIRMED'],
      [b, 'LEARNER', 'CONFIRMED'],
      [c, 'LEARNER', 'WAITLISTED'],
      [d, 'LEARNER', 'WAITLISTED'],
      [trainer, 'TRAINER', 'CONFIRMED'],
    ]);
  });

  it('removing a confirmed learner promotes the first waiting one, who joins the automatic events', async () => {
    const sessionId = await f.session({ maxUsers: 2 });
    const automatic = await createEvent(sessionId, { inscriptionMode: 'AUTOMATIC' });
    const manual = await createEvent(sessionId, { inscriptionMode: 'MANUAL' });
    const [a, b, c, d] = await users(4);
    const first = await add({ sessionId }, a);
    await add({ sessionId }, b);
    await add({ sessionId }, c);
    await add({ sessionId }, d);
    expect(await eventLearners(automatic)).toEqual(sorted([[a, 'CONFIRMED'], [b, 'CONFIRMED']]));

    await remove(first.id);
    expect(await rows({ sessionId })).toEqual([
      [b, 'LEARNER', 'CONFIRMED'],
      [c, 'LEARNER', 'CONFIRMED'],
      [d, 'LEARNER', 'WAITLISTED'],
    ]);
    expect(await waitingList(sessionId)).toEqual([[d, 1]]);
    expect(await eventLearners(automatic)).toEqual(sorted([[b, 'CONFIRMED'], [c, 'CONFIRMED']]));
    expect(await rows({ eventId: manual })).toEqual([]);
  });

  it('removing a waitlisted learner promotes no one and moves the others up', async () => {
    const sessionId = await f.session({ maxUsers: 1 });
    const [a, b, c] = await users(3);
    await add({ sessionId }, a);
    const second = await add({ sessionId }, b);
    await add({ sessionId }, c);
    await remove(second.id);
    expect(await rows({ sessionId })).toEqual([
      [a, 'LEARNER', 'CONFIRMED'],
      [c, 'LEARNER', 'WAITLISTED'],
    ]);
    expect(await waitingList(sessionId)).toEqual([[c, 1]]);
  });

  it("raising an event's capacity promotes its waiting learners in order; other changes promote no one", async () => {
    const sessionId = await f.session();
    const eventId = await createEvent(sessionId, { inscriptionMode: 'MANUAL', maxUsers: 1 });
    const [a, b, c] = await users(3);
    for (const user of [a, b, c]) await add({ sessionId }, user);
    expect((await add({ eventId }, a)).state).toBe('CONFIRMED');
    expect(await add({ eventId }, b)).toMatchObject({ state: 'WAITLISTED', position: 1 });
    expect(await add({ eventId }, c)).toMatchObject({ state: 'WAITLISTED', position: 2 });

    await api.ok(UPDATE_EVENT, { id: eventId, input: { name: 'Renommée' } });
    expect(await rows({ eventId })).toEqual([
      [a, 'LEARNER', 'CONFIRMED'],
      [b, 'LEARNER', 'WAITLISTED'],
      [c, 'LEARNER', 'WAITLISTED'],
    ]);

    await api.ok(UPDATE_EVENT, { id: eventId, input: { maxUsers: 2 } });
    expect(await rows({ eventId })).toEqual([
      [a, 'LEARNER', 'CONFIRMED'],
      [b, 'LEARNER', 'CONFIRMED'],
      [c, 'LEARNER', 'WAITLISTED'],
    ]);
    await api.ok(UPDATE_EVENT, { id: eventId, input: { maxUsers: null } });
    expect(await rows({ eventId })).toEqual([
      [a, 'LEARNER', 'CONFIRMED'],
      [b, 'LEARNER', 'CONFIRMED'],
      [c, 'LEARNER', 'CONFIRMED'],
    ]);
  });

  // #6 §7: the promotion path of any confirmation — first come first served, then R3's automatic events.
  it("raising a session's capacity promotes its waiting learners in order, who join the automatic events not ended", async () => {
    const sessionId = await f.session({ maxUsers: 1, startDate: '2026-02-01T00:00:00Z' });
    // Events take the session's capacity unless given one: these have none.
    const automatic = await createEvent(sessionId, { inscriptionMode: 'AUTOMATIC', maxUsers: null });
    const ongoing = await createEvent(sessionId, { inscriptionMode: 'AUTOMATIC', maxUsers: null, ...ONGOING });
    const ended = await createEvent(sessionId, { inscriptionMode: 'AUTOMATIC', maxUsers: null, ...ENDED });
    const manual = await createEvent(sessionId, { inscriptionMode: 'MANUAL', maxUsers: null });
    const [a, b, c, d] = await users(4);
    expect((await add({ sessionId }, a)).state).toBe('CONFIRMED');
    expect(await add({ sessionId }, b)).toMatchObject({ state: 'WAITLISTED', position: 1 });
    expect(await add({ sessionId }, c)).toMatchObject({ state: 'WAITLISTED', position: 2 });
    expect(await add({ sessionId }, d)).toMatchObject({ state: 'WAITLISTED', position: 3 });

    await api.ok(UPDATE_SESSION, { id: sessionId, input: { maxUsers: 2 } });
    expect(await rows({ sessionId })).toEqual([
      [a, 'LEARNER', 'CONFIRMED'],
      [b, 'LEARNER', 'CONFIRMED'],
      [c, 'LEARNER', 'WAITLISTED'],
      [d, 'LEARNER', 'WAITLISTED'],
    ]);
    expect(await waitingList(sessionId)).toEqual([[c, 1], [d, 2]]);
    expect(await eventLearners(automatic)).toEqual(sorted([[a, 'CONFIRMED'], [b, 'CONFIRMED']]));
    expect(await eventLearners(ongoing)).toEqual(sorted([[a, 'CONFIRMED'], [b, 'CONFIRMED']]));
    expect(await rows({ eventId: ended })).toEqual([]);
    expect(await rows({ eventId: manual })).toEqual([]);

    // Lowering it promotes no one and demotes no one; removing it promotes everyone left, in order.
    await api.ok(UPDATE_SESSION, { id: sessionId, input: { maxUsers: 1 } });
    expect(await waitingList(sessionId)).toEqual([[c, 1], [d, 2]]);
    await api.ok(UPDATE_SESSION, { id: sessionId, input: { maxUsers: null } });
    expect(await rows({ sessionId })).toEqual([
      [a, 'LEARNER', 'CONFIRMED'],
      [b, 'LEARNER', 'CONFIRMED'],
      [c, 'LEARNER', 'CONFIRMED'],
      [d, 'LEARNER', 'CONFIRMED'],
    ]);
    expect(await waitingList(sessionId)).toEqual([]);
    expect(await eventLearners(automatic)).toEqual(sorted([a, b, c, d].map((user) => [user, 'CONFIRMED'])));
    expect(await eventLearners(ongoing)).toEqual(sorted([a, b, c, d].map((user) => [user, 'CONFIRMED'])));
    expect(await rows({ eventId: ended })).toEqual([]);
    expect(await rows({ eventId: manual })).toEqual([]);
  });

  it("a promoted session learner takes the automatic event's waiting list when that event is full", async () => {
    const sessionId = await f.session({ maxUsers: 1 });
    const automatic = await createEvent(sessionId, { inscriptionMode: 'AUTOMATIC', maxUsers: 1 });
    const [a, b] = await users(2);
    await add({ sessionId }, a);
    await add({ sessionId }, b);
    await api.ok(UPDATE_SESSION, { id: sessionId, input: { maxUsers: 5 } });
    expect(await rows({ eventId: automatic })).toEqual([
      [a, 'LEARNER', 'CONFIRMED'],
      [b, 'LEARNER', 'WAITLISTED'],
    ]);
  });

  it('a failing session update promotes no one (one transaction)', async () => {
    const sessionId = await f.session({ maxUsers: 1 });
    const automatic = await createEvent(sessionId, { inscriptionMode: 'AUTOMATIC', maxUsers: null });
    const [a, b] = await users(2);
    await add({ sessionId }, a);
    await add({ sessionId }, b);
    const before = await rows({ sessionId });
    // The end before the start is refused after the capacity was assigned.
    expect(
      firstError(await api.run(UPDATE_SESSION, { id: sessionId, input: { maxUsers: 2, endDate: '2026-01-01T00:00:00Z' } })),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endDate' });
    expect(await rows({ sessionId })).toEqual(before);
    expect(await rows({ eventId: automatic })).toEqual([[a, 'LEARNER', 'CONFIRMED']]);
  });
});

describe('R8 — learners registering themselves to a session', () => {
  it('allowed when the session has public registration and has not ended', async () => {
    const sessionId = await f.session({ publicRegistration: true });
    const [learner] = await users(1);
    expect(await add({ sessionId }, learner, as(learner))).toMatchObject({ state: 'CONFIRMED', user: { id: learner } });
    expect(await rows({ sessionId })).toEqual([[learner, 'LEARNER', 'CONFIRMED']]);
  });

  it('allowed while the session is ongoing, up to the instant before its end', async () => {
    const sessionId = await f.session({ publicRegistration: true, endDate: '2026-03-05T00:00:00Z' });
    const [learner] = await users(1);
    api.clock.set(new Date('2026-03-04T23:59:59.999Z'));
    expect((await add({ sessionId }, learner, as(learner))).state).toBe('CONFIRMED');
  });

  it('a session without public registration is not even visible to a learner: NOT_FOUND, nothing written', async () => {
    const sessionId = await f.session({ publicRegistration: false });
    const [learner] = await users(1);
    expect(firstError(await tryAdd({ sessionId }, learner, as(learner)))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await rows({ sessionId })).toEqual([]);
  });

  it('FORBIDDEN once the session has ended, and nothing written', async () => {
    const sessionId = await f.session({ publicRegistration: true, endDate: '2026-03-05T00:00:00Z' });
    const [learner] = await users(1);
    api.clock.set(new Date('2026-03-05T00:00:00Z'));
    expect(firstError(await tryAdd({ sessionId }, learner, as(learner)))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await rows({ sessionId })).toEqual([]);
    // Staff still can.
    expect((await add({ sessionId }, learner)).state).toBe('CONFIRMED');
  });

  it('FORBIDDEN to register someone else, or oneself as trainer, and nothing written', async () => {
    const sessionId = await f.session({ publicRegistration: true });
    const [learner, other] = await users(2);
    expect(firstError(await tryAdd({ sessionId }, other, as(learner)))).toMatchObject({ code: 'FORBIDDEN' });
    expect(firstError(await tryAdd({ sessionId }, learner, as(learner), 'TRAINER'))).toMatchObject({ code: 'FORBIDDEN' });
    expect(firstError(await tryAdd({ sessionId }, learner, { kind: 'anonymous' }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await rows({ sessionId })).toEqual([]);
  });

  it('with registration validation, the learner\'s own registration is PENDING (R7), while staff confirm directly', async () => {
    const sessionId = await f.session({ publicRegistration: true, registrationValidation: true });
    const [learner, placed] = await users(2);
    expect(await add({ sessionId }, learner, as(learner))).toMatchObject({ state: 'PENDING', position: null });
    expect((await add({ sessionId }, placed)).state).toBe('CONFIRMED');
    expect(await rows({ sessionId })).toEqual([
      [learner, 'LEARNER', 'PENDING'],
      [placed, 'LEARNER', 'CONFIRMED'],
    ]);
  });

  it('unregistering oneself needs public unregistration', async () => {
    const open = await f.session({ publicRegistration: true, publicUnregistration: true });
    const closed = await f.session({ publicRegistration: true, publicUnregistration: false });
    const [learner, other] = await users(2);
    const leaving = await add({ sessionId: open }, learner, as(learner));
    const staying = await add({ sessionId: closed }, learner, as(learner));
    const others = await add({ sessionId: open }, other);

    expect(firstError(await tryRemove(staying.id, as(learner)))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await rows({ sessionId: closed })).toEqual([[learner, 'LEARNER', 'CONFIRMED']]);
    // Someone else's registration is their private data: for a learner it does not exist.
    expect(firstError(await tryRemove(others.id, as(learner)))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await rows({ sessionId: open })).toHaveLength(2);

    await remove(leaving.id, as(learner));
    expect(await rows({ sessionId: open })).toEqual([[other, 'LEARNER', 'CONFIRMED']]);
  });
});

describe('R3/R4 — PUBLIC events: learners register themselves', () => {
  async function publicSetUp() {
    const sessionId = await f.session({ startDate: '2026-02-01T00:00:00Z' });
    const [learner] = await users(1);
    await add({ sessionId }, learner);
    return { sessionId, learner };
  }

  it('a confirmed session learner registers themself to a PUBLIC event not ended', async () => {
    const { sessionId, learner } = await publicSetUp();
    const eventId = await createEvent(sessionId, { inscriptionMode: 'PUBLIC' });
    const ongoing = await createEvent(sessionId, { inscriptionMode: 'PUBLIC', ...ONGOING });
    expect(await add({ eventId }, learner, as(learner))).toMatchObject({ state: 'CONFIRMED', event: { id: eventId } });
    expect((await add({ eventId: ongoing }, learner, as(learner))).state).toBe('CONFIRMED');
    expect(await rows({ eventId })).toEqual([[learner, 'LEARNER', 'CONFIRMED']]);
  });

  it('FORBIDDEN to register oneself to a MANUAL or AUTOMATIC event, and nothing written', async () => {
    const { sessionId, learner } = await publicSetUp();
    const manual = await createEvent(sessionId, { inscriptionMode: 'MANUAL' });
    expect(firstError(await tryAdd({ eventId: manual }, learner, as(learner)))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await rows({ eventId: manual })).toEqual([]);

    const automatic = await createEvent(sessionId, { inscriptionMode: 'AUTOMATIC', maxUsers: 1 });
    const [second] = await users(1);
    await add({ sessionId }, second);
    expect(await eventLearners(automatic)).toEqual(sorted([[learner, 'CONFIRMED'], [second, 'WAITLISTED']]));
    const secondRows = await rows({ eventId: automatic });
    // `second` joined the automatic event's waiting list; they cannot register again by themself.
    expect(firstError(await tryAdd({ eventId: automatic }, second, as(second)))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await rows({ eventId: automatic })).toEqual(secondRows);
  });

  it('FORBIDDEN to register oneself to an ended PUBLIC event, and nothing written', async () => {
    const { sessionId, learner } = await publicSetUp();
    const ended = await createEvent(sessionId, { inscriptionMode: 'PUBLIC', ...ENDED });
    expect(firstError(await tryAdd({ eventId: ended }, learner, as(learner)))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await rows({ eventId: ended })).toEqual([]);

    const soon = await createEvent(sessionId, { inscriptionMode: 'PUBLIC' });
    api.clock.set(new Date(FUTURE.endAt));
    expect(firstError(await tryAdd({ eventId: soon }, learner, as(learner)))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await rows({ eventId: soon })).toEqual([]);
  });

  it('FORBIDDEN to register someone else to a PUBLIC event; outside the session the event is not even visible', async () => {
    const { sessionId, learner } = await publicSetUp();
    const eventId = await createEvent(sessionId, { inscriptionMode: 'PUBLIC' });
    const [other, outsider] = await users(2);
    await add({ sessionId }, other);
    expect(firstError(await tryAdd({ eventId }, other, as(learner)))).toMatchObject({ code: 'FORBIDDEN' });
    expect(firstError(await tryAdd({ eventId }, outsider, as(outsider)))).toMatchObject({ code: 'NOT_FOUND', field: 'eventId' });
    expect(await rows({ eventId })).toEqual([]);
  });

  it('a learner unregisters from a PUBLIC event not ended, not from an ended one; staff can', async () => {
    const { sessionId, learner } = await publicSetUp();
    const open = await createEvent(sessionId, { inscriptionMode: 'PUBLIC' });
    const later = await createEvent(sessionId, { inscriptionMode: 'PUBLIC', ...LATER });
    const openInscription = await add({ eventId: open }, learner, as(learner));
    const laterInscription = await add({ eventId: later }, learner, as(learner));

    await remove(openInscription.id, as(learner));
    expect(await rows({ eventId: open })).toEqual([]);

    api.clock.set(new Date(LATER.endAt));
    expect(firstError(await tryRemove(laterInscription.id, as(learner)))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await rows({ eventId: later })).toEqual([[learner, 'LEARNER', 'CONFIRMED']]);
    await remove(laterInscription.id);
    expect(await rows({ eventId: later })).toEqual([]);
  });

  it('a learner cannot unregister themself from a MANUAL event; staff can', async () => {
    const { sessionId, learner } = await publicSetUp();
    const manual = await createEvent(sessionId, { inscriptionMode: 'MANUAL' });
    const inscription = await add({ eventId: manual }, learner);
    expect(firstError(await tryRemove(inscription.id, as(learner)))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await rows({ eventId: manual })).toEqual([[learner, 'LEARNER', 'CONFIRMED']]);
    await remove(inscription.id);
    expect(await rows({ eventId: manual })).toEqual([]);
  });
});

describe('bad input gets a clear error and changes nothing', () => {
  it('needs a sessionId or an eventId', async () => {
    const [user] = await users(1);
    const before = await allRows();
    expect(firstError(await tryAdd({}, user))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sessionId' });
    expect(await allRows()).toBe(before);
  });

  it("refuses an eventId with another session's sessionId", async () => {
    const [sessionId, otherSession] = [await f.session(), await f.session()];
    const eventId = await createEvent(sessionId);
    const [user] = await users(1);
    await add({ sessionId }, user);
    await add({ sessionId: otherSession }, user);
    const before = await allRows();
    expect(firstError(await tryAdd({ sessionId: otherSession, eventId }, user))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'sessionId',
    });
    expect(await allRows()).toBe(before);
    expect(await rows({ eventId })).toEqual([]);
  });

  it('answers NOT_FOUND, naming the field, for an unknown user, session, event or inscription', async () => {
    const sessionId = await f.session();
    const [user] = await users(1);
    const before = await allRows();
    expect(firstError(await tryAdd({ sessionId }, '987654'))).toMatchObject({ code: 'NOT_FOUND', field: 'userId' });
    expect(firstError(await tryAdd({ sessionId: '987654' }, user))).toMatchObject({ code: 'NOT_FOUND', field: 'sessionId' });
    expect(firstError(await tryAdd({ eventId: '987654' }, user))).toMatchObject({ code: 'NOT_FOUND', field: 'eventId' });
    expect(firstError(await tryAdd({ eventId: 'abc' }, user))).toMatchObject({ code: 'NOT_FOUND', field: 'eventId' });
    expect(firstError(await tryRemove('987654'))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await allRows()).toBe(before);
  });
});

describe('R6 — concurrent registrations never exceed capacity', () => {
  // cal.com's last-seat test: separate connections on MariaDB, then the final rows, not only the responses.
  it('10 concurrent registrations to a session of 3 seats: exactly 3 CONFIRMED and 7 WAITLISTED', async () => {
    const sessionId = await f.session({ maxUsers: 3 });
    const learners = await users(10);
    const results = await Promise.allSettled(
      learners.map((userId) => api.run(ADD, { input: { sessionId, userId, role: 'LEARNER' } })),
    );
    const failures = results.filter((r) => r.status === 'rejected' || r.value.errors?.length);
    expect(failures).toEqual([]);

    const found = await rows({ sessionId });
    expect(found).toHaveLength(10);
    expect(found.filter(([, , state]) => state === 'CONFIRMED')).toHaveLength(3);
    expect(found.filter(([, , state]) => state === 'WAITLISTED')).toHaveLength(7);
    expect(sorted(found.map(([user]) => user))).toEqual(sorted(learners));
    const answered = results.map((r) => (r.status === 'fulfilled' ? r.value.data?.addInscription.state : 'rejected'));
    expect(answered.filter((state) => state === 'CONFIRMED')).toHaveLength(3);
  });

  it('10 concurrent registrations to an event of 3 seats: exactly 3 CONFIRMED and 7 WAITLISTED', async () => {
    const sessionId = await f.session();
    const eventId = await createEvent(sessionId, { inscriptionMode: 'MANUAL', maxUsers: 3 });
    const learners = await users(10);
    for (const userId of learners) await add({ sessionId }, userId);
    const results = await Promise.allSettled(
      learners.map((userId) => api.run(ADD, { input: { eventId, userId, role: 'LEARNER' } })),
    );
    const failures = results.filter((r) => r.status === 'rejected' || r.value.errors?.length);
    expect(failures).toEqual([]);

    const found = await rows({ eventId });
    expect(found).toHaveLength(10);
    expect(found.filter(([, , state]) => state === 'CONFIRMED')).toHaveLength(3);
    expect(found.filter(([, , state]) => state === 'WAITLISTED')).toHaveLength(7);
  });

  const settle = async (operations: Promise<GraphQLResult>[]) => {
    const results = await Promise.allSettled(operations);
    return results.flatMap((r) =>
      r.status === 'rejected' ? [String(r.reason)] : (r.value.errors ?? []).map((e) => `${e.message} ${JSON.stringify(e.extensions)}`),
    );
  };
  const count = (found: [string, string, string][], role: Role, state: string) =>
    found.filter(([, r, s]) => r === role && s === state).length;

  it('registrations to a session, to its events and of event trainers at the same time all succeed, within every capacity', async () => {
    const operations: Promise<GraphQLResult>[] = [];
    const checks: (() => Promise<void>)[] = [];
    for (let s = 0; s < 2; s++) {
      const sessionId = await f.session({ maxUsers: 6 });
      const automatic = await createEvent(sessionId, { inscriptionMode: 'AUTOMATIC', maxUsers: 5 });
      const manual = [
        await createEvent(sessionId, { inscriptionMode: 'MANUAL', maxUsers: 2 }),
        await createEvent(sessionId, { inscriptionMode: 'MANUAL', maxUsers: 2, ...LATER }),
      ];
      const members = await users(4);
      for (const userId of members) await add({ sessionId }, userId);
      const trainers = await users(2);
      for (const userId of trainers) await add({ sessionId }, userId, undefined, 'TRAINER');
      const newcomers = await users(3);

      for (const userId of newcomers) operations.push(tryAdd({ sessionId }, userId));
      for (const eventId of manual) for (const userId of members) operations.push(tryAdd({ eventId }, userId));
      for (const userId of trainers) operations.push(tryAdd({ eventId: automatic }, userId, undefined, 'TRAINER'));
      checks.push(async () => {
        const session = await rows({ sessionId });
        expect([count(session, 'LEARNER', 'CONFIRMED'), count(session, 'LEARNER', 'WAITLISTED')]).toEqual([6, 1]);
        for (const eventId of manual) {
          const event = await rows({ eventId });
          expect([count(event, 'LEARNER', 'CONFIRMED'), count(event, 'LEARNER', 'WAITLISTED')]).toEqual([2, 2]);
        }
        // R3: the 6 confirmed learners are all on the automatic event, 5 of them seated.
        const onAutomatic = await rows({ eventId: automatic });
        expect([count(onAutomatic, 'LEARNER', 'CONFIRMED'), count(onAutomatic, 'LEARNER', 'WAITLISTED')]).toEqual([5, 1]);
        expect(count(onAutomatic, 'TRAINER', 'CONFIRMED')).toBe(2);
      });
    }
    expect(await settle(operations)).toEqual([]);
    for (const check of checks) await check();
  });

  it('changing or deleting automatic events while learners register: no failure, capacities and R3 hold', async () => {
    const sessionId = await f.session({ maxUsers: 4 });
    const raised = await createEvent(sessionId, { inscriptionMode: 'AUTOMATIC', maxUsers: 2 });
    const [trainer] = await users(1);
    await add({ sessionId }, trainer, undefined, 'TRAINER');
    const retrained = await createEvent(sessionId, { inscriptionMode: 'MANUAL', maxUsers: 2, ...LATER });
    const deleted = await createEvent(sessionId, { inscriptionMode: 'AUTOMATIC', startAt: '2026-03-12T08:00:00Z', endAt: '2026-03-12T09:00:00Z' });
    for (const userId of await users(3)) await add({ sessionId }, userId);
    const newcomers = await users(6);

    const errors = await settle([
      ...newcomers.map((userId) => tryAdd({ sessionId }, userId)),
      api.run(UPDATE_EVENT, { id: raised, input: { maxUsers: 3 } }),
      api.run(UPDATE_EVENT, { id: retrained, input: { inscriptionMode: 'AUTOMATIC', trainerIds: [trainer] } }),
      api.run(`mutation($id: ID!) { deleteEvent(id: $id) { id } }`, { id: deleted }),
    ]);
    expect(errors).toEqual([]);

    const session = await rows({ sessionId });
    expect([count(session, 'LEARNER', 'CONFIRMED'), count(session, 'LEARNER', 'WAITLISTED')]).toEqual([4, 5]);
    const confirmed = sorted(session.filter(([, r, s]) => r === 'LEARNER' && s === 'CONFIRMED').map(([user]) => user));
    for (const [eventId, seats] of [[raised, 3], [retrained, 2]] as const) {
      const event = await rows({ eventId });
      const learners = event.filter(([, role]) => role === 'LEARNER');
      expect(sorted(learners.map(([user]) => user))).toEqual(confirmed);
      expect(count(event, 'LEARNER', 'CONFIRMED')).toBe(seats);
    }
    expect(await rows({ eventId: retrained })).toContainEqual([trainer, 'TRAINER', 'CONFIRMED']);
    expect(await rows({ eventId: deleted })).toEqual([]);
  });

  /**
   * #6 §8: a change (of a capacity, or a deletion) holds the target's lock, uncommitted, while registrations
   * that have read the target as it was wait for that lock; then it commits. On MariaDB the test waits until all
   * of them are blocked on the lock; on SQLite write transactions are serialised whole, so they start after it.
   */
  async function raceHeldChange(change: (tx: DomainContext) => Promise<unknown>, register: () => Promise<GraphQLResult>[]) {
    const sys: DomainContext = { manager: api.dataSource.manager, clock: api.clock, actor: systemActor };
    let registering: Promise<GraphQLResult>[] = [];
    await inTransaction(sys, async (tx) => {
      await change(tx);
      registering = register();
      if (api.dataSource.options.type !== 'better-sqlite3') await blockedOnLocks(registering.length);
    });
    return settle(registering);
  }

  /**
   * Waits until `n` statements on this test's database are locking reads (MariaDB): a registration reaches its
   * lock after reading the target, and the held lock keeps it there. (INNODB_TRX does not list them: they
   * have written nothing yet.)
   */
  async function blockedOnLocks(n: number) {
    for (let tries = 0; tries < 500; tries++) {
      const [{ waiting }] = await api.dataSource.query(
        `SELECT COUNT(*) AS waiting FROM information_schema.PROCESSLIST
         WHERE DB = DATABASE() AND COMMAND = 'Query' AND (INFO LIKE '%FOR UPDATE' OR INFO LIKE '%LOCK IN SHARE MODE')`,
      );
      if (Number(waiting) >= n) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`${n} registrations never all waited for the lock`);
  }

  it('registrations that read the capacity before a lowering commits are seated against the lowered capacity (session)', async () => {
    const sessionId = await f.session({ maxUsers: 10 });
    for (const userId of await users(2)) await add({ sessionId }, userId);
    const newcomers = await users(6);
    const errors = await raceHeldChange(
      (tx) => updateSession(tx, Number(sessionId), { maxUsers: 2 }),
      () => newcomers.map((userId) => tryAdd({ sessionId }, userId)),
    );
    expect(errors).toEqual([]);
    const found = await rows({ sessionId });
    expect([count(found, 'LEARNER', 'CONFIRMED'), count(found, 'LEARNER', 'WAITLISTED')]).toEqual([2, 6]);
  });

  it('registrations that read the capacity before a lowering commits are seated against the lowered capacity (event)', async () => {
    const sessionId = await f.session();
    const eventId = await createEvent(sessionId, { inscriptionMode: 'MANUAL', maxUsers: 10 });
    const learners = await users(8);
    for (const userId of learners) await add({ sessionId }, userId);
    for (const userId of learners.slice(0, 2)) await add({ eventId }, userId);
    const errors = await raceHeldChange(
      (tx) => updateEvent(tx, Number(eventId), { maxUsers: 2 }),
      () => learners.slice(2).map((userId) => tryAdd({ eventId }, userId)),
    );
    expect(errors).toEqual([]);
    const found = await rows({ eventId });
    expect([count(found, 'LEARNER', 'CONFIRMED'), count(found, 'LEARNER', 'WAITLISTED')]).toEqual([2, 6]);
  });

  it('registrations waiting for an event that is deleted meanwhile answer NOT_FOUND, and write nothing', async () => {
    const sessionId = await f.session();
    const eventId = await createEvent(sessionId, { inscriptionMode: 'MANUAL' });
    const learners = await users(3);
    for (const userId of learners) await add({ sessionId }, userId);
    const errors = await raceHeldChange(
      (tx) => deleteEvent(tx, Number(eventId)),
      () => learners.map((userId) => tryAdd({ eventId }, userId)),
    );
    expect(errors).toHaveLength(3);
    for (const error of errors) expect(error).toContain('"code":"NOT_FOUND"');
    expect(await rows({ eventId })).toEqual([]);
  });

  it('raising capacities while learners register: exactly the new capacities are seated, first come first served', async () => {
    const sessionId = await f.session({ maxUsers: 2 });
    const automatic = await createEvent(sessionId, { inscriptionMode: 'AUTOMATIC', maxUsers: 2 });
    const early = await users(6);
    for (const userId of early) await add({ sessionId }, userId);
    const late = await users(4);
    const errors = await settle([
      api.run(UPDATE_SESSION, { id: sessionId, input: { maxUsers: 4 } }),
      ...late.map((userId) => tryAdd({ sessionId }, userId)),
      api.run(UPDATE_EVENT, { id: automatic, input: { maxUsers: 3 } }),
    ]);
    expect(errors).toEqual([]);
    // The locks serialise them; in any order the first registered hold the seats (ids follow registration).
    const session = await rows({ sessionId });
    expect(session.filter(([, , state]) => state === 'CONFIRMED').map(([user]) => user)).toEqual(early.slice(0, 4));
    expect(count(session, 'LEARNER', 'WAITLISTED')).toBe(6);
    const event = await rows({ eventId: automatic });
    expect(event.filter(([, , state]) => state === 'CONFIRMED').map(([user]) => user)).toEqual(early.slice(0, 3));
    expect(event.filter(([, , state]) => state === 'WAITLISTED').map(([user]) => user)).toEqual(early.slice(3, 4));
  });

  it('concurrent unregistrations hand each freed seat to a different waiting learner', async () => {
    const sessionId = await f.session({ maxUsers: 3 });
    const learners = await users(8);
    const added = [];
    for (const userId of learners) added.push(await add({ sessionId }, userId));
    const confirmed = added.filter((i) => i.state === 'CONFIRMED');
    expect(confirmed).toHaveLength(3);
    const results = await Promise.allSettled(confirmed.map((i) => api.run(REMOVE, { id: i.id })));
    expect(results.filter((r) => r.status === 'rejected' || r.value.errors?.length)).toEqual([]);

    const found = await rows({ sessionId });
    expect(found).toHaveLength(5);
    expect(found.filter(([, , state]) => state === 'CONFIRMED').map(([user]) => user)).toEqual(learners.slice(3, 6));
    expect(found.filter(([, , state]) => state === 'WAITLISTED').map(([user]) => user)).toEqual(learners.slice(6));
  });
});
