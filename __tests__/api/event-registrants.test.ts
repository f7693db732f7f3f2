import { Actor } from '../../domain/actor';
import { Inscription } from '../../entities';
import { managerActor } from '../support/actors';
import { firstError, openTestApi, TestApi } from '../support/api';
import { factories } from '../support/factories';

// #8 screen 4: the event page's « bonhomme + » registers several people in one request and one transaction,
// with addInscription's rules (R3 session learners, staff only, R6 seats then waiting list), and says per person
// what happened.
let api: TestApi;
let f: ReturnType<typeof factories>;
beforeAll(async () => {
  api = await openTestApi(); // now = 2026-03-02T08:00:00Z
  f = factories(api);
});
afterAll(() => api.close());

const ADD_MANY = `mutation($eventId: ID!, $userIds: [ID!]!) { addEventRegistrants(eventId: $eventId, userIds: $userIds) {
  userId outcome reason inscription { id state position user { id } } } }`;
const as = (userId: string): Actor => ({ kind: 'user', userId: Number(userId), isAdmin: false });

interface Result {
  userId: string;
  outcome: string;
  reason: string | null;
  inscription: { id: string; state: string; position: number | null; user: { id: string } } | null;
}

const addMany = async (eventId: string, userIds: string[], actor?: Actor) =>
  (await api.ok(ADD_MANY, { eventId, userIds }, actor)).addEventRegistrants as Result[];

/** Every inscription row, to check that a refusal wrote nothing. */
const allRows = async () => JSON.stringify(await api.dataSource.manager.find(Inscription, { order: { id: 'ASC' } }));

async function eventRows(eventId: string) {
  const rows = await api.dataSource.manager.find(Inscription, { where: { eventId: Number(eventId) }, order: { id: 'ASC' } });
  return rows.map((row) => [String(row.userId), row.role, row.state]);
}

/** A session of an organisation with a manager, `learners` confirmed learners and a trainer, and one event. */
async function setUp({ mode = 'MANUAL', maxUsers = null as number | null, learners = 3 } = {}) {
  const organisation = await f.organisation();
  const manager = managerActor(await f.user(), organisation);
  const trainingId = await f.training({ organisationIds: [organisation] });
  const sessionId = await f.session({ trainingId, eventInscriptionMode: mode });
  const people = await Promise.all(Array.from({ length: learners }, () => f.user()));
  for (const userId of people) await f.inscription({ sessionId, userId });
  const trainer = await f.user();
  await f.inscription({ sessionId, userId: trainer, role: 'TRAINER' });
  const eventId = await f.event(sessionId, { maxUsers, inscriptionMode: mode });
  return { organisation, manager, sessionId, eventId, people, trainer };
}

