// The SQL that writes the seed:large data set (issue #11) into an empty, migrated MySQL/MariaDB database.
// Set-based: every table is filled by INSERT … SELECT over a numbers table, the inscriptions in chunks of
// sessions (bounded undo logs on a small buffer pool). Nothing goes through the domain functions, so what the
// domain keeps derived is written here to match (checked by __tests__/api/seed-large.test.ts):
// - session.trainingTitle = its training's title; session settings pre-filled from the training (R2);
// - one default session per training (R10);
// - session seats (R6, R7): learners in registration order (createdAt), confirmed while seats remain, then
//   waitlisted; with validation the last ones PENDING; learnerCount / pendingCount counted from the rows;
// - events (R3, R6, R9): every confirmed session learner and trainer is on every event of the session, event
//   learners seated in the same order against the event's capacity (rest WAITLISTED).
import { DataSource, QueryRunner } from 'typeorm';
import { hashPassword } from '../lib/password';
import { DEMO_PASSWORD } from './demo-data';
import {
  DEPARTMENTS,
  DEPARTMENTS_PER_FACULTY,
  departmentId,
  EVENT_CAPACITY,
  EVENTS_PER_SESSION,
  FACULTIES,
  facultyId,
  LARGE_ACCOUNTS,
  LargePlan,
  LEARNERS_PER_SESSION,
  LOCATIONS,
  MANAGED_FACULTY,
  PENDING_PER_VALIDATED_SESSION,
  SESSION_CAPACITIES,
  SESSIONS_PER_TRAINING,
  TRAINERS_PER_SESSION,
} from './large-data-plan';

const FACULTY_NAMES = ['Faculté des sciences', 'Faculté de médecine', 'Faculté de droit', 'Faculté des lettres', "École d'ingénieurs"];
const TOPICS = [
  'Sécurité au laboratoire', 'Analyse de données', 'Gestion de projet', 'Prise de parole', 'Anglais professionnel',
  'Premiers secours', 'Python pour la recherche', 'Management d’équipe', 'Droit du travail', 'Pédagogie active',
  'Statistiques', 'Bureautique avancée', 'Qualité de vie au travail', 'Communication écrite', 'Radioprotection',
  'Accessibilité numérique', 'Cybersécurité', 'Achats publics', 'Éthique de la recherche', 'Conduite du changement',
];
const LEVELS = ['initiation', 'perfectionnement', 'atelier', 'expert', 'remise à niveau'];
const FIRST_NAMES = ['Camille', 'Louis', 'Emma', 'Hugo', 'Chloé', 'Lucas', 'Inès', 'Nathan', 'Manon', 'Théo', 'Sarah', 'Jules', 'Léna', 'Noah', 'Zoé', 'Adam', 'Jade', 'Raphaël', 'Alice', 'Malik'];
const LAST_NAMES = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefebvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel', 'Girard', 'Hoarau', 'Payet', 'Tremblay'];

const MODES = ['AUTOMATIC', 'MANUAL', 'PUBLIC'];
/** Sessions per INSERT of inscriptions: about 40,000 session or 95,000 event inscriptions per statement. */
const SESSION_CHUNK = 250;

const quote = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
const elt = (index: string, values: readonly (string | number)[]) =>
  `ELT(${index}, ${values.map((v) => (typeof v === 'number' ? String(v) : quote(v))).join(', ')})`;
/** A UTC instant as MySQL DATETIME(3) text. */
const sqlInstant = (date: Date) => `'${date.toISOString().slice(0, 23).replace('T', ' ')}'`;

export interface LargeCounts {
  organisations: number;
  locations: number;
  users: number;
  trainings: number;
  sessions: number;
  events: number;
  sessionInscriptions: number;
  eventInscriptions: number;
}

