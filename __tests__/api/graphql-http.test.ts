/**
 * /api/graphql as server.js serves it (#11 §3): server/graphql-http.ts on node:http, over real HTTP, in front of
 * the same runtime (one DataSource, one schema) the app uses: POST and GET, the bearer token and the session
 * cookie, errors, the headers Next's answers had (security headers, no caching), the body limits; and the
 * actor resolved in one SQL statement (domain/actor-of.ts). The 503 while the database cannot serve is in
 * database-down-at-start.test.ts and database-faults.test.ts, over the same handler. Uses a database of its own.
 */
import { encode } from 'next-auth/jwt';
import { systemActor } from '../../domain/actor';
import { createApiToken } from '../../domain/api-tokens';
import { systemClock } from '../../domain/clock';
import { setMembership } from '../../domain/memberships';
import { createUser } from '../../domain/users';
import { MembershipRole, Organisation, User } from '../../entities';
import { authSecret } from '../../lib/auth-secret';
import { MAX_BODY_BYTES } from '../../lib/http/body-limit';
import { actorFromRequest } from '../../server/actor';
import { HttpHarness, openHttpHarness, SESSION_COOKIE } from '../support/http-harness';

let h: HttpHarness;
let adminToken: string;
let managerId: number;
let managerToken: string;
let faculty: Organisation;
let department: Organisation;

beforeAll(async () => {
  h = await openHttpHarness();
  const ctx = { manager: h.dataSource.manager, clock: systemClock, actor: systemActor };
  const admin = await createUser(ctx, { email: 'admin@example.org', firstName: 'Ada', lastName: 'Admin' });
  await h.dataSource.manager.update(User, { id: admin.id }, { isAdmin: true });
  adminToken = (await createApiToken(ctx, 'http test', admin.id)).token;
  faculty = await h.dataSource.manager.save(h.dataSource.manager.create(Organisation, { name: 'Faculté', parentId: null }));
  department = await h.dataSource.manager.save(h.dataSource.manager.create(Organisation, { name: 'Département', parentId: faculty.id }));
  const manager = await createUser(ctx, { email: 'manager@example.org', firstName: 'Max', lastName: 'Manager' });
  managerId = manager.id;
  await setMembership(ctx, manager.id, faculty.id, MembershipRole.MANAGER);
  managerToken = (await createApiToken(ctx, 'manager', manager.id)).token;
});
afterAll(() => h.close());

const cookieFor = async (userId: number) => {
  const { sessionVersion } = await h.dataSource.manager.findOneByOrFail(User, { id: userId });
  return `${SESSION_COOKIE}=${await encode({ token: { sub: String(userId), sessionVersion }, secret: authSecret() })}`;
};

