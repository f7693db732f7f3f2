/**
 * Adversarial calls against /api/graphql (the Next route, real HTTP semantics), on a database of this file's
 * own. Every refused call must leave the database exactly as it was (every row of every table compared).
 */
import { authHeaders, Credentials, HttpBody, HttpHarness, openHttpHarness, serveGraphQL, SESSION_COOKIE, snapshot } from '../support/http-harness';
import type { RequestHeaders } from '../../server/actor';
import { randomBytes } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { encode } from 'next-auth/jwt';
import { Actor, anonymousActor, systemActor } from '../../domain/actor';
import { createApiToken, revokeApiToken } from '../../domain/api-tokens';
import { createComment } from '../../domain/comments';
import { createEvent } from '../../domain/events';
import { addInscription } from '../../domain/inscriptions';
import { setMembership } from '../../domain/memberships';
import { createOrganisation } from '../../domain/organisations';
import { createSession } from '../../domain/sessions';
import { setPassword } from '../../domain/sign-in';
import { createTraining } from '../../domain/trainings';
import { createUser, updateUser } from '../../domain/users';
import { InscriptionMode, InscriptionRole, MembershipRole, User } from '../../entities';
import { createContext, GraphQLContext } from '../../graphql/context';
import { buildCursusSchema } from '../../graphql/schema';
import { createGraphQLServer, LIMITS } from '../../graphql/server';
import { MAX_BODY_BYTES } from '../../lib/http/body-limit';
import { SESSION_MAX_AGE_SECONDS } from '../../server/auth-options';
import { authSecret } from '../../lib/auth-secret';
import { systemClock } from '../../domain/clock';

let h: HttpHarness;

const DAY = 86_400_000;
const at = (days: number) => new Date(Date.now() + days * DAY);

interface Person {
  id: number;
  gid: string;
  email: string;
  token: string;
}

/**
 * Organisations A and B. A owns training TA, whose only session SA is not public (it has an event EA with a
 * comment, a trainer and two learners), and training TAP with a public session.
 */
const w = {} as {
  orgA: number;
  orgB: number;
  admin: Person;
  managerA: Person;
  managerB: Person;
  trainer: Person;
  learner: Person;
  learner2: Person;
  outsider: Person;
  trainingA: string;
  publicTrainingA: string;
  trainingB: string;
  sessionA: string;
  publicSessionA: string;
  eventA: string;
  commentA: string;
  learnerInscription: string;
};

const sys = () => ({ manager: h.dataSource.manager, clock: systemClock, actor: systemActor });
const as = (person: Person): Actor => ({ kind: 'user', userId: person.id, isAdmin: false });

async function person(label: string): Promise<Person> {
  const email = `${label}-${randomBytes(3).toString('hex')}@example.org`;
  const user = await createUser(sys(), { email, firstName: label, lastName: 'Test' });
  const { token } = await createApiToken(sys(), `${label} token`, user.id);
  return { id: user.id, gid: String(user.id), email, token };
}

beforeAll(async () => {
  h = await openHttpHarness();
  const s = sys();
  w.orgA = (await createOrganisation(s, { name: 'Organisation A' })).id;
  w.orgB = (await createOrganisation(s, { name: 'Organisation B' })).id;
  for (const label of ['admin', 'managerA', 'managerB', 'trainer', 'learner', 'learner2', 'outsider'] as const)
    w[label] = await person(label);
  await h.dataSource.manager.update(User, { id: w.admin.id }, { isAdmin: true });
  await setMembership(s, w.managerA.id, w.orgA, MembershipRole.MANAGER);
  await setMembership(s, w.managerB.id, w.orgB, MembershipRole.MANAGER);
  await setMembership(s, w.learner.id, w.orgA, MembershipRole.MEMBER);
  const trainingA = await createTraining(s, { code: 'TA', title: 'Formation A', organisationIds: [w.orgA] });
  const publicTrainingA = await createTraining(s, { code: 'TAP', title: 'Formation A publique', organisationIds: [w.orgA] });
  const trainingB = await createTraining(s, { code: 'TB', title: 'Formation B', organisationIds: [w.orgB] });
  const sessionA = await createSession(s, trainingA.id, { title: 'Session A', startDate: at(30), endDate: at(60), publicRegistration: false });
  const publicSessionA = await createSession(s, publicTrainingA.id, {
    title: 'Session A publique',
    startDate: at(30),
    endDate: at(60),
    publicRegistration: true,
    publicUnregistration: true,
  });
  await addInscription(s, { sessionId: sessionA.id, userId: w.trainer.id, role: InscriptionRole.TRAINER });
  const inscription = await addInscription(s, { sessionId: sessionA.id, userId: w.learner.id, role: InscriptionRole.LEARNER });
  await addInscription(s, { sessionId: sessionA.id, userId: w.learner2.id, role: InscriptionRole.LEARNER });
  await addInscription(s, { sessionId: publicSessionA.id, userId: w.learner2.id, role: InscriptionRole.LEARNER });
  const eventA = await createEvent(s, sessionA.id, {
    name: 'Séance A',
    startAt: at(31),
    endAt: new Date(at(31).getTime() + 3 * 3600_000),
    inscriptionMode: InscriptionMode.AUTOMATIC,
    trainerIds: [w.trainer.id],
  });
  const comment = await createComment({ ...s, actor: as(w.trainer) }, eventA.id, 'Apporter une blouse');
  Object.assign(w, {
    trainingA: String(trainingA.id),
    publicTrainingA: String(publicTrainingA.id),
    trainingB: String(trainingB.id),
    sessionA: String(sessionA.id),
    publicSessionA: String(publicSessionA.id),
    eventA: String(eventA.id),
    commentA: String(comment.id),
    learnerInscription: String(inscription.id),
  });
});

afterAll(() => h.close());

const bearer = (p: Person): Credentials => ({ token: p.token });
const errorsOf = (r: HttpBody) => (r.body?.errors ?? []) as { message: string; extensions?: Record<string, unknown> }[];
const codeOf = (r: HttpBody) => errorsOf(r)[0]?.extensions?.code;

