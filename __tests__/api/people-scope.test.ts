/**
 * #6 §2: people are scoped like everything else. Administrators see everyone; a manager the members of the
 * organisations they manage (sub-organisations included) and everyone registered to their sessions; a trainer
 * the registrants of the sessions they teach; everyone themselves. Outside that scope a user is NOT_FOUND like a
 * missing id, and their e-mail address and memberships are not shown. Someone from outside is enrolled by their
 * exact e-mail address.
 */
import { isObjectType } from 'graphql';
import { randomBytes } from 'node:crypto';
import { Actor } from '../../domain/actor';
import { ErrorReason } from '../../domain/error-reasons';
import { Inscription, Membership } from '../../entities';
import { buildCursusSchema } from '../../graphql/schema';
import { firstError, openTestApi, TestApi } from '../support/api';
import { factories } from '../support/factories';

let api: TestApi;
let f: ReturnType<typeof factories>;

beforeAll(async () => {
  api = await openTestApi();
  f = factories(api);
});
afterAll(() => api.close());

const unique = () => randomBytes(4).toString('hex');

interface Person {
  id: string;
  email: string;
  lastName: string;
}

async function person(): Promise<Person> {
  const tag = unique();
  const email = `personne-${tag}@example.org`;
  const lastName = `Nom ${tag}`;
  return { id: await f.user({ email, lastName }), email, lastName };
}

const SET_MEMBERSHIP = `mutation($u: ID!, $o: ID!, $r: MembershipRole!) { setMembership(userId: $u, organisationId: $o, role: $r) { role } }`;

async function member(organisationId: string, role = 'MEMBER'): Promise<Person> {
  const p = await person();
  await api.ok(SET_MEMBERSHIP, { u: p.id, o: organisationId, r: role });
  return p;
}

async function subOrganisation(parentId: string): Promise<string> {
  const data = await api.ok(`mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`, {
    input: { name: `Service ${unique()}`, parentId },
  });
  return data.createOrganisation.id;
}

const managerOf = (p: Person, ...organisationIds: string[]): Actor => ({
  kind: 'user',
  userId: Number(p.id),
  isAdmin: false,
  managedOrganisationIds: organisationIds.map(Number),
});
const as = (p: Person): Actor => managerOf(p);

const USER = `query($id: ID!) { user(id: $id) { id email memberships { organisation { id } } } }`;
const USERS = `query($s: String) { users(search: $s, first: 100) { totalCount nodes { id } } }`;
const BY_EMAIL = `query($e: String!) { userByEmail(email: $e) { id firstName lastName } }`;
const ADD = `mutation($input: AddInscriptionInput!) { addInscription(input: $input) { id state user { id email } } }`;

/** A user(id) refusal answers exactly like a missing id. */
async function expectNotFoundLikeMissing(id: string, actor: Actor) {
  const outside = firstError(await api.run(USER, { id }, actor));
  expect(outside).toMatchObject({ code: 'NOT_FOUND', reason: ErrorReason.NOT_FOUND });
  expect(outside).toEqual(firstError(await api.run(USER, { id: '987654321' }, actor)));
}

const listed = async (search: string, actor: Actor) => (await api.ok(USERS, { s: search }, actor)).users.nodes.map((n: { id: string }) => n.id);

