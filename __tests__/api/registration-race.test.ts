/**
 * #11: the registration race with automatic events. Concurrent registrations to a session with limited seats
 * and limited automatic events (R3, R6): exactly the session's seats confirmed, each event seated up to its
 * capacity in session-registration order, the rest of its session learners waiting in line 1…N; and one
 * registration's statements do not grow with the number of automatic events it joins. On MariaDB the
 * registrations run on separate connections at once.
 */
import { FindOptionsWhere, IsNull } from 'typeorm';
import { Inscription, InscriptionRole, InscriptionState, Session, WaitingPlace } from '../../entities';
import { openTestApi, TestApi } from '../support/api';
import { factories } from '../support/factories';
import { recordStatements } from '../support/statements';

jest.setTimeout(180_000);
let api: TestApi;
let f: ReturnType<typeof factories>;
let statements: string[] = [];

beforeAll(async () => {
  api = await openTestApi();
  f = factories(api);
  statements = recordStatements(api.dataSource);
});
afterAll(() => api.close());

const ADD = `mutation($input: AddInscriptionInput!) { addInscription(input: $input) { id state } }`;
const users = async (n: number) => {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push(await f.user());
  return ids;
};
const learnersOf = (where: FindOptionsWhere<Inscription>) =>
  api.dataSource.manager.find(Inscription, { where: { role: InscriptionRole.LEARNER, ...where }, order: { id: 'ASC' } });

it('20 concurrent registrations to 5 seats with 3 automatic events of 2 seats: 5 confirmed, each event 2 seated and 3 in line', async () => {
  const sessionId = await f.session({ maxUsers: 5, eventInscriptionMode: 'AUTOMATIC', endDate: '2026-12-31T00:00:00Z' });
  const events: string[] = [];
  for (let i = 0; i < 3; i++)
    events.push(await f.event(sessionId, { inscriptionMode: 'AUTOMATIC', maxUsers: 2, startAt: `2026-0${4 + i}-10T08:00:00Z`, endAt: `2026-0${4 + i}-10T11:00:00Z` }));
  const learners = await users(20);
  const results = await Promise.allSettled(learners.map((userId) => api.run(ADD, { input: { sessionId, userId, role: 'LEARNER' } })));
  expect(results.filter((r) => r.status === 'rejected' || r.value.errors?.length)).toEqual([]);

  const session = await learnersOf({ sessionId: Number(sessionId), eventId: IsNull() });
  const confirmed = session.filter((i) => i.state === InscriptionState.CONFIRMED);
  expect(confirmed).toHaveLength(5);
  expect(session.filter((i) => i.state === InscriptionState.WAITLISTED)).toHaveLength(15);
  for (const eventId of events) {
    const seated = await learnersOf({ eventId: Number(eventId) });
    // Only the session's confirmed learners, each once; the first two to be confirmed have the seats.
    expect(seated.map((i) => i.userId).sort()).toEqual(confirmed.map((i) => i.userId).sort());
    expect(seated.filter((i) => i.state === InscriptionState.CONFIRMED)).toHaveLength(2);
    const waiting = seated.filter((i) => i.state === InscriptionState.WAITLISTED);
    expect(waiting).toHaveLength(3);
    const places = await api.dataSource.manager.findBy(WaitingPlace, { eventKey: Number(eventId) });
    expect(places.map((p) => p.position).sort()).toEqual([1, 2, 3]);
  }
});

it("one registration's statements do not grow with the automatic events it joins", async () => {
  const counts: number[] = [];
  for (const eventCount of [1, 6]) {
    const sessionId = await f.session({ eventInscriptionMode: 'AUTOMATIC', endDate: '2026-12-31T00:00:00Z' });
    for (let i = 0; i < eventCount; i++) await f.event(sessionId, { inscriptionMode: 'AUTOMATIC', startAt: '2026-04-10T08:00:00Z', endAt: '2026-04-10T11:00:00Z' });
    const [userId] = await users(1);
    statements.length = 0;
    await api.ok(ADD, { input: { sessionId, userId, role: 'LEARNER' } });
    counts.push(statements.length);
    expect(await learnersOf({ userId: Number(userId) })).toHaveLength(eventCount + 1);
  }
  expect(counts[1]).toBe(counts[0]);
});

