import { managerActor } from '../support/actors';
import { firstError, openTestApi, TestApi } from '../support/api';
import { factories } from '../support/factories';

// #8 screen 5: the events table across sessions. Its filters (start days, location, trainer) are applied by the
// API inside the viewer's scope; another organisation's manager sees none of these events.
let api: TestApi;
let f: ReturnType<typeof factories>;
beforeAll(async () => {
  api = await openTestApi(); // now = 2026-03-02T08:00:00Z
  f = factories(api);
});
afterAll(() => api.close());

const LIST = `query($filter: EventFilter, $o: EventOrder) { events(filter: $filter, orderBy: $o, first: 100) { totalCount nodes { name } } }`;

async function setUp() {
  const organisation = await f.organisation();
  const manager = managerActor(await f.user(), organisation);
  const trainingId = await f.training({ organisationIds: [organisation] });
  const [s1, s2] = [await f.session({ trainingId }), await f.session({ trainingId })];
  const [trainer, other] = [await f.user(), await f.user()];
  await f.inscription({ sessionId: s1, userId: trainer, role: 'TRAINER' });
  await f.inscription({ sessionId: s2, userId: other, role: 'TRAINER' });
  const [lyon, paris] = [await f.location('Europe/Paris'), await f.location('Europe/Paris')];
  const tag = Math.random().toString(36).slice(2, 8);
  await f.event(s1, { name: `A ${tag}`, startAt: '2026-03-10T08:00:00Z', endAt: '2026-03-10T10:00:00Z', locationId: lyon, trainerIds: [trainer] });
  await f.event(s1, { name: `B ${tag}`, startAt: '2026-03-12T08:00:00Z', endAt: '2026-03-12T10:00:00Z', locationId: paris });
  await f.event(s2, { name: `C ${tag}`, startAt: '2026-03-20T08:00:00Z', endAt: '2026-03-20T10:00:00Z', locationId: lyon, trainerIds: [other] });
  await f.event(s2, { name: `D ${tag}`, startAt: '2026-02-20T08:00:00Z', endAt: '2026-02-20T10:00:00Z' });
  return { manager, tag, lyon, paris, trainer, other };
}

const names = async (filter: Record<string, unknown>, actor: Parameters<TestApi['ok']>[2], orderBy = 'START_ASC') =>
  ((await api.ok(LIST, { filter: { asStaff: true, ...filter }, o: orderBy }, actor)).events.nodes as { name: string }[]).map((n) => n.name[0]);

describe('events across sessions (#8 screen 5)', () => {
  it('lists the events of every session one manages, filtered by start instants, location, trainer, text and R4 state', async () => {
    const { manager, tag, lyon, paris, trainer, other } = await setUp();
    expect(await names({ search: tag }, manager)).toEqual(['D', 'A', 'B', 'C']);
    expect(await names({ search: tag }, manager, 'NAME_DESC')).toEqual(['D', 'C', 'B', 'A']);
    expect(await names({ search: tag, startsAfter: '2026-03-10T08:00:00Z', startsBefore: '2026-03-20T08:00:00Z' }, manager)).toEqual(['A', 'B']);
    expect(await names({ search: tag, locationId: lyon }, manager)).toEqual(['A', 'C']);
    expect(await names({ search: tag, locationId: paris, ended: false }, manager)).toEqual(['B']);
    expect(await names({ search: tag, trainerId: trainer }, manager)).toEqual(['A']);
    expect(await names({ search: tag, trainerId: other, locationId: lyon }, manager)).toEqual(['C']);
    expect(await names({ search: tag, ended: true }, manager)).toEqual(['D']);
  });

  it('a trainer sees the events of the sessions they teach; another organisation’s manager none of them', async () => {
    const { tag, trainer } = await setUp();
    const asTrainer = { kind: 'user' as const, userId: Number(trainer), isAdmin: false };
    expect(await names({ search: tag }, asTrainer)).toEqual(['A', 'B']);
    const outsider = managerActor(await f.user(), await f.organisation());
    expect(await names({ search: tag }, outsider)).toEqual([]);
  });

  it('refuses a start bound out of range and an unknown location id shape, naming the field', async () => {
    const { manager } = await setUp();
    expect(firstError(await api.run(LIST, { filter: { startsAfter: '0001-01-01T00:00:00Z' } }, manager))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'startsAfter',
    });
    expect(firstError(await api.run(LIST, { filter: { locationId: 'x' } }, manager))).toMatchObject({ code: 'NOT_FOUND', field: 'locationId' });
  });
});
