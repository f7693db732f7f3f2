// `npm run migrate` applies the pending migrations; `npm run migrate:revert` undoes the last one.
// The database is the one the app uses (DATABASE_URL, else the embedded SQLite file).
import 'reflect-metadata';
import { openDataSource, revertLastMigration, runMigrations } from '../server/db';

async function main() {
  const revert = process.argv[2] === 'revert';
  const dataSource = await openDataSource(undefined, { migrate: false });
  try {
    if (revert) {
      await revertLastMigration(dataSource);
      console.log('Reverted the last migration.');
    } else {
      const applied = await runMigrations(dataSource);
      console.log(applied.length ? `Applied ${applied.map((m) => m.name).join(', ')}.` : 'The database is up to date.');
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