/** Fills an empty migrated database with the plan's data; `log` hears each step and its time. */
export async function writeLargeData(
  dataSource: DataSource,
  plan: LargePlan,
  now: Date,
  log: (line: string) => void = () => undefined,
): Promise<LargeCounts> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    // The rows are consistent by construction (and tested): skip the per-row key checks of a bulk load.
    await runner.query('SET SESSION foreign_key_checks = 0, unique_checks = 0');
    const step = async (what: string, statements: () => AsyncGenerator<string> | string[]) => {
      const started = Date.now();
      let rows = 0;
      for await (const sql of statements()) rows += Number((await runner.query(sql))?.affectedRows ?? 0);
      log(`${what}: ${rows.toLocaleString('en')} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    };
    await step('numbers', () => numbersTable(Math.max(plan.users, plan.sessions, 1000)));
    await step('organisations', () => [organisationsSql()]);
    await step('locations', () => [locationsSql()]);
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await step('users', () => [usersSql(plan, now, passwordHash)]);
    await step('memberships', () => membershipsSql(plan));
    await step('trainings', () => trainingsSql(plan, now));
    await step('sessions', () => [sessionsSql(plan, now)]);
    await step('events', () => [eventsSql(plan)]);
    await step('session inscriptions', () => chunks(plan, (from, to) => sessionInscriptionsSql(plan, from, to)));
    await step('session seat counters', () => [recountSessionsSql()]);
    await step('event inscriptions', () => chunks(plan, eventInscriptionsSql));
    await step('statistics (ANALYZE TABLE)', () => [
      'DROP TABLE seed_large_numbers',
      'ANALYZE TABLE organisation, location, user, membership, training, training_organisation, session, event, inscription',
    ]);
    return await countRows(runner);
  } finally {
    await runner.query('SET SESSION foreign_key_checks = 1, unique_checks = 1').catch(() => undefined);
    await runner.release();
  }
}

async function* chunks(plan: LargePlan, sql: (from: number, to: number) => string): AsyncGenerator<string> {
  for (let from = 1; from <= plan.sessions; from += SESSION_CHUNK)
    yield sql(from, Math.min(plan.sessions, from + SESSION_CHUNK - 1));
}

async function countRows(runner: QueryRunner): Promise<LargeCounts> {
  const [row] = await runner.query(`SELECT
    (SELECT COUNT(*) FROM organisation) AS organisations, (SELECT COUNT(*) FROM location) AS locations,
    (SELECT COUNT(*) FROM user) AS users, (SELECT COUNT(*) FROM training) AS trainings,
    (SELECT COUNT(*) FROM session) AS sessions, (SELECT COUNT(*) FROM event) AS events,
    (SELECT COUNT(*) FROM inscription WHERE eventId IS NULL) AS sessionInscriptions,
    (SELECT COUNT(*) FROM inscription WHERE eventId IS NOT NULL) AS eventInscriptions`);
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, Number(value)])) as unknown as LargeCounts;
}

/** seed_large_numbers(n) = 0 … size-1, from cross joins of the ten digits (portable: no sequence engine). */
function numbersTable(size: number): string[] {
  const digits = Array.from({ length: 10 }, (_, d) => `SELECT ${d} AS d`).join(' UNION ALL ');
  const places = Math.ceil(Math.log10(size + 1));
  const from = Array.from({ length: places }, (_, p) => `(${digits}) d${p}`).join(' CROSS JOIN ');
  const value = Array.from({ length: places }, (_, p) => `d${p}.d * ${10 ** p}`).join(' + ');
  return [
    'DROP TABLE IF EXISTS seed_large_numbers',
    'CREATE TABLE seed_large_numbers (n INT NOT NULL PRIMARY KEY) ENGINE=InnoDB',
    `INSERT INTO seed_large_numbers (n) SELECT ${value} AS n FROM ${from} HAVING n < ${size}`,
  ];
}

function organisationsSql(): string {
  const rows = [`(1, 'Université Cursus', 'UC', NULL)`];
  for (let f = 0; f < FACULTIES; f++) rows.push(`(${facultyId(f)}, ${quote(FACULTY_NAMES[f])}, 'F${f + 1}', 1)`);
  for (let d = 0; d < DEPARTMENTS; d++) {
    const f = Math.floor(d / DEPARTMENTS_PER_FACULTY);
    const name = `${FACULTY_NAMES[f]} — département ${(d % DEPARTMENTS_PER_FACULTY) + 1}`;
    rows.push(`(${departmentId(d)}, ${quote(name)}, 'D${String(d + 1).padStart(2, '0')}', ${facultyId(f)})`);
  }
  return `INSERT INTO organisation (id, name, code, parentId) VALUES ${rows.join(', ')}`;
}

function locationsSql(): string {
  // Every third location belongs to a faculty (#6 §3), the others are shared.
  const rows = LOCATIONS.map((l, i) => {
    const owner = i % 3 === 2 ? facultyId(i % FACULTIES) : 'NULL';
    return `(${i + 1}, ${quote(l.name)}, ${quote(`${l.name}, adresse ${i + 1}`)}, ${quote(l.timeZone)}, ${i % 2 ? 40 : 'NULL'}, ${owner})`;
  });
  return `INSERT INTO location (id, name, address, timeZone, capacity, organisationId) VALUES ${rows.join(', ')}`;
}

function usersSql(plan: LargePlan, now: Date, passwordHash: string): string {
  const accounts = Object.values(LARGE_ACCOUNTS);
  const account = (field: 'email' | 'firstName' | 'lastName', otherwise: string) =>
    `CASE WHEN id <= ${accounts.length} THEN ${elt('id', accounts.map((a) => a[field]))} ELSE ${otherwise} END`;
  const kind = `IF(id < ${plan.firstLearnerId}, 'trainer', 'learner')`;
  return `INSERT INTO user (id, email, firstName, lastName, locale, timeZone, active, isAdmin, passwordHash, sessionVersion, createdAt)
    SELECT id,
      ${account('email', `CONCAT(${kind}, '.', id, '@large.cursus.test')`)},
      ${account('firstName', elt('1 + id % 20', FIRST_NAMES))},
      ${account('lastName', elt('1 + (id DIV 20) % 25', LAST_NAMES))},
      IF(id % 10 = 0, 'en', 'fr'),
      ${elt(`1 + id % ${LOCATIONS.length}`, LOCATIONS.map((l) => l.timeZone))},
      1, id = ${LARGE_ACCOUNTS.admin.id},
      IF(id <= ${accounts.length}, ${quote(passwordHash)}, NULL), 0,
      ${sqlInstant(now)} - INTERVAL (${plan.users} - id + 1) MINUTE
    FROM (SELECT n + 1 AS id FROM seed_large_numbers WHERE n < ${plan.users}) ids`;
}

function membershipsSql(plan: LargePlan): string[] {
  return [
    // Everyone but the administrator belongs to a department.
    `INSERT INTO membership (userId, organisationId, role)
      SELECT n + 1, ${departmentId(0)} + (n + 1) % ${DEPARTMENTS}, 'MEMBER' FROM seed_large_numbers
      WHERE n < ${plan.users} AND n + 1 <> ${LARGE_ACCOUNTS.admin.id}`,
    `INSERT INTO membership (userId, organisationId, role) VALUES (${LARGE_ACCOUNTS.manager.id}, ${MANAGED_FACULTY}, 'MANAGER')`,
  ];
}

function trainingsSql(plan: LargePlan, now: Date): string[] {
  const capacity = `CASE WHEN t % 4 < 2 THEN ${SESSION_CAPACITIES.unlimited} WHEN t % 4 = 2 THEN ${SESSION_CAPACITIES.roomy} ELSE ${SESSION_CAPACITIES.tight} END`;
  return [
    `INSERT INTO training (id, code, title, description, defaultSessionDays, publicRegistration, publicUnregistration,
        registrationValidation, maxUsers, eventInscriptionMode, createdAt)
      SELECT t, CONCAT('LRG-', LPAD(t, 5, '0')),
        CONCAT(${elt(`1 + t % ${TOPICS.length}`, TOPICS)}, ' — ', ${elt(`1 + (t DIV ${TOPICS.length}) % ${LEVELS.length}`, LEVELS)}, ' ', t),
        CONCAT('Formation LRG-', LPAD(t, 5, '0'), ' du jeu de données large.'),
        1 + t % 5, t % 5 IN (1, 2), t % 5 IN (1, 2), t % 10 = 3, ${capacity},
        ${elt('1 + t % 3', MODES)}, ${sqlInstant(now)} - INTERVAL 3 YEAR + INTERVAL t MINUTE
      FROM (SELECT n + 1 AS t FROM seed_large_numbers WHERE n < ${plan.trainings}) ids`,
    // R1: each training belongs to a department, one in five also to that department's faculty.
    `INSERT INTO training_organisation (trainingId, organisationId)
      SELECT n + 1, ${departmentId(0)} + n % ${DEPARTMENTS} FROM seed_large_numbers WHERE n < ${plan.trainings}
      UNION ALL
      SELECT n + 1, ${facultyId(0)} + (n % ${DEPARTMENTS}) DIV ${DEPARTMENTS_PER_FACULTY} FROM seed_large_numbers
      WHERE n < ${plan.trainings} AND (n + 1) % 5 = 0`,
  ];
}

/** The location (1-based) a session's events are held at. */
const sessionLocation = (sessionId: string) => `1 + (${sessionId} - 1) % ${LOCATIONS.length}`;

function sessionsSql(plan: LargePlan, now: Date): string {
  // Spread over three years, two past and one to come; 09:00 local (standard time) at the session's location.
  const start = `TIMESTAMP(DATE(${sqlInstant(now)})) + INTERVAL ((j * 211) % 1095 - 730) DAY
    + INTERVAL (9 - ${elt(sessionLocation('j'), LOCATIONS.map((l) => l.offset))}) HOUR`;
  const lastEventEnd = `INTERVAL ${7 * (EVENTS_PER_SESSION - 1)} DAY + INTERVAL 8 HOUR`;
  return `INSERT INTO session (id, trainingId, title, description, startDate, endDate, defaultOfTrainingId,
      publicRegistration, publicUnregistration, registrationValidation, maxUsers, eventInscriptionMode, createdAt,
      trainingTitle, learnerCount, pendingCount)
    SELECT j, t.id, CONCAT(t.title, ' — session ', (j - 1) % ${SESSIONS_PER_TRAINING} + 1), t.description,
      starts.startDate, starts.startDate + ${lastEventEnd},
      IF((j - 1) % ${SESSIONS_PER_TRAINING} = 0, t.id, NULL),
      t.publicRegistration AND (j - 1) % ${SESSIONS_PER_TRAINING} <> ${SESSIONS_PER_TRAINING - 1},
      t.publicUnregistration AND (j - 1) % ${SESSIONS_PER_TRAINING} <> ${SESSIONS_PER_TRAINING - 1},
      t.registrationValidation, t.maxUsers, t.eventInscriptionMode,
      LEAST(starts.startDate - INTERVAL 60 DAY, ${sqlInstant(now)} - INTERVAL 1 DAY),
      t.title, 0, 0
    FROM (SELECT j, ${start} AS startDate FROM (SELECT n + 1 AS j FROM seed_large_numbers WHERE n < ${plan.sessions}) js) starts
    JOIN training t ON t.id = (j - 1) DIV ${SESSIONS_PER_TRAINING} + 1`;
}

function eventsSql(plan: LargePlan): string {
  // Weekly, alternately morning and afternoon; the last event of every fourth session is held online.
  const online = `e = ${EVENTS_PER_SESSION - 1} AND s.id % 4 = 0`;
  return `INSERT INTO event (id, sessionId, name, description, startAt, endAt, locationId, locationExtra,
      inscriptionMode, maxUsers, createdAt)
    SELECT (s.id - 1) * ${EVENTS_PER_SESSION} + e + 1, s.id, CONCAT('Séance ', e + 1), '',
      s.startDate + INTERVAL 7 * e DAY + INTERVAL (e % 2) * 5 HOUR,
      s.startDate + INTERVAL 7 * e DAY + INTERVAL (e % 2) * 5 + 3 HOUR,
      IF(${online}, NULL, ${sessionLocation('s.id')}), IF(${online}, 'Visioconférence', ''),
      s.eventInscriptionMode, IF((s.id + e) % 10 = 5, ${EVENT_CAPACITY}, NULL), s.createdAt
    FROM session s JOIN (SELECT n AS e FROM seed_large_numbers WHERE n < ${EVENTS_PER_SESSION}) es
    WHERE s.id <= ${plan.sessions}`;
}

function sessionInscriptionsSql(plan: LargePlan, from: number, to: number): string {
  const lastPlace = LEARNERS_PER_SESSION - 1;
  // Learner k of session s: consecutive accounts from a session-dependent start, so the 38 are distinct and
  // everyone gets about ten sessions; the demo learner takes the last place of every n-th session.
  const learner = `CASE WHEN k = ${lastPlace} AND (s.id - 1) % ${plan.demoLearnerEvery} = 0 THEN ${LARGE_ACCOUNTS.learner.id}
    ELSE ${plan.firstLearnerId} + ((s.id - 1) * 389 + k) % ${plan.learnerPool} END`;
  const state = `CASE WHEN s.registrationValidation AND k >= ${LEARNERS_PER_SESSION - PENDING_PER_VALIDATED_SESSION} THEN 'PENDING'
    WHEN s.maxUsers IS NOT NULL AND k >= s.maxUsers THEN 'WAITLISTED' ELSE 'CONFIRMED' END`;
  return `INSERT INTO inscription (userId, sessionId, eventId, role, state, createdAt)
    SELECT ${plan.firstTrainerId} + ((s.id - 1) * ${TRAINERS_PER_SESSION} + r) % ${plan.trainers}, s.id, NULL, 'TRAINER', 'CONFIRMED', s.createdAt
    FROM session s JOIN (SELECT n AS r FROM seed_large_numbers WHERE n < ${TRAINERS_PER_SESSION}) rs
    WHERE s.id BETWEEN ${from} AND ${to}
    UNION ALL
    SELECT ${learner}, s.id, NULL, 'LEARNER', ${state}, s.createdAt + INTERVAL k + 1 MINUTE
    FROM session s JOIN (SELECT n AS k FROM seed_large_numbers WHERE n < ${LEARNERS_PER_SESSION}) ks
    WHERE s.id BETWEEN ${from} AND ${to}`;
}

/**
 * #7 screen 4: the counters seats.ts recountSeats keeps, counted from the rows (of the given sessions, or all);
 * also used by the bench to put them back after its writes.
 */
export function recountSessionsSql(sessionIds?: readonly number[]): string {
  const count = (state: string) => `(SELECT COUNT(*) FROM inscription i
    WHERE i.sessionId = s.id AND i.eventId IS NULL AND i.role = 'LEARNER' AND i.state = '${state}')`;
  const which = sessionIds ? `WHERE s.id IN (${sessionIds.map(Number).join(', ') || 'NULL'})` : '';
  return `UPDATE session s SET s.learnerCount = ${count('CONFIRMED')}, s.pendingCount = ${count('PENDING')} ${which}`;
}

function eventInscriptionsSql(from: number, to: number): string {
  // A learner's place in the session is the minute after the session's creation they registered at, so the
  // confirmed ones rank 1…n; on a capped event those past its capacity wait, in the same order.
  const rank = 'TIMESTAMPDIFF(MINUTE, s.createdAt, si.createdAt)';
  return `INSERT INTO inscription (userId, sessionId, eventId, role, state, createdAt)
    SELECT si.userId, e.sessionId, e.id, si.role,
      IF(si.role = 'LEARNER' AND e.maxUsers IS NOT NULL AND ${rank} > e.maxUsers, 'WAITLISTED', 'CONFIRMED'),
      si.createdAt
    FROM event e JOIN session s ON s.id = e.sessionId
    JOIN inscription si ON si.sessionId = e.sessionId AND si.eventId IS NULL AND si.state = 'CONFIRMED'
    WHERE e.sessionId BETWEEN ${from} AND ${to}`;
}
