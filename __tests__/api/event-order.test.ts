import { firstError, openTestApi, TestApi } from '../support/api';
import { factories } from '../support/factories';

// #7 screen 5: the session page's events tables sort on name, start and end, each way, page by page; a cursor
// continues only the order it came from.
const NOW = new Date('2026-03-02T08:00:00Z');

let api: TestApi;
let f: ReturnType<typeof factories>;

beforeAll(async () => {
  api = await openTestApi(NOW);
  f = factories(api);
});
afterAll(() => api.close());

const EVENTS = `query($filter: EventFilter, $orderBy: EventOrder, $first: Int, $after: String) {
  events(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount nodes { id } pageInfo { endCursor hasNextPage } } }`;
const CREATE_EVENT = `mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }`;

const ids = (connection: { nodes: { id: string }[] }) => connection.nodes.map((node) => node.id);

/** Every id of the list, fetched one row at a time. */
async function pageByPage(filter: Record<string, unknown>, orderBy: string) {
  const seen: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: { nodes: { id: string }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } = (
      await api.ok(EVENTS, { filter, orderBy, first: 1, after })
    ).events;
    seen.push(...ids(page));
    if (!page.pageInfo.hasNextPage) return seen;
    after = page.pageInfo.endCursor;
  }
}

describe('events orderBy (#7 screen 5)', () => {
  let sessionId: string;
  const open: Record<string, string> = {};
  const ended: Record<string, string> = {};

  beforeAll(async () => {
    sessionId = await f.session({ startDate: '2026-01-01T00:00:00Z' });
    const create = async (name: string, startAt: string, endAt: string) =>
      (await api.ok(CREATE_EVENT, { input: { sessionId, name, startAt, endAt } })).createEvent.id as string;
    // Name, start and end orders all disagree; two open events share a name, so id breaks the tie.
    open.bravo = await create('Bravo', '2026-03-05T08:00:00Z', '2026-03-06T08:00:00Z');
    open.alpha = await create('Alpha', '2026-03-10T08:00:00Z', '2026-03-11T08:00:00Z');
    open.charlie = await create('Charlie', '2026-03-01T08:00:00Z', '2026-03-20T08:00:00Z');
    open.alpha2 = await create('Alpha', '2026-03-07T08:00:00Z', '2026-03-08T08:00:00Z');
    ended.delta = await create('Delta', '2026-02-01T08:00:00Z', '2026-02-25T08:00:00Z');
    ended.echo = await create('Echo', '2026-02-10T08:00:00Z', '2026-02-11T08:00:00Z');
    // Another session's event never shows up.
    const other = await f.session({ startDate: '2026-01-01T00:00:00Z' });
    await api.ok(CREATE_EVENT, { input: { sessionId: other, name: 'Aaa', startAt: '2026-03-04T08:00:00Z', endAt: '2026-03-04T09:00:00Z' } });
  });

  const expected = () => ({
    open: {
      START_ASC: [open.charlie, open.bravo, open.alpha2, open.alpha],
      END_ASC: [open.bravo, open.alpha2, open.alpha, open.charlie],
      NAME_ASC: [open.alpha, open.alpha2, open.bravo, open.charlie],
    },
    ended: {
      START_ASC: [ended.delta, ended.echo],
      END_ASC: [ended.echo, ended.delta],
      NAME_ASC: [ended.delta, ended.echo],
    },
  });

  for (const table of ['open', 'ended'] as const)
    for (const column of ['START', 'END', 'NAME'] as const)
      it(`orders ${table} events by ${column} both ways, one row at a time`, async () => {
        const filter = { sessionId, ended: table === 'ended' };
        const ascending = expected()[table][`${column}_ASC`];
        expect(ids((await api.ok(EVENTS, { filter, orderBy: `${column}_ASC` })).events)).toEqual(ascending);
        expect(await pageByPage(filter, `${column}_ASC`)).toEqual(ascending);
        expect(await pageByPage(filter, `${column}_DESC`)).toEqual([...ascending].reverse());
      });

  it('keeps the defaults: open soonest start first, ended latest end first', async () => {
    expect(ids((await api.ok(EVENTS, { filter: { sessionId, ended: false } })).events)).toEqual(expected().open.START_ASC);
    expect(ids((await api.ok(EVENTS, { filter: { sessionId, ended: true } })).events)).toEqual(
      [...expected().ended.END_ASC].reverse(),
    );
  });

  it('refuses a cursor from another order', async () => {
    const filter = { sessionId, ended: false };
    const byName = (await api.ok(EVENTS, { filter, orderBy: 'NAME_ASC', first: 1 })).events;
    for (const orderBy of ['NAME_DESC', 'START_ASC', null]) {
      const result = await api.run(EVENTS, { filter, orderBy, first: 1, after: byName.pageInfo.endCursor });
      expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BAD_CURSOR', field: 'after' });
    }
  });
});
