import { anonymousActor, Actor } from '../../domain/actor';
import { Training } from '../../entities';
import { firstError, openTestApi, TestApi } from '../support/api';
import { factories } from '../support/factories';

// #9 §1 and §5: the catalogue's filters, the fields of a session card, and "my" lists, on the API's scope.
let api: TestApi;
let f: ReturnType<typeof factories>;

beforeAll(async () => {
  api = await openTestApi(new Date('2026-03-02T08:00:00Z'));
  f = factories(api);
});
afterAll(() => api.close());

const learner = (userId: string): Actor => ({ kind: 'user', userId: Number(userId), isAdmin: false });

const CATALOGUE = `query($search: String, $sessions: SessionFilter!) {
  trainings(first: 50, search: $search, sessions: $sessions) {
    totalCount
    nodes { id sessions(first: 10, filter: $sessions) { totalCount nodes { id registration { open seatsLeft full } locations { id } } } }
  }
}`;

/** A training of its own (its code names it for the search), with sessions in March, April and May. */
async function catalogue(code: string) {
  const trainingId = await f.training({ code, title: `Catalogue ${code}`, publicRegistration: true });
  const lyon = await f.location('Europe/Paris');
  const montreal = await f.location('America/Toronto');
  const ended = await f.session({ trainingId, title: 'Finie', startDate: '2026-02-01T08:00:00Z', endDate: '2026-02-02T17:00:00Z' });
  const full = await f.session({ trainingId, title: 'Pleine', maxUsers: 1, startDate: '2026-03-10T08:00:00Z', endDate: '2026-03-11T17:00:00Z' });
  const april = await f.session({ trainingId, title: 'Avril', maxUsers: 3, startDate: '2026-04-10T08:00:00Z', endDate: '2026-04-11T17:00:00Z' });
  const may = await f.session({ trainingId, title: 'Mai', startDate: '2026-05-10T08:00:00Z', endDate: '2026-05-11T17:00:00Z' });
  const hidden = await f.session({ trainingId, title: 'Interne', publicRegistration: false, startDate: '2026-03-20T08:00:00Z', endDate: '2026-03-21T17:00:00Z' });
  await f.event(full, { locationId: lyon, startAt: '2026-03-10T08:00:00Z', endAt: '2026-03-10T16:00:00Z' });
  await f.event(april, { locationId: montreal, startAt: '2026-04-10T13:00:00Z', endAt: '2026-04-10T21:00:00Z' });
  await f.event(april, { locationId: lyon, startAt: '2026-04-11T08:00:00Z', endAt: '2026-04-11T16:00:00Z' });
  const someone = await f.user();
  await f.inscription({ sessionId: full, userId: someone });
  await f.inscription({ sessionId: april, userId: await f.user() });
  return { trainingId, lyon, montreal, ended, full, april, may, hidden, someone };
}

const sessionsOf = (data: any) => data.trainings.nodes.flatMap((t: any) => t.sessions.nodes);

