import { Location, User } from '../../entities';
import { firstError, openTestApi, TestApi } from '../support/api';
import { factories } from '../support/factories';

// #6 §11: a time zone is stored under one canonical spelling (domain/time-zone.ts); legacy aliases that name a
// rule or a country rather than a place are refused with BAD_TIME_ZONE.
let api: TestApi;
let f: ReturnType<typeof factories>;

beforeAll(async () => {
  api = await openTestApi();
  f = factories(api);
});
afterAll(() => api.close());

const CREATE_LOCATION = `mutation($input: CreateLocationInput!) { createLocation(input: $input) { id timeZone } }`;
const UPDATE_LOCATION = `mutation($id: ID!, $input: UpdateLocationInput!) { updateLocation(id: $id, input: $input) { id timeZone } }`;
const UPDATE_USER = `mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id timeZone } }`;

const createLocation = async (timeZone: string) =>
  (await api.ok(CREATE_LOCATION, { input: { name: 'Salle', timeZone } })).createLocation as { id: string; timeZone: string };

const storedZone = async (id: string) => (await api.dataSource.manager.findOneByOrFail(Location, { id: Number(id) })).timeZone;

describe('accepted names are stored in their canonical spelling', () => {
  it.each([
    ['europe/paris', 'Europe/Paris'],
    ['EUROPE/PARIS', 'Europe/Paris'],
    ['america/new_york', 'America/New_York'],
    ['America/Port-au-Prince', 'America/Port-au-Prince'],
    ['africa/dar_es_salaam', 'Africa/Dar_es_Salaam'],
    ['utc', 'UTC'],
    ['Etc/UTC', 'UTC'],
  ])('%s → %s (location and user, create and update)', async (given, canonical) => {
    const location = await createLocation(given);
    expect(location.timeZone).toBe(canonical);
    expect(await storedZone(location.id)).toBe(canonical);

    const other = await createLocation('Europe/London');
    expect((await api.ok(UPDATE_LOCATION, { id: other.id, input: { timeZone: given } })).updateLocation.timeZone).toBe(canonical);

    const userId = await f.user({ timeZone: given });
    expect((await api.dataSource.manager.findOneByOrFail(User, { id: Number(userId) })).timeZone).toBe(canonical);
    expect((await api.ok(UPDATE_USER, { id: await f.user(), input: { timeZone: given } })).updateUser.timeZone).toBe(canonical);
  });

  it("an event shows its location's canonical zone", async () => {
    const locationId = (await createLocation('europe/paris')).id;
    const eventId = await f.event(await f.session(), { locationId });
    expect((await api.ok(`query($id: ID!) { event(id: $id) { timeZone } }`, { id: eventId })).event.timeZone).toBe('Europe/Paris');
  });

  it('a renamed place and its former name are one zone with one stored name', async () => {
    const names = await Promise.all(['Asia/Kolkata', 'asia/calcutta', 'ASIA/KOLKATA'].map(async (zone) => (await createLocation(zone)).timeZone));
    expect(new Set(names).size).toBe(1);
    expect(['Asia/Kolkata', 'Asia/Calcutta']).toContain(names[0]);
  });
});

describe('legacy aliases and unknown names are refused with BAD_TIME_ZONE, nothing written', () => {
  it.each(['EST5EDT', 'US/Eastern', 'CET', 'EST', 'GMT', 'Etc/GMT+5', 'SystemV/EST5', 'Europe/Nowhere', 'Mars/Olympus', '+01:00', 'Z', 'Paris'])(
    '%s',
    async (timeZone) => {
      const before = { locations: await api.dataSource.manager.count(Location), users: await api.dataSource.manager.count(User) };
      const refusal = { code: 'BAD_USER_INPUT', reason: 'BAD_TIME_ZONE', field: 'timeZone' };
      expect(firstError(await api.run(CREATE_LOCATION, { input: { name: 'Salle', timeZone } }))).toMatchObject(refusal);
      const userId = await f.user();
      before.users += 1;
      expect(firstError(await api.run(UPDATE_USER, { id: userId, input: { timeZone } }))).toMatchObject(refusal);
      expect(firstError(await api.run(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
        input: { email: `tz-${Math.random()}@example.org`, firstName: 'A', lastName: 'B', timeZone },
      }))).toMatchObject(refusal);
      expect({ locations: await api.dataSource.manager.count(Location), users: await api.dataSource.manager.count(User) }).toEqual(before);
      expect((await api.dataSource.manager.findOneByOrFail(User, { id: Number(userId) })).timeZone).toBe('Europe/Paris');
    },
  );

  // By the general rule for null (graphql/inputs/validate-input.ts): the column cannot be empty.
  it('null is refused too (a location or a user always has a zone)', async () => {
    const location = await createLocation('Europe/Paris');
    expect(firstError(await api.run(UPDATE_LOCATION, { id: location.id, input: { timeZone: null } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NOT_CLEARABLE',
      field: 'timeZone',
    });
    expect(await storedZone(location.id)).toBe('Europe/Paris');
  });
});
