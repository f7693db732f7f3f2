import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { databaseKind } from '../../lib/database-url';
import { dataSourceOptions, openDataSource } from '../../server/db';
import { createDatabase, dropDatabase } from '../../scripts/mysql-admin';

/**
 * A fresh database of this test file's own: SQLite in memory when DATABASE_URL is unset, otherwise a new
 * database on the MySQL/MariaDB server of DATABASE_URL (created, migrated, dropped by `close`). Running the
 * migrations from scratch each time also tests them.
 */
export async function openTestDatabase(): Promise<{ dataSource: DataSource; close: () => Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  if (databaseKind(serverUrl) === 'sqlite') {
    const dataSource = await openDataSource(dataSourceOptions({ SQLITE_FILE: ':memory:' }));
    return { dataSource, close: () => dataSource.destroy() };
  }
  const url = new URL(serverUrl!);
  url.pathname = `/cursus_test_${randomBytes(6).toString('hex')}`;
  await createDatabase(url.toString());
  const dataSource = await openDataSource(dataSourceOptions({ DATABASE_URL: url.toString(), DATABASE_POOL_SIZE: '12' }));
  return {
    dataSource,
    close: async () => {
      await dataSource.destroy();
      await dropDatabase(url.toString());
    },
  };
}

/**
 * A fresh database that several DataSources open, as several server processes do (a temporary SQLite file, or
 * a new MySQL/MariaDB database): `open()` gives one more DataSource on it; `close` closes them all and drops it.
 */
export async function openSharedTestDatabase(): Promise<{ dataSource: DataSource; open: () => Promise<DataSource>; close: () => Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  let env: Record<string, string>;
  let drop: () => Promise<void>;
  if (databaseKind(serverUrl) === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cursus-shared-'));
    env = { SQLITE_FILE: path.join(dir, 'cursus.sqlite') };
    drop = async () => fs.rmSync(dir, { recursive: true, force: true });
  } else {
    const url = new URL(serverUrl!);
    url.pathname = `/cursus_test_${randomBytes(6).toString('hex')}`;
    await createDatabase(url.toString());
    env = { DATABASE_URL: url.toString(), DATABASE_POOL_SIZE: '6' };
    drop = () => dropDatabase(url.toString());
  }
  const opened: DataSource[] = [];
  const open = async (migrate = false) => {
    const dataSource = await openDataSource(dataSourceOptions(env), { migrate });
    opened.push(dataSource);
    return dataSource;
  };
  const dataSource = await open(true);
  return {
    dataSource,
    open: () => open(),
    close: async () => {
      for (const each of opened) await each.destroy();
      await drop();
    },
  };
}
