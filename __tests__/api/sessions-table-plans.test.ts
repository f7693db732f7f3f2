import type { Logger } from 'typeorm';
import { InscriptionMode, Session } from '../../entities';
import { openTestApi, TestApi } from '../support/api';
import { factories } from '../support/factories';

// #7: the sessions table "stays fast with 25,000 sessions": with that many rows, every order of the table is
// read from an index in its order (no sort of the list: SQLite's "TEMP B-TREE FOR ORDER BY", MySQL's
// "Using filesort"), the counters' orders included, since they are columns of the session row.
jest.setTimeout(120_000);

const SESSIONS = 25_000;
let api: TestApi;
const statements: { sql: string; parameters: unknown[] }[] = [];

beforeAll(async () => {
  api = await openTestApi(); // now = 2026-03-02T08:00:00Z
  const trainingId = Number(await factories(api).training());
  const day = 86_400_000;
  const base = Date.parse('2025-01-01T08:00:00Z');
  for (let offset = 0; offset < SESSIONS; offset += 500) {
    const rows = Array.from({ length: 500 }, (_, k) => {
      const i = offset + k;
      const start = new Date(base + (i % 900) * day);
      return {
        trainingId,
        trainingTitle: `Formation ${i % 300}`,
        title: `Session ${i}`,
        description: '',
        startDate: start,
        endDate: new Date(start.getTime() + (i % 40) * day),
        defaultOfTrainingId: null,
        publicRegistration: i % 2 === 0,
        publicUnregistration: false,
        registrationValidation: false,
        maxUsers: i % 5 === 0 ? null : 5 + (i % 30),
        eventInscriptionMode: InscriptionMode.MANUAL,
        learnerCount: i % 31,
        pendingCount: i % 7,
        createdAt: start,
      };
    });
    await api.dataSource.createQueryBuilder().insert().into(Session).values(rows).updateEntity(false).execute();
  }
  await api.dataSource.query(api.dataSource.options.type === 'better-sqlite3' ? 'ANALYZE' : 'ANALYZE TABLE session');
  // Records what the API sends (both drivers tell the logger before running a statement).
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

/** The plan of a statement, one line per step. */
async function plan(sql: string, parameters: unknown[]): Promise<string[]> {
  if (api.dataSource.options.type === 'better-sqlite3') {
    const rows: { detail: string }[] = await api.dataSource.query(`EXPLAIN QUERY PLAN ${sql}`, parameters);
    return rows.map((r) => r.detail);
  }
  const rows: { table: string; key: string | null; Extra: string | null }[] = await api.dataSource.query(`EXPLAIN ${sql}`, parameters);
  return rows.map((r) => `${r.table} key=${r.key} ${r.Extra ?? ''}`);
}

const ORDERS = ['TRAINING', 'TITLE', 'START_DATE', 'END_DATE', 'STATUS', 'LEARNERS', 'CAPACITY', 'PENDING'].flatMap((o) => [`${o}_ASC`, `${o}_DESC`]);

it.each(ORDERS)(`%s reads a page of ${SESSIONS} sessions from an index in its order, second page included`, async (orderBy) => {
  statements.length = 0;
  const query = `query($o: SessionOrder, $after: String) { sessions(orderBy: $o, first: 20, after: $after) { nodes { id } pageInfo { endCursor } } }`;
  const first = await api.ok(query, { o: orderBy });
  await api.ok(query, { o: orderBy, after: first.sessions.pageInfo.endCursor });
  const pages = statements.filter((s) => /ORDER BY/i.test(s.sql) && /FROM [`"]session[`"]/i.test(s.sql));
  expect(pages.length).toBeGreaterThanOrEqual(2);
  for (const page of pages) {
    const steps = (await plan(page.sql, page.parameters)).join('\n');
    expect(steps).not.toMatch(/TEMP B-TREE FOR ORDER BY|Using filesort/);
    expect(steps).toMatch(/IDX_session_/);
  }
});