describe('a manager', () => {
  it('sees the members of the organisations they manage, sub-organisations included, not of a parent or a sibling', async () => {
    const parent = await f.organisation();
    const child = await subOrganisation(parent);
    const sibling = await f.organisation();
    const managerOfParent = await member(parent, 'MANAGER');
    const managerOfChild = await member(child, 'MANAGER');
    const [ofParent, ofChild, ofSibling] = [await member(parent), await member(child), await member(sibling)];

    const top = managerOf(managerOfParent, parent, child);
    for (const p of [ofParent, ofChild]) expect((await api.ok(USER, { id: p.id }, top)).user).toMatchObject({ id: p.id, email: p.email });
    await expectNotFoundLikeMissing(ofSibling.id, top);

    const low = managerOf(managerOfChild, child);
    expect((await api.ok(USER, { id: ofChild.id }, low)).user.email).toBe(ofChild.email);
    await expectNotFoundLikeMissing(ofParent.id, low);
    expect(await listed(ofParent.lastName, low)).toEqual([]);
  });

  it("sees everyone registered to their sessions, in any state, with their organisations; not another organisation's registrants", async () => {
    const [a, b] = [await f.organisation(), await f.organisation()];
    const managerA = managerOf(await member(a, 'MANAGER'), a);
    const managerB = managerOf(await member(b, 'MANAGER'), b);
    const sessionId = await f.session({ trainingId: await f.training({ organisationIds: [a] }), maxUsers: 1 });
    const [seated, waiting] = [await member(b), await member(b)];
    await f.inscription({ sessionId, userId: seated.id });
    expect((await f.inscription({ sessionId, userId: waiting.id })).state).toBe('WAITLISTED');

    for (const p of [seated, waiting]) {
      expect((await api.ok(USER, { id: p.id }, managerA)).user).toEqual({ id: p.id, email: p.email, memberships: [{ organisation: { id: b } }] });
    }
    const outsider = await person();
    await expectNotFoundLikeMissing(outsider.id, managerA);
    // B's manager sees B's members, and nobody of A's session who is not one.
    expect((await api.ok(USER, { id: seated.id }, managerB)).user.email).toBe(seated.email);
    const registrantOfA = await person();
    await f.inscription({ sessionId, userId: registrantOfA.id });
    expect((await api.ok(USER, { id: registrantOfA.id }, managerA)).user.email).toBe(registrantOfA.email);
    await expectNotFoundLikeMissing(registrantOfA.id, managerB);
  });

  it('lists only the people in scope (the issue: a manager of one organisation listed every user, addresses included)', async () => {
    const [a, b] = [await f.organisation(), await f.organisation()];
    const mine = await member(a);
    const theirs = await member(b);
    const theirManager = await member(b, 'MANAGER');
    const managerA = managerOf(await member(a, 'MANAGER'), a);
    const data = await api.ok(`{ users(first: 100) { nodes { id email } } }`, {}, managerA);
    const seen = data.users.nodes.map((n: { id: string }) => n.id);
    expect(seen).toContain(mine.id);
    expect(seen).not.toContain(theirs.id);
    expect(seen).not.toContain(theirManager.id);
    expect(JSON.stringify(data)).not.toContain(theirs.email);
  });
});

describe('a trainer', () => {
  it('sees the registrants of the sessions they teach, not those of other sessions, nor their organisations', async () => {
    const organisation = await f.organisation();
    const trainingId = await f.training({ organisationIds: [organisation] });
    const [taught, other] = [await f.session({ trainingId }), await f.session({ trainingId })];
    const trainer = await person();
    await f.inscription({ sessionId: taught, userId: trainer.id, role: 'TRAINER' });
    const [mine, notMine] = [await member(organisation), await member(organisation)];
    await f.inscription({ sessionId: taught, userId: mine.id });
    await f.inscription({ sessionId: other, userId: notMine.id });

    expect((await api.ok(USER, { id: mine.id }, as(trainer))).user).toEqual({ id: mine.id, email: mine.email, memberships: [] });
    await expectNotFoundLikeMissing(notMine.id, as(trainer));
    expect(await listed(notMine.lastName, as(trainer))).toEqual([]);
  });
});

