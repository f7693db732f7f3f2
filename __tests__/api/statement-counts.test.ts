/**
 * #11: SQL statements per request do not grow with the page size: the session page in at most 5 here (the
 * 6th over HTTP resolves the actor's token), the catalogue's first page in at most 5. Counted as the bench
 * counts them, every statement either driver sends, on pages of growing size.
 */
import { CATALOGUE, SESSION_PAGE } from '../../scripts/load-bench/operations';
import { Actor, anonymousActor } from '../../domain/actor';
import { openTestApi, TestApi } from '../support/api';
import { factories } from '../support/factories';
import { recordStatements } from '../support/statements';

jest.setTimeout(120_000);
let api: TestApi;
let f: ReturnType<typeof factories>;
let statements: string[] = [];

beforeAll(async () => {
  api = await openTestApi();
  f = factories(api);
  statements = recordStatements(api.dataSource);
});
afterAll(() => api.close());

/** The statements one operation sends, with its answer. */
async function counted(query: string, variables: Record<string, unknown>, actor?: Actor) {
  statements.length = 0;
  const data = await api.ok(query, variables, actor);
  return { data, count: statements.length, sql: [...statements] };
}

const admin = async (): Promise<Actor> => ({ kind: 'user', userId: Number(await f.user()), isAdmin: true, managedOrganisationIds: [] });

/** A session of `size` learners and `size` automatic events at a location, each event with all of them. */
async function sessionOf(size: number) {
  const location = await f.location();
  const session = await f.session({ maxUsers: 100, eventInscriptionMode: 'AUTOMATIC' });
  for (let i = 0; i < size; i++) await f.inscription({ sessionId: session, userId: await f.user() });
  for (let i = 0; i < size; i++) await f.event(session, { locationId: location, inscriptionMode: 'AUTOMATIC' });
  return session;
}

describe('the session page', () => {
  it('is 5 statements whatever its number of events and learners, and counts without loading rows', async () => {
    const actor = await admin();
    const counts: number[] = [];
    for (const size of [1, 4, 8]) {
      const id = await sessionOf(size);
      const { data, count, sql } = await counted(SESSION_PAGE, { id }, actor);
      expect(data.session.events.totalCount).toBe(size);
      expect(data.session.events.nodes.map((e: any) => e.inscriptions.totalCount)).toEqual(Array(size).fill(size));
      expect(data.session.learners.totalCount).toBe(size);
      expect(data.session.learners.nodes).toHaveLength(size);
      expect(data.session.learners.nodes[0].email).toMatch(/@example\.org$/);
      // The training and the events' locations come with the session's and the events' rows.
      expect(data.session.training.id).toEqual(expect.any(String));
      expect(data.session.events.nodes.every((e: any) => e.location?.timeZone)).toBe(true);
      // The registrant counts are one grouped COUNT, not pages of rows.
      expect(sql.filter((s) => /COUNT\(\*\) AS "total" FROM "inscription"|COUNT\(\*\) AS `total` FROM `inscription`/.test(s))).toHaveLength(1);
      counts.push(count);
    }
    expect(counts).toEqual([5, 5, 5]);
  });

  it('still pages and counts right after a cursor', async () => {
    const id = await sessionOf(3);
    const page = `query($id: ID!, $after: String) { session(id: $id) { learners(first: 2, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { id } } } }`;
    const first = await api.ok(page, { id });
    expect(first.session.learners).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const next = await api.ok(page, { id, after: first.session.learners.pageInfo.endCursor });
    expect(next.session.learners.totalCount).toBe(3);
    expect(next.session.learners.pageInfo.hasNextPage).toBe(false);
    expect(next.session.learners.nodes).toHaveLength(1);
  });

  it('refuses a bad cursor even when only the count is asked', async () => {
    const id = await sessionOf(1);
    const result = await api.run(`query($id: ID!) { session(id: $id) { learners(after: "bad") { totalCount } } }`, { id });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BAD_CURSOR' });
  });
});

describe("the catalogue's first page", () => {
  it('is at most 5 statements for an anonymous visitor whatever the number of trainings and sessions', async () => {
    const counts: number[] = [];
    for (const trainings of [1, 5, 10]) {
      for (let t = 0; t < trainings; t++) {
        const trainingId = await f.training({ publicRegistration: true });
        for (let s = 0; s < 6; s++)
          await f.session({ trainingId, publicRegistration: true, startDate: `2026-04-0${s + 1}T08:00:00Z`, endDate: '2026-06-30T00:00:00Z' });
      }
      const { data, count } = await counted(CATALOGUE, {}, anonymousActor);
      expect(data.trainings.nodes.length).toBeGreaterThan(0);
      for (const node of data.trainings.nodes) expect(node.sessions.nodes.length).toBeLessThanOrEqual(5);
      counts.push(count);
    }
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBeLessThanOrEqual(5);
  });
});

describe('repeatEvent', () => {
  const REPEAT = `mutation($id: ID!, $weeks: Int!) { repeatEvent(id: $id, weekdays: [MONDAY], weeks: $weeks) { id } }`;
  const COPY = `query($id: ID!) { event(id: $id) { inscriptions(role: LEARNER) { totalCount nodes { state position user { id } } } trainers { nodes { id } } } }`;

  /** An automatic event of a session with `learners` confirmed learners and a trainer, and its capacity. */
  async function automaticEvent(learners: number, maxUsers: number | null = null) {
    const session = await f.session({ startDate: '2026-03-01T00:00:00Z', endDate: '2027-06-30T00:00:00Z' });
    const trainer = await f.user();
    await f.inscription({ sessionId: session, userId: trainer, role: 'TRAINER' });
    const users: string[] = [];
    for (let i = 0; i < learners; i++) {
      users.push(await f.user());
      await f.inscription({ sessionId: session, userId: users[i] });
    }
    const event = await f.event(session, { inscriptionMode: 'AUTOMATIC', trainerIds: [trainer], maxUsers });
    return { event, trainer, users };
  }

  it('sends the same number of statements for 2 copies × 2 learners as for 12 copies × 6', async () => {
    const counts: number[] = [];
    for (const [weeks, learners] of [[2, 2], [12, 6]]) {
      const { event, trainer, users } = await automaticEvent(learners);
      const { data, count } = await counted(REPEAT, { id: event, weeks });
      expect(data.repeatEvent).toHaveLength(weeks);
      const copy = await api.ok(COPY, { id: data.repeatEvent[weeks - 1].id });
      expect(copy.event.trainers.nodes).toEqual([{ id: trainer }]);
      expect(copy.event.inscriptions.nodes.map((i: any) => [i.user.id, i.state])).toEqual(users.map((u) => [u, 'CONFIRMED']));
      counts.push(count);
    }
    expect(counts[1]).toBe(counts[0]);
  });

  it('seats the learners of a copy in registration order up to its capacity, then waitlists them in line (R6)', async () => {
    const { event, users } = await automaticEvent(4, 2);
    const { data } = await counted(REPEAT, { id: event, weeks: 2 });
    for (const { id } of data.repeatEvent) {
      const copy = await api.ok(COPY, { id });
      expect(copy.event.inscriptions.nodes.map((i: any) => [i.user.id, i.state, i.position])).toEqual([
        [users[0], 'CONFIRMED', null],
        [users[1], 'CONFIRMED', null],
        [users[2], 'WAITLISTED', 1],
        [users[3], 'WAITLISTED', 2],
      ]);
    }
  });
});
