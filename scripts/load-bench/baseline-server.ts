// The hand-written baseline of `npm run bench` (issue #11): node:http + mysql2, answering the bench's reads
// with the same JSON as Cursus's GraphQL API from the same data, with SQL written by hand. It is what this
// machine can do at best, so the bench reports Cursus as a ratio of it. Run by scripts/bench.ts as a child:
//
//   DATABASE_URL=mysql://… PORT=3291 node scripts/run.js scripts/load-bench/baseline-server.ts
//
// Routes (GET): /typename (no SQL), /catalogue (anonymous), /session/<id>, /sessions-table, /agenda (the
// actor from `Authorization: Bearer <API token>`, resolved in one statement, sub-organisations included).
import { createHash } from 'node:crypto';
import http from 'node:http';
import mysql, { RowDataPacket } from 'mysql2/promise';
import { defaultTimeZone } from '../../domain/time-zone';

const url = process.env.DATABASE_URL!.replace(/^mariadb:/, 'mysql:');
const pool = mysql.createPool({ uri: url, connectionLimit: Number(process.env.DATABASE_POOL_SIZE ?? 10), timezone: 'Z' });

type Row = RowDataPacket & Record<string, any>;
const rows = async (sql: string, params: unknown[] = []) => (await pool.query<Row[]>(sql, params))[0];
const iso = (date: Date) => date.toISOString();
const id = (value: number) => String(value);

/** R4, as domain/status.ts statusAt. */
function status(start: Date, end: Date, now: number): string {
  if (end.getTime() <= now) return 'ENDED';
  if (start.getTime() <= now) return 'ONGOING';
  return 'UPCOMING';
}

interface Actor {
  userId: number;
  isAdmin: boolean;
  managed: number[];
}

/** The token's user and the organisations they manage, sub-organisations included: one statement. */
async function actorOf(request: http.IncomingMessage): Promise<Actor | null> {
  const token = request.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!token) return null;
  const [row] = await rows(
    `WITH RECURSIVE actor AS (
       SELECT u.id, u.isAdmin FROM api_token t JOIN user u ON u.id = t.userId
       WHERE t.tokenHash = ? AND t.revokedAt IS NULL AND u.active),
     managed AS (
       SELECT m.organisationId AS id FROM membership m JOIN actor a ON a.id = m.userId WHERE m.role = 'MANAGER'
       UNION SELECT o.id FROM organisation o JOIN managed p ON o.parentId = p.id)
     SELECT a.id, a.isAdmin, (SELECT GROUP_CONCAT(id) FROM managed) AS managed FROM actor a`,
    [createHash('sha256').update(token).digest('hex')],
  );
  if (!row) return null;
  return { userId: row.id, isAdmin: Boolean(row.isAdmin), managed: row.managed ? String(row.managed).split(',').map(Number) : [] };
}

const PUBLIC_TRAINING = 'EXISTS (SELECT 1 FROM session ps WHERE ps.trainingId = t.id AND ps.publicRegistration = 1)';

async function catalogue() {
  const [[count], trainings] = await Promise.all([
    rows(`SELECT COUNT(*) AS n FROM training t WHERE ${PUBLIC_TRAINING}`),
    rows(`SELECT t.id, t.code, t.title FROM training t WHERE ${PUBLIC_TRAINING} ORDER BY t.title, t.id LIMIT 20`),
  ]);
  const ids = trainings.map((t) => t.id);
  const [organisations, sessions] = ids.length
    ? await Promise.all([
        rows(
          `SELECT o.trainingId, g.id, g.name FROM training_organisation o JOIN organisation g ON g.id = o.organisationId
           WHERE o.trainingId IN (?) ORDER BY o.trainingId, o.organisationId`,
          [ids],
        ),
        rows(
          `SELECT * FROM (SELECT s.trainingId, s.id, s.title, s.startDate, s.endDate, s.maxUsers, s.learnerCount,
             ROW_NUMBER() OVER (PARTITION BY s.trainingId ORDER BY s.startDate, s.id) AS place
           FROM session s WHERE s.trainingId IN (?) AND s.publicRegistration = 1) x WHERE place <= 5 ORDER BY trainingId, place`,
          [ids],
        ),
      ])
    : [[], []];
  return {
    trainings: {
      totalCount: Number(count.n),
      nodes: trainings.map((t) => ({
        id: id(t.id),
        code: t.code,
        title: t.title,
        organisations: organisations.filter((o) => o.trainingId === t.id).map((o) => ({ id: id(o.id), name: o.name })),
        sessions: {
          nodes: sessions
            .filter((s) => s.trainingId === t.id)
            .map((s) => ({
              id: id(s.id),
              title: s.title,
              startDate: iso(s.startDate),
              endDate: iso(s.endDate),
              maxUsers: s.maxUsers,
              learnerCount: s.learnerCount,
            })),
        },
      })),
    },
  };
}

