/**
 * #6 §2 and §3, replayed on the demo data as the issue found them: signed in as the manager of Groupe
 * Hospitalier Sud only, `users(first: 100)` listed all 35 demo users with their addresses and memberships, and
 * any manager could edit or delete another organisation's locations (deleting one nulled the location of
 * Université de Lyon's events).
 */
import { Actor, systemActor } from '../../domain/actor';
import { actorOf } from '../../domain/actor-of';
import { ErrorReason } from '../../domain/error-reasons';
import { Event, Location, User } from '../../entities';
import { seedDemo } from '../../scripts/demo-data';
import { firstError, openTestApi, TestApi } from '../support/api';

jest.setTimeout(60_000);

let api: TestApi;
let sandrine: Actor;
let isabelle: Actor;

const actorByEmail = async (email: string) => actorOf(api.dataSource.manager, await api.dataSource.manager.findOneByOrFail(User, { email }));
const locationNamed = (prefix: string) =>
  api.dataSource.manager
    .createQueryBuilder(Location, 'l')
    .where('l.name LIKE :p', { p: `${prefix}%` })
    .getOneOrFail();

beforeAll(async () => {
  api = await openTestApi();
  await seedDemo({ manager: api.dataSource.manager, clock: api.clock, actor: systemActor });
  sandrine = await actorByEmail('sandrine.payet@example.fr');
  isabelle = await actorByEmail('isabelle.moreau@example.org');
});
afterAll(() => api.close());

it("the hospital group's manager lists her people only: no university manager, no address outside her scope", async () => {
  const everyone = await api.dataSource.manager.count(User);
  const data = await api.ok(`{ users(first: 100) { totalCount nodes { email lastName memberships { organisation { name } } } } }`, {}, sandrine);
  expect(data.users.totalCount).toBeLessThan(everyone);
  const names = data.users.nodes.map((n: { lastName: string }) => n.lastName);
  expect(names).toContain('Payet');
  expect(names).not.toContain('Moreau');
  expect(names).not.toContain('Girard');
  // Everyone she lists is hers to know: registered to one of the hospital group's sessions, or herself.
  expect(data.users.nodes.every((n: { email: string | null }) => n.email !== null)).toBe(true);
});

it('the demo locations and templates have owners, some shared; each manager sees the shared ones and their own', async () => {
  const names = async (actor: Actor) =>
    (await api.ok(`{ locations(first: 100) { nodes { name organisation { name } } } }`, {}, actor)).locations.nodes;
  const hers = await names(sandrine);
  expect(hers.map((n: { organisation: { name: string } | null }) => n.organisation?.name ?? null).sort()).toEqual(
    ['Groupe Hospitalier Sud', 'Groupe Hospitalier Sud', 'Groupe Hospitalier Sud', null, null].sort(),
  );
  const his = (await names(isabelle)).map((n: { organisation: { name: string } | null }) => n.organisation?.name ?? null);
  expect(his).toEqual(expect.arrayContaining(['Faculté des Sciences', 'Université de Lyon', null]));
  expect(his).not.toContain('Groupe Hospitalier Sud');

  const templates = await api.ok(`{ templates(first: 100) { nodes { name organisation { name } } } }`, {}, sandrine);
  expect(templates.templates.nodes.map((n: { organisation: { name: string } | null }) => n.organisation?.name ?? null).sort()).toEqual(
    ['Groupe Hospitalier Sud', null, null].sort(),
  );
});

it("she can neither edit nor delete the university's locations; deleting her own, used by events, is refused and changes nothing", async () => {
  const doua = await locationNamed('Campus LyonTech-la Doua');
  expect(firstError(await api.run(`mutation($id: ID!) { deleteLocation(id: $id) { id } }`, { id: String(doua.id) }, sandrine))).toMatchObject({
    code: 'NOT_FOUND',
  });
  expect(firstError(await api.run(`mutation($id: ID!) { updateLocation(id: $id, input: { name: "x" }) { id } }`, { id: String(doua.id) }, sandrine)))
    .toMatchObject({ code: 'NOT_FOUND' });

  const lyonSud = await locationNamed('Centre hospitalier Lyon Sud');
  const used = await api.dataSource.manager.countBy(Event, { locationId: lyonSud.id });
  expect(used).toBeGreaterThan(0);
  const refused = firstError(await api.run(`mutation($id: ID!) { deleteLocation(id: $id) { id } }`, { id: String(lyonSud.id) }, sandrine));
  expect(refused).toMatchObject({ code: 'CONFLICT', reason: ErrorReason.LOCATION_IN_USE });
  expect(refused.message).toContain(`${used} events`);
  expect(await api.dataSource.manager.countBy(Event, { locationId: lyonSud.id })).toBe(used);
});
