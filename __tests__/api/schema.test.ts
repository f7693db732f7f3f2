import fs from 'node:fs';
import path from 'node:path';
import {
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  printSchema,
} from 'graphql';
import { DataSource } from 'typeorm';
import { buildCursusSchema } from '../../graphql/schema';
import { openTestDatabase } from '../support/database';

const schema: GraphQLSchema = buildCursusSchema();

describe('the public schema', () => {
  it('is the committed schema.graphql (run `npm run schema` after an API change)', () => {
    const committed = fs.readFileSync(path.join(__dirname, '..', '..', 'schema.graphql'), 'utf8');
    expect(`${printSchema(schema)}\n`).toBe(committed);
  });

  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
      const isRoot = type === schema.getQueryType() || type === schema.getMutationType();
      if (!type.description && !isRoot) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has the contract names the UI and developers rely on', () => {
    const query = schema.getQueryType()!.getFields();
    const mutation = schema.getMutationType()!.getFields();
    for (const name of ['trainings', 'training', 'sessions', 'session', 'sessionDraft', 'events', 'event', 'locations', 'templates', 'organisations', 'users'])
      expect(query).toHaveProperty(name);
    for (const name of ['createTraining', 'updateTraining', 'deleteTraining', 'createSession', 'updateSession', 'deleteSession', 'createEvent', 'updateEvent', 'deleteEvent', 'repeatEvent', 'addInscription', 'removeInscription', 'createComment', 'updateComment', 'deleteComment', 'createLocation', 'updateLocation', 'deleteLocation', 'createTemplate', 'updateTemplate', 'deleteTemplate', 'createOrganisation', 'updateOrganisation', 'deleteOrganisation', 'createUser', 'updateUser', 'deleteUser'])
      expect(mutation).toHaveProperty(name);
    const sessionInput = schema.getType('CreateSessionInput');
    expect(isInputObjectType(sessionInput) && Object.keys(sessionInput.getFields())).not.toContain('organisationIds');
  });
});

describe('the migrations', () => {
  it('build exactly the schema the entities describe, and revert to an empty database', async () => {
    const { dataSource, close } = await openTestDatabase();
    try {
      let compared: DataSource = dataSource;
      // With a mysql:// URL TypeORM compares in MySQL's dialect; against a MariaDB server use its own.
      const isMysqlUrlOnMariaDb =
        dataSource.options.type === 'mysql' && /mariadb/i.test((await dataSource.query('SELECT VERSION() AS v'))[0].v);
      if (isMysqlUrlOnMariaDb) {
        compared = await new DataSource({ ...dataSource.options, type: 'mariadb' } as never).initialize();
      }
      const pending = await compared.driver.createSchemaBuilder().log();
      if (compared !== dataSource) await compared.destroy();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);

      for (let i = 0; i < dataSource.migrations.length; i++) await dataSource.undoLastMigration();
      const tables: { name: string }[] =
        dataSource.options.type === 'better-sqlite3'
          ? await dataSource.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
          : await dataSource.query('SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()');
      expect(tables.map((t) => t.name).filter((n) => !['migrations', 'typeorm_metadata'].includes(n))).toEqual([]);
      await dataSource.runMigrations();
    } finally {
      await close();
    }
    // Migrating up, down and up again on MariaDB takes seconds on a loaded 2-core machine.
  }, 60_000);
});
