/**
 * #8 screens 8 and 9 through the API: the organisation tree refuses cycles and deletes only empty
 * organisations (naming why); administrators edit accounts while managers read the people of their
 * organisations without being able to change them; the time zones a profile may take come from the API.
 */
import { Actor } from '../../domain/actor';
import { ErrorReason } from '../../domain/error-reasons';
import { managerActor } from '../support/actors';
import { firstError, openTestApi, TestApi } from '../support/api';
import { factories } from '../support/factories';

let api: TestApi;
let f: ReturnType<typeof factories>;

beforeAll(async () => {
  api = await openTestApi();
  f = factories(api);
});
afterAll(() => api.close());

const MOVE = `mutation($id: ID!, $input: UpdateOrganisationInput!) { updateOrganisation(id: $id, input: $input) { id parent { id } } }`;
const DELETE = `mutation($id: ID!) { deleteOrganisation(id: $id) { id } }`;
const CONTENTS = `query { organisations(first: 100) { nodes { id contents { subOrganisations members trainings locations templates } viewerCan { edit } } } }`;

async function contentsOf(id: string, actor?: Actor) {
  const data = await api.ok(CONTENTS, {}, actor);
  return data.organisations.nodes.find((o: { id: string }) => o.id === id);
}

describe('the organisation tree', () => {
  it('moves an organisation under another, and refuses to move it under itself or one of its descendants', async () => {
    const top = await f.organisation();
    const middle = await f.organisation();
    const leaf = await f.organisation();
    expect((await api.ok(MOVE, { id: middle, input: { parentId: top } })).updateOrganisation.parent.id).toBe(top);
    await api.ok(MOVE, { id: leaf, input: { parentId: middle } });

    for (const parentId of [top, leaf]) {
      const refused = await api.run(MOVE, { id: top, input: parentId === top ? { parentId: top } : { parentId: leaf } });
      expect(firstError(refused)).toMatchObject({ code: 'BAD_USER_INPUT', reason: ErrorReason.PARENT_CYCLE, field: 'parentId' });
    }
    // Nothing changed: the top is still top-level.
    expect((await api.ok(MOVE, { id: top, input: {} })).updateOrganisation.parent).toBeNull();
  });

  it('deletes an empty organisation, and refuses one that still holds something, counting what', async () => {
    const parent = await f.organisation();
    const child = await f.organisation();
    await api.ok(MOVE, { id: child, input: { parentId: parent } });
    const owner = await f.organisation();
    await f.training({ organisationIds: [owner] });
    const withMember = await f.organisation();
    const user = await f.user();
    await api.ok(`mutation($u: ID!, $o: ID!) { setMembership(userId: $u, organisationId: $o, role: MEMBER) { role } }`, { u: user, o: withMember });

    expect((await contentsOf(parent)).contents).toEqual({ subOrganisations: 1, members: 0, trainings: 0, locations: 0, templates: 0 });
    expect((await contentsOf(owner)).contents.trainings).toBe(1);
    expect((await contentsOf(withMember)).contents.members).toBe(1);
    for (const id of [parent, owner, withMember]) {
      expect(firstError(await api.run(DELETE, { id }))).toMatchObject({ code: 'CONFLICT', reason: ErrorReason.ORGANISATION_NOT_EMPTY });
      expect(await contentsOf(id)).toBeDefined();
    }

    expect((await api.ok(DELETE, { id: child })).deleteOrganisation.id).toBe(child);
    expect((await api.ok(DELETE, { id: parent })).deleteOrganisation.id).toBe(parent);
    expect(await contentsOf(parent)).toBeUndefined();
  });

  it('is changed by administrators only: a manager reads it, viewerCan.edit false, and is refused a rename', async () => {
    const organisation = await f.organisation();
    const manager = managerActor(await f.user(), organisation);
    expect((await contentsOf(organisation, manager)).viewerCan.edit).toBe(false);
    expect((await contentsOf(organisation)).viewerCan.edit).toBe(true);
    const refused = await api.run(MOVE, { id: organisation, input: { name: 'Renommée' } }, manager);
    expect(firstError(refused)).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('users, as the screens use them', () => {
  const USER = `query($id: ID!) { user(id: $id) { id firstName active viewerCan { edit } memberships { role organisation { id } } } }`;

  it('a manager sees the members of their organisation read-only and cannot edit, deactivate or set their password', async () => {
    const organisation = await f.organisation();
    const member = await f.user();
    await api.ok(`mutation($u: ID!, $o: ID!) { setMembership(userId: $u, organisationId: $o, role: MEMBER) { role } }`, { u: member, o: organisation });
    const manager = managerActor(await f.user(), organisation);

    const seen = (await api.ok(USER, { id: member }, manager)).user;
    expect(seen).toMatchObject({ id: member, active: true, viewerCan: { edit: false }, memberships: [{ role: 'MEMBER', organisation: { id: organisation } }] });
    const search = await api.ok(`query($s: String) { users(first: 10, search: $s) { totalCount nodes { id } } }`, { s: seen.firstName }, manager);
    expect(search.users.nodes.map((u: { id: string }) => u.id)).toContain(member);

    for (const [query, variables] of [
      [`mutation($id: ID!) { updateUser(id: $id, input: { firstName: "Autre" }) { id } }`, { id: member }],
      [`mutation($id: ID!) { updateUser(id: $id, input: { active: false }) { id } }`, { id: member }],
      [`mutation($id: ID!) { setUserPassword(userId: $id, password: "un-mot-de-passe-long") }`, { id: member }],
      [`mutation { createUser(input: { email: "nouveau-${member}@example.org", firstName: "N", lastName: "U" }) { id } }`, {}],
    ] as const) {
      expect(firstError(await api.run(query, variables, manager))).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect((await api.ok(USER, { id: member })).user).toMatchObject({ firstName: 'Prénom', active: true, viewerCan: { edit: true } });
  });

  it('an administrator deactivates and reactivates an account', async () => {
    const user = await f.user();
    const toggle = `mutation($id: ID!, $active: Boolean!) { updateUser(id: $id, input: { active: $active }) { active } }`;
    expect((await api.ok(toggle, { id: user, active: false })).updateUser.active).toBe(false);
    expect((await api.ok(toggle, { id: user, active: true })).updateUser.active).toBe(true);
  });
});

describe('timeZones', () => {
  it('lists the zones a profile may take, UTC first, each accepted as it is by updateUser', async () => {
    const user = await f.user();
    const me = managerActor(user);
    const { timeZones } = await api.ok(`{ timeZones }`, {}, me);
    expect(timeZones[0]).toBe('UTC');
    expect(timeZones).toEqual(expect.arrayContaining(['Europe/Paris', 'Indian/Reunion', 'America/Toronto']));
    expect(timeZones).not.toEqual(expect.arrayContaining(['CET', 'US/Eastern', 'EST5EDT']));
    expect(new Set(timeZones).size).toBe(timeZones.length);
    const update = `mutation($id: ID!, $z: String!) { updateUser(id: $id, input: { timeZone: $z }) { timeZone } }`;
    for (const zone of [timeZones[1], 'Indian/Reunion', timeZones[timeZones.length - 1]])
      expect((await api.ok(update, { id: user, z: zone }, me)).updateUser.timeZone).toBe(zone);
  });

  it('needs a signed-in user', async () => {
    expect(firstError(await api.run(`{ timeZones }`, {}, { kind: 'anonymous' }))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('changePassword, as /account uses it', () => {
  it('names the field at fault: the current password when wrong, the new one when too short', async () => {
    const user = await f.user();
    await api.ok(`mutation($u: ID!) { setUserPassword(userId: $u, password: "un-mot-de-passe-long") }`, { u: user });
    const me = managerActor(user);
    const change = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;
    expect(firstError(await api.run(change, { c: 'pas-le-bon-mot-de-passe', n: 'un-autre-mot-de-passe' }, me))).toMatchObject({
      code: 'BAD_USER_INPUT', reason: ErrorReason.WRONG_PASSWORD, field: 'currentPassword',
    });
    expect(firstError(await api.run(change, { c: 'un-mot-de-passe-long', n: 'court' }, me))).toMatchObject({
      code: 'BAD_USER_INPUT', reason: ErrorReason.WEAK_PASSWORD, field: 'newPassword',
    });
    expect((await api.ok(change, { c: 'un-mot-de-passe-long', n: 'un-autre-mot-de-passe' }, me)).changePassword).toBe(true);
  });
});
