// Loads the French demo data set (scripts/demo-data.ts) into the database: `npm run seed [-- --if-empty]`.
//
// Database: DATABASE_URL=mysql://… or mariadb://… selects MySQL/MariaDB, otherwise the embedded SQLite file
// (SQLITE_FILE, default data/cursus.sqlite); migrations run first (lib/db.ts).
//
//   npm run seed                  loads the demo. The demo uses fixed organisation/training codes and e-mails,
//                                 so on a database that already holds them it stops with the domain's
//                                 CONFLICT error (e.g. CODE_TAKEN) and writes nothing (one transaction).
//   npm run seed -- --if-empty    does nothing (and says so) when the training table already has rows;
//                                 safe to run at every start-up.
//
// Everything goes through the domain functions as the system actor, so the rules apply to the demo too.
// Exit code: 0 on success or skip, 1 on error or bad arguments.
import { DataSource } from 'typeorm';
import { systemActor } from '../domain/actor';
import { DomainError } from '../domain/errors';
import { Training } from '../entities';
import { systemClock } from '../domain/clock';
import { databaseKind } from '../lib/database-url';
import { openDataSource } from '../server/db';
import { formatSummary, seedDemo } from './demo-data';

const USAGE = 'usage: npm run seed [-- --if-empty]';

/** Where the data goes, without credentials. */
function describeTarget(): string {
  const url = process.env.DATABASE_URL;
  if (databaseKind(url) === 'sqlite') return `SQLite ${process.env.SQLITE_FILE ?? 'data/cursus.sqlite'}`;
  const parsed = new URL(url!.replace(/^mariadb:/, 'mysql:'));
  return `MySQL/MariaDB ${parsed.host}${parsed.pathname}`;
}

async function main(args: string[]): Promise<number> {
  const unknown = args.filter((arg) => arg !== '--if-empty');
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  if (unknown.length) {
    console.error(`seed: unknown argument ${unknown.join(' ')}\n${USAGE}`);
    return 1;
  }
  const ifEmpty = args.includes('--if-empty');
  const target = describeTarget();
  const started = Date.now();
  let dataSource: DataSource | null = null;
  try {
    dataSource = await openDataSource();
    const trainings = await dataSource.manager.count(Training);
    if (ifEmpty && trainings > 0) {
      console.log(`seed: ${target} already has ${trainings} trainings; nothing loaded (--if-empty).`);
      return 0;
    }
    const summary = await seedDemo({ manager: dataSource.manager, clock: systemClock, actor: systemActor });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`seed: loaded into ${target} in ${seconds} s: ${formatSummary(summary)}.`);
    return 0;
  } catch (error) {
    if (error instanceof DomainError) {
      const field = error.field ? ` (${error.field})` : '';
      console.error(`seed: failed on ${target}: ${error.kind} ${error.reason}${field}: ${error.message}.`);
      if (error.kind === 'CONFLICT')
        console.error(
          'seed: the demo data collides with rows already there; nothing was written. Use an empty database, ' +
            'or `npm run seed -- --if-empty` to skip when trainings exist.',
        );
    } else {
      // The stack, plus the SQL statement (without its parameters) when the database refused one.
      const query = (error as { query?: unknown }).query;
      console.error(`seed: failed on ${target}: ${error instanceof Error ? error.stack : String(error)}`);
      if (typeof query === 'string') console.error(`seed: statement: ${query}`);
    }
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
    console.error('seed: failed:', error);
    process.exitCode = 1;
  },
);
