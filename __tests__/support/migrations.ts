import type { DataSource } from 'typeorm';
import { revertLastMigration } from '../../server/db';

/**
 * Reverts migrations, newest first, until the one whose name matches `pattern` is undone: a migration test
 * sees the schema just before its migration, however many migrations have landed after it.
 */
export async function revertThrough(dataSource: DataSource, pattern: RegExp) {
  for (;;) {
    const executed: { name: string }[] = await dataSource.query('SELECT name FROM migrations ORDER BY id DESC');
    if (!executed.some((m) => pattern.test(m.name))) return;
    await revertLastMigration(dataSource);
  }
}
