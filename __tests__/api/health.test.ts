/**
 * #11 §5: /api/health answers 200 when the database is reachable and every migration of this build has run on
 * it, 503 otherwise (here: a migration pending; the database down at start is in database-down-at-start.test.ts),
 * with nothing about the deployment in the body.
 */
import { revertLastMigration } from '../../server/db';
import { openHttpHarness, type HttpHarness } from '../support/http-harness';

jest.setTimeout(60_000);

let h: HttpHarness;
beforeAll(async () => {
  h = await openHttpHarness();
});
afterAll(() => h.close());

async function health() {
  const { GET } = await import('../../app/api/health/route');
  const response = await GET();
  return { status: response.status, cache: response.headers.get('cache-control'), body: await response.json() };
}

it('is ok once the database answers and the migrations are applied', async () => {
  expect(await health()).toEqual({ status: 200, cache: 'no-store', body: { status: 'ok', database: 'up', migrations: 'applied' } });
});

it('is unavailable while a migration of this build is pending, and ok again once it has run', async () => {
  await revertLastMigration(h.dataSource);
  expect(await health()).toEqual({ status: 503, cache: 'no-store', body: { status: 'unavailable', database: 'up', migrations: 'pending' } });
  await h.dataSource.runMigrations({ transaction: 'each' });
  expect((await health()).status).toBe(200);
});
