/**
 * #6 §3: cross-organisation writes. A manager adds or removes only organisations they manage on a training;
 * locations and templates are shared (no organisation: administrators only) or an organisation's (its
 * managers, sub-organisations included); a location that events use is not deleted.
 */
import { randomBytes } from 'node:crypto';
import { Actor } from '../../domain/actor';
import { ErrorReason } from '../../domain/error-reasons';
import { Event, Location, Template, TrainingOrganisation } from '../../entities';
import { firstError, openTestApi, TestApi } from '../support/api';
import { factories } from '../support/factories';

let api: TestApi;
let f: ReturnType<typeof factories>;

const unique = () => randomBytes(4).toString('hex');

/** Organisations A (with a sub-organisation A2) and B, a manager of A (hence A2), of A2 only, and of B. */
let a: string;
let a2: string;
let b: string;
let managerA: Actor;
let managerA2: Actor;
let managerB: Actor;

async function manager(...organisationIds: string[]): Promise<Actor> {
  const userId = await f.user();
  // A manager of the first organisation; the actor carries the subtree, as actorOf resolves it.
  await api.ok(`mutation($u: ID!, $o: ID!) { setMembership(userId: $u, organisationId: $o, role: MANAGER) { role } }`, {
    u: userId,
    o: organisationIds[0],
  });
  return { kind: 'user', userId: Number(userId), isAdmin: false, managedOrganisationIds: organisationIds.map(Number) };
}

beforeAll(async () => {
  api = await openTestApi();
  f = factories(api);
  a = await f.organisation();
  b = await f.organisation();
  a2 = (await api.ok(`mutation($p: ID!) { createOrganisation(input: { name: "A2 ${unique()}", parentId: $p }) { id } }`, { p: a }))
    .createOrganisation.id;
  managerA = await manager(a, a2);
  managerA2 = await manager(a2);
  managerB = await manager(b);
});
afterAll(() => api.close());

describe('updateTraining: a manager adds and removes only organisations they manage', () => {
  const UPDATE = `mutation($id: ID!, $o: [ID!]!) { updateTraining(id: $id, input: { organisationIds: $o }) { organisations { id } } }`;
  const organisationsOf = async (trainingId: string) =>
    (await api.dataSource.manager.findBy(TrainingOrganisation, { trainingId: Number(trainingId) })).map((l) => String(l.organisationId)).sort();

  it("B's manager cannot take a shared training away from A (the issue), and nothing changes", async () => {
    const trainingId = await f.training({ organisationIds: [a, b] });
    const refused = firstError(await api.run(UPDATE, { id: trainingId, o: [b] }, managerB));
    expect(refused).toMatchObject({ code: 'FORBIDDEN', reason: ErrorReason.NOT_ORGANISATION_MANAGER });
    expect(await organisationsOf(trainingId)).toEqual([a, b].sort());
    // Nor by swapping A for another organisation of theirs.
    expect(firstError(await api.run(UPDATE, { id: trainingId, o: [b, a2] }, managerB))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await organisationsOf(trainingId)).toEqual([a, b].sort());
  });

  it('keeps the organisations it does not touch: A adds its sub-organisation, or withdraws, leaving B', async () => {
    const trainingId = await f.training({ organisationIds: [a, b] });
    await api.ok(UPDATE, { id: trainingId, o: [a, b, a2] }, managerA);
    expect(await organisationsOf(trainingId)).toEqual([a, a2, b].sort());
    await api.ok(UPDATE, { id: trainingId, o: [b] }, managerA);
    expect(await organisationsOf(trainingId)).toEqual([b]);
  });

  it('administrators change anything', async () => {
    const trainingId = await f.training({ organisationIds: [a, b] });
    await api.ok(UPDATE, { id: trainingId, o: [a2] });
    expect(await organisationsOf(trainingId)).toEqual([a2]);
  });
});

