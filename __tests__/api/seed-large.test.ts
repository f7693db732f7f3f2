// seed:large (issue #11) writes its rows with bulk SQL instead of the domain functions: this checks, on a tiny
// scale, that what the domain keeps derived holds in them (counters, seats and waiting lists, R3/R9 event
// members, R10, the trainingTitle copy) and that the counts follow the plan.
import { DataSource } from 'typeorm';
import { databaseKind } from '../../lib/database-url';
import { writeLargeData } from '../../scripts/large-data';
import {
  EVENTS_PER_SESSION,
  LARGE_ACCOUNTS,
  ORGANISATIONS,
  parseSeedLargeArgs,
  planFor,
} from '../../scripts/large-data-plan';
import { verifyPassword } from '../../lib/password';
import { DEMO_PASSWORD } from '../../scripts/demo-data';
import { openTestDatabase } from '../support/database';

describe('seed:large arguments and plan', () => {
  it('reads --scale and refuses what it does not know', () => {
    expect(parseSeedLargeArgs([])).toEqual({ scale: 1 });
    expect(parseSeedLargeArgs(['--scale', '0.01'])).toEqual({ scale: 0.01 });
    expect(parseSeedLargeArgs(['--scale', '2'])).toMatch(/between/);
    expect(parseSeedLargeArgs(['--scale'])).toMatch(/between/);
    expect(parseSeedLargeArgs(['--size', '1'])).toMatch(/unknown argument --size/);
  });

  it("has the issue's counts at scale 1 and 10,000 session inscriptions at 0.01", () => {
    const plan = planFor(1);
    expect([plan.trainings, plan.sessions, plan.events, plan.users, plan.sessionInscriptions]).toEqual([
      5000, 25_000, 250_000, 100_000, 1_000_000,
    ]);
    expect(planFor(0.01).sessionInscriptions).toBe(10_000);
  });
});

