// Fills an empty MySQL/MariaDB database with the large data set of issue #11, for `npm run bench`:
//
//   DATABASE_URL=mysql://root@127.0.0.1:3306/cursus_large npm run seed:large [-- --scale 0.01]
//
// --scale 1 (the default): 5,000 trainings, 25,000 sessions, 250,000 events, 100,000 users, 1,000,000 session
// and 9,450,000 event inscriptions (scripts/large-data-plan.ts). The database is created if missing and
// migrated (server/db.ts); it must hold no users or trainings yet. MySQL/MariaDB only: the data is written with
// set-based INSERT … SELECT statements (scripts/large-data.ts), not through the domain functions.
// Demo accounts, password `cursus-demo`: admin@large.cursus.test, manager@large.cursus.test (manages a
// faculty) and learner@large.cursus.test (registered to about 300 sessions).
import { DataSource } from 'typeorm';
import { Training, User } from '../entities';
import { databaseKind } from '../lib/database-url';
import { dataSourceOptions, openDataSource } from '../server/db';
import { raiseDataVersion } from '../graphql/response-cache';
import { systemClock } from '../domain/clock';
import { systemActor } from '../domain/actor';
import { writeLargeData } from './large-data';
import { parseSeedLargeArgs, planFor, SEED_LARGE_USAGE } from './large-data-plan';
import { createDatabase } from './mysql-admin';

async function main(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(SEED_LARGE_USAGE);
    return 0;
  }
  const parsed = parseSeedLargeArgs(args);
  if (typeof parsed === 'string') {
    console.error(`seed:large: ${parsed}\n${SEED_LARGE_USAGE}`);
    return 1;
  }
  const url = process.env.DATABASE_URL;
  if (databaseKind(url) !== 'mysql') {
    console.error(
      'seed:large: needs MySQL or MariaDB (DATABASE_URL=mysql://user@host:3306/database): the large data set is ' +
        'written with server-side bulk INSERT … SELECT, and SQLite is not the database it is meant to measure.',
    );
    return 1;
  }
  const plan = planFor(parsed.scale);
  const target = new URL(url!.replace(/^mariadb:/, 'mysql:'));
  const started = Date.now();
  let dataSource: DataSource | null = null;
  try {
    await createDatabase(url!);
    // A bulk insert of millions of rows is no request: the app's 10 s bound on a statement does not apply to it.
    dataSource = await openDataSource(dataSourceOptions({ DATABASE_QUERY_TIMEOUT_MS: String(60 * 60_000), ...process.env }));
    const [users, trainings] = await Promise.all([dataSource.manager.count(User), dataSource.manager.count(Training)]);
    if (users || trainings) {
      console.error(
        `seed:large: ${target.host}${target.pathname} already holds ${users} users and ${trainings} trainings; ` +
          'it fills an empty database only. Name a new database in DATABASE_URL (it is created).',
      );
      return 1;
    }
    console.log(`seed:large: scale ${plan.scale} into ${target.host}${target.pathname}`);
    const counts = await writeLargeData(dataSource, plan, new Date(), (line) => console.log(`seed:large:   ${line}`));
    // Written behind the API's back: a server already running on this database must not serve its cached answers.
    await raiseDataVersion({ manager: dataSource.manager, clock: systemClock, actor: systemActor });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `seed:large: done in ${seconds} s (migrations included): ` +
        Object.entries(counts)
          .map(([kind, n]) => `${n.toLocaleString('en')} ${kind}`)
          .join(', '),
    );
    return 0;
  } catch (error) {
    console.error(`seed:large: failed: ${error instanceof Error ? error.stack : String(error)}`);
    const query = (error as { query?: unknown }).query;
    if (typeof query === 'string') console.error(`seed:large: statement: ${query.slice(0, 2000)}`);
    return 1;
  } finally {
    if (dataSource?.isInitialized) await dataSource.destroy();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error('seed:large: failed:', error);
    process.exitCode = 1;
  },
);
