import { MAX_CURSOR_LENGTH } from '../../domain/pagination';
import { firstError, GraphQLResult, openTestApi, TestApi } from '../support/api';
import { factories } from '../support/factories';

// #6 §12: a cursor continues exactly the list it came from (list, order, filter and, for a nested list, its
// parent); any other `after` is refused with BAD_USER_INPUT / BAD_CURSOR on field `after`, alike on both databases.
let api: TestApi;
let f: ReturnType<typeof factories>;
const w = {} as {
  organisationId: string;
  trainingA: string;
  trainingB: string;
  sessionsA: string[];
  sessionB: string;
  eventsA0: string[];
  eventsA1: string[];
};

beforeAll(async () => {
  api = await openTestApi();
  f = factories(api);
  w.organisationId = await f.organisation();
  w.trainingA = await f.training({ title: 'A formation', organisationIds: [w.organisationId] });
  w.trainingB = await f.training({ title: 'B formation', organisationIds: [w.organisationId] });
  // Start order 1, 2, 3; title order: Gamma (1), Alpha (2), Beta (3).
  w.sessionsA = [
    await f.session({ trainingId: w.trainingA, title: 'Gamma', startDate: '2026-03-01T00:00:00Z' }),
    await f.session({ trainingId: w.trainingA, title: 'Alpha', startDate: '2026-03-02T00:00:00Z' }),
    await f.session({ trainingId: w.trainingA, title: 'Beta', startDate: '2026-03-03T00:00:00Z' }),
  ];
  w.sessionB = await f.session({ trainingId: w.trainingB, title: 'Delta', startDate: '2026-03-04T00:00:00Z' });
  w.eventsA0 = [
    await f.event(w.sessionsA[0], { startAt: '2026-03-10T08:00:00Z', endAt: '2026-03-10T09:00:00Z' }),
    await f.event(w.sessionsA[0], { startAt: '2026-03-11T08:00:00Z', endAt: '2026-03-11T09:00:00Z' }),
  ];
  w.eventsA1 = [
    await f.event(w.sessionsA[1], { startAt: '2026-03-12T08:00:00Z', endAt: '2026-03-12T09:00:00Z' }),
    await f.event(w.sessionsA[1], { startAt: '2026-03-13T08:00:00Z', endAt: '2026-03-13T09:00:00Z' }),
  ];
});
afterAll(() => api.close());

interface PageOf {
  nodes: { id: string }[];
  pageInfo: { endCursor: string; hasNextPage: boolean };
}

const PAGE = 'nodes { id } pageInfo { endCursor hasNextPage }';
const SESSIONS = `query($filter: SessionFilter, $orderBy: SessionOrder, $first: Int, $after: String) {
  sessions(filter: $filter, orderBy: $orderBy, first: $first, after: $after) { ${PAGE} } }`;
const TRAININGS = `query($o: ID, $search: String, $first: Int, $after: String) {
  trainings(organisationId: $o, search: $search, first: $first, after: $after) { ${PAGE} } }`;
const EVENTS = `query($filter: EventFilter, $first: Int, $after: String) { events(filter: $filter, first: $first, after: $after) { ${PAGE} } }`;
const SESSION_EVENTS = `query($id: ID!, $first: Int, $after: String) { session(id: $id) { events(first: $first, after: $after) { ${PAGE} } } }`;

const sessions = async (variables: Record<string, unknown>): Promise<PageOf> => (await api.ok(SESSIONS, variables)).sessions;
const cursorOf = (page: PageOf) => page.pageInfo.endCursor;
const ids = (page: PageOf) => page.nodes.map((n) => n.id);
const inA = () => ({ trainingId: w.trainingA });

function expectBadCursor(result: GraphQLResult) {
  expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BAD_CURSOR', field: 'after' });
}

describe('a cursor is bound to its order', () => {
  it('a TITLE_ASC cursor continues TITLE_ASC, and is refused under START_DATE_ASC or START_DATE_DESC', async () => {
    const byTitle = await sessions({ filter: inA(), orderBy: 'TITLE_ASC', first: 1 });
    expect(ids(byTitle)).toEqual([w.sessionsA[1]]);
    const next = await sessions({ filter: inA(), orderBy: 'TITLE_ASC', first: 1, after: cursorOf(byTitle) });
    expect(ids(next)).toEqual([w.sessionsA[2]]);
    for (const orderBy of ['START_DATE_ASC', 'START_DATE_DESC'])
      expectBadCursor(await api.run(SESSIONS, { filter: inA(), orderBy, first: 1, after: cursorOf(byTitle) }));
  });

  it('an open-events cursor is refused by the ended list (another order) and the other way round', async () => {
    api.clock.set(new Date('2026-03-12T12:00:00Z'));
    try {
      const open = (await api.ok(EVENTS, { filter: { ended: false }, first: 1 })).events;
      const ended = (await api.ok(EVENTS, { filter: { ended: true }, first: 1 })).events;
      expectBadCursor(await api.run(EVENTS, { filter: { ended: true }, after: cursorOf(open) }));
      expectBadCursor(await api.run(EVENTS, { filter: { ended: false }, after: cursorOf(ended) }));
      await api.ok(EVENTS, { filter: { ended: false }, after: cursorOf(open) });
    } finally {
      api.clock.set(new Date('2026-03-02T08:00:00Z'));
    }
  });
});

