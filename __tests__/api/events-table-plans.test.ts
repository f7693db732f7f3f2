import type { Logger } from 'typeorm';
import { Event, InscriptionMode } from '../../entities';
import { openTestApi, TestApi } from '../support/api';
import { factories } from '../support/factories';

// #8 screen 5: the events table across sessions, for an administrator (every event of the platform: the long
// list), reads each of its orders from an index in that order, no sort of the list (SQLite's "TEMP B-TREE FOR
// ORDER BY", MySQL's "Using filesort"), first and next page alike, alone or with the R4 filter.
jest.setTimeout(120_000);

let api: TestApi;
const statements: { sql: string; parameters: unknown[] }[] = [];

beforeAll(async () => {
  api = await openTestApi(); // now = 2026-03-02T08:00:00Z
  const f = factories(api);
  const sessions = [await f.session({ startDate: '2025-01-01T00:00:00Z' }), await f.session({ startDate: '2025-01-01T00:00:00Z' })];
  const base = Date.parse('2025-06-01T08:00:00Z');
  for (const [s, id] of sessions.entries())
    for (let offset = 0; offset < 2_000; offset += 500) {
      const rows = Array.from({ length: 500 }, (_, k) => {
        const i = offset + k;
        const startAt = new Date(base + ((i * 7919) % 1000) * 86_400_000);
        return {
          sessionId: Number(id),
          name: `Séance ${(i * 31) % 997} ${s}`,
          description: '',
          startAt,
          endAt: new Date(startAt.getTime() + (i % 9) * 3_600_000),
          locationId: null,
          locationExtra: '',
          inscriptionMode: InscriptionMode.MANUAL,
          maxUsers: null,
          createdAt: startAt,
        };
      });
      await api.dataSource.createQueryBuilder().insert().into(Event).values(rows).updateEntity(false).execute();
    }
  await api.dataSource.query(api.dataSource.options.type === 'better-sqlite3' ? 'ANALYZE' : 'ANALYZE TABLE event');
  const logger: Logger = {
    logQuery: (sql, parameters) => void statements.push({ sql, parameters: Array.isArray(parameters) ? parameters : [] }),
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
  Object.assign(api.dataSource, { logger });
});
afterAll(() => api.close());

async function plan(sql: string, parameters: unknown[]): Promise<string> {
  if (api.dataSource.options.type === 'better-sqlite3') {
    const rows: { detail: string }[] = await api.dataSource.query(`EXPLAIN QUERY PLAN ${sql}`, parameters);
    return rows.map((r) => r.detail).join('\n');
  }
  const rows: { table: string; key: string | null; Extra: string | null }[] = await api.dataSource.query(`EXPLAIN ${sql}`, parameters);
  return rows.map((r) => `${r.table} key=${r.key} ${r.Extra ?? ''}`).join('\n');
}

const ORDERS = ['NAME', 'START', 'END'].flatMap((o) => [`${o}_ASC`, `${o}_DESC`]);
const FILTERS = [{}, { ended: false }, { ended: true }];
const CASES = FILTERS.flatMap((filter) => ORDERS.map((orderBy) => [orderBy, JSON.stringify(filter)] as const));

it.each(CASES)('%s (%s) reads a page of all events from an index in its order', async (orderBy, filter) => {
  statements.length = 0;
  const query = `query($f: EventFilter, $o: EventOrder, $after: String) { events(filter: $f, orderBy: $o, first: 20, after: $after) {
    nodes { id } pageInfo { endCursor } } }`;
  const f = { asStaff: true, ...JSON.parse(filter) };
  const first = await api.ok(query, { f, o: orderBy });
  expect(first.events.nodes).toHaveLength(20);
  await api.ok(query, { f, o: orderBy, after: first.events.pageInfo.endCursor });
  const pages = statements.filter((s) => /ORDER BY/i.test(s.sql) && /FROM [`"]event[`"]/i.test(s.sql));
  expect(pages.length).toBeGreaterThanOrEqual(2);
  for (const page of pages) {
    const steps = await plan(page.sql, page.parameters);
    expect(steps).not.toMatch(/TEMP B-TREE FOR ORDER BY|Using filesort/);
    expect(steps).toMatch(/IDX_event_(name|start|end)\b/);
  }
});