describe('/api/graphql over node:http', () => {
  it('answers a POSTed query and a mutation, with their data', async () => {
    const created = await h.graphql('mutation { createOrganisation(input: { name: "Université de Lyon" }) { id name } }', undefined, { token: adminToken });
    expect(created.status).toBe(200);
    expect(created.body.data.createOrganisation.name).toBe('Université de Lyon');
    const listed = await h.graphql('{ organisations(first: 5) { totalCount } }', undefined, { token: adminToken });
    expect(listed.body).toEqual({ data: { organisations: { totalCount: 3 } } });
  });

  it('answers a query sent as GET, but refuses a mutation sent as GET', async () => {
    const got = await h.get('{ organisations { totalCount } }', { token: adminToken });
    expect([got.status, got.body.data.organisations.totalCount]).toEqual([200, 3]);
    const refused = await h.get('mutation { createOrganisation(input: { name: "Par GET" }) { id } }', { token: adminToken });
    expect(refused.status).toBe(405);
    const listed = await h.graphql('{ organisations(first: 10) { nodes { name } } }', undefined, { token: adminToken });
    expect(listed.body.data.organisations.nodes).not.toContainEqual({ name: 'Par GET' });
  });

  it('serves the session cookie and the bearer token as their user, and no credentials as anonymous', async () => {
    const me = '{ me { id } }';
    expect((await h.graphql(me, undefined, { cookie: await cookieFor(managerId) })).body.data.me.id).toBe(String(managerId));
    expect((await h.graphql(me, undefined, { token: managerToken })).body.data.me.id).toBe(String(managerId));
    const anonymous = await h.graphql(me);
    expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an Authorization header with no active token: 401 with the Bearer challenge', async () => {
    const refused = await h.graphql('{ __typename }', undefined, { token: 'cursus_nope' });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
    expect(refused.body.errors[0].extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'INVALID_TOKEN' });
  });

  it('gives every answer the security headers with a fresh nonce, and forbids caching it', async () => {
    const [first, second, third] = [await h.graphql('{ __typename }'), await h.graphql('{ __typename }', undefined, { token: 'cursus_nope' }), await h.post('')];
    for (const answer of [first, second, third]) {
      expect(answer.headers.get('content-security-policy')).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
      expect(answer.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(answer.headers.get('x-frame-options')).toBe('DENY');
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(answer.headers.get('cache-control')).toBe('no-store');
    }
    const nonce = (csp: string | null) => csp?.match(/'nonce-([^']+)'/)?.[1];
    expect(nonce(first.headers.get('content-security-policy'))).not.toBe(nonce(second.headers.get('content-security-policy')));
    expect(first.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('refuses a simple cross-site request (text/plain, no preflight header): CSRF prevention', async () => {
    const response = await h.post(JSON.stringify({ query: 'mutation { createOrganisation(input: { name: "CSRF" }) { id } }' }), { token: adminToken }, {
      'content-type': 'text/plain',
    });
    expect(response.status).toBe(400);
  });

  it('answers an empty or malformed JSON body 400 and an over-long one 413, before any parsing', async () => {
    expect((await h.post('')).body.errors[0]).toEqual({ message: 'the request body is empty', extensions: { code: 'BAD_REQUEST' } });
    const malformed = await h.post('{"query":');
    expect([malformed.status, malformed.body.errors[0].message]).toEqual([400, 'the request body is not valid JSON']);
    const long = await h.post(JSON.stringify({ query: `{ __typename } # ${'x'.repeat(MAX_BODY_BYTES)}` }));
    expect([long.status, long.body.errors[0].extensions.code]).toEqual([413, 'BAD_USER_INPUT']);
  });

  it('answers errors with a code and never a stack trace', async () => {
    const response = await h.graphql('{ training(id: "424242") { id } }', undefined, { token: adminToken });
    expect(response.body.errors[0].extensions).toEqual({ code: 'NOT_FOUND', reason: 'NOT_FOUND' });
    expect(JSON.stringify(response.body)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });
});

describe('the actor of a request, in one SQL statement (#11 §3)', () => {
  /** The actor of these headers, with the statements it took. */
  async function resolve(headers: Record<string, string>) {
    const runner = h.dataSource.createQueryRunner();
    const spy = jest.spyOn(runner, 'query');
    try {
      const actor = await actorFromRequest(new Headers(headers), runner.manager, systemClock);
      return { actor, statements: spy.mock.calls.length };
    } finally {
      spy.mockRestore();
      await runner.release();
    }
  }
  const managerActor = { kind: 'user', userId: managerId, isAdmin: false, managedOrganisationIds: [] as number[] };
  const expected = () => ({ ...managerActor, userId: managerId, managedOrganisationIds: [faculty.id, department.id].sort((a, b) => a - b) });

  it('a bearer token: the user with the subtree they manage in 1 statement (plus the last-use stamp once a minute)', async () => {
    await resolve({ authorization: `Bearer ${managerToken}` }); // stamps lastUsedAt if it was not this minute
    expect(await resolve({ authorization: `Bearer ${managerToken}` })).toEqual({ actor: expected(), statements: 1 });
  });

  it('a session cookie: the same actor in 1 statement', async () => {
    expect(await resolve({ cookie: await cookieFor(managerId) })).toEqual({ actor: expected(), statements: 1 });
  });

  it('an unknown token, a deactivated user or a changed session version: no actor, still 1 statement', async () => {
    await expect(resolve({ authorization: 'Bearer cursus_unknown' })).rejects.toMatchObject({ kind: 'UNAUTHENTICATED' });
    const ctx = { manager: h.dataSource.manager, clock: systemClock, actor: systemActor };
    const other = await createUser(ctx, { email: 'gone@example.org', firstName: 'Gone', lastName: 'Away' });
    const [token, cookie] = [(await createApiToken(ctx, 'gone', other.id)).token, await cookieFor(other.id)];
    await h.dataSource.manager.update(User, { id: other.id }, { active: false });
    await expect(resolve({ authorization: `Bearer ${token}` })).rejects.toMatchObject({ kind: 'UNAUTHENTICATED' });
    expect(await resolve({ cookie })).toEqual({ actor: { kind: 'anonymous' }, statements: 1 });
    await h.dataSource.manager.update(User, { id: other.id }, { active: true, sessionVersion: 7 });
    expect(await resolve({ cookie })).toEqual({ actor: { kind: 'anonymous' }, statements: 1 });
  });

  it('no credentials: anonymous with no statement', async () => {
    expect(await resolve({})).toEqual({ actor: { kind: 'anonymous' }, statements: 0 });
  });
});
