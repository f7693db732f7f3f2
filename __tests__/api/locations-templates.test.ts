import { Location, Template } from '../../entities';
import { firstError, openTestApi, TestApi } from '../support/api';
import { managerActor } from '../support/actors';
import { factories } from '../support/factories';

// Issue 8 screens 6 and 7: what the locations and templates screens ask of the API.
let api: TestApi;
let f: ReturnType<typeof factories>;
beforeAll(async () => {
  api = await openTestApi();
  f = factories(api);
});
afterAll(() => api.close());

const tag = () => Math.random().toString(36).slice(2, 8);

describe('locations(search, orderBy)', () => {
  const query = `query($search: String, $o: LocationOrder, $after: String, $first: Int = 2) {
    locations(search: $search, orderBy: $o, first: $first, after: $after) { totalCount nodes { name timeZone } pageInfo { endCursor hasNextPage } } }`;

  it('finds words in the name or the address, LIKE wildcards taken literally', async () => {
    const t = tag();
    await f.location('Europe/Paris', { name: `Amphi ${t}`, address: '1 rue A' });
    await f.location('Europe/Paris', { name: 'Salle B', address: `3 rue ${t}_bis` });
    await f.location('Europe/Paris', { name: `Salle ${t}%` });
    const names = async (search: string) => (await api.ok(query, { search, first: 10 })).locations.nodes.map((n: { name: string }) => n.name).sort();
    expect(await names(t)).toEqual([`Amphi ${t}`, 'Salle B', `Salle ${t}%`].sort());
    expect(await names(`${t}%`)).toEqual([`Salle ${t}%`]);
    expect(await names(`${t}_`)).toEqual(['Salle B']);
  });

  it('orders by name or time zone both ways and pages in that order', async () => {
    const t = tag();
    for (const [name, zone] of [['B', 'Indian/Reunion'], ['C', 'America/Cayenne'], ['A', 'Europe/Paris']])
      await f.location(zone, { name: `${t} ${name}` });
    const read = async (o: string) => {
      const first = (await api.ok(query, { search: t, o })).locations;
      const second = (await api.ok(query, { search: t, o, after: first.pageInfo.endCursor })).locations;
      expect([first.totalCount, first.pageInfo.hasNextPage, second.pageInfo.hasNextPage]).toEqual([3, true, false]);
      return [...first.nodes, ...second.nodes].map((n: { name: string }) => n.name.slice(-1)).join('');
    };
    expect(await read('NAME_ASC')).toBe('ABC');
    expect(await read('NAME_DESC')).toBe('CBA');
    expect(await read('TIME_ZONE_ASC')).toBe('CAB');
    expect(await read('TIME_ZONE_DESC')).toBe('BAC');
  });

  it('a cursor of one order does not continue another', async () => {
    const t = tag();
    for (const name of ['A', 'B', 'C']) await f.location('Europe/Paris', { name: `${t} ${name}` });
    const first = (await api.ok(query, { search: t, o: 'NAME_ASC' })).locations;
    expect(firstError(await api.run(query, { search: t, o: 'NAME_DESC', after: first.pageInfo.endCursor }))).toMatchObject({ reason: 'BAD_CURSOR' });
  });
});