/** The session page as an administrator (everything in scope). */
async function sessionPage(sessionId: number, actor: Actor) {
  if (!actor.isAdmin) throw new Error('the baseline session page is for administrators');
  const [[session], organisations, events, [eventCount], learners, [learnerCount]] = await Promise.all([
    rows(
      `SELECT s.id, s.title, s.startDate, s.endDate, s.maxUsers, s.learnerCount, s.pendingCount,
         t.id AS trainingId, t.code, t.title AS trainingTitle
       FROM session s JOIN training t ON t.id = s.trainingId WHERE s.id = ?`,
      [sessionId],
    ),
    rows(
      `SELECT g.id, g.name FROM training_organisation o JOIN organisation g ON g.id = o.organisationId
       WHERE o.trainingId = (SELECT trainingId FROM session WHERE id = ?) ORDER BY o.organisationId`,
      [sessionId],
    ),
    rows(
      `SELECT e.id, e.name, e.startAt, e.endAt, l.id AS locationId, l.name AS locationName, l.timeZone,
         (SELECT COUNT(*) FROM inscription i WHERE i.eventId = e.id AND i.role = 'LEARNER') AS learners
       FROM event e LEFT JOIN location l ON l.id = e.locationId WHERE e.sessionId = ? ORDER BY e.startAt, e.id LIMIT 20`,
      [sessionId],
    ),
    rows('SELECT COUNT(*) AS n FROM event WHERE sessionId = ?', [sessionId]),
    rows(
      `SELECT u.id, u.firstName, u.lastName, u.email FROM inscription i JOIN user u ON u.id = i.userId
       WHERE i.sessionId = ? AND i.eventId IS NULL AND i.role = 'LEARNER' AND i.state = 'CONFIRMED' ORDER BY i.id LIMIT 50`,
      [sessionId],
    ),
    rows(
      `SELECT COUNT(*) AS n FROM inscription WHERE sessionId = ? AND eventId IS NULL AND role = 'LEARNER' AND state = 'CONFIRMED'`,
      [sessionId],
    ),
  ]);
  if (!session) return null;
  const now = Date.now();
  return {
    session: {
      id: id(session.id),
      title: session.title,
      startDate: iso(session.startDate),
      endDate: iso(session.endDate),
      maxUsers: session.maxUsers,
      learnerCount: session.learnerCount,
      pendingCount: session.pendingCount,
      status: status(session.startDate, session.endDate, now),
      training: { id: id(session.trainingId), code: session.code, title: session.trainingTitle },
      organisations: organisations.map((o) => ({ id: id(o.id), name: o.name })),
      events: {
        totalCount: Number(eventCount.n),
        nodes: events.map((e) => ({
          id: id(e.id),
          name: e.name,
          startAt: iso(e.startAt),
          endAt: iso(e.endAt),
          timeZone: e.timeZone ?? defaultTimeZone(),
          location: e.locationId === null ? null : { id: id(e.locationId), name: e.locationName, timeZone: e.timeZone },
          inscriptions: { totalCount: Number(e.learners) },
        })),
      },
      learners: {
        totalCount: Number(learnerCount.n),
        nodes: learners.map((u) => ({ id: id(u.id), firstName: u.firstName, lastName: u.lastName, email: u.email })),
      },
    },
  };
}

