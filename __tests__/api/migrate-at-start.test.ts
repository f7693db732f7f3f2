/**
 * #11 §5: the migrations run when a server process starts (Next's instrumentation hook), before its first
 * request, not lazily on the first GraphQL call.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { databaseKind } from '../../lib/database-url';
import { createDatabase, dropDatabase } from '../../scripts/mysql-admin';
import { dataSourceOptions, openDataSource } from '../../server/db';

jest.setTimeout(60_000);

const saved = { ...process.env };
let ownUrl: string | undefined;
let sqliteDir: string | undefined;

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = randomBytes(32).toString('base64url');
  if (databaseKind(process.env.DATABASE_URL) === 'mysql') {
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/cursus_start_${randomBytes(5).toString('hex')}`;
    ownUrl = url.toString();
    await createDatabase(ownUrl);
    process.env.DATABASE_URL = ownUrl;
  } else {
    sqliteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cursus-start-'));
    process.env.SQLITE_FILE = path.join(sqliteDir, 'cursus.sqlite');
  }
});

afterAll(async () => {
  const { getRuntime } = await import('../../server/runtime');
  const runtime = await getRuntime();
  await runtime.server.stop();
  await runtime.dataSource.destroy();
  if (ownUrl) await dropDatabase(ownUrl);
  if (sqliteDir) fs.rmSync(sqliteDir, { recursive: true, force: true });
  process.env = saved;
});

it('migrates the database in register(), before any request', async () => {
  process.env.NEXT_RUNTIME = 'nodejs';
  const { register } = await import('../../instrumentation');
  await register();

  const observer = await openDataSource(dataSourceOptions(process.env), { migrate: false });
  try {
    const executed: { name: string }[] = await observer.query('SELECT name FROM migrations');
    expect(executed.map((row) => row.name).sort()).toEqual(observer.migrations.map((migration) => migration.name).sort());
  } finally {
    await observer.destroy();
  }
});

it('does nothing in the edge runtime', async () => {
  process.env.NEXT_RUNTIME = 'edge';
  const { register } = await import('../../instrumentation');
  await expect(register()).resolves.toBeUndefined();
});
