/**
 * #6 §3: the LocationTemplateOwner migration on a database that already holds data. Existing locations and
 * templates become shared (no organisation), and events keep their locations: on SQLite the location table
 * is rebuilt, which must not null or cascade the events' foreign key, nor repoint it (also on the way back).
 */
import { DataSource } from 'typeorm';
import { Event, InscriptionMode, Training } from '../../entities';
import { revertLastMigration } from '../../server/db';
import { openTestDatabase } from '../support/database';

jest.setTimeout(60_000);

const MIGRATION = /^LocationTemplateOwner/;

async function revertThrough(dataSource: DataSource, pattern: RegExp) {
  for (;;) {
    const executed: { name: string }[] = await dataSource.query('SELECT name FROM migrations ORDER BY id DESC');
    if (!executed.some((m) => pattern.test(m.name))) return;
    await revertLastMigration(dataSource);
  }
}

it('keeps the events’ locations, and makes existing locations and templates shared', async () => {
  const { dataSource, close } = await openTestDatabase();
  try {
    await revertThrough(dataSource, MIGRATION);
    const now = new Date('2026-03-02T08:00:00Z');
    // Written in the columns of the schema before the migration (the entities already have organisationId).
    await dataSource.query(`INSERT INTO location (name, address, timeZone, capacity) VALUES ('Salle 12', '1 rue de la Paix', 'Europe/Paris', 20)`);
    const [{ id: locationId }] = await dataSource.query(`SELECT id FROM location WHERE name = 'Salle 12'`);
    await dataSource.query(
      `INSERT INTO template (name, kind, locale, subject, body, updatedAt) VALUES ('Invitation', 'EMAIL', 'fr', '', 'Bonjour', '2026-03-02 08:00:00.000')`,
    );
    const training = await dataSource.manager.save(
      dataSource.manager.create(Training, { code: 'MIG-1', title: 'Formation', description: '', createdAt: now }),
    );
    // In SQL: the session table of that schema has none of the columns later migrations add (#7's counters).
    await dataSource.query(
      `INSERT INTO session (trainingId, title, description, startDate, endDate, publicRegistration, publicUnregistration, registrationValidation, eventInscriptionMode, createdAt)
       VALUES (${training.id}, 'Session', '', '2026-03-02 08:00:00.000', '2026-03-02 08:00:00.000', 0, 0, 0, 'MANUAL', '2026-03-02 08:00:00.000')`,
    );
    const [{ id: sessionId }] = await dataSource.query(`SELECT id FROM session WHERE trainingId = ${training.id}`);
    const session = { id: Number(sessionId) };
    const event = await dataSource.manager.save(
      dataSource.manager.create(Event, {
        sessionId: session.id,
        name: 'Séance',
        description: '',
        startAt: now,
        endAt: now,
        locationId: Number(locationId),
        locationExtra: '',
        inscriptionMode: InscriptionMode.MANUAL,
        createdAt: now,
      }),
    );

    await dataSource.runMigrations({ transaction: 'each' });

    expect((await dataSource.manager.findOneByOrFail(Event, { id: event.id })).locationId).toBe(Number(locationId));
    expect(await dataSource.query(`SELECT name, organisationId FROM location`)).toEqual([{ name: 'Salle 12', organisationId: null }]);
    expect(await dataSource.query(`SELECT name, organisationId FROM template`)).toEqual([{ name: 'Invitation', organisationId: null }]);

    // And back (npm run migrate:revert): the events still point at their location, and new ones can.
    await revertThrough(dataSource, MIGRATION);
    expect((await dataSource.manager.findOneByOrFail(Event, { id: event.id })).locationId).toBe(Number(locationId));
    await dataSource.manager.save(dataSource.manager.create(Event, { ...event, id: undefined, name: 'Après' }));
  } finally {
    await close();
  }
});