// seed:large is MySQL/MariaDB-only by design (server-side INSERT … SELECT; SQLite is not what it measures).
(databaseKind() === 'mysql' ? describe : describe.skip)('seed:large data on MariaDB (--scale 0.001)', () => {
  const plan = planFor(0.001);
  let dataSource: DataSource;
  let close: () => Promise<void>;
  const now = new Date('2026-03-02T08:00:00Z');
  /** The rows a query returns, as plain numbers where they are numbers. */
  const rows = async (sql: string) => (await dataSource.query(sql)) as Record<string, unknown>[];
  const single = async (sql: string) => Number(Object.values((await rows(sql))[0])[0]);

  beforeAll(async () => {
    ({ dataSource, close } = await openTestDatabase());
    await writeLargeData(dataSource, plan, now);
  }, 60_000);
  afterAll(() => close());

  it('has the counts of the plan', async () => {
    expect(await single('SELECT COUNT(*) FROM organisation')).toBe(ORGANISATIONS);
    expect(await single('SELECT COUNT(*) FROM user')).toBe(plan.users);
    expect(await single('SELECT COUNT(*) FROM training')).toBe(plan.trainings);
    expect(await single('SELECT COUNT(*) FROM session')).toBe(plan.sessions);
    expect(await single('SELECT COUNT(*) FROM event')).toBe(plan.events);
    expect(await single('SELECT COUNT(*) FROM inscription WHERE eventId IS NULL')).toBe(plan.sessionInscriptions);
    // Every confirmed session member is on each of its events.
    expect(await single('SELECT COUNT(*) FROM inscription WHERE eventId IS NOT NULL')).toBe(
      EVENTS_PER_SESSION * (await single("SELECT COUNT(*) FROM inscription WHERE eventId IS NULL AND state = 'CONFIRMED'")),
    );
  });

  it('spreads sessions over past and future, public and not, several time zones, waiting lists', async () => {
    const [spread] = await rows(`SELECT SUM(endDate < '2026-03-02') AS past, SUM(startDate > '2026-03-02') AS future,
      SUM(publicRegistration) AS public, SUM(NOT publicRegistration) AS private FROM session`);
    for (const value of Object.values(spread)) expect(Number(value)).toBeGreaterThan(0);
    expect(await single('SELECT COUNT(DISTINCT l.timeZone) FROM event e JOIN location l ON l.id = e.locationId')).toBeGreaterThan(2);
    expect(await single("SELECT COUNT(*) FROM inscription WHERE state = 'WAITLISTED' AND eventId IS NULL")).toBeGreaterThan(0);
    expect(await single("SELECT COUNT(*) FROM inscription WHERE state = 'WAITLISTED' AND eventId IS NOT NULL")).toBeGreaterThan(0);
    expect(await single("SELECT COUNT(*) FROM inscription WHERE state = 'PENDING'")).toBeGreaterThan(0);
  });

  it('keeps the session counters equal to the counted rows and the training title copy', async () => {
    expect(
      await single(`SELECT COUNT(*) FROM session s WHERE s.learnerCount <> (SELECT COUNT(*) FROM inscription i
        WHERE i.sessionId = s.id AND i.eventId IS NULL AND i.role = 'LEARNER' AND i.state = 'CONFIRMED')
        OR s.pendingCount <> (SELECT COUNT(*) FROM inscription i
        WHERE i.sessionId = s.id AND i.eventId IS NULL AND i.role = 'LEARNER' AND i.state = 'PENDING')`),
    ).toBe(0);
    expect(await single('SELECT COUNT(*) FROM session s JOIN training t ON t.id = s.trainingId WHERE s.trainingTitle <> t.title')).toBe(0);
    // R10: one default session per training.
    expect(await single('SELECT COUNT(*) FROM session WHERE defaultOfTrainingId IS NOT NULL')).toBe(plan.trainings);
    expect(await single('SELECT COUNT(*) FROM session WHERE defaultOfTrainingId IS NOT NULL AND defaultOfTrainingId <> trainingId')).toBe(0);
  });

  it('seats learners within capacity, waiting only when full, first come first served (R6)', async () => {
    const targets = await rows(`SELECT i.sessionId, i.eventId, COALESCE(e.maxUsers, s.maxUsers) AS capacity,
        SUM(i.state = 'CONFIRMED') AS confirmed, SUM(i.state = 'WAITLISTED') AS waiting,
        MAX(IF(i.state = 'CONFIRMED', i.createdAt, NULL)) AS lastConfirmed,
        MIN(IF(i.state = 'WAITLISTED', i.createdAt, NULL)) AS firstWaiting
      FROM inscription i JOIN session s ON s.id = i.sessionId LEFT JOIN event e ON e.id = i.eventId
      WHERE i.role = 'LEARNER' GROUP BY i.sessionId, i.eventId, e.maxUsers, s.maxUsers`);
    expect(targets.length).toBeGreaterThan(plan.sessions);
    for (const t of targets) {
      // An event's capacity is its own (null = unlimited), not the session's.
      const capacity = t.eventId === null ? t.capacity : null;
      const confirmed = Number(t.confirmed);
      if (capacity !== null) expect(confirmed).toBeLessThanOrEqual(Number(capacity));
      if (Number(t.waiting) > 0) {
        expect(t).toMatchObject({ capacity: expect.anything() });
        expect(new Date(t.lastConfirmed as string).getTime()).toBeLessThan(new Date(t.firstWaiting as string).getTime());
      }
    }
    // Event capacities on their own: confirmed ≤ maxUsers, and a waiting list only on a full event.
    expect(
      await single(`SELECT COUNT(*) FROM (SELECT e.id, e.maxUsers, SUM(i.state = 'CONFIRMED') c, SUM(i.state = 'WAITLISTED') w
        FROM event e JOIN inscription i ON i.eventId = e.id AND i.role = 'LEARNER' GROUP BY e.id, e.maxUsers) x
        WHERE (x.maxUsers IS NULL AND x.w > 0) OR x.c > x.maxUsers OR (x.w > 0 AND x.c <> x.maxUsers)`),
    ).toBe(0);
    // Waiting positions (the rank among the waiting, waitlistPositions) are then 1…N with no gap or tie.
    expect(
      await single(`SELECT COUNT(*) FROM (SELECT sessionId, eventId, COUNT(*) n, COUNT(DISTINCT createdAt) d
        FROM inscription WHERE state = 'WAITLISTED' GROUP BY sessionId, eventId) x WHERE x.n <> x.d`),
    ).toBe(0);
  });

  it("puts on events only the session's confirmed members, with their session (R3, R9), and leaves no orphan", async () => {
    expect(
      await single(`SELECT COUNT(*) FROM inscription ei WHERE ei.eventId IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM inscription si WHERE si.sessionId = ei.sessionId AND si.eventId IS NULL AND si.userId = ei.userId
        AND si.role = ei.role AND si.state = 'CONFIRMED')`),
    ).toBe(0);
    expect(await single('SELECT COUNT(*) FROM inscription i JOIN event e ON e.id = i.eventId WHERE e.sessionId <> i.sessionId')).toBe(0);
    for (const [child, parent, column] of [
      ['inscription', 'user', 'userId'],
      ['inscription', 'session', 'sessionId'],
      ['session', 'training', 'trainingId'],
      ['event', 'session', 'sessionId'],
      ['membership', 'user', 'userId'],
      ['membership', 'organisation', 'organisationId'],
      ['training_organisation', 'training', 'trainingId'],
      ['training_organisation', 'organisation', 'organisationId'],
    ])
      expect(await single(`SELECT COUNT(*) FROM ${child} c LEFT JOIN ${parent} p ON p.id = c.${column} WHERE p.id IS NULL`)).toBe(0);
    expect(await single('SELECT COUNT(*) FROM event e LEFT JOIN location l ON l.id = e.locationId WHERE e.locationId IS NOT NULL AND l.id IS NULL')).toBe(0);
    expect(await single('SELECT COUNT(*) FROM training t WHERE NOT EXISTS (SELECT 1 FROM training_organisation o WHERE o.trainingId = t.id)')).toBe(0);
  });

  it('has demo accounts that sign in, and a learner with many inscriptions', async () => {
    const accounts = await rows(`SELECT id, email, isAdmin, passwordHash FROM user WHERE id <= 3 ORDER BY id`);
    expect(accounts.map((a) => a.email)).toEqual(Object.values(LARGE_ACCOUNTS).map((a) => a.email));
    expect(Number(accounts[0].isAdmin)).toBe(1);
    expect(await verifyPassword(accounts[2].passwordHash as string, DEMO_PASSWORD)).toBe(true);
    expect(await single(`SELECT COUNT(*) FROM membership WHERE userId = ${LARGE_ACCOUNTS.manager.id} AND role = 'MANAGER'`)).toBe(1);
    expect(await single(`SELECT COUNT(*) FROM inscription WHERE userId = ${LARGE_ACCOUNTS.learner.id} AND eventId IS NULL`)).toBe(
      Math.ceil(plan.sessions / plan.demoLearnerEvery),
    );
  });
});