/** The staff sessions table (domain/staff-sessions.ts): upcoming sessions the actor manages or teaches, by start. */
async function sessionsTable(actor: Actor) {
  const params: unknown[] = [];
  const staff = actor.isAdmin
    ? '1 = 1'
    : `(s.id IN (SELECT i.sessionId FROM inscription i WHERE i.userId = ? AND i.eventId IS NULL AND i.role = 'TRAINER' AND i.state = 'CONFIRMED')` +
      (actor.managed.length ? ' OR s.trainingId IN (SELECT o.trainingId FROM training_organisation o WHERE o.organisationId IN (?)))' : ')');
  if (!actor.isAdmin) params.push(actor.userId, ...(actor.managed.length ? [actor.managed] : []));
  const now = new Date();
  const where = `WHERE ${staff} AND s.startDate > ? AND s.endDate > ?`;
  const [[count], sessions] = await Promise.all([
    rows(`SELECT COUNT(*) AS n FROM session s ${where}`, [...params, now, now]),
    rows(
      `SELECT s.id, s.title, s.startDate, s.endDate, s.maxUsers, s.learnerCount, s.pendingCount, t.id AS trainingId, t.title AS trainingTitle
       FROM session s JOIN training t ON t.id = s.trainingId ${where} ORDER BY s.startDate, s.id LIMIT 20`,
      [...params, now, now],
    ),
  ]);
  return {
    sessions: {
      totalCount: Number(count.n),
      nodes: sessions.map((s) => ({
        id: id(s.id),
        title: s.title,
        startDate: iso(s.startDate),
        endDate: iso(s.endDate),
        status: status(s.startDate, s.endDate, now.getTime()),
        maxUsers: s.maxUsers,
        learnerCount: s.learnerCount,
        pendingCount: s.pendingCount,
        training: { id: id(s.trainingId), title: s.trainingTitle },
      })),
    },
  };
}

/** A learner's open events they are confirmed in (domain/events.ts myEventsCondition), soonest first. */
async function agenda(actor: Actor) {
  const now = new Date();
  const where = `WHERE e.endAt > ? AND e.id IN (SELECT mi.eventId FROM inscription mi WHERE mi.userId = ? AND mi.state = 'CONFIRMED')`;
  const [[count], events] = await Promise.all([
    rows(`SELECT COUNT(*) AS n FROM event e ${where}`, [now, actor.userId]),
    rows(
      `SELECT e.id, e.name, e.startAt, e.endAt, l.id AS locationId, l.name AS locationName, l.timeZone, s.id AS sessionId, s.title AS sessionTitle
       FROM event e JOIN session s ON s.id = e.sessionId LEFT JOIN location l ON l.id = e.locationId
       ${where} ORDER BY e.startAt, e.id LIMIT 20`,
      [now, actor.userId],
    ),
  ]);
  return {
    events: {
      totalCount: Number(count.n),
      nodes: events.map((e) => ({
        id: id(e.id),
        name: e.name,
        startAt: iso(e.startAt),
        endAt: iso(e.endAt),
        timeZone: e.timeZone ?? defaultTimeZone(),
        location: e.locationId === null ? null : { id: id(e.locationId), name: e.locationName },
        session: { id: id(e.sessionId), title: e.sessionTitle },
      })),
    },
  };
}

const TYPENAME = JSON.stringify({ data: { __typename: 'Query' } });

async function answer(request: http.IncomingMessage): Promise<[number, string]> {
  const path = request.url ?? '/';
  if (path === '/typename') return [200, TYPENAME];
  if (path === '/catalogue') return [200, JSON.stringify({ data: await catalogue() })];
  const actor = await actorOf(request);
  if (!actor) return [401, JSON.stringify({ errors: [{ message: 'no active API token' }] })];
  const session = path.match(/^\/session\/(\d+)$/);
  if (session) {
    const data = await sessionPage(Number(session[1]), actor);
    return data ? [200, JSON.stringify({ data })] : [404, '{}'];
  }
  if (path === '/sessions-table') return [200, JSON.stringify({ data: await sessionsTable(actor) })];
  if (path === '/agenda') return [200, JSON.stringify({ data: await agenda(actor) })];
  return [404, '{}'];
}

const server = http.createServer((request, response) => {
  answer(request).then(
    ([status, body]) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(body);
    },
    (error) => {
      response.writeHead(500, { 'content-type': 'text/plain' });
      response.end(String(error));
    },
  );
});
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT ?? 3291), '127.0.0.1', () => console.log(`baseline listening on ${process.env.PORT}`));
