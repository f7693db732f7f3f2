import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
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