/** The statements of one registration, without the transaction's own (BEGIN / SET TRANSACTION / START / COMMIT). */
const work = (sql: string[]) => sql.filter((s) => !/^\s*(BEGIN|START TRANSACTION|SET TRANSACTION|COMMIT)\b/i.test(s));
/** The statements from the session row's lock (lockTarget's read of `session` `x`) to COMMIT included. */
const underLock = (sql: string[]) => sql.slice(sql.findIndex((s) => /FROM [`"]session[`"] [`"]x[`"]/.test(s)));

it('#11: one registration to a session without events is 5 statements, 3 of them under the session lock (then COMMIT), seated or waitlisted', async () => {
  const sessionId = await f.session({ maxUsers: 1, endDate: '2026-12-31T00:00:00Z' });
  const [seated, waiting, second] = await users(3);
  const seen: { state: string; work: number; locked: number; sql: string[] }[] = [];
  for (const userId of [seated, waiting, second]) {
    statements.length = 0;
    const { addInscription } = await api.ok(ADD, { input: { sessionId, userId, role: 'LEARNER' } });
    seen.push({ state: addInscription.state, work: work(statements).length, locked: underLock(statements).length, sql: [...statements] });
  }
  expect(seen.map((s) => s.state)).toEqual(['CONFIRMED', 'WAITLISTED', 'WAITLISTED']);
  // The target and the registrant read before the lock; under it the lock with, in the same statement, the seats,
  // the user's own inscription and the automatic events (lockForRegistration), the insert, and the recount
  // (seated) or the waiting place (waitlisted); then COMMIT.
  for (const s of seen) {
    expect({ work: s.work, locked: s.locked }).toEqual({ work: 5, locked: 4 });
  }
  // Nothing re-read after it was written, no waiting line read or ranked, no event looked at.
  expect(seen.flatMap((s) => s.sql).filter((s) => /eventKey" FROM|eventKey` FROM|FROM [`"]waiting_place[`"]|FROM [`"]event[`"] [`"]e[`"]/.test(s))).toEqual([]);
  const session = await learnersOf({ sessionId: Number(sessionId), eventId: IsNull() });
  expect(session.map((i) => i.state)).toEqual(['CONFIRMED', 'WAITLISTED', 'WAITLISTED']);
  const places = await api.dataSource.manager.find(WaitingPlace, { where: { sessionId: Number(sessionId), eventKey: 0 }, order: { position: 'ASC' } });
  expect(places.map((p) => [p.inscriptionId, p.position])).toEqual([[session[1].id, 1], [session[2].id, 2]]);
  const counters = await api.dataSource.manager.findOneByOrFail(Session, { id: Number(sessionId) });
  expect([counters.learnerCount, counters.pendingCount]).toEqual([1, 0]);
});

it('#11: a registration that joins 10 automatic events is 8 statements, whatever the number of events', async () => {
  const sessionId = await f.session({ eventInscriptionMode: 'AUTOMATIC', endDate: '2026-12-31T00:00:00Z' });
  for (let i = 0; i < 10; i++)
    await f.event(sessionId, { inscriptionMode: 'AUTOMATIC', maxUsers: i < 5 ? null : 5, startAt: '2026-04-10T08:00:00Z', endAt: '2026-04-10T11:00:00Z' });
  const [userId] = await users(1);
  statements.length = 0;
  await api.ok(ADD, { input: { sessionId, userId, role: 'LEARNER' } });
  // Before the lock: the target, the registrant; under it: the lock and what the decision reads, the insert, the
  // recount, the events read and locked at once, their seats counted at once, their inscriptions written at once.
  expect(work(statements)).toHaveLength(8);
  expect(await learnersOf({ userId: Number(userId), state: InscriptionState.CONFIRMED })).toHaveLength(11);
});

it('#11: concurrent newcomers on a session whose freed seat is owed to the line (after the cut-off) all wait behind it, in order', async () => {
  const sessionId = await f.session({ maxUsers: 3, startDate: '2026-03-10T08:00:00Z', endDate: '2026-12-31T00:00:00Z', promotionCutoffHours: 24 });
  const early = await users(4);
  const ids: string[] = [];
  for (const userId of early) ids.push((await api.ok(ADD, { input: { sessionId, userId, role: 'LEARNER' } })).addInscription.id);
  api.clock.set(new Date('2026-03-09T09:00:00Z'));
  try {
    // After the cut-off the freed seat is left to staff (#9 §4): the one waiting keeps first place, nobody is promoted.
    await api.ok(`mutation($id: ID!) { removeInscription(id: $id) { id } }`, { id: ids[0] });
    const newcomers = await users(10);
    const results = await Promise.all(newcomers.map((userId) => api.ok(ADD, { input: { sessionId, userId, role: 'LEARNER' } })));
    expect(results.map((r) => r.addInscription.state)).toEqual(newcomers.map(() => 'WAITLISTED'));
    const session = await learnersOf({ sessionId: Number(sessionId), eventId: IsNull() });
    expect(session.filter((i) => i.state === InscriptionState.CONFIRMED).map((i) => i.id)).toEqual([Number(ids[1]), Number(ids[2])]);
    const places = await api.dataSource.manager.find(WaitingPlace, { where: { sessionId: Number(sessionId), eventKey: 0 }, order: { position: 'ASC' } });
    // The early one first, then the newcomers in the order their registrations took the lock (their ids): 1…11, no gap.
    expect(places.map((p) => p.inscriptionId)).toEqual([Number(ids[3]), ...session.filter((i) => i.state === InscriptionState.WAITLISTED && i.id !== Number(ids[3])).map((i) => i.id)]);
    expect(places.map((p) => p.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const counters = await api.dataSource.manager.findOneByOrFail(Session, { id: Number(sessionId) });
    expect([counters.learnerCount, counters.pendingCount]).toEqual([2, 0]);
  } finally {
    api.clock.set(new Date('2026-03-02T08:00:00Z'));
  }
});