describe('locations: shared ones, and those of organisations one manages', () => {
  const LIST = `{ locations(first: 100) { nodes { id organisation { id } } } }`;
  const CREATE = `mutation($input: CreateLocationInput!) { createLocation(input: $input) { id organisation { id } } }`;
  const UPDATE = `mutation($id: ID!, $input: UpdateLocationInput!) { updateLocation(id: $id, input: $input) { id name organisation { id } } }`;
  const DELETE = `mutation($id: ID!) { deleteLocation(id: $id) { id } }`;
  const located = (organisationId?: string | null) => f.location('Europe/Paris', organisationId === undefined ? {} : { organisationId });
  const listedBy = async (actor: Actor) => (await api.ok(LIST, {}, actor)).locations.nodes.map((n: { id: string }) => n.id);

  it('lists shared ones to everyone, and an organisation’s to its managers and those of its parents', async () => {
    const [shared, ofA, ofA2, ofB] = [await located(), await located(a), await located(a2), await located(b)];
    const expectations: [Actor, string[], string[]][] = [
      [managerA, [shared, ofA, ofA2], [ofB]],
      [managerA2, [shared, ofA2], [ofA, ofB]],
      [managerB, [shared, ofB], [ofA, ofA2]],
      [{ kind: 'anonymous' }, [shared], [ofA, ofA2, ofB]],
    ];
    for (const [actor, seen, hidden] of expectations) {
      const ids = await listedBy(actor);
      expect(seen.filter((id) => !ids.includes(id))).toEqual([]);
      expect(hidden.filter((id) => ids.includes(id))).toEqual([]);
    }
    expect(await listedBy({ kind: 'system' })).toEqual(expect.arrayContaining([shared, ofA, ofA2, ofB]));
  });

  it('managers create for organisations they manage, sub-organisations included; shared ones are for administrators', async () => {
    const input = (organisationId?: string | null) => ({ input: { name: `Salle ${unique()}`, timeZone: 'Europe/Paris', organisationId } });
    expect((await api.ok(CREATE, input(a2), managerA)).createLocation.organisation).toEqual({ id: a2 });
    const before = await api.dataSource.manager.count(Location);
    expect(firstError(await api.run(CREATE, input(a), managerA2))).toMatchObject({ code: 'FORBIDDEN', reason: ErrorReason.NOT_ORGANISATION_MANAGER });
    expect(firstError(await api.run(CREATE, input(), managerA))).toMatchObject({ code: 'FORBIDDEN', reason: ErrorReason.NOT_ADMIN });
    expect(firstError(await api.run(CREATE, input(null), managerA))).toMatchObject({ code: 'FORBIDDEN', reason: ErrorReason.NOT_ADMIN });
    expect(await api.dataSource.manager.count(Location)).toBe(before);
    expect((await api.ok(CREATE, input())).createLocation.organisation).toBeNull();
    expect(firstError(await api.run(CREATE, input('987654')))).toMatchObject({ code: 'NOT_FOUND', field: 'organisationId' });
  });

  it("managers edit their own, hand them to another organisation they manage, not to B nor to everyone; B's do not exist for them", async () => {
    const ofA = await located(a);
    expect((await api.ok(UPDATE, { id: ofA, input: { name: 'Salle A' } }, managerA)).updateLocation).toMatchObject({ name: 'Salle A' });
    expect((await api.ok(UPDATE, { id: ofA, input: { organisationId: a2 } }, managerA)).updateLocation.organisation).toEqual({ id: a2 });
    for (const organisationId of [b, null])
      expect(firstError(await api.run(UPDATE, { id: ofA, input: { organisationId } }, managerA))).toMatchObject({ code: 'FORBIDDEN' });

    const ofB = await located(b);
    const refused = firstError(await api.run(UPDATE, { id: ofB, input: { name: 'Piratée' } }, managerA));
    expect(refused).toEqual(firstError(await api.run(UPDATE, { id: '987654321', input: { name: 'Piratée' } }, managerA)));
    expect(refused).toMatchObject({ code: 'NOT_FOUND' });
    expect(firstError(await api.run(DELETE, { id: ofB }, managerA))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await api.dataSource.manager.findOneBy(Location, { id: Number(ofB) })).toMatchObject({ name: expect.stringMatching(/^Salle /) });
  });

  it('shared locations are seen by managers but changed by administrators only', async () => {
    const shared = await located();
    for (const query of [UPDATE, DELETE]) {
      const variables = query === UPDATE ? { id: shared, input: { name: 'Renommée' } } : { id: shared };
      expect(firstError(await api.run(query, variables, managerA))).toMatchObject({ code: 'FORBIDDEN', reason: ErrorReason.NOT_ADMIN });
    }
    expect((await api.ok(UPDATE, { id: shared, input: { name: 'Renommée', organisationId: b } })).updateLocation).toMatchObject({
      name: 'Renommée',
      organisation: { id: b },
    });
  });

  it('events use the locations their manager may see, and keep the one they have', async () => {
    const trainingId = await f.training({ organisationIds: [a, b] });
    const sessionId = await f.session({ trainingId });
    const ofA = await located(a);
    const ofB = await located(b);
    const CREATE_EVENT = `mutation($input: CreateEventInput!) { createEvent(input: $input) { id location { id } } }`;
    const UPDATE_EVENT = `mutation($id: ID!, $input: UpdateEventInput!) { updateEvent(id: $id, input: $input) { id name location { id } } }`;
    const times = { startAt: '2026-03-10T08:00:00Z', endAt: '2026-03-10T10:00:00Z' };

    expect(firstError(await api.run(CREATE_EVENT, { input: { sessionId, name: 'Chez B', locationId: ofB, ...times } }, managerA))).toMatchObject({
      code: 'NOT_FOUND',
      field: 'locationId',
    });
    const eventId = (await api.ok(CREATE_EVENT, { input: { sessionId, name: 'Chez A', locationId: ofA, ...times } }, managerA)).createEvent.id;
    // B's manager edits the shared training's event held at A's: the form sends the location back unchanged.
    expect((await api.ok(UPDATE_EVENT, { id: eventId, input: { name: 'Renommée', locationId: ofA } }, managerB)).updateEvent).toEqual({
      id: eventId,
      name: 'Renommée',
      location: { id: ofA },
    });
    expect(firstError(await api.run(UPDATE_EVENT, { id: eventId, input: { locationId: await located(a2) } }, managerB))).toMatchObject({
      code: 'NOT_FOUND',
      field: 'locationId',
    });
    expect((await api.ok(UPDATE_EVENT, { id: eventId, input: { locationId: ofB } }, managerB)).updateEvent.location).toEqual({ id: ofB });
  });

  it('a location that events use is not deleted: CONFLICT naming how many, nothing changes; once moved, it is', async () => {
    const ofA = await located(a);
    const sessionId = await f.session({ trainingId: await f.training({ organisationIds: [a] }) });
    const events = [await f.event(sessionId, { locationId: ofA }), await f.event(sessionId, { locationId: ofA })];
    const locationsOf = async () => (await api.dataSource.manager.findBy(Event, { sessionId: Number(sessionId) })).map((e) => e.locationId);

    for (const actor of [managerA, { kind: 'system' } as Actor]) {
      const refused = firstError(await api.run(DELETE, { id: ofA }, actor));
      expect(refused).toMatchObject({ code: 'CONFLICT', reason: ErrorReason.LOCATION_IN_USE });
      expect(refused.message).toMatch(/^2 events are held at this location/);
      expect(await api.dataSource.manager.countBy(Location, { id: Number(ofA) })).toBe(1);
      expect(await locationsOf()).toEqual([Number(ofA), Number(ofA)]);
    }

    await api.ok(`mutation($id: ID!) { updateEvent(id: $id, input: { locationId: null }) { id } }`, { id: events[0] });
    expect(firstError(await api.run(DELETE, { id: ofA }, managerA)).message).toMatch(/^1 event is held at this location/);
    await api.ok(`mutation($id: ID!) { deleteEvent(id: $id) { id } }`, { id: events[1] });
    expect((await api.ok(DELETE, { id: ofA }, managerA)).deleteLocation).toEqual({ id: ofA });
  });
});

