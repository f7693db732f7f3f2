import { Actor } from '../../domain/actor';
import { revertLastMigration } from '../../server/db';
import { firstError, openTestApi, TestApi } from '../support/api';
import { factories } from '../support/factories';
import { managerActor } from '../support/actors';

// #7 screen 4: the sessions table sorts on every column it shows, each way, on an index, with keyset cursors
// that stay correct across pages; the seat counters behind two of those columns follow every change.
let api: TestApi;
let f: ReturnType<typeof factories>;
beforeAll(async () => {
  api = await openTestApi(); // now = 2026-03-02T08:00:00Z
  f = factories(api);
});
afterAll(() => api.close());

const manager = managerActor;
const learner = (userId: string): Actor => ({ kind: 'user', userId: Number(userId), isAdmin: false });

interface Row {
  id: string;
  title: string;
  startDate: string;
  endDate: string;
  status: 'UPCOMING' | 'ONGOING' | 'ENDED';
  learnerCount: number;
  pendingCount: number;
  maxUsers: number | null;
  training: { title: string };
}

const FIELDS = 'id title startDate endDate status learnerCount pendingCount maxUsers training { title }';

/** The whole list in this order, one row per page, so every cursor (and every part of a segmented order) is used. */
async function pagedOne(search: string, orderBy: string, actor?: Actor): Promise<Row[]> {
  const rows: Row[] = [];
  let after: string | null = null;
  for (;;) {
    const data: { sessions: { nodes: Row[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } } = await api.ok(
      `query($o: SessionOrder, $after: String, $q: String) {
        sessions(filter: { search: $q }, orderBy: $o, first: 1, after: $after) { totalCount nodes { ${FIELDS} } pageInfo { endCursor hasNextPage } } }`,
      { o: orderBy, after, q: search },
      actor,
    );
    rows.push(...data.sessions.nodes);
    if (!data.sessions.pageInfo.hasNextPage) return rows;
    after = data.sessions.pageInfo.endCursor;
  }
}

const by = <T>(key: (row: Row) => T) => (a: Row, b: Row) => {
  const [x, y] = [key(a), key(b)];
  return x < y ? -1 : x > y ? 1 : Number(a.id) - Number(b.id);
};
const STATUS_RANK = { UPCOMING: 0, ONGOING: 1, ENDED: 2 };
/** Status order: upcoming by start, ongoing by end, ended by latest end (R4). */
const statusKey = (row: Row): [number, number] => [
  STATUS_RANK[row.status],
  row.status === 'UPCOMING' ? Date.parse(row.startDate) : row.status === 'ONGOING' ? Date.parse(row.endDate) : -Date.parse(row.endDate),
];
const compareStatus = (a: Row, b: Row) => {
  const [x, y] = [statusKey(a), statusKey(b)];
  return x[0] - y[0] || x[1] - y[1] || Number(a.id) - Number(b.id);
};
/** Capacity order: limited by capacity, then unlimited (empty = largest). */
const compareCapacity = by((row) => row.maxUsers ?? Number.MAX_SAFE_INTEGER);
const reverse = (compare: (a: Row, b: Row) => number) => (a: Row, b: Row) => compare(b, a);

let tag: string;
let org: string;
let ids: Record<'delta' | 'alpha' | 'charlie' | 'bravo', string>;
const people: Record<string, string> = {};

beforeAll(async () => {
  tag = Math.random().toString(36).slice(2, 8);
  org = await f.organisation();
  const trainingA = await f.training({ title: `Aquarelle ${tag}`, organisationIds: [org] });
  const trainingB = await f.training({ title: `Bouture ${tag}`, organisationIds: [org] });
  ids = {
    // upcoming, full (2 / 2) with one waiting
    delta: await f.session({ trainingId: trainingB, title: `Delta ${tag}`, startDate: '2026-05-01T08:00:00Z', endDate: '2026-05-02T16:00:00Z', maxUsers: 2 }),
    // ongoing, unlimited
    alpha: await f.session({ trainingId: trainingA, title: `Alpha ${tag}`, startDate: '2026-02-01T08:00:00Z', endDate: '2026-04-01T16:00:00Z', maxUsers: null }),
    // ended, two awaiting validation
    charlie: await f.session({
      trainingId: trainingA,
      title: `Charlie ${tag}`,
      startDate: '2026-01-01T08:00:00Z',
      endDate: '2026-03-10T16:00:00Z',
      maxUsers: 5,
      publicRegistration: true,
      registrationValidation: true,
    }),
    // upcoming, 3 learners, one awaiting
    bravo: await f.session({
      trainingId: trainingB,
      title: `Bravo ${tag}`,
      startDate: '2026-04-01T08:00:00Z',
      endDate: '2026-08-01T16:00:00Z',
      maxUsers: 10,
      publicRegistration: true,
      registrationValidation: true,
    }),
  };
  // Charlie and Alpha are both ongoing at "now" (2026-03-02): the ongoing part holds two rows, by end.
  for (const name of ['d1', 'd2', 'd3', 'a1', 'b1', 'b2', 'b3', 'b4', 'c1', 'c2']) people[name] = await f.user();
  for (const name of ['d1', 'd2', 'd3']) await f.inscription({ sessionId: ids.delta, userId: people[name] });
  await f.inscription({ sessionId: ids.alpha, userId: people.a1 });
  for (const name of ['b1', 'b2', 'b3']) await f.inscription({ sessionId: ids.bravo, userId: people[name] });
  await f.inscription({ sessionId: ids.bravo, userId: people.b4 }, learner(people.b4));
  for (const name of ['c1', 'c2']) await f.inscription({ sessionId: ids.charlie, userId: people[name] }, learner(people[name]));
  // An ended session too.
  await f.session({ trainingId: trainingA, title: `Echo ${tag}`, startDate: '2025-11-01T08:00:00Z', endDate: '2025-11-02T16:00:00Z' });
});

describe('sessions(orderBy): every column of the table, both ways, paged one row at a time', () => {
  it('shows the counters the table needs: confirmed learners, pending registrations, capacity', async () => {
    const rows = await pagedOne(tag, 'TITLE_ASC');
    expect(rows.map((r) => [r.title.split(' ')[0], r.status, r.learnerCount, r.maxUsers, r.pendingCount])).toEqual([
      ['Alpha', 'ONGOING', 1, null, 0],
      ['Bravo', 'UPCOMING', 3, 10, 1],
      ['Charlie', 'ONGOING', 0, 5, 2],
      ['Delta', 'UPCOMING', 2, 2, 0],
      ['Echo', 'ENDED', 0, null, 0],
    ]);
  });

  const orders: [string, (a: Row, b: Row) => number][] = [
    ['TRAINING', by((r) => r.training.title)],
    ['TITLE', by((r) => r.title)],
    ['START_DATE', by((r) => r.startDate)],
    ['END_DATE', by((r) => r.endDate)],
    ['STATUS', compareStatus],
    ['LEARNERS', by((r) => r.learnerCount)],
    ['CAPACITY', compareCapacity],
    ['PENDING', by((r) => r.pendingCount)],
  ];
  it.each(orders)('%s_ASC and _DESC (the exact reverse), with no row lost or repeated across pages', async (name, compare) => {
    const all = await pagedOne(tag, 'TITLE_ASC');
    const asc = await pagedOne(tag, `${name}_ASC`);
    const desc = await pagedOne(tag, `${name}_DESC`);
    expect(asc.map((r) => r.title)).toEqual([...all].sort(compare).map((r) => r.title));
    expect(desc.map((r) => r.title)).toEqual([...all].sort(reverse(compare)).map((r) => r.title));
  });

  it('status order: upcoming soonest first, ongoing soonest end first, ended last', async () => {
    expect((await pagedOne(tag, 'STATUS_ASC')).map((r) => r.title.split(' ')[0])).toEqual(['Bravo', 'Delta', 'Charlie', 'Alpha', 'Echo']);
    expect((await pagedOne(tag, 'CAPACITY_ASC')).map((r) => r.title.split(' ')[0])).toEqual(['Delta', 'Charlie', 'Bravo', 'Alpha', 'Echo']);
  });

  it("refuses a cursor of another order (BAD_CURSOR on after), the status order's included", async () => {
    const query = `query($o: SessionOrder, $after: String) { sessions(filter: { search: "${tag}" }, orderBy: $o, first: 1, after: $after) { pageInfo { endCursor } } }`;
    const status = (await api.ok(query, { o: 'STATUS_ASC' })).sessions.pageInfo.endCursor;
    for (const o of ['STATUS_DESC', 'CAPACITY_ASC', 'START_DATE_ASC']) {
      const error = firstError(await api.run(query, { o, after: status }));
      expect([error.code, error.reason, error.field]).toEqual(['BAD_USER_INPUT', 'BAD_CURSOR', 'after']);
    }
  });

  it("finds sessions by words of their training's title too", async () => {
    const data = await api.ok(`{ sessions(filter: { search: "Bouture ${tag}" }, orderBy: TITLE_ASC) { nodes { title } } }`);
    expect(data.sessions.nodes.map((n: { title: string }) => n.title)).toEqual([`Bravo ${tag}`, `Delta ${tag}`]);
  });
});

describe('the counters follow every change of the inscriptions, in the same transaction', () => {
  const counters = async (id: string) => {
    const { session } = await api.ok(
      `query($id: ID!) { session(id: $id) { learnerCount pendingCount
        confirmed: inscriptions(role: LEARNER, state: CONFIRMED) { totalCount }
        pending: inscriptions(role: LEARNER, state: PENDING) { totalCount } } }`,
      { id },
    );
    // The stored counters are what counting would give.
    expect([session.learnerCount, session.pendingCount]).toEqual([session.confirmed.totalCount, session.pending.totalCount]);
    return [session.learnerCount, session.pendingCount];
  };

  it('unregistering promotes the waiting learner; deleting a user drops theirs; pending and staff registrations count', async () => {
    expect(await counters(ids.delta)).toEqual([2, 0]);
    const { session } = await api.ok(`query($id: ID!) { session(id: $id) { inscriptions(role: LEARNER, state: CONFIRMED) { nodes { id } } } }`, { id: ids.delta });
    await api.ok(`mutation($id: ID!) { removeInscription(id: $id) { id } }`, { id: session.inscriptions.nodes[0].id });
    expect(await counters(ids.delta)).toEqual([2, 0]);
    await api.ok(`mutation($id: ID!) { deleteUser(id: $id) { id } }`, { id: people.d2 });
    await api.ok(`mutation($id: ID!) { deleteUser(id: $id) { id } }`, { id: people.d3 });
    expect(await counters(ids.delta)).toEqual([0, 0]);
    await api.ok(`mutation($id: ID!) { deleteUser(id: $id) { id } }`, { id: people.c1 });
    expect(await counters(ids.charlie)).toEqual([0, 1]);
    const extra = await f.user();
    await f.inscription({ sessionId: ids.charlie, userId: extra });
    expect(await counters(ids.charlie)).toEqual([1, 1]);
  });

  it("renaming a training re-sorts its sessions (the copied title follows)", async () => {
    const { session } = await api.ok(`query($id: ID!) { session(id: $id) { training { id } } }`, { id: ids.alpha });
    await api.ok(`mutation($id: ID!, $t: String!) { updateTraining(id: $id, input: { title: $t }) { id } }`, { id: session.training.id, t: `Zinnia ${tag}` });
    expect((await pagedOne(tag, 'TRAINING_ASC')).map((r) => r.title.split(' ')[0])).toEqual(['Delta', 'Bravo', 'Alpha', 'Charlie', 'Echo']);
  });
});

describe('Session.viewerCan and deletionImpact', () => {
  it("tell the training's managers what a deletion takes; others get false and null", async () => {
    const eventId = await f.event(ids.bravo);
    await f.event(ids.bravo);
    await api.ok(`mutation($e: ID!) { createComment(eventId: $e, content: "Salle B") { id } }`, { e: eventId });
    const query = `query($id: ID!) { session(id: $id) { viewerCan { edit delete } deletionImpact { events inscriptions } } }`;
    // 4 session inscriptions (3 confirmed, 1 pending) and none in the manual events.
    expect((await api.ok(query, { id: ids.bravo }, manager(await f.user(), org))).session).toEqual({
      viewerCan: { edit: true, delete: true },
      deletionImpact: { events: 2, inscriptions: 4 },
    });
    const outsider = manager(await f.user(), await f.organisation());
    expect((await api.ok(query, { id: ids.bravo }, outsider)).session).toEqual({ viewerCan: { edit: false, delete: false }, deletionImpact: null });
  });

  it('a manager of another organisation does not find the session in the list, nor by id', async () => {
    const outsider = manager(await f.user(), await f.organisation());
    const data = await api.ok(`{ sessions(filter: { search: "${tag}" }) { totalCount nodes { title } } }`, undefined, outsider);
    // Bravo and Charlie are in the public catalogue; the others are private to the organisation.
    expect(data.sessions.nodes.map((n: { title: string }) => n.title.split(' ')[0]).sort()).toEqual(['Bravo', 'Charlie']);
    expect(firstError(await api.run(`query($id: ID!) { session(id: $id) { id } }`, { id: ids.alpha }, outsider)).code).toBe('NOT_FOUND');
  });
});

describe('Event.viewerCan and Comment.viewerCan (the « i » dialog)', () => {
  it('staff of the session may comment; the author edits; managers delete any; a learner may do nothing', async () => {
    const eventId = await f.event(ids.alpha);
    const trainer = await f.user();
    await f.inscription({ sessionId: ids.alpha, userId: trainer, role: 'TRAINER' });
    await api.ok(`mutation($e: ID!) { createComment(eventId: $e, content: "Apporter une blouse") { id } }`, { e: eventId }, learner(trainer));
    const query = `query($id: ID!) { event(id: $id) { viewerCan { comment } comments { nodes { content viewerCan { edit delete } } } } }`;
    expect((await api.ok(query, { id: eventId }, learner(trainer))).event).toEqual({
      viewerCan: { comment: true },
      comments: { nodes: [{ content: 'Apporter une blouse', viewerCan: { edit: true, delete: true } }] },
    });
    expect((await api.ok(query, { id: eventId }, manager(await f.user(), org))).event).toEqual({
      viewerCan: { comment: true },
      comments: { nodes: [{ content: 'Apporter une blouse', viewerCan: { edit: false, delete: true } }] },
    });
    expect((await api.ok(query, { id: eventId }, learner(people.a1))).event).toEqual({
      viewerCan: { comment: false },
      comments: { nodes: [{ content: 'Apporter une blouse', viewerCan: { edit: false, delete: false } }] },
    });
  });
});

describe('the SessionsTable migration', () => {
  it('back-fills the copied training title and the counters of existing sessions', async () => {
    const before = await pagedOne(tag, 'TITLE_ASC');
    for (;;) {
      const [last]: { name: string }[] = await api.dataSource.query('SELECT name FROM migrations ORDER BY id DESC LIMIT 1');
      await revertLastMigration(api.dataSource);
      if (/^SessionsTable/.test(last.name)) break;
    }
    await api.dataSource.runMigrations({ transaction: 'each' });
    const after = await pagedOne(tag, 'TITLE_ASC');
    expect(after).toEqual(before);
    expect(after.some((r) => r.learnerCount > 0) && after.some((r) => r.pendingCount > 0)).toBe(true);
  });
});