describe('addEventRegistrants', () => {
  it('a manager registers several learners at once, seats first then the waiting list in the order given (R6)', async () => {
    const { manager, eventId, people } = await setUp({ maxUsers: 2 });
    const results = await addMany(eventId, [people[2], people[0], people[1]], manager);
    expect(results.map((r) => [r.userId, r.outcome, r.inscription?.state, r.inscription?.position])).toEqual([
      [people[2], 'ADDED', 'CONFIRMED', null],
      [people[0], 'ADDED', 'CONFIRMED', null],
      [people[1], 'ADDED', 'WAITLISTED', 1],
    ]);
    expect(await eventRows(eventId)).toEqual([
      [people[2], 'LEARNER', 'CONFIRMED'],
      [people[0], 'LEARNER', 'CONFIRMED'],
      [people[1], 'LEARNER', 'WAITLISTED'],
    ]);
  });

  it('reports per person: added, already registered, refused (not a session learner, outside the scope); the others are added', async () => {
    const { manager, sessionId, eventId, people } = await setUp();
    await f.inscription({ eventId, userId: people[0] });
    const stranger = await f.user(); // no part in the manager's organisations: outside their scope of people
    const otherSession = await f.session({ trainingId: (await api.ok(`query($id: ID!) { session(id: $id) { training { id } } }`, { id: sessionId })).session.training.id });
    const notLearner = await f.user();
    await f.inscription({ sessionId: otherSession, userId: notLearner }); // in scope (same training), not in this session
    const results = await addMany(eventId, [people[0], people[1], notLearner, stranger, people[1]], manager);
    expect(results.map((r) => [r.userId, r.outcome, r.reason])).toEqual([
      [people[0], 'ALREADY_REGISTERED', null],
      [people[1], 'ADDED', null],
      [notLearner, 'REFUSED', 'NOT_SESSION_LEARNER'],
      [stranger, 'REFUSED', 'NOT_FOUND'],
    ]);
    expect(results[3].inscription).toBeNull();
    expect(await eventRows(eventId)).toEqual([
      [people[0], 'LEARNER', 'CONFIRMED'],
      [people[1], 'LEARNER', 'CONFIRMED'],
    ]);
  });

  it("a trainer of the session registers learners to a MANUAL event; not to an AUTOMATIC or PUBLIC one (FORBIDDEN, nothing written)", async () => {
    const manual = await setUp();
    expect((await addMany(manual.eventId, manual.people.slice(0, 2), as(manual.trainer))).map((r) => r.outcome)).toEqual(['ADDED', 'ADDED']);
    for (const mode of ['AUTOMATIC', 'PUBLIC']) {
      const other = await setUp({ mode });
      const before = await allRows();
      expect(firstError(await api.run(ADD_MANY, { eventId: other.eventId, userIds: other.people }, as(other.trainer)))).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'NOT_SESSION_STAFF',
      });
      expect(await allRows()).toBe(before);
    }
  });

  it('a learner of the session may not register others: FORBIDDEN, nothing written', async () => {
    const { eventId, people } = await setUp();
    const before = await allRows();
    expect(firstError(await api.run(ADD_MANY, { eventId, userIds: [people[1]] }, as(people[0])))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await allRows()).toBe(before);
  });

  it("another organisation's manager gets NOT_FOUND, as for a missing event, and nothing is written", async () => {
    const { eventId, people } = await setUp();
    const otherOrganisation = await f.organisation();
    const outsider = managerActor(await f.user(), otherOrganisation);
    const before = await allRows();
    expect(firstError(await api.run(ADD_MANY, { eventId, userIds: people }, outsider))).toMatchObject({ code: 'NOT_FOUND', field: 'eventId' });
    expect(firstError(await api.run(ADD_MANY, { eventId: '999999', userIds: people }))).toMatchObject({ code: 'NOT_FOUND', field: 'eventId' });
    expect(await allRows()).toBe(before);
  });

  it('refuses an empty list, more than 100 people, and a malformed id: BAD_USER_INPUT or NOT_FOUND, nothing written', async () => {
    const { manager, eventId, people } = await setUp();
    const before = await allRows();
    expect(firstError(await api.run(ADD_MANY, { eventId, userIds: [] }, manager))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'REGISTRANT_REQUIRED',
      field: 'userIds',
    });
    const many = Array.from({ length: 101 }, (_, i) => String(1_000_000 + i));
    expect(firstError(await api.run(ADD_MANY, { eventId, userIds: many }, manager))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'TOO_MANY_REGISTRANTS',
      field: 'userIds',
    });
    expect(firstError(await api.run(ADD_MANY, { eventId, userIds: [people[0], 'x'] }, manager))).toMatchObject({ code: 'NOT_FOUND', field: 'userIds' });
    expect(await allRows()).toBe(before);
  });

  it('a refused registration (CANCELLED) is replaced, and the viewer learns they may register learners', async () => {
    const { manager, eventId, people, trainer } = await setUp();
    const [first] = await addMany(eventId, [people[0]], manager);
    await api.dataSource.manager.update(Inscription, { id: Number(first.inscription!.id) }, { state: 'CANCELLED' as never });
    expect((await addMany(eventId, [people[0]], manager))[0]).toMatchObject({ outcome: 'ADDED', inscription: { state: 'CONFIRMED' } });
    expect(await eventRows(eventId)).toEqual([[people[0], 'LEARNER', 'CONFIRMED']]);
    const can = `query($id: ID!) { event(id: $id) { viewerCan { registerLearners } } }`;
    expect((await api.ok(can, { id: eventId }, manager)).event.viewerCan.registerLearners).toBe(true);
    expect((await api.ok(can, { id: eventId }, as(trainer))).event.viewerCan.registerLearners).toBe(true);
    expect((await api.ok(can, { id: eventId }, as(people[1]))).event.viewerCan.registerLearners).toBe(false);
  });
});