describe('timeZones', () => {
  it('offers UTC and the canonical names of places, each accepted as it is', async () => {
    const { timeZones } = await api.ok(`{ timeZones }`);
    expect(timeZones[0]).toBe('UTC');
    expect(timeZones).toEqual(expect.arrayContaining(['Europe/Paris', 'Indian/Reunion', 'America/Toronto', 'Pacific/Noumea']));
    for (const legacy of ['CET', 'US/Eastern', 'EST5EDT', 'America/Montreal', 'Etc/GMT+5']) expect(timeZones).not.toContain(legacy);
    expect(new Set(timeZones).size).toBe(timeZones.length);
    for (const zone of ['UTC', 'Indian/Reunion', timeZones[timeZones.length - 1]]) {
      const created = await api.ok(`mutation($input: CreateLocationInput!) { createLocation(input: $input) { timeZone } }`, {
        input: { name: 'Salle', timeZone: zone },
      });
      expect(created.createLocation.timeZone).toBe(zone);
    }
  });

  it('needs a signed-in user', async () => {
    expect(firstError(await api.run(`{ timeZones }`, {}, { kind: 'anonymous' }))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('a location in use', () => {
  const READ = `query($id: ID!) { location(id: $id) { name eventCount viewerCan { edit delete } } }`;
  const DELETE = `mutation($id: ID!) { deleteLocation(id: $id) { id } }`;

  it('counts its events for its managers, and its deletion is refused naming how many; once free it goes', async () => {
    const org = await f.organisation();
    const manager = managerActor(await f.user(), org);
    const locationId = await f.location('Europe/Paris', { organisationId: org });
    const sessionId = await f.session({ trainingId: await f.training({ organisationIds: [org] }) });
    const events = [await f.event(sessionId, { locationId }), await f.event(sessionId, { locationId })];
    expect((await api.ok(READ, { id: locationId }, manager)).location).toMatchObject({ eventCount: 2, viewerCan: { edit: true, delete: true } });

    const refusal = firstError(await api.run(DELETE, { id: locationId }, manager));
    expect(refusal).toMatchObject({ code: 'CONFLICT', reason: 'LOCATION_IN_USE', details: { count: 2 } });
    expect(refusal.message).toMatch(/^2 events are held/);
    expect(await api.dataSource.manager.countBy(Location, { id: Number(locationId) })).toBe(1);

    for (const id of events) await api.ok(`mutation($id: ID!) { deleteEvent(id: $id) { id } }`, { id }, manager);
    expect((await api.ok(READ, { id: locationId }, manager)).location.eventCount).toBe(0);
    await api.ok(DELETE, { id: locationId }, manager);
    expect(await api.dataSource.manager.countBy(Location, { id: Number(locationId) })).toBe(0);
  });

  it('counts in one list, null where the viewer does not manage the location (shared ones, for managers)', async () => {
    const org = await f.organisation();
    const manager = managerActor(await f.user(), org);
    const t = tag();
    const shared = await f.location('Europe/Paris', { name: `${t} B partagé` });
    await f.event(await f.session(), { locationId: shared });
    await f.location('Europe/Paris', { name: `${t} A nôtre`, organisationId: org });
    const list = `query($s: String) { locations(search: $s) { nodes { name eventCount viewerCan { edit delete } } } }`;
    expect((await api.ok(list, { s: t }, manager)).locations.nodes).toEqual([
      { name: `${t} A nôtre`, eventCount: 0, viewerCan: { edit: true, delete: true } },
      { name: `${t} B partagé`, eventCount: null, viewerCan: { edit: false, delete: false } },
    ]);
    expect((await api.ok(list, { s: t })).locations.nodes.map((n: { eventCount: number }) => n.eventCount)).toEqual([0, 1]);
  });
});

describe('location scope', () => {
  it("another organisation's manager gets NOT_FOUND for its location, a manager FORBIDDEN for a shared one", async () => {
    const [org, other] = [await f.organisation(), await f.organisation()];
    const outsider = managerActor(await f.user(), other);
    const locationId = await f.location('Europe/Paris', { organisationId: org });
    const sharedId = await f.location('Europe/Paris');
    for (const query of [
      `query($id: ID!) { location(id: $id) { id } }`,
      `mutation($id: ID!) { updateLocation(id: $id, input: { name: "X" }) { id } }`,
      `mutation($id: ID!) { deleteLocation(id: $id) { id } }`,
    ])
      expect(firstError(await api.run(query, { id: locationId }, outsider))).toMatchObject({ code: 'NOT_FOUND' });
    expect(firstError(await api.run(`mutation($id: ID!) { deleteLocation(id: $id) { id } }`, { id: sharedId }, outsider))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NOT_ADMIN',
    });
    expect(firstError(await api.run(`mutation { createLocation(input: { name: "X", timeZone: "UTC", organisationId: "${org}" }) { id } }`, {}, outsider))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await api.ok(`query { locations(first: 100) { nodes { id } } }`, {}, outsider)).locations.nodes.map((n: { id: string }) => n.id)).not.toContain(locationId);
  });
});

describe('templates', () => {
  const CREATE = `mutation($input: CreateTemplateInput!) { createTemplate(input: $input) { id kind body viewerCan { edit } } }`;
  const UPDATE = `mutation($id: ID!, $input: UpdateTemplateInput!) { updateTemplate(id: $id, input: $input) { id kind body } }`;
  const create = (input: Record<string, unknown>) => api.run(CREATE, { input: { name: `Modèle ${tag()}`, kind: 'EVENT_INVITATION', ...input } });

  it('lists the placeholders of each kind with their descriptions', async () => {
    const names = async (kind: string) =>
      (await api.ok(`query($kind: TemplateKind!) { templatePlaceholders(kind: $kind) { name description { fr en } } }`, { kind })).templatePlaceholders;
    const event = await names('EVENT_INVITATION');
    expect(event).toEqual(expect.arrayContaining([{ name: 'location.address', description: { fr: 'Adresse du lieu', en: 'Address of the location' } }]));
    const session = (await names('SESSION_INVITATION')).map((p: { name: string }) => p.name);
    expect(session).toContain('session.title');
    expect(session).not.toContain('event.name');
    expect((await names('ATTENDANCE_CERTIFICATE')).map((p: { name: string }) => p.name)).toContain('attendedHours');
  });

  it('saves a body with known placeholders, spaces inside the braces optional', async () => {
    const body = 'Bonjour {{ learner.firstName }}, rendez-vous le {{event.startAt}} à {{  location.name }}.';
    const saved = (await api.ok(CREATE, { input: { name: 'Convocation', kind: 'EVENT_INVITATION', body, subject: 'Convocation : {{ event.name }}' } })).createTemplate;
    expect(saved).toMatchObject({ kind: 'EVENT_INVITATION', body, viewerCan: { edit: true } });
  });

  it.each([
    ['an unknown name', 'Bonjour {{ learner.surname }}', '{{ learner.surname }}'],
    ['a placeholder of another kind', 'Présence : {{ attendedHours }} h', '{{ attendedHours }}'],
    ['a brace left open', 'Bonjour {{ learner.firstName', '{{'],
    ['an empty tag', 'Bonjour {{}}', '{{}}'],
  ])('refuses %s on field body, naming it, and writes nothing', async (_, body, placeholder) => {
    const before = await api.dataSource.manager.count(Template);
    const error = firstError(await create({ body }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_PLACEHOLDER', field: 'body', details: { placeholder } });
    expect(error.message).toContain(placeholder);
    expect(await api.dataSource.manager.count(Template)).toBe(before);
  });

  it('checks the subject too, and the result of an update (a new kind must accept the body)', async () => {
    expect(firstError(await create({ body: 'x', subject: '{{ nope }}' }))).toMatchObject({ reason: 'UNKNOWN_PLACEHOLDER', field: 'subject' });
    const { id } = (await api.ok(CREATE, { input: { name: 'Séance', kind: 'EVENT_INVITATION', body: 'Le {{ event.startAt }}' } })).createTemplate;
    expect(firstError(await api.run(UPDATE, { id, input: { kind: 'SESSION_INVITATION' } }))).toMatchObject({
      reason: 'UNKNOWN_PLACEHOLDER',
      field: 'body',
      details: { placeholder: '{{ event.startAt }}' },
    });
    expect(firstError(await api.run(UPDATE, { id, input: { body: '{{ event.star }}' } }))).toMatchObject({ field: 'body' });
    expect(await api.dataSource.manager.findOneByOrFail(Template, { id: Number(id) })).toMatchObject({ kind: 'EVENT_INVITATION', body: 'Le {{ event.startAt }}' });
    expect((await api.ok(UPDATE, { id, input: { kind: 'SESSION_INVITATION', body: 'Le {{ session.startDate }}' } })).updateTemplate.kind).toBe('SESSION_INVITATION');
  });

  it('searches and orders the list by name and last edit', async () => {
    const t = tag();
    const start = api.clock.now().getTime();
    for (const [index, name] of ['B', 'C', 'A'].entries()) {
      api.clock.set(new Date(start + index * 60_000));
      await api.ok(CREATE, { input: { name: `${t} ${name}`, kind: 'EMAIL', body: 'x' } });
    }
    api.clock.set(new Date(start));
    const read = async (orderBy: string) =>
      (await api.ok(`query($s: String, $o: TemplateOrder) { templates(search: $s, orderBy: $o) { totalCount nodes { name } } }`, { s: t, o: orderBy })).templates.nodes
        .map((n: { name: string }) => n.name.slice(-1))
        .join('');
    expect(await read('NAME_ASC')).toBe('ABC');
    expect(await read('NAME_DESC')).toBe('CBA');
    expect(await read('UPDATED_ASC')).toBe('BCA');
    expect(await read('UPDATED_DESC')).toBe('ACB');
  });

  it("another organisation's manager gets NOT_FOUND for its template", async () => {
    const [org, other] = [await f.organisation(), await f.organisation()];
    const owner = managerActor(await f.user(), org);
    const { id } = (await api.ok(CREATE, { input: { name: 'À nous', kind: 'EMAIL', body: 'x', organisationId: org } }, owner)).createTemplate;
    const outsider = managerActor(await f.user(), other);
    expect(firstError(await api.run(`query($id: ID!) { template(id: $id) { id } }`, { id }, outsider))).toMatchObject({ code: 'NOT_FOUND' });
    expect(firstError(await api.run(UPDATE, { id, input: { name: 'X' } }, outsider))).toMatchObject({ code: 'NOT_FOUND' });
    expect((await api.ok(`query($id: ID!) { template(id: $id) { name viewerCan { edit delete } } }`, { id }, owner)).template).toEqual({
      name: 'À nous',
      viewerCan: { edit: true, delete: true },
    });
  });
});
