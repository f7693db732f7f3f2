import type { DataSource } from 'typeorm';

/** What /api/health answers (#11 §5): enough for a load balancer, nothing about the deployment. */
export interface Health {
  status: 'ok' | 'unavailable';
  database: 'up' | 'down';
  migrations: 'applied' | 'pending' | 'unknown';
}

export const DATABASE_DOWN: Health = { status: 'unavailable', database: 'down', migrations: 'unknown' };

/**
 * Ready when the database answers and every migration this build carries has run on it. One statement: the
 * migrations table read also proves the database is reachable. A process whose migrations are pending (another
 * version migrated the database back, or its own migration failed) is not ready.
 */
export async function checkHealth(dataSource: DataSource): Promise<Health> {
  let executed: { name: string }[];
  try {
    executed = await dataSource.query('SELECT name FROM migrations');
  } catch {
    return DATABASE_DOWN;
  }
  const done = new Set(executed.map((row) => row.name));
  const pending = dataSource.migrations.some((migration) => !done.has(migration.name!));
  return pending ? { status: 'unavailable', database: 'up', migrations: 'pending' } : { status: 'ok', database: 'up', migrations: 'applied' };
}
