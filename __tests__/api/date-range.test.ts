import { Event, Session } from '../../entities';
import { firstError, openTestApi, TestApi } from '../support/api';
import { factories } from '../support/factories';

// #6 §10: instants and dates are accepted in years 1900–2199 only (domain/date-range.ts), refused otherwise with
// BAD_USER_INPUT / DATE_OUT_OF_RANGE naming the field, and nothing is computed past that range.
let api: TestApi;
let f: ReturnType<typeof factories>;

beforeAll(async () => {
  api = await openTestApi();
  f = factories(api);
});
afterAll(() => api.close());

const CREATE_SESSION = `mutation($input: CreateSessionInput!) { createSession(input: $input) { id startDate endDate } }`;
const UPDATE_SESSION = `mutation($id: ID!, $input: UpdateSessionInput!) { updateSession(id: $id, input: $input) { id startDate endDate } }`;
const CREATE_EVENT = `mutation($input: CreateEventInput!) { createEvent(input: $input) { id startAt endAt } }`;
const UPDATE_EVENT = `mutation($id: ID!, $input: UpdateEventInput!) { updateEvent(id: $id, input: $input) { id startAt endAt } }`;
const REPEAT = `mutation($id: ID!, $weekdays: [Weekday!]!, $until: LocalDate, $weeks: Int) {
  repeatEvent(id: $id, weekdays: $weekdays, until: $until, weeks: $weeks) { id startAt } }`;

const outOfRange = (field: string) => ({ code: 'BAD_USER_INPUT', reason: 'DATE_OUT_OF_RANGE', field });

const counts = async () => ({
  sessions: await api.dataSource.manager.count(Session),
  events: await api.dataSource.manager.count(Event),
});

/** Runs a refused call and checks that it wrote nothing. */
async function refused(query: string, variables: Record<string, unknown>) {
  const before = await counts();
  const error = firstError(await api.run(query, variables));
  expect(await counts()).toEqual(before);
  return error;
}

describe('sessions', () => {
  it.each([
    ['0000-01-01T00:00:00Z'],
    ['0999-01-01T00:00:00Z'],
    ['1899-12-31T23:59:59.999Z'],
    ['2200-01-01T00:00:00Z'],
    ['9999-12-31T00:00:00Z'],
  ])('a start of %s is refused on startDate, nothing stored', async (startDate) => {
    const trainingId = await f.training();
    const error = await refused(CREATE_SESSION, { input: { trainingId, startDate, endDate: '2026-01-01T00:00:00Z' } });
    expect(error).toMatchObject(outOfRange('startDate'));
  });

  it('the first and the last instant of the range are stored and read back as given', async () => {
    const trainingId = await f.training();
    const input = { trainingId, startDate: '1900-01-01T00:00:00.000Z', endDate: '2199-12-31T23:59:59.999Z' };
    const created = (await api.ok(CREATE_SESSION, { input })).createSession;
    expect(created).toMatchObject({ startDate: input.startDate, endDate: input.endDate });
    const read = await api.ok(`query($id: ID!) { session(id: $id) { startDate endDate } }`, { id: created.id });
    expect(read.session).toEqual({ startDate: input.startDate, endDate: input.endDate });
  });

  it("a start whose default duration (R2) would end past 2199 is refused on startDate, never an internal error", async () => {
    const trainingId = await f.training({ defaultSessionDays: 2 });
    for (const startDate of ['2199-12-31T00:00:00Z', '2199-12-30T12:00:00Z']) {
      expect(await refused(CREATE_SESSION, { input: { trainingId, startDate } })).toMatchObject(outOfRange('startDate'));
    }
    // The same start with an end in range is fine: only a computed end past the range is refused.
    const ok = await api.ok(CREATE_SESSION, { input: { trainingId, startDate: '2199-12-31T00:00:00Z', endDate: '2199-12-31T12:00:00Z' } });
    expect(ok.createSession.endDate).toBe('2199-12-31T12:00:00.000Z');
  });

  it('sessionDraft refuses the same start (the form would show an end past the range)', async () => {
    const trainingId = await f.training({ defaultSessionDays: 2 });
    const DRAFT = `query($t: ID!, $s: DateTimeISO) { sessionDraft(trainingId: $t, startDate: $s) { startDate endDate } }`;
    expect(firstError(await api.run(DRAFT, { t: trainingId, s: '2199-12-31T00:00:00Z' }))).toMatchObject(outOfRange('startDate'));
    expect(firstError(await api.run(DRAFT, { t: trainingId, s: '0000-01-01T00:00:00Z' }))).toMatchObject(outOfRange('startDate'));
    const draft = (await api.ok(DRAFT, { t: trainingId, s: '2199-12-29T00:00:00Z' })).sessionDraft;
    expect(draft.endDate).toBe('2199-12-31T00:00:00.000Z');
  });

  it('updateSession refuses an end or a start out of range, naming it; the session keeps its dates', async () => {
    const id = await f.session();
    const update = (input: Record<string, unknown>) => refused(UPDATE_SESSION, { id, input });
    expect(await update({ endDate: '2200-01-01T00:00:00Z' })).toMatchObject(outOfRange('endDate'));
    expect(await update({ startDate: '0000-01-01T00:00:00Z' })).toMatchObject(outOfRange('startDate'));
    const read = await api.ok(`query($id: ID!) { session(id: $id) { startDate endDate } }`, { id });
    expect(read.session).toEqual({ startDate: '2026-03-01T00:00:00.000Z', endDate: '2026-06-30T00:00:00.000Z' });
  });

  it('the sessions filter refuses bounds out of range (the same answer on both databases)', async () => {
    const LIST = `query($filter: SessionFilter) { sessions(filter: $filter) { totalCount } }`;
    expect(firstError(await api.run(LIST, { filter: { startsAfter: '0000-01-01T00:00:00Z' } }))).toMatchObject(outOfRange('startsAfter'));
    expect(firstError(await api.run(LIST, { filter: { startsBefore: '9999-12-31T00:00:00Z' } }))).toMatchObject(outOfRange('startsBefore'));
    await api.ok(LIST, { filter: { startsAfter: '1900-01-01T00:00:00Z', startsBefore: '2199-12-31T23:59:59.999Z' } });
  });
});

