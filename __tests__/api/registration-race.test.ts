/**
 * #11: the registration race with automatic events. Concurrent registrations to a session with limited seats
 * and limited automatic events (R3, R6): exactly the session's seats confirmed, each event seated up to its
 * capacity in session-registration order, the rest of its session learners waiting in line 1…N; and one
 * registration's statements do not grow with the number of automatic events it joins. On MariaDB the
 * registrations run on separate connections at once.
 */
import { FindOptionsWhere, IsNull } from 'typeorm';
import { Inscription, InscriptionRole, InscriptionState, WaitingPlace } from '../../entities';
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