describe('a cursor is bound to its list', () => {
  it('a trainings cursor is refused by sessions, events, users, locations, organisations, templates — and back', async () => {
    const training = (await api.ok(TRAININGS, { first: 1 })).trainings;
    for (const query of [
      SESSIONS,
      EVENTS,
      `query($after: String) { users(after: $after) { totalCount } }`,
      `query($after: String) { locations(after: $after) { totalCount } }`,
      `query($after: String) { organisations(after: $after) { totalCount } }`,
      `query($after: String) { templates(after: $after) { totalCount } }`,
      SESSION_EVENTS,
    ])
      expectBadCursor(await api.run(query, { id: w.sessionsA[0], after: cursorOf(training) }));
    const session = await sessions({ first: 1 });
    expectBadCursor(await api.run(TRAININGS, { after: cursorOf(session) }));
  });

  it('a top-level events cursor is refused by a nested events list, and a nested one by the top-level list', async () => {
    const topLevel = (await api.ok(EVENTS, { filter: { sessionId: w.sessionsA[0] }, first: 1 })).events;
    expectBadCursor(await api.run(SESSION_EVENTS, { id: w.sessionsA[0], first: 1, after: cursorOf(topLevel) }));
    const nested = (await api.ok(SESSION_EVENTS, { id: w.sessionsA[0], first: 1 })).session.events;
    expectBadCursor(await api.run(EVENTS, { filter: { sessionId: w.sessionsA[0] }, first: 1, after: cursorOf(nested) }));
  });
});

describe('a cursor is bound to its filter', () => {
  it('sessions of training A: refused for training B, for no training, and for another search', async () => {
    const page = await sessions({ filter: inA(), first: 1 });
    const after = cursorOf(page);
    expect(ids(await sessions({ filter: inA(), first: 1, after }))).toEqual([w.sessionsA[1]]);
    // The same filter written in another key order is the same filter.
    expect(ids(await sessions({ filter: { search: null, trainingId: w.trainingA }, first: 1, after }))).toEqual([w.sessionsA[1]]);
    for (const filter of [{ trainingId: w.trainingB }, undefined, { ...inA(), search: 'a' }, { ...inA(), startsAfter: '2026-01-01T00:00:00Z' }])
      expectBadCursor(await api.run(SESSIONS, { filter, first: 1, after }));
  });

  it('trainings: refused for another organisation or search', async () => {
    const page = (await api.ok(TRAININGS, { o: w.organisationId, first: 1 })).trainings;
    await api.ok(TRAININGS, { o: w.organisationId, first: 1, after: cursorOf(page) });
    expectBadCursor(await api.run(TRAININGS, { first: 1, after: cursorOf(page) }));
    expectBadCursor(await api.run(TRAININGS, { o: w.organisationId, search: 'formation', first: 1, after: cursorOf(page) }));
  });

  it('nested inscriptions: a cursor of the learners is refused by the trainers', async () => {
    const sessionId = w.sessionsA[2];
    for (let i = 0; i < 2; i++) await f.inscription({ sessionId, userId: await f.user() });
    const INSCRIPTIONS = `query($id: ID!, $role: InscriptionRole, $after: String) { session(id: $id) {
      inscriptions(role: $role, first: 1, after: $after) { ${PAGE} } } }`;
    const learners = (await api.ok(INSCRIPTIONS, { id: sessionId, role: 'LEARNER' })).session.inscriptions;
    expect(learners.pageInfo.hasNextPage).toBe(true);
    const next = (await api.ok(INSCRIPTIONS, { id: sessionId, role: 'LEARNER', after: cursorOf(learners) })).session.inscriptions;
    expect(next.nodes).toHaveLength(1);
    expectBadCursor(await api.run(INSCRIPTIONS, { id: sessionId, role: 'TRAINER', after: cursorOf(learners) }));
    expectBadCursor(await api.run(INSCRIPTIONS, { id: sessionId, after: cursorOf(learners) }));
  });
});

