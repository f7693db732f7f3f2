import { randomBytes } from 'node:crypto';
import { Actor } from '../../domain/actor';
import { firstError, openTestApi, TestApi } from '../support/api';
import { factories } from '../support/factories';
import { managerActor } from '../support/actors';

// #7, screen 3 (seed 000): what the new-session screens ask the API for. The training picker searches the
// trainings the viewer may create sessions of, by title or code; the form shows the API's refusals next to
// the field they name.
let api: TestApi;
let f: ReturnType<typeof factories>;
beforeAll(async () => {
  api = await openTestApi(); // now = 2026-03-02T08:00:00Z
  f = factories(api);
});
afterAll(() => api.close());

const manager = managerActor;

const PICKER = `query($s: String, $managed: Boolean, $first: Int, $after: String) {
  trainings(search: $s, managed: $managed, first: $first, after: $after) { totalCount nodes { code } pageInfo { endCursor } } }`;
const codes = (data: { trainings: { nodes: { code: string }[] } }) => data.trainings.nodes.map((n) => n.code).sort();

describe('trainings(managed: true), the new-session picker', () => {
  it('lists only the trainings the viewer manages, found by title or code; others see none of them', async () => {
    const tag = randomBytes(3).toString('hex').toUpperCase();
    const [mine, theirs] = [await f.organisation(), await f.organisation()];
    await f.training({ code: `SST-${tag}`, title: `Sauveteur secouriste ${tag}`, organisationIds: [mine] });
    await f.training({ code: `GQS-${tag}`, title: `Gestes qui sauvent ${tag}`, organisationIds: [mine] });
    // Another organisation's training, in the public catalogue: the manager sees it, and may not add sessions.
    const inCatalogue = await f.training({ code: `PUB-${tag}`, title: `Catalogue ${tag}`, organisationIds: [theirs] });
    await f.session({ trainingId: inCatalogue, publicRegistration: true });
    const me = manager(await f.user(), mine);

    expect(codes(await api.ok(PICKER, { s: tag }, me))).toEqual([`GQS-${tag}`, `PUB-${tag}`, `SST-${tag}`]);
    expect(codes(await api.ok(PICKER, { s: tag, managed: true }, me))).toEqual([`GQS-${tag}`, `SST-${tag}`]);
    // The seed: « une recherche via le titre ou le code », in any letter case.
    expect(codes(await api.ok(PICKER, { s: `sst-${tag.toLowerCase()}`, managed: true }, me))).toEqual([`SST-${tag}`]);
    expect(codes(await api.ok(PICKER, { s: `secouriste ${tag}`, managed: true }, me))).toEqual([`SST-${tag}`]);
    expect(codes(await api.ok(PICKER, { s: `PUB-${tag}`, managed: true }, me))).toEqual([]);

    expect(codes(await api.ok(PICKER, { s: tag, managed: true }, manager(await f.user(), theirs)))).toEqual([`PUB-${tag}`]);
    // The system actor, like an administrator, manages them all.
    expect(codes(await api.ok(PICKER, { s: tag, managed: true }))).toHaveLength(3);
    const learner = await f.user();
    await f.inscription({ sessionId: await f.session({ trainingId: inCatalogue }), userId: learner });
    const asLearner: Actor = { kind: 'user', userId: Number(learner), isAdmin: false, managedOrganisationIds: [] };
    expect(codes(await api.ok(PICKER, { s: tag }, asLearner))).toEqual([`PUB-${tag}`]);
    expect(codes(await api.ok(PICKER, { s: tag, managed: true }, asLearner))).toEqual([]);
    expect(codes(await api.ok(PICKER, { s: tag, managed: true }, { kind: 'anonymous' }))).toEqual([]);
  });

  it('pages with cursors bound to the managed list; managed: false is the whole list, as when omitted', async () => {
    const tag = randomBytes(3).toString('hex');
    const org = await f.organisation();
    for (const code of ['A', 'B', 'C']) await f.training({ code: `${tag}-${code}`, title: `Page ${tag} ${code}`, organisationIds: [org] });
    const me = manager(await f.user(), org);
    const after = (await api.ok(PICKER, { s: tag, managed: true, first: 2 }, me)).trainings.pageInfo.endCursor;
    expect((await api.ok(PICKER, { s: tag, managed: true, first: 2, after }, me)).trainings.nodes).toEqual([{ code: `${tag}-C` }]);
    expect(firstError(await api.run(PICKER, { s: tag, first: 2, after }, me))).toMatchObject({ reason: 'BAD_CURSOR', field: 'after' });
    const whole = (await api.ok(PICKER, { s: tag, first: 2 }, me)).trainings.pageInfo.endCursor;
    expect((await api.ok(PICKER, { s: tag, managed: false, first: 2, after: whole }, me)).trainings.nodes).toEqual([{ code: `${tag}-C` }]);
  });
});

describe('the session form: refusals name their field', () => {
  it('an end before the start is END_BEFORE_START on endDate, on create and on update, and writes nothing', async () => {
    const trainingId = await f.training();
    const create = await api.run(`mutation($input: CreateSessionInput!) { createSession(input: $input) { id } }`, {
      input: { trainingId, title: 'À rebours', startDate: '2026-05-10T07:00:00Z', endDate: '2026-05-09T07:00:00Z' },
    });
    expect(firstError(create)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'END_BEFORE_START', field: 'endDate' });
    expect((await api.ok(`query($id: ID!) { training(id: $id) { sessions { totalCount } } }`, { id: trainingId })).training.sessions.totalCount).toBe(0);

    const id = await f.session({ trainingId, title: 'Mai', startDate: '2026-05-10T07:00:00Z', endDate: '2026-05-12T07:00:00Z' });
    const update = await api.run(`mutation($id: ID!, $input: UpdateSessionInput!) { updateSession(id: $id, input: $input) { id } }`, {
      id,
      input: { title: 'Changé', startDate: '2026-05-10T07:00:00Z', endDate: '2026-05-01T07:00:00Z' },
    });
    expect(firstError(update)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'END_BEFORE_START', field: 'endDate' });
    expect((await api.ok(`query($id: ID!) { session(id: $id) { title endDate } }`, { id })).session).toEqual({
      title: 'Mai',
      endDate: '2026-05-12T07:00:00.000Z',
    });
  });
});
