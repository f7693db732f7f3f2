/**
 * The Next route over real HTTP semantics: a Web Request in, a Web Response out, through the same runtime
 * (one DataSource, one schema) the app uses. Uses a database of its own, never data/cursus.sqlite.
 */
import { NextRequest } from 'next/server';
import { randomBytes } from 'node:crypto';
import { createDatabase, dropDatabase } from '../../scripts/mysql-admin';

const serverUrl = process.env.DATABASE_URL;
const ownUrl = serverUrl ? Object.assign(new URL(serverUrl), { pathname: `/cursus_http_${randomBytes(5).toString('hex')}` }).toString() : undefined;

let route: typeof import('../../app/api/graphql/route');
let adminToken: string;

beforeAll(async () => {
  if (ownUrl) {
    await createDatabase(ownUrl);
    process.env.DATABASE_URL = ownUrl;
  } else {
    process.env.SQLITE_FILE = ':memory:';
  }
  route = await import('../../app/api/graphql/route');
  const { getRuntime } = await import('../../server/runtime');
  const { createApiToken } = await import('../../domain/api-tokens');
  const { createUser } = await import('../../domain/users');
  const { systemActor } = await import('../../domain/actor');
  const { systemClock } = await import('../../domain/clock');
  const { dataSource } = await getRuntime();
  const ctx = { manager: dataSource.manager, clock: systemClock, actor: systemActor };
  const admin = await createUser(ctx, { email: 'admin@example.org', firstName: 'Ada', lastName: 'Admin' });
  await dataSource.manager.update('user', { id: admin.id }, { isAdmin: true });
  adminToken = (await createApiToken(ctx, 'http test', admin.id)).token;
});

afterAll(async () => {
  const { getRuntime } = await import('../../server/runtime');
  const runtime = await getRuntime();
  await runtime.server.stop();
  await runtime.dataSource.destroy();
  if (ownUrl) await dropDatabase(ownUrl);
  process.env.DATABASE_URL = serverUrl;
});

const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  route.POST(
    new NextRequest('http://localhost/api/graphql', { method: 'POST', body, headers: { authorization: `Bearer ${adminToken}`, ...headers } }),
  );
const bearer = () => ({ authorization: `Bearer ${adminToken}`, 'apollo-require-preflight': '1' });

describe('/api/graphql', () => {
  it('answers a POSTed query and a mutation, with their data', async () => {
    const created = await post(JSON.stringify({
      query: 'mutation { createOrganisation(input: { name: "Université de Lyon" }) { id name } }',
    }));
    expect(created.status).toBe(200);
    expect((await created.json()).data.createOrganisation.name).toBe('Université de Lyon');

    const listed = await post(JSON.stringify({ query: '{ organisations { totalCount nodes { name } } }' }));
    expect((await listed.json()).data.organisations).toEqual({ totalCount: 1, nodes: [{ name: 'Université de Lyon' }] });
  });

  it('answers a query sent as GET, but refuses a mutation sent as GET', async () => {
    const query = encodeURIComponent('{ organisations { totalCount } }');
    const get = await route.GET(new NextRequest(`http://localhost/api/graphql?query=${query}`, { headers: bearer() }));
    expect(get.status).toBe(200);
    const mutation = encodeURIComponent('mutation { createOrganisation(input: { name: "Par GET" }) { id } }');
    const refused = await route.GET(new NextRequest(`http://localhost/api/graphql?query=${mutation}`, { headers: bearer() }));
    expect(refused.status).toBe(405);
    const listed = await post(JSON.stringify({ query: '{ organisations { nodes { name } } }' }));
    expect((await listed.json()).data.organisations.nodes).not.toContainEqual({ name: 'Par GET' });
  });

  it('refuses a simple cross-site request (text/plain, no preflight header): CSRF prevention', async () => {
    const response = await post(JSON.stringify({ query: 'mutation { createOrganisation(input: { name: "CSRF" }) { id } }' }), {
      'content-type': 'text/plain',
    });
    expect(response.status).toBe(400);
  });

  it('answers errors with a code and never a stack trace', async () => {
    const response = await post(JSON.stringify({ query: '{ training(id: "424242") { id } }' }));
    const body = await response.json();
    expect(body.errors[0].extensions).toEqual({ code: 'NOT_FOUND', reason: 'NOT_FOUND' });
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });
});
