import { Session } from '../../entities';
import { firstError, openTestApi, TestApi } from '../support/api';
import { factories } from '../support/factories';

let api: TestApi;
let f: ReturnType<typeof factories>;

beforeAll(async () => {
  api = await openTestApi();
  f = factories(api);
});
afterAll(() => api.close());

const SESSION = `query($id: ID!) { session(id: $id) { id title description organisations { id } maxUsers publicRegistration
  eventInscriptionMode defaultSession startDate endDate status training { id } } }`;

describe('R1 — a session belongs to exactly its training organisations', () => {
  it('resolves the organisations from the training, and follows a change of the training at once', async () => {
    const [a, b, c] = [await f.organisation(), await f.organisation(), await f.organisation()];
    const trainingId = await f.training({ organisationIds: [a, b] });
    const sessionId = await f.session({ trainingId });
    let data = await api.ok(SESSION, { id: sessionId });
    expect(data.session.organisations.map((o: { id: string }) => o.id).sort()).toEqual([a, b].sort());

    await api.ok(`mutation($id: ID!, $input: UpdateTrainingInput!) { updateTraining(id: $id, input: $input) { id } }`, {
      id: trainingId,
      input: { organisationIds: [c] },
    });
    data = await api.ok(SESSION, { id: sessionId });
    expect(data.session.organisations).toEqual([{ id: c }]);
  });

  it('refuses an organisations field on a session input, from the schema, and writes nothing', async () => {
    const trainingId = await f.training();
    const before = await api.dataSource.manager.count(Session);
    const result = await api.run(`mutation($input: CreateSessionInput!) { createSession(input: $input) { id } }`, {
      input: { trainingId, title: 'Intrus', organisationIds: [await f.organisation()] },
    });
    expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'organisationIds' });
    expect(await api.dataSource.manager.count(Session)).toBe(before);
  });
});

describe('R2 — a new session is pre-filled from its training', () => {
  const trainingSettings = {
    description: 'Apprendre les gestes qui sauvent',
    defaultSessionDays: 3,
    publicRegistration: true,
    publicUnregistration: true,
    registrationValidation: true,
    maxUsers: 12,
    eventInscriptionMode: 'AUTOMATIC',
  };

  it('sessionDraft and createSession apply the same values for omitted fields', async () => {
    const trainingId = await f.training(trainingSettings);
    const draft = (
      await api.ok(`query($id: ID!) { sessionDraft(trainingId: $id, startDate: "2026-04-01T07:00:00Z") {
        title description startDate endDate publicRegistration publicUnregistration registrationValidation maxUsers
        eventInscriptionMode defaultSession } }`, { id: trainingId })
    ).sessionDraft;
    const { defaultSessionDays, ...settings } = trainingSettings;
    expect(defaultSessionDays).toBe(3);
    expect(draft).toMatchObject({ ...settings, startDate: '2026-04-01T07:00:00.000Z', endDate: '2026-04-04T07:00:00.000Z' });

    const created = await api.ok(`mutation($input: CreateSessionInput!) { createSession(input: $input) {
        title description startDate endDate publicRegistration publicUnregistration registrationValidation maxUsers
        eventInscriptionMode defaultSession } }`, { input: { trainingId, startDate: '2026-04-01T07:00:00Z' } });
    expect(created.createSession).toEqual(draft);
  });

  it('starts now by default, and given fields win over the training', async () => {
    const trainingId = await f.training(trainingSettings);
    const data = await api.ok(`mutation($input: CreateSessionInput!) { createSession(input: $input) { id startDate endDate maxUsers title } }`, {
      input: { trainingId, title: 'Session de printemps', maxUsers: 5 },
    });
    expect(data.createSession).toMatchObject({
      title: 'Session de printemps',
      maxUsers: 5,
      startDate: api.clock.now().toISOString(),
      endDate: '2026-03-05T08:00:00.000Z',
    });
  });

  it('changing a session never changes its training, and vice versa', async () => {
    const trainingId = await f.training({ maxUsers: 10 });
    const sessionId = await f.session({ trainingId });
    await api.ok(`mutation($id: ID!) { updateSession(id: $id, input: { maxUsers: 3 }) { id } }`, { id: sessionId });
    await api.ok(`mutation($id: ID!) { updateTraining(id: $id, input: { maxUsers: 40 }) { id } }`, { id: trainingId });
    const data = await api.ok(`query($s: ID!, $t: ID!) { session(id: $s) { maxUsers } training(id: $t) { maxUsers } }`, { s: sessionId, t: trainingId });
    expect(data).toEqual({ session: { maxUsers: 3 }, training: { maxUsers: 40 } });
  });
});

