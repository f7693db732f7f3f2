/**
 * #11: a migration may run longer than a request's statement (an index built over millions of rows): at start it
 * is not cut by DATABASE_QUERY_TIMEOUT_MS, which would leave its change applied by MariaDB but unrecorded. The
 * requests' statements stay bounded. MySQL/MariaDB only: SQLite's timeout bounds waiting for a lock, not a statement.
 */
import { randomBytes } from 'node:crypto';
import { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { databaseKind } from '../../lib/database-url';
import { mysqlMigrations } from '../../migrations/mysql';
import { createDatabase, dropDatabase } from '../../scripts/mysql-admin';
import { dataSourceOptions, openDataSource } from '../../server/db';

jest.setTimeout(60_000);

const onMysql = databaseKind(process.env.DATABASE_URL) === 'mysql';

class SlowMigration9999999999999 implements MigrationInterface {
  name = 'SlowMigration9999999999999';
  async up(queryRunner: QueryRunner) {
    await queryRunner.query('SELECT SLEEP(1)');
  }
  async down() {}
}

(onMysql ? describe : describe.skip)('migrations at start on MySQL', () => {
  let url: string;
  let dataSource: DataSource | undefined;

  beforeAll(async () => {
    const own = new URL(process.env.DATABASE_URL!);
    own.pathname = `/cursus_migrate_${randomBytes(5).toString('hex')}`;
    url = own.toString();
    await createDatabase(url);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await dropDatabase(url);
  });

  it('a migration statement longer than the request bound completes and is recorded; requests stay bounded', async () => {
    const options = dataSourceOptions({ DATABASE_URL: url, DATABASE_QUERY_TIMEOUT_MS: '300' });
    dataSource = await openDataSource({ ...options, migrations: [...mysqlMigrations, SlowMigration9999999999999] });
    const recorded: { name: string }[] = await dataSource.query('SELECT name FROM migrations WHERE name = ?', [
      'SlowMigration9999999999999',
    ]);
    expect(recorded).toHaveLength(1);
    await expect(dataSource.query('SELECT SLEEP(1)')).rejects.toMatchObject({ code: 'PROTOCOL_SEQUENCE_TIMEOUT' });
  });
});