/** Runs `call`, expects it refused (an error, no data for the refused field), and the database untouched. */
async function refusedUnchanged(call: () => Promise<HttpBody>): Promise<HttpBody> {
  const before = await snapshot(h.dataSource);
  const response = await call();
  expect(errorsOf(response).length).toBeGreaterThan(0);
  const data = response.body?.data;
  if (data) expect(Object.values(data).every((value) => value === null)).toBe(true);
  expect(await snapshot(h.dataSource)).toEqual(before);
  return response;
}

// ---------------------------------------------------------------------------------------------------------------

describe('mass assignment: fields the caller may not set', () => {
  const UPDATE_USER = `mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id isAdmin active email firstName } }`;

  it.each([
    ['isAdmin: true', { isAdmin: true }],
    ['active: false', { active: false }],
    ['another e-mail', { email: 'mallory@evil.example' }],
    ['an allowed field with isAdmin', { firstName: 'Mallory', isAdmin: true }],
    ['an allowed field with a new e-mail', { lastName: 'Mallory', email: 'mallory@evil.example' }],
  ])('a learner updating themself with %s: refused, nothing written', async (_label, input) => {
    const response = await refusedUnchanged(() => h.graphql(UPDATE_USER, { id: w.learner.gid, input }, bearer(w.learner)));
    // FORBIDDEN from the domain (or BAD_USER_INPUT if the schema has no such field): never applied.
    expect(['FORBIDDEN', 'BAD_USER_INPUT']).toContain(codeOf(response));
    const stored = await h.dataSource.manager.findOneByOrFail(User, { id: w.learner.id });
    expect(stored).toMatchObject({ isAdmin: false, active: true, email: w.learner.email, firstName: 'learner' });
  });

  it('a learner may still change their own name (control: the refusals above are about the fields)', async () => {
    const response = await h.graphql(UPDATE_USER, { id: w.learner.gid, input: { firstName: 'Léa' } }, bearer(w.learner));
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.updateUser).toMatchObject({ firstName: 'Léa', isAdmin: false });
    await updateUser(sys(), w.learner.id, { firstName: 'learner' });
  });

  it("a learner changing another user's name, or a manager making themself administrator: refused", async () => {
    const other = await refusedUnchanged(() =>
      h.graphql(UPDATE_USER, { id: w.learner2.gid, input: { firstName: 'Renamed' } }, bearer(w.learner)),
    );
    expect(codeOf(other)).toBe('FORBIDDEN');
    const manager = await refusedUnchanged(() =>
      h.graphql(UPDATE_USER, { id: w.managerA.gid, input: { isAdmin: true } }, bearer(w.managerA)),
    );
    expect(['FORBIDDEN', 'BAD_USER_INPUT']).toContain(codeOf(manager));
  });

  it('a learner creating an administrator, or making themself manager of an organisation: refused', async () => {
    const create = await refusedUnchanged(() =>
      h.graphql(
        `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
        { input: { email: 'sleeper@evil.example', firstName: 'S', lastName: 'L', isAdmin: true } },
        bearer(w.learner),
      ),
    );
    expect(['FORBIDDEN', 'BAD_USER_INPUT']).toContain(codeOf(create));
    const SET = `mutation($u: ID!, $o: ID!) { setMembership(userId: $u, organisationId: $o, role: MANAGER) { role } }`;
    expect(codeOf(await refusedUnchanged(() => h.graphql(SET, { u: w.learner.gid, o: String(w.orgA) }, bearer(w.learner))))).toBe('FORBIDDEN');
    // A manager of A cannot give themself B either.
    expect(codeOf(await refusedUnchanged(() => h.graphql(SET, { u: w.managerA.gid, o: String(w.orgB) }, bearer(w.managerA))))).toBe('FORBIDDEN');
  });

  it('a learner registering themself as trainer of a public session: refused', async () => {
    const response = await refusedUnchanged(() =>
      h.graphql(
        `mutation($input: AddInscriptionInput!) { addInscription(input: $input) { id } }`,
        { input: { sessionId: w.publicSessionA, userId: w.learner.gid, role: 'TRAINER' } },
        bearer(w.learner),
      ),
    );
    expect(codeOf(response)).toBe('FORBIDDEN');
  });

  it("a session or event input naming organisations (or another training) is refused by the schema itself (R1)", async () => {
    const viaVariables = await refusedUnchanged(() =>
      h.graphql(
        `mutation($input: CreateSessionInput!) { createSession(input: $input) { id } }`,
        { input: { trainingId: w.trainingA, title: 'Intruse', organisationIds: [String(w.orgB)] } },
        bearer(w.managerA),
      ),
    );
    expect(codeOf(viaVariables)).toBe('BAD_USER_INPUT');
    expect(errorsOf(viaVariables)[0].message).toMatch(/organisationIds/);

    const inline = await refusedUnchanged(() =>
      h.graphql(
        `mutation { updateSession(id: "${w.sessionA}", input: { title: "X", organisationIds: ["${w.orgB}"] }) { id } }`,
        undefined,
        bearer(w.managerA),
      ),
    );
    expect(codeOf(inline)).toBe('GRAPHQL_VALIDATION_FAILED');

    const moved = await refusedUnchanged(() =>
      h.graphql(
        `mutation($id: ID!, $input: UpdateSessionInput!) { updateSession(id: $id, input: $input) { id } }`,
        { id: w.sessionA, input: { trainingId: w.trainingB } },
        bearer(w.managerA),
      ),
    );
    expect(codeOf(moved)).toBe('BAD_USER_INPUT');

    const event = await refusedUnchanged(() =>
      h.graphql(
        `mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }`,
        {
          input: {
            sessionId: w.sessionA,
            name: 'Intruse',
            startAt: at(32).toISOString(),
            endAt: at(33).toISOString(),
            organisationIds: [String(w.orgB)],
          },
        },
        bearer(w.managerA),
      ),
    );
    expect(codeOf(event)).toBe('BAD_USER_INPUT');
  });

  it('a manager of B creating a training for A (alone or with B), or handing their training to A: FORBIDDEN', async () => {
    const CREATE = `mutation($input: CreateTrainingInput!) { createTraining(input: $input) { id } }`;
    for (const organisationIds of [[w.orgA], [w.orgB, w.orgA]]) {
      const response = await refusedUnchanged(() =>
        h.graphql(CREATE, { input: { code: `X-${organisationIds.length}`, title: 'Intruse', organisationIds: organisationIds.map(String) } }, bearer(w.managerB)),
      );
      expect(errorsOf(response)[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ORGANISATION_MANAGER' });
    }
    const UPDATE = `mutation($id: ID!, $input: UpdateTrainingInput!) { updateTraining(id: $id, input: $input) { id } }`;
    for (const organisationIds of [[w.orgA], [w.orgB, w.orgA]]) {
      const response = await refusedUnchanged(() =>
        h.graphql(UPDATE, { id: w.trainingB, input: { title: 'Renamed', organisationIds: organisationIds.map(String) } }, bearer(w.managerB)),
      );
      expect(errorsOf(response)[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ORGANISATION_MANAGER' });
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe("a manager of B and A's (non-public) session: it does not exist for them", () => {
  const MISSING = '987654321';

  /** The same call on an id that does not exist: the answer must be the same. */
  async function expectLikeMissing(query: string, variables: Record<string, string>, key: string) {
    const response = await refusedUnchanged(() => h.graphql(query, variables, bearer(w.managerB)));
    const missing = await h.graphql(query, { ...variables, [key]: MISSING }, bearer(w.managerB));
    expect(errorsOf(response)[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorsOf(response)[0].extensions).toEqual(errorsOf(missing)[0].extensions);
    expect(errorsOf(response)[0].message).toBe(errorsOf(missing)[0].message);
  }

  it.each([
    ['session', `query($id: ID!) { session(id: $id) { id title } }`, 'sessionA'],
    ['event', `query($id: ID!) { event(id: $id) { id name } }`, 'eventA'],
    ['training', `query($id: ID!) { training(id: $id) { id title } }`, 'trainingA'],
    ['sessionDraft', `query($id: ID!) { sessionDraft(trainingId: $id) { title } }`, 'trainingA'],
  ] as const)('reading it (%s): NOT_FOUND, like a missing id', async (_label, query, key) => {
    await expectLikeMissing(query, { id: w[key] }, 'id');
  });

  it('lists do not show it', async () => {
    const response = await h.graphql(
      `{ sessions(first: 100) { nodes { id } } events(first: 100) { nodes { id } } trainings(first: 100) { nodes { id } } }`,
      undefined,
      bearer(w.managerB),
    );
    expect(response.body.errors).toBeUndefined();
    const ids = (list: { nodes: { id: string }[] }) => list.nodes.map((n) => n.id);
    expect(ids(response.body.data.sessions)).not.toContain(w.sessionA);
    expect(ids(response.body.data.events)).not.toContain(w.eventA);
    expect(ids(response.body.data.trainings)).not.toContain(w.trainingA);
    // A's public catalogue they see, as any visitor does.
    expect(ids(response.body.data.sessions)).toContain(w.publicSessionA);
    expect(ids(response.body.data.trainings)).toContain(w.publicTrainingA);
  });

  const mutations: [string, string, () => Record<string, unknown>, string][] = [
    ['updateSession', `mutation($id: ID!) { updateSession(id: $id, input: { title: "pwned" }) { id } }`, () => ({ id: w.sessionA }), 'id'],
    ['deleteSession', `mutation($id: ID!) { deleteSession(id: $id) { id } }`, () => ({ id: w.sessionA }), 'id'],
    ['createSession', `mutation($id: ID!) { createSession(input: { trainingId: $id, title: "pwned" }) { id } }`, () => ({ id: w.trainingA }), 'id'],
    ['createEvent', `mutation($id: ID!, $s: DateTimeISO!, $e: DateTimeISO!) { createEvent(input: { sessionId: $id, name: "pwned", startAt: $s, endAt: $e }) { id } }`,
      () => ({ id: w.sessionA, s: at(40).toISOString(), e: at(41).toISOString() }), 'id'],
    ['updateEvent', `mutation($id: ID!) { updateEvent(id: $id, input: { name: "pwned" }) { id } }`, () => ({ id: w.eventA }), 'id'],
    ['deleteEvent', `mutation($id: ID!) { deleteEvent(id: $id) { id } }`, () => ({ id: w.eventA }), 'id'],
    ['repeatEvent', `mutation($id: ID!) { repeatEvent(id: $id, weekdays: [MONDAY], weeks: 2) { id } }`, () => ({ id: w.eventA }), 'id'],
    ['addInscription (someone)', `mutation($id: ID!, $u: ID!) { addInscription(input: { sessionId: $id, userId: $u, role: LEARNER }) { id } }`,
      () => ({ id: w.sessionA, u: w.outsider.gid }), 'id'],
    ['addInscription (themself)', `mutation($id: ID!, $u: ID!) { addInscription(input: { sessionId: $id, userId: $u, role: LEARNER }) { id } }`,
      () => ({ id: w.sessionA, u: w.managerB.gid }), 'id'],
    ['addInscription (event)', `mutation($id: ID!, $u: ID!) { addInscription(input: { eventId: $id, userId: $u, role: LEARNER }) { id } }`,
      () => ({ id: w.eventA, u: w.outsider.gid }), 'id'],
    ['removeInscription', `mutation($id: ID!) { removeInscription(id: $id) { id } }`, () => ({ id: w.learnerInscription }), 'id'],
    ['createComment', `mutation($id: ID!) { createComment(eventId: $id, content: "pwned") { id } }`, () => ({ id: w.eventA }), 'id'],
    ['updateComment', `mutation($id: ID!) { updateComment(id: $id, content: "pwned") { id } }`, () => ({ id: w.commentA }), 'id'],
    ['deleteComment', `mutation($id: ID!) { deleteComment(id: $id) { id } }`, () => ({ id: w.commentA }), 'id'],
    ['updateTraining', `mutation($id: ID!) { updateTraining(id: $id, input: { title: "pwned" }) { id } }`, () => ({ id: w.trainingA }), 'id'],
    ['deleteTraining', `mutation($id: ID!) { deleteTraining(id: $id) { id } }`, () => ({ id: w.trainingA }), 'id'],
  ];

  it.each(mutations)('%s: NOT_FOUND like a missing id, nothing written', async (_label, query, variables, key) => {
    await expectLikeMissing(query, variables() as Record<string, string>, key);
  });

  it("A's public session and training they may see, but not edit, delete or add to: FORBIDDEN, nothing written", async () => {
    const calls: [string, Record<string, string>][] = [
      [`mutation($id: ID!) { updateSession(id: $id, input: { title: "pwned", publicRegistration: false }) { id } }`, { id: w.publicSessionA }],
      [`mutation($id: ID!) { deleteSession(id: $id) { id } }`, { id: w.publicSessionA }],
      [`mutation($id: ID!, $s: DateTimeISO!, $e: DateTimeISO!) { createEvent(input: { sessionId: $id, name: "pwned", startAt: $s, endAt: $e }) { id } }`,
        { id: w.publicSessionA, s: at(40).toISOString(), e: at(41).toISOString() }],
      [`mutation($id: ID!) { updateTraining(id: $id, input: { title: "pwned", organisationIds: ["${w.orgB}"] }) { id } }`, { id: w.publicTrainingA }],
      [`mutation($id: ID!) { deleteTraining(id: $id) { id } }`, { id: w.publicTrainingA }],
      [`mutation($id: ID!) { createSession(input: { trainingId: $id, title: "pwned" }) { id } }`, { id: w.publicTrainingA }],
      [`mutation($id: ID!, $u: ID!) { addInscription(input: { sessionId: $id, userId: $u, role: LEARNER }) { id } }`,
        { id: w.publicSessionA, u: w.outsider.gid }],
    ];
    for (const [query, variables] of calls) {
      const response = await refusedUnchanged(() => h.graphql(query, variables, bearer(w.managerB)));
      expect(codeOf(response)).toBe('FORBIDDEN');
    }
  });

  it("control: A's manager does all of it (the refusals above are about scope, not the calls)", async () => {
    const response = await h.graphql(`query($id: ID!) { session(id: $id) { id title } }`, { id: w.sessionA }, bearer(w.managerA));
    expect(response.body.data.session).toEqual({ id: w.sessionA, title: 'Session A' });
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('hostile values from a manager in scope: BAD_USER_INPUT naming the field, nothing written (#6 §10–§12, null)', () => {
  const cursorOfAnotherList = () => Buffer.from(JSON.stringify({ l: 'Training', o: 'title:ASC', f: 'x', v: 'zzz', i: 1 })).toString('base64url');
  const calls: [string, string, () => Record<string, unknown>, string, string][] = [
    ['a NUL in a title', `mutation($id: ID!, $t: String!) { updateSession(id: $id, input: { title: $t }) { id } }`,
      () => ({ id: w.sessionA, t: 'Session\u0000A' }), 'FORBIDDEN_CHARACTER', 'title'],
    ['an escape character in a training code', `mutation($id: ID!, $c: String!) { updateTraining(id: $id, input: { code: $c }) { id } }`,
      () => ({ id: w.trainingA, c: 'TA\u001b[31m' }), 'FORBIDDEN_CHARACTER', 'code'],
    ['a NUL in a comment', `mutation($id: ID!, $c: String!) { createComment(eventId: $id, content: $c) { id } }`,
      () => ({ id: w.eventA, c: '\u0000' }), 'FORBIDDEN_CHARACTER', 'content'],
    ['a NUL searched for', `query($s: String) { trainings(search: $s) { totalCount } }`, () => ({ s: '\u0000' }), 'FORBIDDEN_CHARACTER', 'search'],
    ['a session starting in year 0', `mutation($id: ID!) { updateSession(id: $id, input: { startDate: "0000-01-01T00:00:00Z" }) { id } }`,
      () => ({ id: w.sessionA }), 'DATE_OUT_OF_RANGE', 'startDate'],
    ['a session starting on 9999-12-31 (its default end would be year 10000)',
      `mutation($id: ID!) { createSession(input: { trainingId: $id, startDate: "9999-12-31T00:00:00Z" }) { id } }`,
      () => ({ id: w.trainingA }), 'DATE_OUT_OF_RANGE', 'startDate'],
    ['a repeat up to year 9999', `mutation($id: ID!) { repeatEvent(id: $id, weekdays: [MONDAY], until: "9999-12-31") { id } }`,
      () => ({ id: w.eventA }), 'DATE_OUT_OF_RANGE', 'until'],
    ['a legacy time-zone alias', `mutation { createLocation(input: { name: "Salle", timeZone: "EST5EDT" }) { id } }`, () => ({}), 'BAD_TIME_ZONE', 'timeZone'],
    ["another list's cursor", `query($a: String) { sessions(after: $a) { totalCount } }`, () => ({ a: cursorOfAnotherList() }), 'BAD_CURSOR', 'after'],
    // null clears only what may be empty (graphql/inputs/validate-input.ts; every field in null-inputs.test.ts).
    ['a training title cleared with null', `mutation($id: ID!) { updateTraining(id: $id, input: { title: null }) { id } }`,
      () => ({ id: w.trainingA }), 'NOT_CLEARABLE', 'title'],
    ['a session mode cleared with null', `mutation($id: ID!) { updateSession(id: $id, input: { eventInscriptionMode: null }) { id } }`,
      () => ({ id: w.sessionA }), 'NOT_CLEARABLE', 'eventInscriptionMode'],
    ["an event's trainers given as null", `mutation($id: ID!) { updateEvent(id: $id, input: { trainerIds: null }) { id } }`,
      () => ({ id: w.eventA }), 'NOT_CLEARABLE', 'trainerIds'],
  ];

  it.each(calls)('%s', async (_label, query, variables, reason, field) => {
    const response = await refusedUnchanged(() => h.graphql(query, variables(), bearer(w.managerA)));
    expect(errorsOf(response)[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason, field });
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe("a learner never reads another learner's e-mail, whatever the path", () => {
  const NESTED = `query($sa: ID!, $ea: ID!) {
    me { id email }
    session(id: $sa) {
      learners { nodes { id email } }
      trainers { nodes { id email } }
      inscriptions { nodes { user { id email } } }
      events { nodes { id
        inscriptions { nodes { user { id email } } }
        trainers { nodes { id email } }
        comments { nodes { author { id email } } }
      } }
      training { sessions { nodes { learners { nodes { id email } } inscriptions { nodes { user { id email } } } } } }
    }
    event(id: $ea) {
      inscriptions { nodes { user { id email } session { learners { nodes { id email } } } } }
      comments { nodes { author { id email } event { inscriptions { nodes { user { id email } } } } } }
    }
    sessions(first: 50) { nodes { learners { nodes { id email } } inscriptions { nodes { user { id email } } } } }
    events(first: 50) { nodes { inscriptions { nodes { user { id email } } } trainers { nodes { email } } } }
  }`;
  const emailsIn = (value: unknown) => [...new Set(JSON.stringify(value).match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? [])].sort();

  it('sessions, events, inscriptions, trainers, comment authors: only their own address', async () => {
    const response = await h.graphql(NESTED, { sa: w.sessionA, ea: w.eventA }, bearer(w.learner));
    expect(response.body.errors).toBeUndefined();
    const data = response.body.data;
    expect(emailsIn(data)).toEqual([w.learner.email]);
    // The other learner is not even listed; the trainer (public) is, without address.
    expect(data.session.learners.nodes).toEqual([{ id: w.learner.gid, email: w.learner.email }]);
    expect(data.session.trainers.nodes).toEqual([{ id: w.trainer.gid, email: null }]);
    expect(data.event.comments.nodes[0].author).toEqual({ id: w.trainer.gid, email: null });
    expect(JSON.stringify(data)).not.toContain(`"id":"${w.learner2.gid}"`);
  });

  it('the users list holds only themself (#6 §2: learners see themselves)', async () => {
    const response = await h.graphql(`{ users { nodes { email } } }`, undefined, bearer(w.learner));
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.users.nodes).toEqual([{ email: w.learner.email }]);
  });

  it('an anonymous visitor of the public catalogue sees no registrant and no address', async () => {
    const response = await h.graphql(
      `query($id: ID!) { session(id: $id) { learners { totalCount nodes { email } } inscriptions { totalCount nodes { user { email } } } trainers { nodes { email } } } }`,
      { id: w.publicSessionA },
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.session.learners.totalCount).toBe(0);
    expect(response.body.data.session.inscriptions.totalCount).toBe(0);
    expect(emailsIn(response.body)).toEqual([]);
  });

  it("control: the session's manager reads them all through the same query", async () => {
    const response = await h.graphql(NESTED, { sa: w.sessionA, ea: w.eventA }, bearer(w.managerA));
    expect(response.body.errors).toBeUndefined();
    expect(emailsIn(response.body.data)).toEqual(expect.arrayContaining([w.learner.email, w.learner2.email, w.trainer.email]));
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('session cookies and API tokens', () => {
  const ME = '{ me { id } }';
  const cookieFor = async (userId: number, sessionVersion: number, { secret = authSecret(), maxAge = SESSION_MAX_AGE_SECONDS } = {}) =>
    `${SESSION_COOKIE}=${await encode({ token: { sub: String(userId), sessionVersion }, secret, maxAge })}`;
  const versionOf = async (id: number) => (await h.dataSource.manager.findOneByOrFail(User, { id })).sessionVersion;
  const meAs = (credentials: Credentials) => h.graphql(ME, undefined, credentials);
  const expectAnonymous = (response: HttpBody) => {
    expect(response.body.data).toBeNull();
    expect(errorsOf(response)[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  };
  /** #6 §5: a token that is no longer active refuses the whole request (401), it is not served as anonymous. */
  const expectRefusedToken = (response: HttpBody) => {
    expect(response.status).toBe(401);
    expect(response.body.data).toBeUndefined();
    expect(errorsOf(response)[0].extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'INVALID_TOKEN' });
  };

  it('a valid session cookie signs the request in (sanity)', async () => {
    const user = await person('cookie');
    const response = await meAs({ cookie: await cookieFor(user.id, await versionOf(user.id)) });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data).toEqual({ me: { id: user.gid } });
  });

  it('a tampered, an expired, or a foreign-secret cookie is anonymous', async () => {
    const user = await person('forged');
    const version = await versionOf(user.id);
    const valid = await cookieFor(user.id, version);
    const [name, value] = [valid.slice(0, valid.indexOf('=')), valid.slice(valid.indexOf('=') + 1)];
    const parts = value.split('.');
    // Flip one character of the ciphertext and one of the authentication tag.
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
    const tamperedCipher = [...parts.slice(0, 3), flip(parts[3], 5), parts[4]].join('.');
    const tamperedTag = [...parts.slice(0, 4), flip(parts[4], 3)].join('.');
    expectAnonymous(await meAs({ cookie: `${name}=${tamperedCipher}` }));
    expectAnonymous(await meAs({ cookie: `${name}=${tamperedTag}` }));
    expectAnonymous(await meAs({ cookie: await cookieFor(user.id, version, { maxAge: -60 }) }));
    expectAnonymous(await meAs({ cookie: await cookieFor(user.id, version, { secret: randomBytes(32).toString('base64url') }) }));
    // A plain unsigned JWT naming the user is no better.
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: user.gid, sessionVersion: version })).toString('base64url')}.`;
    expectAnonymous(await meAs({ cookie: `${name}=${unsigned}` }));
    // A genuine cookie of a session version that is not the account's is no longer valid either.
    expectAnonymous(await meAs({ cookie: await cookieFor(user.id, version + 7) }));
    // Garbage, including a malformed %-sequence, is no actor — not a server error.
    expectAnonymous(await meAs({ cookie: `${name}=%E0%A4%A; other=%` }));
  });

  it("a deactivated user's still-valid cookie stops working at once", async () => {
    const user = await person('deactivated');
    const cookie = await cookieFor(user.id, await versionOf(user.id));
    expect((await meAs({ cookie })).body.data).toEqual({ me: { id: user.gid } });
    await updateUser(sys(), user.id, { active: false });
    expectAnonymous(await meAs({ cookie }));
  });

  it('a cookie from before deactivation stays dead once the account is reactivated (the session version moved)', async () => {
    // entities/user.entity.ts: sessionVersion is "bumped when the password changes or the account is
    // deactivated", so that a session opened before a deactivation never comes back.
    const user = await person('reactivated');
    const before = await versionOf(user.id);
    const cookie = await cookieFor(user.id, before);
    await updateUser(sys(), user.id, { active: false });
    await updateUser(sys(), user.id, { active: true });
    expectAnonymous(await meAs({ cookie }));
    expect(await versionOf(user.id)).not.toBe(before);
  });

  it("after a password change the old cookie stops working; one of the new version works", async () => {
    const user = await person('password');
    const cookie = await cookieFor(user.id, await versionOf(user.id));
    expect((await meAs({ cookie })).body.data).toEqual({ me: { id: user.gid } });
    await setPassword(sys(), user.id, 'a brand new passphrase');
    expectAnonymous(await meAs({ cookie }));
    expect((await meAs({ cookie: await cookieFor(user.id, await versionOf(user.id)) })).body.data).toEqual({ me: { id: user.gid } });
  });

  it('a revoked API token stops working at once; a token never falls back to the cookie', async () => {
    const user = await person('tokens');
    expect((await meAs(bearer(user))).body.data).toEqual({ me: { id: user.gid } });
    const listed = await h.graphql(`{ apiTokens { nodes { id } } }`, undefined, bearer(user));
    const tokenId = listed.body.data.apiTokens.nodes[0].id;

    // Someone else cannot revoke it: it does not exist for them.
    const foreign = await refusedUnchanged(() =>
      h.graphql(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: tokenId }, bearer(w.learner)),
    );
    expect(codeOf(foreign)).toBe('NOT_FOUND');
    expect((await meAs(bearer(user))).body.data).toEqual({ me: { id: user.gid } });

    const revoked = await h.graphql(`mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`, { id: tokenId }, bearer(user));
    expect(revoked.body.data.revokeApiToken.revokedAt).toEqual(expect.any(String));
    expectRefusedToken(await meAs(bearer(user)));
    expectRefusedToken(await meAs({ ...bearer(user), cookie: await cookieFor(user.id, await versionOf(user.id)) }));
    expectRefusedToken(await meAs({ token: `cursus_${randomBytes(32).toString('base64url')}` }));
  });

  it("a deactivated user's API token stops working at once", async () => {
    const user = await person('token-deactivated');
    expect((await meAs(bearer(user))).body.data).toEqual({ me: { id: user.gid } });
    await updateUser(sys(), user.id, { active: false });
    expectRefusedToken(await meAs(bearer(user)));
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('an Authorization header that holds no active token: 401 UNAUTHENTICATED, whatever the query (#6 §5)', () => {
  let revoked: string;
  let deactivated: string;
  beforeAll(async () => {
    const user = await person('revoked-token');
    const { apiToken, token } = await createApiToken(sys(), 'to revoke', user.id);
    await revokeApiToken({ ...sys(), actor: as(user) }, apiToken.id);
    revoked = token;
    const gone = await person('gone-token');
    await updateUser(sys(), gone.id, { active: false });
    deactivated = gone.token;
  });

  const HEADERS: [string, () => string][] = [
    ['an unknown token', () => `Bearer cursus_${randomBytes(32).toString('base64url')}`],
    ['a revoked token', () => `Bearer ${revoked}`],
    ["a deactivated user's token", () => `Bearer ${deactivated}`],
    ['a token without the cursus_ prefix', () => `Bearer ${randomBytes(32).toString('base64url')}`],
    ['"Bearer" with no token', () => 'Bearer'],
    ['"Bearer" and spaces', () => 'Bearer   '],
    ['two tokens', () => `Bearer ${w.admin.token} ${w.admin.token}`],
    ['a valid token under another scheme (Basic)', () => `Basic ${w.admin.token}`],
    ['Basic credentials', () => `Basic ${Buffer.from('admin:password').toString('base64')}`],
    ['a bare valid token, no scheme', () => w.admin.token],
    ['an empty header', () => ''],
  ];
  const QUERIES: [string, string][] = [
    ['a public query', '{ trainings(first: 1) { totalCount } }'],
    ['a public field by id', '{ session(id: "1") { id } }'],
    ['a guarded query', '{ me { id } }'],
    ['introspection', '{ __schema { queryType { name } } }'],
    ['a mutation', 'mutation { createOrganisation(input: { name: "Par jeton révoqué" }) { id } }'],
  ];
  const CASES = HEADERS.flatMap(([label, header]) => QUERIES.map(([what, query]) => [label, what, header, query] as const));

  it.each(CASES)('%s, %s (POST): 401 UNAUTHENTICATED, no data, nothing written', async (_label, _what, header, query) => {
    const before = await snapshot(h.dataSource);
    const response = await h.post(JSON.stringify({ query }), {}, { authorization: header() });
    expect({ status: response.status, data: response.body.data }).toEqual({ status: 401, data: undefined });
    expect(errorsOf(response)).toEqual([
      { message: 'the Authorization header holds no active API token', extensions: { code: 'UNAUTHENTICATED', reason: 'INVALID_TOKEN' } },
    ]);
    expect(response.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
    expect(await snapshot(h.dataSource)).toEqual(before);
  });

  it.each(HEADERS)('%s on a public GET query: 401 as well', async (_label, header) => {
    const response = await h.get('{ trainings(first: 1) { totalCount } }', {}, { 'apollo-require-preflight': '1', authorization: header() });
    expect(response.status).toBe(401);
    expect(codeOf(response)).toBe('UNAUTHENTICATED');
  });

  it('control: the same public query with no Authorization header is served to the anonymous visitor', async () => {
    const response = await h.graphql('{ trainings(first: 1) { totalCount } }');
    expect(response.status).toBe(200);
    expect(response.body.data.trainings.totalCount).toEqual(expect.any(Number));
  });

  it('control: an active token works whatever the case of "Bearer"', async () => {
    for (const scheme of ['Bearer', 'bearer', 'BEARER']) {
      const response = await h.post(JSON.stringify({ query: '{ me { id } }' }), {}, { authorization: `${scheme} ${w.learner.token}` });
      expect(response.body).toEqual({ data: { me: { id: w.learner.gid } } });
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('HTTP: methods, CSRF, batching', () => {
  const CREATE_ORG = 'mutation { createOrganisation(input: { name: "Intruse" }) { id } }';

  it('a mutation sent as GET: 405, nothing written', async () => {
    const before = await snapshot(h.dataSource);
    const response = await h.get(CREATE_ORG, bearer(w.admin));
    expect(response.status).toBe(405);
    expect(await snapshot(h.dataSource)).toEqual(before);
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])(
    'a simple cross-site POST (%s, no preflight header): 400, nothing written',
    async (contentType) => {
      const before = await snapshot(h.dataSource);
      const response = await h.post(JSON.stringify({ query: CREATE_ORG }), bearer(w.admin), { 'content-type': contentType });
      expect(response.status).toBe(400);
      expect(await snapshot(h.dataSource)).toEqual(before);
    },
  );

  it('a cross-site GET carrying the cookie but no preflight header: 400', async () => {
    const response = await h.get('{ me { id } }', { cookie: `${SESSION_COOKIE}=anything` }, {});
    expect(response.status).toBe(400);
  });

  it('a JSON array of operations (batching): 400, none of them runs', async () => {
    const before = await snapshot(h.dataSource);
    const response = await h.post(JSON.stringify([{ query: CREATE_ORG }, { query: CREATE_ORG }]), bearer(w.admin));
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toMatch(/batch/i);
    expect(await snapshot(h.dataSource)).toEqual(before);
  });

  // #6 §11: Next's Apollo adapter parsed these itself and threw, which answered a 500 with an empty body.
  it.each([
    ['an empty body', '', 'application/json'],
    ['a blank body', '  \n', 'application/json'],
    ['invalid JSON', '{', 'application/json'],
    ['a truncated operation', '{"query":"{ me { id } }"', 'application/json'],
    ['not JSON at all', 'query { me { id } }', 'application/json'],
    ['invalid JSON with a charset', '{query}', 'application/json; charset=utf-8'],
    ['an empty body with a charset', '', 'Application/JSON; charset=UTF-8'],
  ])('%s: 400 with a JSON error (BAD_REQUEST), nothing written', async (_label, body, contentType) => {
    const before = await snapshot(h.dataSource);
    const response = await h.post(body, bearer(w.admin), { 'content-type': contentType });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(errorsOf(response)).toEqual([{ message: expect.stringMatching(/^the request body is (empty|not valid JSON)$/), extensions: { code: 'BAD_REQUEST' } }]);
    expect(await snapshot(h.dataSource)).toEqual(before);
  });

  it('control: the same mutation POSTed as JSON runs', async () => {
    const response = await h.graphql(CREATE_ORG, undefined, bearer(w.admin));
    expect(response.body.data.createOrganisation.id).toEqual(expect.any(String));
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('limits: refused before any SQL runs', () => {
  /** Every SQL statement goes through DataSource.logger.logQuery, whatever the driver or the logging setting. */
  async function countingQueries<T>(work: () => Promise<T>): Promise<{ result: T; queries: number }> {
    const spy = jest.spyOn(h.dataSource.logger, 'logQuery');
    try {
      const result = await work();
      return { result, queries: spy.mock.calls.length };
    } finally {
      spy.mockRestore();
    }
  }

  /** sessions → nodes → training → sessions → …: a chain of `depth` nested fields (anonymous: public roots). */
  function nested(depth: number) {
    const chain = Array.from({ length: depth - 1 }, (_, i) => ['sessions', 'nodes', 'training'][i % 3]);
    if (chain[chain.length - 1] === 'sessions') throw new Error('pick a depth that ends on an object with an id');
    // Small pages, so that only the depth (not the cost limit) decides.
    return chain.reduceRight((inner, field) => `${field === 'sessions' ? 'sessions(first: 2)' : field} { ${inner} }`, 'id');
  }

  it(`a query nested deeper than ${LIMITS.maxDepth}: 400, no SQL at all`, async () => {
    const { result, queries } = await countingQueries(() => h.graphql(`{ ${nested(LIMITS.maxDepth + 1)} }`));
    expect(result.status).toBe(400);
    expect(result.body.data).toBeUndefined();
    expect(errorsOf(result).map((e) => e.message).join(' ')).toMatch(/depth limit of 12/);
    expect(queries).toBe(0);

    const far = await countingQueries(() => h.graphql(`{ ${nested(40)} }`));
    expect(far.result.status).toBe(400);
    expect(far.queries).toBe(0);
  });

  it(`control: the same query at depth ${LIMITS.maxDepth} runs (and does run SQL)`, async () => {
    const { result, queries } = await countingQueries(() => h.graphql(`{ ${nested(LIMITS.maxDepth)} }`));
    expect(result.body.errors).toBeUndefined();
    expect(queries).toBeGreaterThan(0);
  });

  const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: sessions { totalCount }`).join(' ')} }`;

  it(`more than ${LIMITS.maxAliases} aliases: 400, no SQL`, async () => {
    const { result, queries } = await countingQueries(() => h.graphql(aliases(LIMITS.maxAliases + 1)));
    expect(result.status).toBe(400);
    expect(errorsOf(result)[0].message).toMatch(/Aliases limit/);
    expect(queries).toBe(0);
    const control = await countingQueries(() => h.graphql(aliases(LIMITS.maxAliases)));
    expect(control.result.body.errors).toBeUndefined();
    expect(control.queries).toBeGreaterThan(0);
  });

  it(`an operation that could return more than ${LIMITS.maxCost} objects, page sizes given as variables: no SQL`, async () => {
    const deep = `query($n: Int) { trainings(first: $n) { nodes { sessions(first: $n) { nodes {
      events(first: $n) { nodes { inscriptions(first: $n) { nodes { id } } } } } } } } }`;
    const { result, queries } = await countingQueries(() => h.graphql(deep, { n: 100 }));
    expect({ status: result.status, code: codeOf(result) }).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
    expect(queries).toBe(0);
    const control = await countingQueries(() => h.graphql(deep, { n: 5 }));
    expect(control.result.body.errors).toBeUndefined();
  });

  it('a batched request: no SQL', async () => {
    const { result, queries } = await countingQueries(() =>
      h.post(JSON.stringify([{ query: '{ sessions { totalCount } }' }, { query: '{ trainings { totalCount } }' }])),
    );
    expect(result.status).toBe(400);
    expect(queries).toBe(0);
  });

  const longDocument = () => `{ sessions { totalCount } }\n# ${'x'.repeat(MAX_BODY_BYTES)}`;

  it(`a body larger than ${MAX_BODY_BYTES} bytes is answered 413 BAD_USER_INPUT: no data, no SQL`, async () => {
    const { result, queries } = await countingQueries(() => h.graphql(longDocument()));
    expect({ status: result.status, code: codeOf(result) }).toEqual({ status: 413, code: 'BAD_USER_INPUT' });
    expect(result.body.data).toBeUndefined();
    expect(queries).toBe(0);
  });

  it(`a document of more than ${LIMITS.maxTokens} tokens is a 400 parse error: no SQL`, async () => {
    const manyTokens = `{ sessions { totalCount ${'__typename '.repeat(LIMITS.maxTokens)} } }`;
    const { result, queries } = await countingQueries(() => h.graphql(manyTokens));
    expect({ status: result.status, code: codeOf(result) }).toEqual({ status: 400, code: 'GRAPHQL_PARSE_FAILED' });
    expect(queries).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('production: no introspection and no "Did you mean" for anonymous callers', () => {
  let schema: ReturnType<typeof buildCursusSchema>;
  let production: ApolloServer<GraphQLContext>;
  let development: ApolloServer<GraphQLContext>;
  beforeAll(async () => {
    schema = buildCursusSchema();
    production = createGraphQLServer(schema, { production: true });
    development = createGraphQLServer(schema, { production: false });
  });
  afterAll(async () => {
    await production.stop();
    await development.stop();
  });

  async function run(server: ApolloServer<GraphQLContext>, actor: Actor, query: string, variables?: Record<string, unknown>) {
    const response = await server.executeOperation({ query, variables }, { contextValue: createContext(h.dataSource, actor, systemClock) });
    if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
    return { status: response.http.status, ...response.body.singleResult };
  }

  const INTROSPECTION = [
    ['__schema', '{ __schema { queryType { name } types { name } } }'],
    ['__type', '{ __type(name: "User") { fields { name } } }'],
    ['aliased', '{ s: __schema { types { name } } }'],
    ['inside a fragment', 'query { ...F } fragment F on Query { __schema { types { name } } }'],
    ['next to a public field', '{ sessions { totalCount } __type(name: "Session") { name } }'],
  ];

  it.each(INTROSPECTION)('introspection (%s) is refused to an anonymous caller', async (_label, query) => {
    const result = await run(production, anonymousActor, query);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(JSON.stringify(result)).not.toMatch(/"User"|"Session"|queryType/);
  });

  it.each(INTROSPECTION)('introspection (%s) still works for a signed-in user', async (_label, query) => {
    const result = await run(production, as(w.learner), query);
    expect(result.errors).toBeUndefined();
    expect(result.data).toBeDefined();
  });

  // Three items in every row: jest.each passes a shorter row's missing argument as a `done` callback.
  const TYPOS: [string, string, Record<string, unknown> | undefined][] = [
    ['a field', '{ sesions { totalCount } }', undefined],
    ['a nested field', '{ sessions { nodes { titel } } }', undefined],
    ['an argument', '{ sessions(frist: 2) { totalCount } }', undefined],
    ['an enum value', '{ sessions(orderBy: START_DATE_AS) { totalCount } }', undefined],
    ['an enum value in a variable', 'query($o: SessionOrder) { sessions(orderBy: $o) { totalCount } }', { o: 'START_DATE_AS' }],
    ['an input field in a variable', 'query($f: SessionFilter) { sessions(filter: $f) { totalCount } }', { f: { serch: 'x' } }],
  ];

  it.each(TYPOS)('a typo in %s: no "Did you mean" for an anonymous caller', async (_label, query, variables) => {
    const result = await run(production, anonymousActor, query, variables);
    expect(result.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(result.errors)).not.toMatch(/Did you mean/i);
  });

  it.each(TYPOS)('a typo in %s: the hint is still there for a signed-in user', async (_label, query, variables) => {
    const result = await run(production, as(w.learner), query, variables);
    expect(JSON.stringify(result.errors)).toMatch(/Did you mean/);
  });

  it('outside production, anonymous callers keep both (the playground works before signing in)', async () => {
    expect((await run(development, anonymousActor, INTROSPECTION[0][1])).errors).toBeUndefined();
    expect(JSON.stringify((await run(development, anonymousActor, TYPOS[0][1])).errors)).toMatch(/Did you mean/);
  });

  it('the production server also refuses anonymous introspection over HTTP (server/graphql-http.ts)', async () => {
    const { createGraphQLHandler } = await import('../../server/graphql-http');
    const { actorFromRequest } = await import('../../server/actor');
    // A server of its own, in production mode, behind the same node:http handler as /api/graphql.
    const server = createGraphQLServer(schema, { production: true });
    await server.start();
    const contextFor = async (headers: RequestHeaders) => createContext(h.dataSource, await actorFromRequest(headers, h.dataSource.manager, systemClock), systemClock);
    const served = await serveGraphQL(createGraphQLHandler(async () => ({ server, contextFor })));
    const post = async (credentials: Credentials) =>
      fetch(served.url, {
        method: 'POST',
        body: JSON.stringify({ query: INTROSPECTION[0][1] }),
        headers: { 'content-type': 'application/json', ...authHeaders(credentials) },
      });
    const anonymous = await post({});
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).data).toBeUndefined();
    const signedIn = await post(bearer(w.learner));
    expect(signedIn.status).toBe(200);
    expect((await signedIn.json()).data.__schema.queryType.name).toBe('Query');
    await served.close();
    await server.stop();
  });
});
