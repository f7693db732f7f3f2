// The write scenarios of `npm run bench`, through the API as the administrator: registering under load, the
// 200-on-20-seats race, and repeating an event 52 times for a session of 30 learners. Each leaves the data
// set as it found it (its inscriptions and sessions are deleted, the seat counters recounted).
import { performance } from 'node:perf_hooks';
import { DateTime } from 'luxon';
import { recountSessionsSql } from '../large-data';
import { load, spread } from './http-load';
import { Connection, statementsPerRequest } from './mariadb';
import { ADD_INSCRIPTION, call, CREATE_EVENT, CREATE_SESSION, graphqlBody, REPEAT_EVENT, signInAttempt } from './operations';
import { percentile, RunFigures } from './stats';

export interface WriteContext {
  db: Connection;
  /** The app's processes (--processes): loads are spread over them, the race alternates between them. */
  baseUrls: string[];
  admin: Record<string, string>;
  pids: number[];
  connections: number;
  seconds: number;
  overhead: number;
}

const register = (sessionId: number, userId: number) => ({ input: { sessionId: String(sessionId), userId: String(userId), role: 'LEARNER' } });

/** Learners (not demo accounts, not trainers) not registered to the session, lowest ids first. */
async function freeLearners(db: Connection, sessionId: number, limit: number): Promise<number[]> {
  const [rows] = (await db.query(
    `SELECT u.id FROM user u WHERE u.email LIKE 'learner.%' AND u.id NOT IN (SELECT userId FROM inscription WHERE sessionId = ?)
     ORDER BY u.id LIMIT ?`,
    [sessionId, limit],
  )) as any;
  return rows.map((r: { id: number }) => r.id);
}

async function maxInscriptionId(db: Connection): Promise<number> {
  const [[row]] = (await db.query('SELECT COALESCE(MAX(id), 0) AS id FROM inscription')) as any;
  return Number(row.id);
}

/**
 * Removes what a write scenario added to existing sessions, once the server is done: requests in flight when
 * the load stopped still complete, so it waits until the session's rows stop changing.
 */
async function undoInscriptions(db: Connection, afterId: number, sessionIds: number[]) {
  const count = async () => {
    const [[row]] = (await db.query('SELECT COUNT(*) AS n FROM inscription WHERE id > ? AND sessionId IN (?)', [afterId, sessionIds])) as any;
    return Number(row.n);
  };
  for (let last = -1, now = await count(), tries = 0; now !== last && tries < 60; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    [last, now] = [now, await count()];
  }
  await db.query('DELETE FROM inscription WHERE id > ? AND sessionId IN (?)', [afterId, sessionIds]);
  await db.query(recountSessionsSql(sessionIds));
}

/**
 * Registering under load: an upcoming automatic session without capacity or validation, a new learner per
 * request (addInscription by the administrator), who then joins the session's events (R3).
 */
export async function registering(w: WriteContext, run: number): Promise<{ figures: RunFigures; statements: number; events: number }> {
  const [candidates] = (await w.db.query(
    `SELECT s.id, (SELECT COUNT(*) FROM event e WHERE e.sessionId = s.id) AS events FROM session s
     WHERE s.startDate > NOW() + INTERVAL 7 DAY AND s.maxUsers IS NULL AND NOT s.registrationValidation AND s.eventInscriptionMode = 'AUTOMATIC'
     ORDER BY s.id LIMIT ?`,
    [run + 1],
  )) as any;
  const session = candidates[run] ?? candidates[candidates.length - 1];
  if (!session) throw new Error('no upcoming automatic session without capacity to register to');
  const before = await maxInscriptionId(w.db);
  try {
    const users = await freeLearners(w.db, session.id, 100_000);
    // Counted over short passes (5 × 4 calls): the server-wide counter also hears other clients meanwhile.
    const counted = users.splice(0, 20);
    let next = 0;
    const statements = await statementsPerRequest(
      w.db,
      w.overhead,
      () => call(w.baseUrls[0], ADD_INSCRIPTION, register(session.id, counted[next++]), w.admin),
      4,
      5,
    );
    let i = 0;
    const figures = await load(
      spread(
        {
          url: `${w.baseUrls[0]}/api/graphql`,
          method: 'POST',
          headers: { 'content-type': 'application/json', ...w.admin },
          nextBody: () => (i < users.length ? graphqlBody(ADD_INSCRIPTION, register(session.id, users[i++])) : null),
        },
        w.baseUrls,
      ),
      { connections: w.connections, seconds: w.seconds, pids: w.pids },
    );
    return { figures, statements, events: Number(session.events) };
  } finally {
    await undoInscriptions(w.db, before, [session.id]);
  }
}

/** A session of the administrator's making on the first training, deleted (with its rows) by `drop`. */
async function benchSession(w: WriteContext, input: Record<string, unknown>) {
  const created = await call(w.baseUrls[0], CREATE_SESSION, { input: { trainingId: '1', title: 'Bench session', ...input } }, w.admin);
  const id = Number(created.createSession.id);
  return { id, drop: () => w.db.query('DELETE FROM session WHERE id = ?', [id]) };
}