describe('events', () => {
  it('createEvent refuses a start or an end out of range, naming it', async () => {
    const sessionId = await f.session();
    const create = (startAt: string, endAt: string) => refused(CREATE_EVENT, { input: { sessionId, name: 'Séance', startAt, endAt } });
    expect(await create('0000-01-01T08:00:00Z', '2026-01-01T09:00:00Z')).toMatchObject(outOfRange('startAt'));
    expect(await create('2199-12-31T23:00:00Z', '2200-01-01T01:00:00Z')).toMatchObject(outOfRange('endAt'));
    expect(await create('9999-12-31T08:00:00Z', '9999-12-31T09:00:00Z')).toMatchObject(outOfRange('startAt'));
  });

  it('updateEvent refuses an end past the range; the event keeps its dates', async () => {
    const sessionId = await f.session();
    const id = await f.event(sessionId, { startAt: '2199-12-31T20:00:00Z', endAt: '2199-12-31T21:00:00Z' });
    expect(await refused(UPDATE_EVENT, { id, input: { endAt: '2200-01-01T00:00:00Z' } })).toMatchObject(outOfRange('endAt'));
    const read = await api.ok(`query($id: ID!) { event(id: $id) { startAt endAt } }`, { id });
    expect(read.event).toEqual({ startAt: '2199-12-31T20:00:00.000Z', endAt: '2199-12-31T21:00:00.000Z' });
  });
});

// The general rule for null (graphql/inputs/validate-input.ts, null-inputs.test.ts), seen on dates.
it('a date given as null is refused (NOT_CLEARABLE), not an internal error: these dates cannot be cleared', async () => {
  const trainingId = await f.training();
  const sessionId = await f.session({ trainingId });
  // (createEvent's dates are required by the schema itself.)
  const eventId = await f.event(sessionId);
  const badDate = (field: string) => ({ code: 'BAD_USER_INPUT', reason: 'NOT_CLEARABLE', field });
  expect(await refused(CREATE_SESSION, { input: { trainingId, startDate: null } })).toMatchObject(badDate('startDate'));
  expect(await refused(CREATE_SESSION, { input: { trainingId, endDate: null } })).toMatchObject(badDate('endDate'));
  expect(await refused(UPDATE_SESSION, { id: sessionId, input: { startDate: null } })).toMatchObject(badDate('startDate'));
  expect(await refused(UPDATE_EVENT, { id: eventId, input: { endAt: null } })).toMatchObject(badDate('endAt'));
});

describe('repeatEvent', () => {
  it('an until out of range is refused on until, before anything is computed', async () => {
    const sessionId = await f.session();
    const id = await f.event(sessionId);
    for (const until of ['9999-12-31', '2200-01-01', '0000-01-01']) {
      expect(await refused(REPEAT, { id, weekdays: ['MONDAY'], until })).toMatchObject(outOfRange('until'));
    }
  });

  it('copies that would fall past 2199 are refused (weeks or until), none written', async () => {
    const sessionId = await f.session();
    // Friday 2199-12-20, 09:00–10:00 in Paris.
    const id = await f.event(sessionId, { startAt: '2199-12-20T08:00:00Z', endAt: '2199-12-20T09:00:00Z' });
    expect(await refused(REPEAT, { id, weekdays: ['FRIDAY'], weeks: 2 })).toMatchObject(outOfRange('weeks'));
    // One week stays in range.
    expect((await api.ok(REPEAT, { id, weekdays: ['FRIDAY'], weeks: 1 })).repeatEvent).toEqual([
      { id: expect.any(String), startAt: '2199-12-27T08:00:00.000Z' },
    ]);
  });

  it('a copy on the last local day that is already 2200 in UTC is refused on until', async () => {
    const sessionId = await f.session();
    const newYork = await f.location('America/New_York');
    // Tuesday 2199-12-24, 20:00–21:00 in New York (01:00Z–02:00Z the next day).
    const id = await f.event(sessionId, { startAt: '2199-12-25T01:00:00Z', endAt: '2199-12-25T02:00:00Z', locationId: newYork });
    expect(await refused(REPEAT, { id, weekdays: ['TUESDAY'], until: '2199-12-31' })).toMatchObject(outOfRange('until'));
  });
});

it('the date scalars document the range', async () => {
  const data = await api.ok(`{ a: __type(name: "DateTimeISO") { description } b: __type(name: "LocalDate") { description } }`);
  expect(data.a.description).toMatch(/1900.*2199/);
  expect(data.b.description).toMatch(/1900.*2199/);
});
