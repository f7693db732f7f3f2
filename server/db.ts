import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { DataSource, DataSourceOptions } from 'typeorm';
import { entities } from '../entities';
import { mysqlMigrations } from '../migrations/mysql';
import { sqliteMigrations } from '../migrations/sqlite';
import { databaseKind, DEFAULT_SQLITE_FILE } from '../lib/database-url';
import { boundedMysql } from './mysql-pool';

/** A positive number of milliseconds from the environment (a typo must not silently lift a bound). */
function milliseconds(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const value = Number(env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number of milliseconds`);
  return value;
}

/**
 * The DataSource options for this process. `DATABASE_URL=mysql://…` selects MySQL/MariaDB, otherwise an
 * embedded SQLite file (`SQLITE_FILE`, default data/cursus.sqlite; ":memory:" for throwaway databases).
 *
 * #6 §9: a stalled database must not hang requests. Every statement is bounded by DATABASE_QUERY_TIMEOUT_MS
 * (MySQL: mysql2's client-side timeout, see mysql-pool.ts; SQLite: how long a write waits for another
 * process's lock, during which better-sqlite3 blocks the process), and getting a pooled MySQL connection,
 * opening one included, by DATABASE_ACQUIRE_TIMEOUT_MS. Either failure answers 503
 * (graphql/database-unavailable.ts).
 */
export function dataSourceOptions(env: Record<string, string | undefined> = process.env): DataSourceOptions {
  const url = env.DATABASE_URL;
  const queryTimeout = milliseconds(env, 'DATABASE_QUERY_TIMEOUT_MS', 10_000);
  if (databaseKind(url) === 'mysql') {
    const acquireTimeout = milliseconds(env, 'DATABASE_ACQUIRE_TIMEOUT_MS', 5_000);
    return {
      // Both go through mysql2; mariadb:// also tells TypeORM's schema comparison about MariaDB's dialect.
      type: url!.startsWith('mariadb:') ? 'mariadb' : 'mysql',
      url: url!.replace(/^mariadb:/, 'mysql:'),
      entities,
      migrations: mysqlMigrations,
      // Instants travel as UTC; without this MariaDB stores the Node process's local time.
      timezone: 'Z',
      charset: 'utf8mb4_unicode_ci',
      poolSize: Number(env.DATABASE_POOL_SIZE ?? 10),
      driver: boundedMysql({ queryTimeoutMs: queryTimeout, acquireTimeoutMs: acquireTimeout }),
      connectTimeout: acquireTimeout,
      // #11: mysql2's promise API captures a stack trace on every statement (about 2 % of the session page's CPU)
      // only to show the caller in a failed statement's stack; our errors are logged by id and code instead.
      extra: { trace: false },
      logging: env.DATABASE_LOG === '1' ? ['query', 'error'] : false,
    };
  }
  const database = env.SQLITE_FILE ?? DEFAULT_SQLITE_FILE;
  if (database !== ':memory:') fs.mkdirSync(path.dirname(database), { recursive: true });
  return {
    type: 'better-sqlite3',
    database,
    entities,
    migrations: sqliteMigrations,
    enableWAL: database !== ':memory:',
    timeout: queryTimeout,
    logging: env.DATABASE_LOG === '1' ? ['query', 'error'] : false,
  };
}

/** Opens a DataSource and brings its schema up to date (unless told not to). */
export async function openDataSource(
  options: DataSourceOptions = dataSourceOptions(),
  { migrate = true }: { migrate?: boolean } = {},
): Promise<DataSource> {
  const dataSource = new DataSource(options);
  await dataSource.initialize();
  try {
    if (migrate) await runMigrations(dataSource);
  } catch (error) {
    // The caller (e.g. getRuntime, #6 §9) opens a new one on its next try: release this pool, without waiting
    // on a database that may not answer.
    void dataSource.destroy().catch(() => undefined);
    throw error;
  }
  return dataSource;
}

/**
 * Applies the pending migrations. A migration is a schema change, and building an index over millions of rows
 * takes minutes: bounded by the requests' statement timeout (10 s), the client would give up while MariaDB goes
 * on and finishes the change unrecorded, and the next start would fail on it. On MySQL they run on a connection
 * of their own, each statement bounded by DATABASE_MIGRATION_TIMEOUT_MS (1 h) instead.
 */
export async function runMigrations(dataSource: DataSource, env: Record<string, string | undefined> = process.env) {
  const options = dataSource.options;
  if (options.type !== 'mysql' && options.type !== 'mariadb') return dataSource.runMigrations({ transaction: 'each' });
  const migrator = new DataSource({
    ...options,
    poolSize: 1,
    driver: boundedMysql({
      queryTimeoutMs: milliseconds(env, 'DATABASE_MIGRATION_TIMEOUT_MS', 60 * 60_000),
      acquireTimeoutMs: options.connectTimeout ?? 5_000,
    }),
  });
  await migrator.initialize();
  try {
    return await migrator.runMigrations({ transaction: 'each' });
  } finally {
    await migrator.destroy();
  }
}

/**
 * Undoes the last migration. On SQLite, TypeORM turns foreign keys off only for `up` (its `down` runs the
 * pragma inside the transaction, where SQLite ignores it); with them on, rebuilding a table in `down` would
 * repoint or null the foreign keys of the tables referring to it. So they are turned off around the revert.
 */
export async function revertLastMigration(dataSource: DataSource): Promise<void> {
  const sqlite = dataSource.options.type === 'better-sqlite3';
  if (sqlite) await dataSource.query('PRAGMA foreign_keys = OFF');
  try {
    await dataSource.undoLastMigration({ transaction: 'each' });
  } finally {
    if (sqlite) await dataSource.query('PRAGMA foreign_keys = ON');
  }
}