describe('the catalogue list (#9 §1)', () => {
  it('lists the open sessions an anonymous visitor may see, with seats left, registration and locations', async () => {
    const c = await catalogue('CAT-OPEN');
    const data = await api.ok(CATALOGUE, { search: 'CAT-OPEN', sessions: { ended: false } }, anonymousActor);
    expect(data.trainings.totalCount).toBe(1);
    const sessions = data.trainings.nodes[0].sessions.nodes;
    // The ended one and the one without public registration are not in the catalogue.
    expect(sessions.map((s: any) => s.id)).toEqual([c.full, c.april, c.may]);
    expect(sessions[0]).toMatchObject({ registration: { open: true, seatsLeft: 0, full: true }, locations: [{ id: c.lyon }] });
    expect(sessions[1].registration).toMatchObject({ seatsLeft: 2, full: false });
    expect(sessions[1].locations.map((l: any) => l.id).sort()).toEqual([c.lyon, c.montreal].sort());
    expect(sessions[2]).toMatchObject({ registration: { seatsLeft: null, full: false }, locations: [] });
  });

  it('filters on seats left, location and period, for the trainings and their sessions alike', async () => {
    const c = await catalogue('CAT-FILTER');
    const ids = async (sessions: Record<string, unknown>) =>
      sessionsOf(await api.ok(CATALOGUE, { search: 'CAT-FILTER', sessions: { ended: false, ...sessions } }, anonymousActor)).map((s: any) => s.id);
    expect(await ids({ withSeatsLeft: true })).toEqual([c.april, c.may]);
    expect(await ids({ locationId: c.montreal })).toEqual([c.april]);
    expect(await ids({ locationId: c.lyon, withSeatsLeft: true })).toEqual([c.april]);
    expect(await ids({ startsAfter: '2026-04-01T00:00:00Z', startsBefore: '2026-05-01T00:00:00Z' })).toEqual([c.april]);
    // No session matches: the training is not listed at all.
    const none = await api.ok(CATALOGUE, { search: 'CAT-FILTER', sessions: { ended: false, startsAfter: '2027-01-01T00:00:00Z' } }, anonymousActor);
    expect(none.trainings).toMatchObject({ totalCount: 0, nodes: [] });
  });

  it('never widens the scope: a session without public registration stays out for anonymous visitors, even filtered on it', async () => {
    const c = await catalogue('CAT-SCOPE');
    const anonymous = await api.ok(`query($id: ID!) { sessions(first: 50, filter: { trainingId: $id }) { nodes { id } } }`, { id: c.trainingId }, anonymousActor);
    expect(anonymous.sessions.nodes.map((s: any) => s.id)).not.toContain(c.hidden);
    const result = await api.run(`query($id: ID!) { session(id: $id) { id } }`, { id: c.hidden }, anonymousActor);
    expect(firstError(result)).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('offers as filter choices the organisations and locations of open sessions the visitor may see', async () => {
    const organisationId = await f.organisation();
    const trainingId = await f.training({ organisationIds: [organisationId], publicRegistration: true });
    const open = await f.session({ trainingId, startDate: '2026-04-01T08:00:00Z', endDate: '2026-04-02T08:00:00Z' });
    const seen = await f.location();
    await f.event(open, { locationId: seen });
    const privateTraining = await f.training({ organisationIds: [await f.organisation()] });
    const privateSession = await f.session({ trainingId: privateTraining, startDate: '2026-04-01T08:00:00Z', endDate: '2026-04-02T08:00:00Z' });
    const unseen = await f.location();
    await f.event(privateSession, { locationId: unseen });
    const data = await api.ok(`{ catalogueFilters { organisations { id } locations { id } } }`, {}, anonymousActor);
    const organisations = data.catalogueFilters.organisations.map((o: any) => o.id);
    const locations = data.catalogueFilters.locations.map((l: any) => l.id);
    expect(organisations).toContain(organisationId);
    expect(locations).toContain(seen);
    expect(locations).not.toContain(unseen);
  });

  it('reads trainings and their filtered sessions in a bounded number of statements (no N+1)', async () => {
    const counted: string[] = [];
    const logger = api.dataSource.logger as { logQuery: (q: string) => void };
    const original = logger.logQuery.bind(logger);
    const count = async (first: number) => {
      counted.length = 0;
      logger.logQuery = (query: string) => void counted.push(query);
      try {
        await api.ok(CATALOGUE.replace('first: 50', `first: ${first}`), { sessions: { ended: false } }, anonymousActor);
      } finally {
        logger.logQuery = original;
      }
      return counted.length;
    };
    await catalogue('CAT-N1-A');
    await catalogue('CAT-N1-B');
    const [few, many] = [await count(2), await count(20)];
    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);
  });
});

describe('a training in the catalogue carries what funders audit (#9 §1)', () => {
  it('stores objectives, prerequisites, duration, audience and accessibility; null clears the duration', async () => {
    const trainingId = await f.training({
      objectives: 'Protéger\nAlerter',
      prerequisites: 'Aucun',
      durationHours: 14,
      audience: 'Tout salarié',
      accessibility: 'Salle accessible',
    });
    const FIELDS = `{ objectives prerequisites durationHours audience accessibility }`;
    expect((await api.ok(`query($id: ID!) { training(id: $id) ${FIELDS} }`, { id: trainingId })).training).toEqual({
      objectives: 'Protéger\nAlerter',
      prerequisites: 'Aucun',
      durationHours: 14,
      audience: 'Tout salarié',
      accessibility: 'Salle accessible',
    });
    const updated = await api.ok(`mutation($id: ID!) { updateTraining(id: $id, input: { durationHours: null, audience: "" }) ${FIELDS} }`, { id: trainingId });
    expect(updated.updateTraining).toMatchObject({ durationHours: null, audience: '', objectives: 'Protéger\nAlerter' });
  });

  it('refuses a duration below one hour and writes nothing', async () => {
    const trainingId = await f.training({ durationHours: 7 });
    const result = await api.run(`mutation($id: ID!) { updateTraining(id: $id, input: { durationHours: 0 }) { id } }`, { id: trainingId });
    expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await api.dataSource.manager.findOneByOrFail(Training, { id: Number(trainingId) })).durationHours).toBe(7);
  });
});

