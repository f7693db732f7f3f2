import { openTestApi, TestApi } from '../support/api';
import { factories } from '../support/factories';
import { managerActor } from '../support/actors';

// #7: what the management screens ask the API for: trainings ordered and paged on an index, each with its
// next session and what the viewer may do; the dashboard's lists of sessions and events.
let api: TestApi;
let f: ReturnType<typeof factories>;
beforeAll(async () => {
  api = await openTestApi(); // now = 2026-03-02T08:00:00Z
  f = factories(api);
});
afterAll(() => api.close());

const manager = managerActor;
const titles = (connection: { nodes: { title: string }[] }) => connection.nodes.map((n) => n.title);

describe('trainings(orderBy)', () => {
  it('orders by title or code both ways, and pages with the cursor in that order', async () => {
    const org = await f.organisation();
    const tag = Math.random().toString(36).slice(2, 8);
    for (const [code, title] of [['B', 'Charpente'], ['C', 'Arboriculture'], ['A', 'Botanique']])
      await f.training({ code: `${tag}-${code}`, title: `${title} ${tag}`, organisationIds: [org] });
    const query = `query($o: TrainingOrder, $after: String) {
      trainings(organisationId: "${org}", orderBy: $o, first: 2, after: $after) { totalCount nodes { code title } pageInfo { endCursor hasNextPage } } }`;
    const read = async (orderBy: string) => {
      const first = (await api.ok(query, { o: orderBy })).trainings;
      const second = (await api.ok(query, { o: orderBy, after: first.pageInfo.endCursor })).trainings;
      expect([first.totalCount, first.pageInfo.hasNextPage, second.pageInfo.hasNextPage]).toEqual([3, true, false]);
      return [...first.nodes, ...second.nodes].map((n: { code: string }) => n.code.slice(-1)).join('');
    };
    expect(await read('TITLE_ASC')).toBe('CAB');
    expect(await read('TITLE_DESC')).toBe('BAC');
    expect(await read('CODE_ASC')).toBe('ABC');
    expect(await read('CODE_DESC')).toBe('CBA');
  });
});

describe('Training.nextSession, viewerCan and deletionImpact', () => {
  it('gives the soonest session that has not started, among those the viewer may see', async () => {
    const org = await f.organisation();
    const trainingId = await f.training({ organisationIds: [org] });
    await f.session({ trainingId, title: 'passée', startDate: '2026-01-05T08:00:00Z', endDate: '2026-01-06T08:00:00Z' });
    await f.session({ trainingId, title: 'lointaine', startDate: '2026-09-01T08:00:00Z', endDate: '2026-09-02T08:00:00Z', publicRegistration: true });
    await f.session({ trainingId, title: 'prochaine', startDate: '2026-04-01T08:00:00Z', endDate: '2026-04-02T08:00:00Z' });
    const query = `query($id: ID!) { training(id: $id) { nextSession { title } sessions(first: 0) { totalCount } } }`;
    expect((await api.ok(query, { id: trainingId })).training).toEqual({ nextSession: { title: 'prochaine' }, sessions: { totalCount: 3 } });
    // Anonymous visitors see the public catalogue only: the private "prochaine" is not theirs.
    expect((await api.ok(query, { id: trainingId }, { kind: 'anonymous' })).training).toEqual({
      nextSession: { title: 'lointaine' },
      sessions: { totalCount: 1 },
    });
  });

  it('tells managers they may edit and delete, and what a deletion takes; others get false and null', async () => {
    const [org, other] = [await f.organisation(), await f.organisation()];
    const trainingId = await f.training({ organisationIds: [org] });
    const sessionId = await f.session({ trainingId, publicRegistration: true });
    await f.event(sessionId);
    await f.event(sessionId);
    await f.inscription({ sessionId, userId: await f.user() });
    const query = `query($id: ID!) { training(id: $id) { viewerCan { edit delete } deletionImpact { sessions events inscriptions } } }`;
    const own = manager(await f.user(), org);
    expect((await api.ok(query, { id: trainingId }, own)).training).toEqual({
      viewerCan: { edit: true, delete: true },
      deletionImpact: { sessions: 1, events: 2, inscriptions: 1 },
    });
    // A manager of another organisation sees it through the public catalogue, and may not change it.
    const outsider = manager(await f.user(), other);
    expect((await api.ok(query, { id: trainingId }, outsider)).training).toEqual({
      viewerCan: { edit: false, delete: false },
      deletionImpact: null,
    });
  });
});

describe('the dashboard lists', () => {
  it('asStaff keeps the sessions and events the viewer manages or teaches, not the public catalogue', async () => {
    const [org, other] = [await f.organisation(), await f.organisation()];
    const mine = await f.session({ trainingId: await f.training({ organisationIds: [org] }), title: 'gérée' });
    const theirs = await f.session({ trainingId: await f.training({ organisationIds: [other] }), title: 'publique', publicRegistration: true });
    const taughtId = await f.session({ trainingId: await f.training({ organisationIds: [other] }), title: 'enseignée' });
    await f.event(mine, { name: 'séance gérée' });
    await f.event(theirs, { name: 'séance publique' });
    const userId = await f.user();
    await f.inscription({ sessionId: taughtId, userId, role: 'TRAINER' });
    const viewer = manager(userId, org);
    const sessions = `query($staff: Boolean) { sessions(filter: { asStaff: $staff }, first: 100) { nodes { title } } }`;
    const events = `query($staff: Boolean) { events(filter: { asStaff: $staff }, first: 100) { nodes { name } } }`;
    expect(titles((await api.ok(sessions, { staff: false }, viewer)).sessions)).toEqual(expect.arrayContaining(['gérée', 'publique', 'enseignée']));
    expect(titles((await api.ok(sessions, { staff: true }, viewer)).sessions).sort()).toEqual(['enseignée', 'gérée']);
    const eventNames = (await api.ok(events, { staff: true }, viewer)).events.nodes.map((n: { name: string }) => n.name);
    expect(eventNames).toEqual(['séance gérée']);
    // Anonymous visitors manage nothing.
    expect(titles((await api.ok(sessions, { staff: true }, { kind: 'anonymous' })).sessions)).toEqual([]);
  });

  it('underFilled keeps sessions with a capacity less than half taken; pendingRegistrations those awaiting validation', async () => {
    const org = await f.organisation();
    const trainingId = await f.training({ organisationIds: [org] });
    const half = await f.session({ trainingId, title: 'moitié', maxUsers: 4 });
    const low = await f.session({ trainingId, title: 'creuse', maxUsers: 4 });
    await f.session({ trainingId, title: 'illimitée' });
    const pending = await f.session({ trainingId, title: 'à valider', registrationValidation: true, publicRegistration: true });
    for (let i = 0; i < 2; i++) await f.inscription({ sessionId: half, userId: await f.user() });
    await f.inscription({ sessionId: low, userId: await f.user() });
    // A learner registering themself to a session with validation waits for a manager (R7).
    const learner = await f.user();
    const registration = await f.inscription({ sessionId: pending, userId: learner }, { kind: 'user', userId: Number(learner), isAdmin: false });
    expect(registration.state).toBe('PENDING');
    const query = `query($f: SessionFilter) { sessions(filter: $f, first: 100) { nodes { title } } }`;
    expect(titles((await api.ok(query, { f: { trainingId, underFilled: true } })).sessions)).toEqual(['creuse']);
    expect(titles((await api.ok(query, { f: { trainingId, pendingRegistrations: true } })).sessions)).toEqual(['à valider']);
  });
});