describe('a learner', () => {
  it('sees themself only: the users list holds them alone, anyone else is NOT_FOUND', async () => {
    const organisation = await f.organisation();
    const sessionId = await f.session({ trainingId: await f.training({ organisationIds: [organisation] }) });
    const [learner, classmate] = [await member(organisation), await member(organisation)];
    for (const p of [learner, classmate]) await f.inscription({ sessionId, userId: p.id });

    expect((await api.ok(USER, { id: learner.id }, as(learner))).user).toEqual({
      id: learner.id,
      email: learner.email,
      memberships: [{ organisation: { id: organisation } }],
    });
    await expectNotFoundLikeMissing(classmate.id, as(learner));
    expect((await api.ok(`{ users(first: 100) { nodes { id } } }`, {}, as(learner))).users.nodes).toEqual([{ id: learner.id }]);
  });

  it('anonymous visitors are asked to sign in', async () => {
    expect(firstError(await api.run(USERS, {}, { kind: 'anonymous' }))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('nested e-mail addresses and memberships', () => {
  it("manager B reads A's trainer on A's public session by name only, and in full once the trainer teaches for B", async () => {
    const [a, b] = [await f.organisation(), await f.organisation()];
    const managerB = managerOf(await member(b, 'MANAGER'), b);
    const trainer = await member(a);
    const publicSession = await f.session({ trainingId: await f.training({ organisationIds: [a], publicRegistration: true }), publicRegistration: true });
    await f.inscription({ sessionId: publicSession, userId: trainer.id, role: 'TRAINER' });
    const TRAINERS = `query($id: ID!) { session(id: $id) { trainers { nodes { id lastName email memberships { organisation { id } } } } } }`;

    expect((await api.ok(TRAINERS, { id: publicSession }, managerB)).session.trainers.nodes).toEqual([
      { id: trainer.id, lastName: trainer.lastName, email: null, memberships: [] },
    ]);
    await f.inscription({ sessionId: await f.session({ trainingId: await f.training({ organisationIds: [b] }) }), userId: trainer.id, role: 'TRAINER' });
    expect((await api.ok(TRAINERS, { id: publicSession }, managerB)).session.trainers.nodes).toEqual([
      { id: trainer.id, lastName: trainer.lastName, email: trainer.email, memberships: [{ organisation: { id: a } }] },
    ]);
  });
});

describe('userByEmail: enrolling someone from outside one’s scope', () => {
  let managerB: Actor;
  let b: string;
  let stranger: Person;

  beforeAll(async () => {
    b = await f.organisation();
    managerB = managerOf(await member(b, 'MANAGER'), b);
    stranger = await member(await f.organisation());
  });

  it('gives managers the name behind the exact address (any case, surrounding spaces), and nothing more', async () => {
    const data = await api.ok(BY_EMAIL, { e: `  ${stranger.email.toUpperCase()} ` }, managerB);
    expect(data.userByEmail).toEqual({ id: stranger.id, firstName: 'Prénom', lastName: stranger.lastName });
    await expectNotFoundLikeMissing(stranger.id, managerB);
  });

  it('answers null, the same way, for an unknown address, a part of one, a pattern and a deactivated account', async () => {
    const deactivated = await person();
    await api.ok(`mutation($id: ID!) { updateUser(id: $id, input: { active: false }) { id } }`, { id: deactivated.id });
    const [local, domain] = stranger.email.split('@');
    for (const e of [`nobody-${unique()}@example.org`, local, `${local}@`, `@${domain}`, `${local.slice(0, -1)}%@${domain}`, '%', '_%', deactivated.email, 'x'.repeat(300)]) {
      expect({ e, result: await api.run(BY_EMAIL, { e }, managerB) }).toEqual({ e, result: { data: { userByEmail: null } } });
    }
  });

  it('is for managers and administrators only', async () => {
    const learner = await person();
    expect(firstError(await api.run(BY_EMAIL, { e: stranger.email }, as(learner)))).toMatchObject({ code: 'FORBIDDEN', reason: ErrorReason.NOT_MANAGER });
    expect(firstError(await api.run(BY_EMAIL, { e: stranger.email }, { kind: 'anonymous' }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await api.ok(BY_EMAIL, { e: stranger.email })).userByEmail.id).toBe(stranger.id);
  });

  it('answers a UserMatch: an id and a name, no address, no memberships, no inscriptions', () => {
    const type = buildCursusSchema().getType('UserMatch');
    expect(isObjectType(type) && Object.keys(type.getFields()).sort()).toEqual(['firstName', 'id', 'lastName']);
  });
});

describe('addInscription: by id within one’s scope, by exact e-mail address from outside', () => {
  let a: string;
  let managerA: Actor;
  let sessionId: string;

  beforeAll(async () => {
    a = await f.organisation();
    managerA = managerOf(await member(a, 'MANAGER'), a);
    sessionId = await f.session({ trainingId: await f.training({ organisationIds: [a] }), publicRegistration: false });
  });

  const registrations = (userId: string) => api.dataSource.manager.countBy(Inscription, { userId: Number(userId) });

  it('refuses a stranger by id like a missing id, writing nothing (registering would pull them into view)', async () => {
    const stranger = await person();
    const refused = firstError(await api.run(ADD, { input: { sessionId, userId: stranger.id, role: 'LEARNER' } }, managerA));
    expect(refused).toMatchObject({ code: 'NOT_FOUND', field: 'userId' });
    expect(refused).toEqual(firstError(await api.run(ADD, { input: { sessionId, userId: '987654321', role: 'LEARNER' } }, managerA)));
    expect(await registrations(stranger.id)).toBe(0);
  });

  it('enrols the stranger by their address; then they are in scope, address included', async () => {
    const stranger = await person();
    const data = await api.ok(ADD, { input: { sessionId, email: stranger.email.toUpperCase(), role: 'LEARNER' } }, managerA);
    expect(data.addInscription).toMatchObject({ state: 'CONFIRMED', user: { id: stranger.id, email: stranger.email } });
    expect((await api.ok(USER, { id: stranger.id }, managerA)).user.email).toBe(stranger.email);
  });

  it('an unknown address is NOT_FOUND on email; userId and email together, or neither, are refused', async () => {
    const stranger = await person();
    expect(firstError(await api.run(ADD, { input: { sessionId, email: `nobody-${unique()}@example.org`, role: 'LEARNER' } }, managerA)))
      .toMatchObject({ code: 'NOT_FOUND', field: 'email' });
    for (const input of [{ sessionId, role: 'LEARNER' }, { sessionId, role: 'LEARNER', userId: stranger.id, email: stranger.email }]) {
      expect(firstError(await api.run(ADD, { input }, managerA))).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: ErrorReason.REGISTRANT_REQUIRED,
        field: 'userId',
      });
    }
    expect(await registrations(stranger.id)).toBe(0);
  });

  it("only the session's managers enrol by address: its trainer (MANUAL event) and its learners are refused, whether the address exists or not", async () => {
    const trainer = await person();
    const learner = await person();
    await f.inscription({ sessionId, userId: trainer.id, role: 'TRAINER' });
    await f.inscription({ sessionId, userId: learner.id });
    const eventId = await f.event(sessionId, { inscriptionMode: 'MANUAL' });
    const stranger = await person();
    for (const actor of [as(trainer), as(learner)]) {
      for (const email of [stranger.email, `nobody-${unique()}@example.org`]) {
        expect(firstError(await api.run(ADD, { input: { eventId, email, role: 'LEARNER' } }, actor))).toMatchObject({ code: 'FORBIDDEN' });
        expect(firstError(await api.run(ADD, { input: { sessionId, email, role: 'LEARNER' } }, actor))).toMatchObject({ code: 'FORBIDDEN' });
      }
    }
    // The trainer registers the session's learners (in their scope) to the MANUAL event by id.
    expect((await api.ok(ADD, { input: { eventId, userId: learner.id, role: 'LEARNER' } }, as(trainer))).addInscription.state).toBe('CONFIRMED');
    expect(await registrations(stranger.id)).toBe(0);
  });
});

describe('setMembership: managers add people already in their scope, to organisations they manage', () => {
  it('adds a registrant of their session; refuses a stranger like a missing id, and an organisation they do not manage', async () => {
    const [a, b] = [await f.organisation(), await f.organisation()];
    const managerA = managerOf(await member(a, 'MANAGER'), a);
    const sessionId = await f.session({ trainingId: await f.training({ organisationIds: [a] }) });
    const registrant = await person();
    await f.inscription({ sessionId, userId: registrant.id });
    const stranger = await person();
    const memberships = (userId: string) => api.dataSource.manager.findBy(Membership, { userId: Number(userId) });

    expect((await api.ok(SET_MEMBERSHIP, { u: registrant.id, o: a, r: 'MEMBER' }, managerA)).setMembership).toEqual({ role: 'MEMBER' });

    const refused = firstError(await api.run(SET_MEMBERSHIP, { u: stranger.id, o: a, r: 'MEMBER' }, managerA));
    expect(refused).toMatchObject({ code: 'NOT_FOUND', field: 'userId' });
    expect(refused).toEqual(firstError(await api.run(SET_MEMBERSHIP, { u: '987654321', o: a, r: 'MEMBER' }, managerA)));
    expect(firstError(await api.run(SET_MEMBERSHIP, { u: registrant.id, o: b, r: 'MEMBER' }, managerA))).toMatchObject({
      code: 'FORBIDDEN',
      reason: ErrorReason.NOT_ADMIN,
    });
    expect(await memberships(stranger.id)).toEqual([]);
    expect((await memberships(registrant.id)).map((m) => String(m.organisationId))).toEqual([a]);

    // Administrators add anyone.
    await api.ok(SET_MEMBERSHIP, { u: stranger.id, o: b, r: 'MEMBER' });
    expect((await memberships(stranger.id)).map((m) => String(m.organisationId))).toEqual([b]);
  });
});
