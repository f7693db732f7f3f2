/**
 * #6 §9: the app starts while its database cannot serve it (MariaDB, through a TCP proxy: nothing listens, then
 * it accepts connections but never answers; SQLite: another connection holds the write lock the migrations
 * need). Requests answer 503
 * SERVICE_UNAVAILABLE with Retry-After (not a 500), and once the database is back the next request starts the
 * runtime and succeeds, with no restart. The runtime must not exist before the first request, so this file
 * does without the HTTP harness (which starts it).
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { RETRY_AFTER_SECONDS } from '../../graphql/database-unavailable';
import { databaseKind } from '../../lib/database-url';
import { createDatabase, dropDatabase } from '../../scripts/mysql-admin';
import { dataSourceOptions, openDataSource } from '../../server/db';
import { serveGraphQL } from '../support/http-harness';
import { startTcpProxy, TcpProxy } from '../support/tcp-proxy';

const QUERY_TIMEOUT_MS = 1000;
const serverUrl = process.env.DATABASE_URL;
const saved = { ...process.env };

let api: Awaited<ReturnType<typeof serveGraphQL>>;
let healthRoute: typeof import('../../app/api/health/route');
let proxy: TcpProxy | undefined;
let ownUrl: string | undefined;
let sqliteDir: string | undefined;
// SQLite: the other connection, holding the write lock.
let locker: DataSource | undefined;

beforeAll(async () => {
  Object.assign(process.env, {
    NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
    DATABASE_QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS),
    DATABASE_ACQUIRE_TIMEOUT_MS: String(QUERY_TIMEOUT_MS),
  });
  if (databaseKind(serverUrl) === 'mysql') {
    const url = new URL(serverUrl!);
    proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 3306) });
    url.pathname = `/cursus_start_${randomBytes(5).toString('hex')}`;
    ownUrl = url.toString();
    await createDatabase(ownUrl);
    process.env.DATABASE_URL = Object.assign(url, { hostname: '127.0.0.1', port: String(proxy.port) }).toString();
    await proxy.kill();
  } else {
    sqliteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cursus-start-'));
    process.env.SQLITE_FILE = path.join(sqliteDir, 'cursus.sqlite');
    locker = await openDataSource(dataSourceOptions(process.env), { migrate: false });
    await locker.query('BEGIN IMMEDIATE');
  }
  api = await serveGraphQL();
  healthRoute = await import('../../app/api/health/route');
  // The runtime's code is loaded, not built, as instrumentation.ts loads it at start: the timings below are
  // the refusal's, not those of compiling the schema's, domain's and entities' modules on first import.
  await import('../../server/runtime-build');
});

afterAll(async () => {
  await api.close();
  const { getRuntime } = await import('../../server/runtime');
  const runtime = await getRuntime();
  await runtime.server.stop();
  await runtime.dataSource.destroy();
  if (locker?.isInitialized) await locker.destroy();
  await proxy?.close();
  if (ownUrl) await dropDatabase(ownUrl);
  if (sqliteDir) fs.rmSync(sqliteDir, { recursive: true, force: true });
  process.env = saved;
});

const post = async () => {
  const started = Date.now();
  const response = await fetch(api.url, {
    method: 'POST',
    body: JSON.stringify({ query: '{ sessions(first: 5) { totalCount } }' }),
    headers: { 'content-type': 'application/json' },
  });
  return { status: response.status, headers: response.headers, text: await response.text(), ms: Date.now() - started };
};

async function expectRefused() {
  const refused = await post();
  expect(refused.status).toBe(503);
  expect(refused.headers.get('retry-after')).toBe(String(RETRY_AFTER_SECONDS));
  expect(JSON.parse(refused.text)).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
  expect(refused.text).not.toMatch(/ECONN|SQLITE|create table|\.(ts|js):\d+/i);
  expect(refused.ms).toBeLessThan(QUERY_TIMEOUT_MS * 2 + 750);
  // #11 §5: the load balancer's check says so too, with nothing about why.
  const health = await healthRoute.GET();
  expect([health.status, await health.json()]).toEqual([503, { status: 'unavailable', database: 'down', migrations: 'unknown' }]);
}

it('answers 503 while the database cannot serve the start, then starts on the next request after it can', async () => {
  await expectRefused();
  // MariaDB: now it accepts connections but never answers (bounded by the connect timeout).
  if (proxy) {
    await proxy.revive();
    proxy.freeze();
  }
  await expectRefused();
  if (proxy) proxy.thaw();
  else {
    await locker!.query('ROLLBACK');
    await locker!.destroy();
  }
  const served = await post();
  expect(served.status).toBe(200);
  expect(JSON.parse(served.text)).toEqual({ data: { sessions: { totalCount: 0 } } });
  expect((await healthRoute.GET()).status).toBe(200);
}, 30_000);