describe('templates: shared ones, and those of organisations one manages', () => {
  const LIST = `{ templates(first: 100) { nodes { id organisation { id } } } }`;
  const CREATE = `mutation($input: CreateTemplateInput!) { createTemplate(input: $input) { id organisation { id } } }`;
  const UPDATE = `mutation($id: ID!, $input: UpdateTemplateInput!) { updateTemplate(id: $id, input: $input) { id subject } }`;
  const DELETE = `mutation($id: ID!) { deleteTemplate(id: $id) { id } }`;
  const template = async (organisationId?: string, actor?: Actor) =>
    (await api.ok(CREATE, { input: { name: `Modèle ${unique()}`, kind: 'EMAIL', body: 'Bonjour {{learner.firstName}}', organisationId } }, actor))
      .createTemplate.id as string;

  it("lists shared ones and one's organisations'; B's do not exist for A's manager; shared ones are the administrators'", async () => {
    const [shared, ofA, ofB] = [await template(), await template(a, managerA), await template(b, managerB)];
    const listed = (await api.ok(LIST, {}, managerA)).templates.nodes.map((n: { id: string }) => n.id);
    expect(listed).toEqual(expect.arrayContaining([shared, ofA]));
    expect(listed).not.toContain(ofB);
    expect(firstError(await api.run(LIST, {}, { kind: 'user', userId: 1, isAdmin: false }))).toMatchObject({ code: 'FORBIDDEN' });

    expect((await api.ok(UPDATE, { id: ofA, input: { subject: 'Mis à jour' } }, managerA)).updateTemplate.subject).toBe('Mis à jour');
    for (const query of [UPDATE, DELETE]) {
      const variables = (id: string) => (query === UPDATE ? { id, input: { subject: 'Pirate' } } : { id });
      expect(firstError(await api.run(query, variables(ofB), managerA))).toEqual(firstError(await api.run(query, variables('987654321'), managerA)));
      expect(firstError(await api.run(query, variables(shared), managerA))).toMatchObject({ code: 'FORBIDDEN', reason: ErrorReason.NOT_ADMIN });
    }
    expect(firstError(await api.run(CREATE, { input: { name: 'Partagé', kind: 'EMAIL', body: 'x' } }, managerA))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await api.dataSource.manager.findOneBy(Template, { id: Number(ofB) })).toMatchObject({ subject: '' });
    expect((await api.ok(DELETE, { id: ofA }, managerA)).deleteTemplate).toEqual({ id: ofA });
  });
});
