import { mysqlMigrations } from '../../migrations/mysql';
import { sqliteMigrations } from '../../migrations/sqlite';

// TypeORM runs migrations in the order of the number in the last 13 characters of their class name, not in the
// order of our index: a migration generated with its timestamp in the wrong place would run before the tables it
// changes exist. The index's order and TypeORM's must be the same.
const typeormOrder = (name: string) => parseInt(name.substring(name.length - 13), 10);

it.each([
  ['sqlite', sqliteMigrations],
  ['mysql', mysqlMigrations],
])('the %s migrations run in the order of their index', (_, migrations) => {
  const stamps = migrations.map((migration) => typeormOrder(migration.name));
  expect(stamps.every((stamp) => Number.isSafeInteger(stamp))).toBe(true);
  expect([...stamps].sort((a, b) => a - b)).toEqual(stamps);
  expect(new Set(stamps).size).toBe(stamps.length);
});