describe('my sessions and my events (#9 §5)', () => {
  it('lists the sessions I am registered to, with my state and waiting-list position, and nobody else’s', async () => {
    const me = await f.user();
    const other = await f.user();
    const trainingId = await f.training({ publicRegistration: true });
    const confirmed = await f.session({ trainingId, startDate: '2026-04-01T08:00:00Z', endDate: '2026-04-02T08:00:00Z' });
    const full = await f.session({ trainingId, maxUsers: 1, startDate: '2026-04-05T08:00:00Z', endDate: '2026-04-06T08:00:00Z' });
    const pending = await f.session({ trainingId, registrationValidation: true, startDate: '2026-04-08T08:00:00Z', endDate: '2026-04-09T08:00:00Z' });
    const notMine = await f.session({ trainingId, startDate: '2026-04-03T08:00:00Z', endDate: '2026-04-04T08:00:00Z' });
    await f.inscription({ sessionId: confirmed, userId: me });
    await f.inscription({ sessionId: full, userId: other });
    await f.inscription({ sessionId: full, userId: me });
    await f.inscription({ sessionId: notMine, userId: other });
    // R7: a learner's own registration waits for validation (staff registrations are confirmed at once).
    await f.inscription({ sessionId: pending, userId: me }, learner(me));
    const data = await api.ok(
      `{ sessions(first: 50, filter: { mine: true, status: UPCOMING }) { nodes { id viewerRegistration { state position role } } } }`,
      {},
      learner(me),
    );
    expect(data.sessions.nodes).toEqual([
      { id: confirmed, viewerRegistration: { state: 'CONFIRMED', position: null, role: 'LEARNER' } },
      { id: full, viewerRegistration: { state: 'WAITLISTED', position: 1, role: 'LEARNER' } },
      { id: pending, viewerRegistration: { state: 'PENDING', position: null, role: 'LEARNER' } },
    ]);
    const anonymous = await api.ok(`{ sessions(first: 50, filter: { mine: true }) { totalCount } }`, {}, anonymousActor);
    expect(anonymous.sessions.totalCount).toBe(0);
  });

  it('lists the events I am confirmed in within a window, as learner and as trainer', async () => {
    const me = await f.user();
    const trainingId = await f.training();
    const asLearner = await f.session({ trainingId, eventInscriptionMode: 'AUTOMATIC' });
    const asTrainer = await f.session({ trainingId });
    await f.inscription({ sessionId: asLearner, userId: me });
    await f.inscription({ sessionId: asTrainer, userId: me, role: 'TRAINER' });
    const learnt = await f.event(asLearner, { startAt: '2026-03-10T08:00:00Z', endAt: '2026-03-10T10:00:00Z' });
    const later = await f.event(asLearner, { startAt: '2026-04-10T08:00:00Z', endAt: '2026-04-10T10:00:00Z' });
    const taught = await f.event(asTrainer, { startAt: '2026-03-12T08:00:00Z', endAt: '2026-03-12T10:00:00Z', trainerIds: [me] });
    await f.event(asTrainer, { startAt: '2026-03-13T08:00:00Z', endAt: '2026-03-13T10:00:00Z' });
    const data = await api.ok(
      `{ events(first: 50, filter: { mine: true, endsAfter: "2026-03-09T00:00:00Z", startsBefore: "2026-03-16T00:00:00Z" }) { nodes { id } } }`,
      {},
      learner(me),
    );
    expect(data.events.nodes.map((e: any) => e.id)).toEqual([learnt, taught]);
    const all = await api.ok(`{ events(first: 50, filter: { mine: true }) { nodes { id } } }`, {}, learner(me));
    expect(all.events.nodes.map((e: any) => e.id)).toEqual([learnt, taught, later]);
  });
});
