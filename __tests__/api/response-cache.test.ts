/**
 * #11: exact caching of anonymous reads (graphql/response-cache.ts). A repeated anonymous read costs one
 * statement; a mutation through any process, or the passage of a session's or event's start or end, makes the
 * next read fresh; signed-in reads are never cached.
 */
import { Actor, anonymousActor } from '../../domain/actor';
import { createContext } from '../../graphql/context';
import { buildCursusSchema } from '../../graphql/schema';
import { createGraphQLServer } from '../../graphql/server';
import { openTestApi, TestApi } from '../support/api';
import { factories } from '../support/factories';
import { recordStatements } from '../support/statements';

jest.setTimeout(60_000);
let api: TestApi;
let f: ReturnType<typeof factories>;
let statements: string[] = [];

beforeAll(async () => {
  api = await openTestApi(new Date('2026-03-02T08:00:00Z'), { responseCache: true });
  f = factories(api);
  statements = recordStatements(api.dataSource);
});
afterAll(() => api.close());

const CATALOGUE = `query Catalogue($first: Int!) {
  trainings(first: $first) { totalCount nodes { id title sessions(first: 5) { nodes { id title status events(first: 5) { nodes { id status } } } } } }
}`;

/** A training in the public catalogue: one public session from 10 to 20 March, one event on the 10th. */
async function publicTraining() {
  const training = await f.training();
  const session = await f.session({ trainingId: training, publicRegistration: true, startDate: '2026-03-10T08:00:00Z', endDate: '2026-03-20T17:00:00Z' });
  const event = await f.event(session, { startAt: '2026-03-10T08:00:00Z', endAt: '2026-03-10T11:00:00Z' });
  return { training, session, event };
}

const read = async (actor: Actor = anonymousActor) => {
  statements.length = 0;
  const data = await api.ok(CATALOGUE, { first: 20 }, actor);
  return { data, count: statements.length };
};

const sessionOf = (data: any, id: string) =>
  data.trainings.nodes.flatMap((t: any) => t.sessions.nodes).find((s: any) => s.id === id) as { title: string; status: string; events: { nodes: { status: string }[] } };

it('answers a repeated anonymous read from memory, after one statement, with the same answer', async () => {
  const { session } = await publicTraining();
  const first = await read();
  expect(sessionOf(first.data, session).status).toBe('UPCOMING');
  expect(first.count).toBeGreaterThan(1);
  const second = await read();
  expect(second.data).toEqual(first.data);
  expect(second.count).toBe(1);
});

it('reads fresh after a mutation, whichever process ran it and whichever process reads', async () => {
  const { session } = await publicTraining();
  // Another process: the same database, a cache of its own.
  const other = createGraphQLServer(buildCursusSchema(), { responseCache: true });
  const readThroughOther = async () => {
    const response = await other.executeOperation({ query: CATALOGUE, variables: { first: 20 } }, { contextValue: createContext(api.dataSource, anonymousActor, api.clock) });
    if (response.body.kind !== 'single' || response.body.singleResult.errors) throw new Error(JSON.stringify(response.body));
    return response.body.singleResult.data as any;
  };
  expect(sessionOf(await readThroughOther(), session).title).not.toBe('Renamed');
  await read();
  expect((await read()).count).toBe(1);

  await api.ok(`mutation($id: ID!) { updateSession(id: $id, input: { title: "Renamed" }) { id } }`, { id: session });

  expect(sessionOf(await readThroughOther(), session).title).toBe('Renamed');
  const after = await read();
  expect(sessionOf(after.data, session).title).toBe('Renamed');
  expect(after.count).toBeGreaterThan(1);
});

it('changes its answer when a start or an end is reached, with no write at all', async () => {
  const { session } = await publicTraining();
  api.clock.set(new Date('2026-03-10T07:59:59.999Z'));
  const before = await read();
  expect(sessionOf(before.data, session).status).toBe('UPCOMING');
  expect((await read()).count).toBe(1);

  // The session and its event start now: the boundary is crossed, nothing was written.
  api.clock.set(new Date('2026-03-10T08:00:00Z'));
  const started = await read();
  expect(started.count).toBeGreaterThan(1);
  expect(sessionOf(started.data, session).status).toBe('ONGOING');
  expect(sessionOf(started.data, session).events.nodes[0].status).toBe('ONGOING');

  // Until the next boundary (the event's end at 11:00) the answer stays cached; at 11:00 the event has ended.
  api.clock.set(new Date('2026-03-10T10:59:59.999Z'));
  expect((await read()).count).toBe(1);
  api.clock.set(new Date('2026-03-10T11:00:00Z'));
  expect(sessionOf((await read()).data, session).events.nodes[0].status).toBe('ENDED');
});

it('never caches a signed-in reader', async () => {
  await publicTraining();
  const admin: Actor = { kind: 'user', userId: Number(await f.user()), isAdmin: true, managedOrganisationIds: [] };
  const first = await read(admin);
  const second = await read(admin);
  expect(second.data).toEqual(first.data);
  expect(second.count).toBe(first.count);
  expect(second.count).toBeGreaterThan(1);
});

it('sends no statement for an anonymous operation that reads no data', async () => {
  statements.length = 0;
  expect(await api.ok('{ __typename }', {}, anonymousActor)).toEqual({ __typename: 'Query' });
  expect(statements).toEqual([]);
});