describe('a nested cursor is bound to its parent', () => {
  it("continues its session's events; under another session it is refused", async () => {
    const first = (await api.ok(SESSION_EVENTS, { id: w.sessionsA[0], first: 1 })).session.events;
    const next = (await api.ok(SESSION_EVENTS, { id: w.sessionsA[0], first: 1, after: cursorOf(first) })).session.events;
    expect(ids(next)).toEqual([w.eventsA0[1]]);
    expectBadCursor(await api.run(SESSION_EVENTS, { id: w.sessionsA[1], first: 1, after: cursorOf(first) }));
  });

  it('under a list of parents (trainings { sessions(after) }), it continues its own parent and is refused under the others', async () => {
    const NESTED = `query($o: ID!, $after: String) { trainings(organisationId: $o) { nodes { id sessions(first: 1, after: $after) { ${PAGE} } } } }`;
    const firstPages = (await api.ok(NESTED, { o: w.organisationId })).trainings.nodes;
    expect(firstPages.map((t: { id: string }) => t.id)).toEqual([w.trainingA, w.trainingB]);
    const after = cursorOf(firstPages[0].sessions);
    const result = await api.run(NESTED, { o: w.organisationId, after });
    expect(result.errors?.length).toBeGreaterThan(0);
    for (const error of result.errors ?? []) {
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BAD_CURSOR', field: 'after' });
      expect(error.path).toEqual(['trainings', 'nodes', 1, 'sessions']);
    }
    // Under its own parent alone, it continues.
    const own = await api.ok(`query($id: ID!, $after: String) { training(id: $id) { sessions(first: 1, after: $after) { ${PAGE} } } }`, {
      id: w.trainingA,
      after,
    });
    expect(ids(own.training.sessions)).toEqual([w.sessionsA[1]]);
  });
});

describe('malformed cursors are refused alike on both databases', () => {
  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

  /** A real cursor of the sessions of training A by start date, with some fields changed. */
  async function tampered(change: Record<string, unknown>) {
    const real = JSON.parse(Buffer.from(cursorOf(await sessions({ filter: inA(), first: 1 })), 'base64url').toString('utf8'));
    return b64({ ...real, ...change });
  }

  it.each([
    ['garbage', async () => 'nonsense'],
    ['not base64url', async () => '!!!***'],
    ['base64 of no JSON', async () => Buffer.from('{not json').toString('base64url')],
    ['JSON null', async () => b64(null)],
    ['a JSON array', async () => b64([1, 2])],
    ['the old format, a date', async () => b64({ d: '2026-03-01T00:00:00.000Z', id: 1 })],
    ['the old format, a string', async () => b64({ v: 'zzz', id: 1 })],
    ['a date that is no date', async () => tampered({ d: 'garbage' })],
    ['a date out of range', async () => tampered({ d: '0000-01-01T00:00:00.000Z' })],
    ['a string where a date goes', async () => tampered({ d: undefined, v: 'zzz' })],
    ['a number where a date goes', async () => tampered({ d: undefined, v: 5 })],
    ['a negative id', async () => tampered({ i: -1 })],
    ['a fractional id', async () => tampered({ i: 1.5 })],
    ['a parent on a top-level list', async () => tampered({ p: 1 })],
    ['a real cursor with a character added', async () => `${cursorOf(await sessions({ filter: inA(), first: 1 }))}=`],
  ])('%s', async (_, cursor) => {
    expectBadCursor(await api.run(SESSIONS, { filter: inA(), first: 1, after: await cursor() }));
  });

  it(`a cursor longer than ${MAX_CURSOR_LENGTH} characters is refused before it is decoded`, async () => {
    const error = firstError(await api.run(SESSIONS, { after: 'A'.repeat(MAX_CURSOR_LENGTH + 1) }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BAD_CURSOR', field: 'after' });
    expect(error.message).toMatch(String(MAX_CURSOR_LENGTH));
  });

  it('the longest cursor this API writes (a 255-character title, JSON-escaped or three bytes a character) is accepted', async () => {
    const organisationId = await f.organisation();
    for (const title of ['学'.repeat(255), '"'.repeat(255), '\\'.repeat(255)]) {
      await f.training({ title, organisationIds: [organisationId] });
      await f.training({ title: `${title.slice(0, 254)}\u4e8f`, organisationIds: [organisationId] });
    }
    let after: string | undefined;
    const seen: string[] = [];
    for (let guard = 0; guard < 10; guard++) {
      const page = (await api.ok(TRAININGS, { o: organisationId, first: 1, after })).trainings as PageOf;
      seen.push(...ids(page));
      if (!page.pageInfo.hasNextPage) break;
      after = cursorOf(page);
      expect(after.length).toBeLessThanOrEqual(MAX_CURSOR_LENGTH);
    }
    expect(new Set(seen).size).toBe(6);
  });
});
