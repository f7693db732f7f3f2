/**
 * #6 §3: the LocationTemplateOwner migration on a database that already holds data. Existing locations and
 * templates become shared (no organisation), and events keep their locations: on SQLite the location table
 * is rebuilt, which must not null or cascade the events' foreign key, nor repoint it (also on the way back).
 */
import { InscriptionMode } from '../../entities';
import { revertThrough } from '../support/migrations';
import { openTestDatabase } from '../support/database';

jest.setTimeout(60_000);

const MIGRATION = /^LocationTemplateOwner/;

it('keeps the events’ locations, and makes existing locations and templates shared', async () => {
  const { dataSource, close } = await openTestDatabase();
  try {
    await revertThrough(dataSource, MIGRATION);
    // Written in the columns of the schema before the migration (the entities already have organisationId).
    await dataSource.query(`INSERT INTO location (name, address, timeZone, capacity) VALUES ('Salle 12', '1 rue de la Paix', 'Europe/Paris', 20)`);
    const [{ id: locationId }] = await dataSource.query(`SELECT id FROM location WHERE name = 'Salle 12'`);
    await dataSource.query(
      `INSERT INTO template (name, kind, locale, subject, body, updatedAt) VALUES ('Invitation', 'EMAIL', 'fr', '', 'Bonjour', '2026-03-02 08:00:00.000')`,
    );
    // In SQL too: later migrations add columns to training and event (#9's catalogue fields, the event's sequence).
    await dataSource.query(`INSERT INTO training (code, title, description, createdAt) VALUES ('MIG-1', 'Formation', '', '2026-03-02 08:00:00.000')`);
    const [{ id: trainingId }] = await dataSource.query(`SELECT id FROM training WHERE code = 'MIG-1'`);
    const training = { id: Number(trainingId) };
    // In SQL: the session table of that schema has none of the columns later migrations add (#7's counters).
    await dataSource.query(
      `INSERT INTO session (trainingId, title, description, startDate, endDate, publicRegistration, publicUnregistration, registrationValidation, eventInscriptionMode, createdAt)
       VALUES (${training.id}, 'Session', '', '2026-03-02 08:00:00.000', '2026-03-02 08:00:00.000', 0, 0, 0, 'MANUAL', '2026-03-02 08:00:00.000')`,
    );
    const [{ id: sessionId }] = await dataSource.query(`SELECT id FROM session WHERE trainingId = ${training.id}`);
    const session = { id: Number(sessionId) };
    const insertEvent = (name: string) =>
      dataSource.query(
        `INSERT INTO event (sessionId, name, description, startAt, endAt, locationId, locationExtra, inscriptionMode, createdAt)
         VALUES (${session.id}, '${name}', '', '2026-03-02 08:00:00.000', '2026-03-02 08:00:00.000', ${Number(locationId)}, '', '${InscriptionMode.MANUAL}', '2026-03-02 08:00:00.000')`,
      );
    await insertEvent('Séance');
    const [{ id: eventId }] = await dataSource.query(`SELECT id FROM event WHERE name = 'Séance'`);
    const event = { id: Number(eventId) };
    const locationOfEvent = async () => Number((await dataSource.query(`SELECT locationId FROM event WHERE id = ${event.id}`))[0].locationId);

    await dataSource.runMigrations({ transaction: 'each' });

    expect(await locationOfEvent()).toBe(Number(locationId));
    expect(await dataSource.query(`SELECT name, organisationId FROM location`)).toEqual([{ name: 'Salle 12', organisationId: null }]);
    expect(await dataSource.query(`SELECT name, organisationId FROM template`)).toEqual([{ name: 'Invitation', organisationId: null }]);

    // And back (npm run migrate:revert): the events still point at their location, and new ones can.
    await revertThrough(dataSource, MIGRATION);
    expect(await locationOfEvent()).toBe(Number(locationId));
    await insertEvent('Après');
  } finally {
    await close();
  }
});