/** 200 concurrent registrations on 20 seats: exactly 20 confirmed (R6), and how long the answers took. */
export async function race(w: WriteContext, seats = 20, requests = 200) {
  const start = DateTime.utc().plus({ months: 2 }).startOf('day');
  const session = await benchSession(w, {
    maxUsers: seats,
    publicRegistration: false,
    registrationValidation: false,
    eventInscriptionMode: 'MANUAL',
    startDate: start.toISO(),
    endDate: start.plus({ days: 1 }).toISO(),
  });
  try {
    const users = await freeLearners(w.db, session.id, requests);
    const latencies: number[] = [];
    let errors = 0;
    await Promise.all(
      users.map(async (userId, n) => {
        const started = performance.now();
        try {
          await call(w.baseUrls[n % w.baseUrls.length], ADD_INSCRIPTION, register(session.id, userId), w.admin);
        } catch {
          errors += 1;
        }
        latencies.push(performance.now() - started);
      }),
    );
    const [states] = (await w.db.query(
      'SELECT state, COUNT(*) AS n FROM inscription WHERE sessionId = ? AND eventId IS NULL GROUP BY state',
      [session.id],
    )) as any;
    const byState = Object.fromEntries(states.map((s: { state: string; n: number }) => [s.state, Number(s.n)]));
    return {
      requests: users.length,
      errors,
      confirmed: byState.CONFIRMED ?? 0,
      waitlisted: byState.WAITLISTED ?? 0,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      max: Math.max(...latencies),
    };
  } finally {
    await session.drop();
  }
}

/** repeatEvent: 52 weekly copies of an automatic event of a session of 30 confirmed learners (R3, R5). */
export async function repeat(w: WriteContext, learners = 30, weeks = 52) {
  // A Monday 09:00 in Paris a few weeks ahead, so every copy is open and gets the learners.
  const monday = DateTime.now().setZone('Europe/Paris').plus({ weeks: 3 }).startOf('week').set({ hour: 9 });
  const session = await benchSession(w, {
    maxUsers: null,
    publicRegistration: false,
    registrationValidation: false,
    eventInscriptionMode: 'AUTOMATIC',
    startDate: monday.minus({ days: 1 }).toUTC().toISO(),
    endDate: monday.plus({ weeks: weeks + 1 }).toUTC().toISO(),
  });
  try {
    for (const userId of await freeLearners(w.db, session.id, learners))
      await call(w.baseUrls[0], ADD_INSCRIPTION, register(session.id, userId), w.admin);
    const created = await call(
      w.baseUrls[0],
      CREATE_EVENT,
      {
        input: {
          sessionId: String(session.id),
          name: 'Bench event',
          startAt: monday.toUTC().toISO(),
          endAt: monday.plus({ hours: 2 }).toUTC().toISO(),
          locationId: '1',
          inscriptionMode: 'AUTOMATIC',
        },
      },
      w.admin,
    );
    let copies = 0;
    let ms = 0;
    const statements = await statementsPerRequest(
      w.db,
      w.overhead,
      async () => {
        const started = performance.now();
        copies = (await call(w.baseUrls[0], REPEAT_EVENT, { id: created.createEvent.id, weeks }, w.admin)).repeatEvent.length;
        ms = performance.now() - started;
      },
      1,
      1,
    );
    const [[registered]] = (await w.db.query(
      "SELECT COUNT(*) AS n FROM inscription i JOIN event e ON e.id = i.eventId WHERE e.sessionId = ? AND i.role = 'LEARNER'",
      [session.id],
    )) as any;
    return { ms, copies, statements, registered: Number(registered.n) };
  } finally {
    await session.drop();
  }
}

/**
 * Sign-in throttling across processes (#6 §4, #11 §4): wrong passwords for one learner, sent in turn to each app
 * process; the counts live in the database, so the attempts past the per-e-mail limit are refused wherever
 * they land. Its login_attempt rows are deleted afterwards.
 */
export async function throttle(w: WriteContext, attempts = 8) {
  const [[learner]] = (await w.db.query("SELECT email FROM user WHERE email LIKE 'learner.%' ORDER BY id DESC LIMIT 1")) as any;
  const [[last]] = (await w.db.query('SELECT COALESCE(MAX(id), 0) AS id FROM login_attempt')) as any;
  try {
    const outcomes: string[] = [];
    for (let n = 0; n < attempts; n++) {
      const { session, url } = await signInAttempt(w.baseUrls[n % w.baseUrls.length], learner.email, 'not-the-password');
      outcomes.push(session ? 'signed in' : decodeURIComponent(url).includes('THROTTLED') ? 'throttled' : 'refused');
    }
    return { email: learner.email as string, outcomes };
  } finally {
    await w.db.query('DELETE FROM login_attempt WHERE id > ?', [Number(last.id)]);
  }
}