describe('R10 — at most one default session per training', () => {
  it('making a session default unsets the previous one', async () => {
    const trainingId = await f.training();
    const first = await f.session({ trainingId, defaultSession: true });
    const second = await f.session({ trainingId });
    await api.ok(`mutation($id: ID!) { updateSession(id: $id, input: { defaultSession: true }) { id } }`, { id: second });
    const data = await api.ok(`query($t: ID!) { training(id: $t) { sessions { nodes { id defaultSession } } } }`, { t: trainingId });
    expect(data.training.sessions.nodes).toEqual([
      { id: first, defaultSession: false },
      { id: second, defaultSession: true },
    ]);
  });

  it('the unique index refuses a second default written behind the domain', async () => {
    const trainingId = await f.training();
    await f.session({ trainingId, defaultSession: true });
    const other = await f.session({ trainingId });
    await expect(
      api.dataSource.manager.update(Session, { id: Number(other) }, { defaultOfTrainingId: Number(trainingId) }),
    ).rejects.toThrow();
  });
});

describe('bad input gets a clear error and changes nothing', () => {
  const CREATE_TRAINING = `mutation($input: CreateTrainingInput!) { createTraining(input: $input) { id } }`;

  it.each([
    ['an empty title', { title: '   ' }, 'title'],
    ['an over-long title', { title: 'x'.repeat(256) }, 'title'],
    ['no organisation', { organisationIds: [] }, 'organisationIds'],
    ['a capacity of 0', { maxUsers: 0 }, 'maxUsers'],
  ])('refuses a training with %s', async (_label, override, field) => {
    const organisationId = await f.organisation();
    const before = await api.dataSource.query('SELECT COUNT(*) AS n FROM training');
    const result = await api.run(CREATE_TRAINING, { input: { code: 'BAD-1', title: 'Titre', organisationIds: [organisationId], ...override } });
    expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await api.dataSource.query('SELECT COUNT(*) AS n FROM training')).toEqual(before);
  });

  it('refuses an unknown organisation with NOT_FOUND, and a duplicate code with CONFLICT', async () => {
    const result = await api.run(CREATE_TRAINING, { input: { code: 'X-404', title: 'Titre', organisationIds: ['999999'] } });
    expect(firstError(result)).toMatchObject({ code: 'NOT_FOUND', field: 'organisationIds' });
    expect(await api.dataSource.query("SELECT id FROM training WHERE code = 'X-404'")).toEqual([]);

    const organisationId = await f.organisation();
    await api.ok(CREATE_TRAINING, { input: { code: 'DUP-1', title: 'Un', organisationIds: [organisationId] } });
    const duplicate = await api.run(CREATE_TRAINING, { input: { code: 'DUP-1', title: 'Deux', organisationIds: [organisationId] } });
    expect(firstError(duplicate)).toMatchObject({ code: 'CONFLICT', field: 'code' });
  });

  it('refuses a session ending before it starts, and an unknown training or session id', async () => {
    const trainingId = await f.training();
    const before = await api.dataSource.manager.count(Session);
    const backwards = await api.run(`mutation($input: CreateSessionInput!) { createSession(input: $input) { id } }`, {
      input: { trainingId, startDate: '2026-05-02T00:00:00Z', endDate: '2026-05-01T00:00:00Z' },
    });
    expect(firstError(backwards)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endDate' });
    const unknown = await api.run(`mutation { createSession(input: { trainingId: "987654" }) { id } }`);
    expect(firstError(unknown)).toMatchObject({ code: 'NOT_FOUND', field: 'trainingId' });
    expect(await api.dataSource.manager.count(Session)).toBe(before);
    expect(firstError(await api.run(`{ session(id: "123456") { id } }`))).toMatchObject({ code: 'NOT_FOUND' });
    expect(firstError(await api.run(`{ session(id: "abc") { id } }`))).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('lists are paginated connections', () => {
  it('walks the catalogue page by page with first/after, and caps first at 100', async () => {
    const organisationId = await f.organisation();
    for (const title of ['Alpha', 'Bravo', 'Charlie']) await f.training({ title: `Pagin ${title}`, organisationIds: [organisationId] });
    const page = (after?: string) =>
      api.ok(`query($o: ID, $after: String) { trainings(organisationId: $o, first: 2, after: $after) {
        totalCount nodes { title } pageInfo { endCursor hasNextPage } } }`, { o: organisationId, after });
    const one = (await page()).trainings;
    expect(one).toMatchObject({ totalCount: 3, nodes: [{ title: 'Pagin Alpha' }, { title: 'Pagin Bravo' }], pageInfo: { hasNextPage: true } });
    const two = (await page(one.pageInfo.endCursor)).trainings;
    expect(two).toMatchObject({ nodes: [{ title: 'Pagin Charlie' }], pageInfo: { hasNextPage: false } });
    expect(firstError(await api.run(`{ trainings(first: 101) { totalCount } }`))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(firstError(await api.run(`{ trainings(after: "nonsense") { totalCount } }`))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('search matches the title or the code', async () => {
    const organisationId = await f.organisation();
    await f.training({ title: 'Sauveteur secouriste du travail', code: 'SST-77', organisationIds: [organisationId] });
    const byTitle = await api.ok(`{ trainings(search: "secouriste") { nodes { code } } }`);
    const byCode = await api.ok(`{ trainings(search: "sst-77") { nodes { code } } }`);
    expect(byTitle.trainings.nodes).toEqual([{ code: 'SST-77' }]);
    expect(byCode.trainings.nodes).toEqual([{ code: 'SST-77' }]);
  });
});
