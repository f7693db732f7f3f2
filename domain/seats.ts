import { In, IsNull, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { endedCondition } from './status';
import { DateTime } from 'luxon';
import { Event, Inscription, InscriptionMode, InscriptionRole, InscriptionState, NotificationKind, Session } from '../entities';
import { DomainContext } from './context';
import { notFound } from './errors';
import { inscriptionsLeaving, recordCalendarCancellations } from './calendar';
import { notify } from './notifications';
import { syncWaitingLine } from './waiting-list';

/** A session (eventId null) or one of its events: what an inscription is for. */
export interface Target {
  sessionId: number;
  eventId: number | null;
}

/**
 * A target whose row this transaction holds locked, with the capacity read from that locked row (#6 §8): a
 * capacity read earlier may have been changed meanwhile by a concurrent updateSession or updateEvent. Seats are
 * counted only against a LockedTarget.
 */
export interface LockedTarget extends Target {
  readonly maxUsers: number | null;
  /**
   * #9 §4: from this instant freed seats are no longer given to the waiting list automatically (staff promote
   * by hand): the session's cut-off, in hours before the start of the session or of the event. Null: no cut-off.
   */
  readonly promotionCutoff: Date | null;
}

export const sessionTarget = (session: Pick<Session, 'id'>): Target => ({ sessionId: session.id, eventId: null });

export const eventTarget = (event: Pick<Event, 'id' | 'sessionId'>): Target => ({ sessionId: event.sessionId, eventId: event.id });

const learnersIn = (target: Target, state: InscriptionState) => ({
  sessionId: target.sessionId,
  eventId: target.eventId ?? IsNull(),
  role: InscriptionRole.LEARNER,
  state,
});

/**
 * Holds the session row in share mode until the transaction ends (MySQL/MariaDB; SQLite serialises writes,
 * transaction.ts): its learners cannot change meanwhile, while registrations to different events of the
 * session stay concurrent. Written out because TypeORM's pessimistic_read says FOR SHARE, which MariaDB does
 * not accept. Returns the session's promotion cut-off (#9 §4), read by the same locking read (#11: one statement
 * instead of two; a locking read returns the latest committed row).
 */
async function shareSessionLock(ctx: DomainContext, sessionId: number): Promise<number | null> {
  const query = ctx.manager.createQueryBuilder(Session, 's').select(['s.id', 's.promotionCutoffHours']).where('s.id = :id', { id: sessionId });
  if (ctx.manager.connection.options.type === 'better-sqlite3') return (await query.getOne())?.promotionCutoffHours ?? null;
  const [sql, parameters] = query.getQueryAndParameters();
  const [row] = (await ctx.manager.query(`${sql} LOCK IN SHARE MODE`, parameters)) as { s_promotionCutoffHours: number | null }[];
  return row?.s_promotionCutoffHours ?? null;
}

/**
 * Serialises seat-taking on one session or event (R6) and reads its capacity: on MySQL/MariaDB the target row
 * is locked until the transaction ends, and a locking read returns the latest committed row; on SQLite write
 * transactions are already serialised (transaction.ts), so a plain read is as current. `addColumns` adds what
 * the caller reads in the same statement (lockForRegistration); its raw values are returned beside.
 */
async function lockRow(
  ctx: DomainContext,
  target: Target,
  addColumns: (query: SelectQueryBuilder<ObjectLiteral>) => void = () => undefined,
): Promise<{ locked: LockedTarget; values: Record<string, unknown> }> {
  const serialised = ctx.manager.connection.options.type === 'better-sqlite3';
  // Session row first, like a session registration that then joins the automatic events, else the two
  // deadlock (the event inscription's foreign-key check also waits on the session row).
  const sessionCutoff = target.eventId ? await shareSessionLock(ctx, target.sessionId) : null;
  const [entity, id, what, start] = target.eventId
    ? [Event, target.eventId, 'Event', 'startAt']
    : [Session, target.sessionId, 'Session', 'startDate'];
  const query = ctx.manager
    .createQueryBuilder(entity, 'x')
    .select(['x.id', 'x.maxUsers', `x.${start}`, ...(target.eventId ? [] : ['x.promotionCutoffHours'])])
    .where('x.id = :id', { id }) as SelectQueryBuilder<ObjectLiteral>;
  addColumns(query);
  const {
    entities: [found],
    raw: [values],
  } = await (serialised ? query : query.setLock('pessimistic_write')).getRawAndEntities();
  const row = found as
    | (Pick<Event, 'maxUsers'> & Partial<Pick<Event, 'startAt'> & Pick<Session, 'startDate' | 'promotionCutoffHours'>>)
    | undefined;
  // Deleted by a transaction that held the lock before us.
  if (!row) throw notFound(what);
  const hours = target.eventId ? sessionCutoff : (row.promotionCutoffHours ?? null);
  const startsAt = (target.eventId ? row.startAt : row.startDate)!;
  const promotionCutoff = hours === null ? null : DateTime.fromJSDate(startsAt).minus({ hours }).toJSDate();
  return { locked: { ...target, maxUsers: row.maxUsers, promotionCutoff }, values };
}

export async function lockTarget(ctx: DomainContext, target: Target): Promise<LockedTarget> {
  return (await lockRow(ctx, target)).locked;
}

/** #9 §4: whether a freed seat still goes to the first waiting learner by itself. */
const promotesAutomatically = (target: LockedTarget, now: Date) =>
  target.promotionCutoff === null || now.getTime() < target.promotionCutoff.getTime();

/** How many more learners may be confirmed (Infinity without a capacity). */
export async function freeSeats(ctx: DomainContext, target: LockedTarget): Promise<number> {
  if (target.maxUsers === null) return Infinity;
  const taken = await ctx.manager.countBy(Inscription, learnersIn(target, InscriptionState.CONFIRMED));
  return Math.max(0, target.maxUsers - taken);
}

/**
 * #7 screen 4: keeps the session's counters (learnerCount, pendingCount) equal to its session-level learner
 * inscriptions, so the sessions table sorts on them with an index. Recounted (two indexed COUNTs of one
 * session) rather than incremented, so no path can make them drift; called in the transaction that changed the
 * inscriptions, which holds the session row's lock for any seat change (lockTarget).
 */
export async function recountSeats(ctx: DomainContext, sessionIds: readonly number[]): Promise<void> {
  const count = (state: InscriptionState) =>
    ctx.manager
      .createQueryBuilder()
      .subQuery()
      .select('COUNT(*)')
      .from(Inscription, 'rc_i')
      .where(`rc_i.sessionId = session.id AND rc_i.eventId IS NULL AND rc_i.role = :rcLearner AND rc_i.state = '${state}'`)
      .getQuery();
  for (const id of new Set(sessionIds)) {
    await ctx.manager
      .createQueryBuilder()
      .update(Session)
      .set({ learnerCount: () => count(InscriptionState.CONFIRMED), pendingCount: () => count(InscriptionState.PENDING) })
      .where('id = :rcSession', { rcSession: id, rcLearner: InscriptionRole.LEARNER })
      .execute();
  }
}

/**
 * Seats a newcomer may take: the free ones not owed to someone already waiting. (Before the promotion cut-off
 * nobody waits while a seat is free; after it, a freed seat is left to staff, and a newcomer never jumps the line.)
 */
export const newcomerSeats = (target: LockedTarget, taken: { confirmed: number; waiting: number }): number =>
  target.maxUsers === null ? Infinity : Math.max(0, Math.max(0, target.maxUsers - taken.confirmed) - taken.waiting);

/** The confirmed and waiting learners of a target, in one statement (#11). */
function learnersTaking(ctx: DomainContext, target: Target) {
  return ctx.manager
    .createQueryBuilder(Inscription, 'lt')
    .select('lt.state', 'state')
    .addSelect('COUNT(*)', 'n')
    .where(`lt.sessionId = :ltSession AND lt.eventId ${target.eventId === null ? 'IS NULL' : '= :ltEvent'} AND lt.role = :ltRole`, {
      ltSession: target.sessionId,
      ltEvent: target.eventId,
      ltRole: InscriptionRole.LEARNER,
    })
    .andWhere('lt.state IN (:...ltStates)', { ltStates: [InscriptionState.CONFIRMED, InscriptionState.WAITLISTED] })
    .groupBy('lt.state');
}

type SeatRow = { state: InscriptionState; n: number | string };

const takenFrom = (rows: SeatRow[]) => {
  const count = (state: InscriptionState) => Number(rows.find((r) => r.state === state)?.n ?? 0);
  return { confirmed: count(InscriptionState.CONFIRMED), waiting: count(InscriptionState.WAITLISTED) };
};

async function seatsForNewcomers(ctx: DomainContext, target: LockedTarget): Promise<number> {
  if (target.maxUsers === null) return Infinity;
  return newcomerSeats(target, takenFrom(await learnersTaking(ctx, target).getRawMany<SeatRow>()));
}

/** What a registration needs to know under its target's lock (enrol), read in one statement (#11). */
export interface Seating {
  confirmed: number;
  waiting: number;
  /** The user's own inscription here with this role, if any (one per user, role and target). */
  own: { id: number; state: InscriptionState } | null;
  /** On an event: whether the user is a confirmed member of its session with this role (R3, R9). */
  member: boolean;
  /** On a session: how many of its automatic events have not ended (R3: a confirmed learner joins them). */
  automaticEvents: number;
  /** Waiting learners registered after now (a clock moved back): a newcomer then waits ahead of them (R6). */
  waitingRegisteredLater: number;
}

/**
 * Locks the target (lockTarget) and reads, in the same statement, everything enrol decides on: the seats taken
 * and the waiting line's length, the user's own inscription, their session membership for an event, the
 * session's open automatic events (#11: one round trip under the lock for the lock and the decision, instead of
 * two). Scalar subqueries correlated with the locked row: InnoDB runs them once the row is read, so after its
 * lock was granted, as consistent reads whose READ COMMITTED snapshot is taken then (transaction.ts); they see
 * what the lock's previous holder committed, and they lock nothing more.
 */
export async function lockForRegistration(
  ctx: DomainContext,
  target: Target,
  userId: number,
  role: InscriptionRole,
): Promise<{ locked: LockedTarget; seating: Seating }> {
  const onTarget = (alias: string) => (target.eventId === null ? `${alias}.sessionId = x.id AND ${alias}.eventId IS NULL` : `${alias}.eventId = x.id`);
  const learner = role === InscriptionRole.LEARNER;
  const open = endedCondition('ae.endAt', false, ctx.clock.now());
  const sub = (entity: typeof Inscription | typeof Event, alias: string, select: string, where: string) =>
    ctx.manager.createQueryBuilder().subQuery().select(select).from(entity, alias).where(where).getQuery();
  const learners = (alias: string, extra = '') =>
    sub(Inscription, alias, 'COUNT(*)', `${onTarget(alias)} AND ${alias}.role = :rsLearner AND ${alias}.state = :rsState${alias}${extra}`);
  const own = (column: string) => sub(Inscription, 'own', `own.${column}`, `own.userId = :rsUser AND own.role = :rsRole AND ${onTarget('own')}`);
  const { locked, values } = await lockRow(ctx, target, (query) => {
    query.addSelect(own('id'), 'ownId').addSelect(own('state'), 'ownState');
    if (learner)
      query
        .addSelect(learners('cf'), 'confirmed')
        .addSelect(learners('wt'), 'waiting')
        // R6: a newcomer waits in registration-time order, so behind the line unless someone waiting registered later.
        .addSelect(learners('lw', ' AND lw.createdAt > :rsNow'), 'later');
    if (target.eventId !== null)
      query.addSelect(
        sub(Inscription, 'm', 'COUNT(*)', 'm.sessionId = x.sessionId AND m.eventId IS NULL AND m.role = :rsRole AND m.state = :rsStatem AND m.userId = :rsUser'),
        'member',
      );
    else if (learner)
      query.addSelect(sub(Event, 'ae', 'COUNT(*)', `ae.sessionId = x.id AND ae.inscriptionMode = :rsAutomatic AND ${open.sql}`), 'automatic').setParameters(open.parameters);
    query.setParameters({
      rsUser: userId,
      rsRole: role,
      rsLearner: InscriptionRole.LEARNER,
      rsStatecf: InscriptionState.CONFIRMED,
      rsStatewt: InscriptionState.WAITLISTED,
      rsStatelw: InscriptionState.WAITLISTED,
      rsStatem: InscriptionState.CONFIRMED,
      rsNow: ctx.clock.now(),
      rsAutomatic: InscriptionMode.AUTOMATIC,
    });
  });
  const counted = (column: string) => Number(values[column] ?? 0);
  return {
    locked,
    seating: {
      confirmed: counted('confirmed'),
      waiting: counted('waiting'),
      own: values.ownId == null ? null : { id: Number(values.ownId), state: values.ownState as InscriptionState },
      member: counted('member') > 0,
      automaticEvents: counted('automatic'),
      waitingRegisteredLater: counted('later'),
    },
  };
}

/** The id a single-row INSERT gave, from the driver's answer (MySQL's insertId, SQLite's last rowid): no re-read. */
const insertedId = (raw: unknown): number =>
  Number(typeof raw === 'object' && raw !== null && 'insertId' in raw ? (raw as { insertId: number }).insertId : raw);

/**
 * Writes one inscription without TypeORM's re-read of the generated columns (eventKey, which nothing here
 * needs): #11, one statement fewer under the lock.
 */
export async function insertInscription(ctx: DomainContext, values: Omit<Inscription, 'id' | 'user' | 'session' | 'event' | 'eventKey'>): Promise<Inscription> {
  const result = await ctx.manager.createQueryBuilder().insert().into(Inscription).values(values).updateEntity(false).execute();
  return ctx.manager.create(Inscription, { ...values, id: insertedId(result.raw) });
}

/** Registers learners on a locked target in order: confirmed while seats remain, then waitlisted (R6). */
export async function seatLearners(ctx: DomainContext, target: LockedTarget, userIds: number[]): Promise<Inscription[]> {
  let free = await seatsForNewcomers(ctx, target);
  const now = ctx.clock.now();
  const rows = userIds.map((userId) =>
    ctx.manager.create(Inscription, {
      userId,
      sessionId: target.sessionId,
      eventId: target.eventId,
      role: InscriptionRole.LEARNER,
      state: free-- > 0 ? InscriptionState.CONFIRMED : InscriptionState.WAITLISTED,
      createdAt: now,
    }),
  );
  if (!rows.length) return [];
  const saved = await ctx.manager.save(rows);
  if (target.eventId === null) await recountSeats(ctx, [target.sessionId]);
  if (saved.some((i) => i.state === InscriptionState.WAITLISTED)) await syncWaitingLine(ctx, target);
  return saved;
}

/**
 * Promotes waiting learners in line order (first come first served, unless staff reordered it) while seats
 * are free (R6), until the promotion cut-off (#9 §4). Also closes the line's ranks after whatever changed it,
 * so every path that frees a seat or takes someone off the line ends here: an unregistration, a raised or
 * removed capacity (#6 §7), a refusal, a deleted user. Returns the promoted.
 */
export async function promoteWaitlisted(ctx: DomainContext, target: LockedTarget): Promise<Inscription[]> {
  const line = await syncWaitingLine(ctx, target);
  if (!line.length || !promotesAutomatically(target, ctx.clock.now())) return [];
  const free = await freeSeats(ctx, target);
  if (free === 0) return [];
  return confirmWaiting(ctx, target, free === Infinity ? line : line.slice(0, free));
}

/**
 * Gives seats to waiting learners of a locked target (the caller checked the seats are free): confirmed, off
 * the line, session learners registered to the automatic events (R3), and each told (#9 §4).
 */
export async function confirmWaiting(ctx: DomainContext, target: LockedTarget, inscriptionIds: number[]): Promise<Inscription[]> {
  if (!inscriptionIds.length) return [];
  const waiting = await ctx.manager.findBy(Inscription, { id: In(inscriptionIds) });
  for (const inscription of waiting) inscription.state = InscriptionState.CONFIRMED;
  const promoted = await ctx.manager.save(waiting);
  await syncWaitingLine(ctx, target);
  if (target.eventId === null) {
    await recountSeats(ctx, [target.sessionId]);
    for (const inscription of promoted) await joinAutomaticEvents(ctx, target.sessionId, inscription.userId);
  }
  await notify(
    ctx,
    promoted.map((i) => ({ userId: i.userId, kind: NotificationKind.PROMOTED, sessionId: i.sessionId, eventId: i.eventId })),
  );
  return promoted;
}

/**
 * R7: an accepted session registration takes a seat like any other (R6): confirmed while one is free, else
 * waitlisted in its registration-time place; a confirmed learner joins the automatic events (R3), as a
 * promotion does. On a locked session target only.
 */
export async function seatAccepted(ctx: DomainContext, target: LockedTarget, inscription: Inscription): Promise<Inscription> {
  inscription.state = (await seatsForNewcomers(ctx, target)) > 0 ? InscriptionState.CONFIRMED : InscriptionState.WAITLISTED;
  const saved = await ctx.manager.save(inscription);
  if (saved.state === InscriptionState.CONFIRMED) await joinAutomaticEvents(ctx, target.sessionId, saved.userId);
  else await syncWaitingLine(ctx, target);
  return saved;
}

/** R3: every confirmed learner of the session not yet registered joins an automatic event. */
export async function registerSessionLearners(ctx: DomainContext, event: Event): Promise<void> {
  if (event.inscriptionMode !== InscriptionMode.AUTOMATIC) return;
  const target = await lockTarget(ctx, eventTarget(event));
  const learners = await ctx.manager
    .createQueryBuilder(Inscription, 'i')
    .select('i.userId', 'userId')
    .where('i.sessionId = :sessionId AND i.eventId IS NULL AND i.role = :role AND i.state = :state', {
      sessionId: event.sessionId,
      role: InscriptionRole.LEARNER,
      state: InscriptionState.CONFIRMED,
    })
    .andWhere(
      'i.userId NOT IN (SELECT e.userId FROM inscription e WHERE e.eventId = :eventId AND e.role = :role)',
      { eventId: event.id },
    )
    .orderBy('i.createdAt', 'ASC')
    .addOrderBy('i.id', 'ASC')
    .getRawMany<{ userId: number }>();
  await seatLearners(ctx, target, learners.map((row) => Number(row.userId)));
}

/**
 * R3 for events just created in this transaction (repeatEvent's copies): every confirmed learner of the session
 * joins each automatic one, in registration order, confirmed while its seats remain, then waitlisted (R6), in
 * one INSERT … SELECT whatever the number of events and learners (#11). New events have no registrant yet and
 * no other transaction sees them, so their own rows need no lock: the session's is shared, so its learners
 * hold still. Inscriptions are dated like the events (their createdAt, this transaction's now).
 */
export async function registerSessionLearnersOnNewEvents(ctx: DomainContext, sessionId: number, events: Event[]): Promise<void> {
  const automatic = events.filter((e) => e.inscriptionMode === InscriptionMode.AUTOMATIC);
  if (!automatic.length) return;
  await shareSessionLock(ctx, sessionId);
  const ranked = ctx.manager
    .createQueryBuilder(Inscription, 'sl')
    .select('sl.userId', 'userId')
    .addSelect('ROW_NUMBER() OVER (ORDER BY sl.createdAt ASC, sl.id ASC)', 'place')
    .where('sl.sessionId = :sessionId AND sl.eventId IS NULL AND sl.role = :role AND sl.state = :confirmed');
  const [select, parameters] = ctx.manager
    .createQueryBuilder()
    .select('l.userId', 'userId')
    .addSelect('e.sessionId', 'sessionId')
    .addSelect('e.id', 'eventId')
    .addSelect(':role', 'role')
    .addSelect('CASE WHEN e.maxUsers IS NULL OR l.place <= e.maxUsers THEN :confirmed ELSE :waitlisted END', 'state')
    .addSelect('e.createdAt', 'createdAt')
    .from(Event, 'e')
    .innerJoin(`(${ranked.getQuery()})`, 'l', '1 = 1')
    .where('e.id IN (:...eventIds)')
    .setParameters({
      sessionId,
      eventIds: automatic.map((e) => e.id),
      role: InscriptionRole.LEARNER,
      confirmed: InscriptionState.CONFIRMED,
      waitlisted: InscriptionState.WAITLISTED,
    })
    .getQueryAndParameters();
  const q = (name: string) => ctx.manager.connection.driver.escape(name);
  // Through a derived table, so the columns come in this order whatever order the query builder writes them in.
  const columns = ['userId', 'sessionId', 'eventId', 'role', 'state', 'createdAt'].map(q).join(', ');
  await ctx.manager.query(`INSERT INTO ${q('inscription')} (${columns}) SELECT ${columns} FROM (${select}) ${q('joining')}`, parameters);
  // Only an event with fewer seats than the session has learners has a waiting line to rank.
  const learners = await ctx.manager.countBy(Inscription, learnersIn(sessionTarget({ id: sessionId }), InscriptionState.CONFIRMED));
  for (const event of automatic)
    if (event.maxUsers !== null && event.maxUsers < learners) await syncWaitingLine(ctx, eventTarget(event));
}

/**
 * R3: a newly confirmed session learner joins every automatic event of the session that has not ended,
 * confirmed where a seat is free for a newcomer (R6), else at the end of its line. #11: set-based, the same few
 * statements whatever the number of events: the events read and locked at once, their seats counted in one
 * grouped COUNT, the inscriptions written in one insert. Called with the session row locked (lockTarget), which
 * already holds off every other seat change on its events; the events' rows are locked too, as lockTarget does.
 */
export async function joinAutomaticEvents(ctx: DomainContext, sessionId: number, userId: number): Promise<void> {
  const open = endedCondition('e.endAt', false, ctx.clock.now());
  const query = ctx.manager
    .createQueryBuilder(Event, 'e')
    .select(['e.id', 'e.sessionId', 'e.maxUsers'])
    .where('e.sessionId = :sessionId AND e.inscriptionMode = :mode', { sessionId, mode: InscriptionMode.AUTOMATIC })
    .andWhere(open.sql, open.parameters)
    .andWhere(
      'e.id NOT IN (SELECT i.eventId FROM inscription i WHERE i.userId = :userId AND i.role = :role AND i.eventId IS NOT NULL)',
      { userId, role: InscriptionRole.LEARNER },
    )
    .orderBy('e.id', 'ASC');
  const serialised = ctx.manager.connection.options.type === 'better-sqlite3';
  const events = await (serialised ? query : query.setLock('pessimistic_write')).getMany();
  if (!events.length) return;
  const limited = events.filter((e) => e.maxUsers !== null).map((e) => e.id);
  const seats = limited.length ? await learnerStates(ctx, limited) : new Map<number, { confirmed: number; waiting: number }>();
  const now = ctx.clock.now();
  const rows = events.map((event) => {
    const taken = seats.get(event.id) ?? { confirmed: 0, waiting: 0 };
    // As seatsForNewcomers: the free seats not owed to someone already waiting.
    const seated = event.maxUsers === null || event.maxUsers - taken.confirmed - taken.waiting > 0;
    return ctx.manager.create(Inscription, {
      userId,
      sessionId,
      eventId: event.id,
      role: InscriptionRole.LEARNER,
      state: seated ? InscriptionState.CONFIRMED : InscriptionState.WAITLISTED,
      createdAt: now,
    });
  });
  // Without the re-read of generated columns (#11): nothing below needs the rows' ids.
  await ctx.manager.createQueryBuilder().insert().into(Inscription).values(rows).updateEntity(false).execute();
  for (const row of rows) if (row.state === InscriptionState.WAITLISTED) await syncWaitingLine(ctx, { sessionId, eventId: row.eventId });
}

/** Confirmed and waiting learners of events, in one grouped statement. */
async function learnerStates(ctx: DomainContext, eventIds: number[]) {
  const counts = await ctx.manager
    .createQueryBuilder(Inscription, 'ls')
    .select('ls.eventId', 'eventId')
    .addSelect('SUM(CASE WHEN ls.state = :confirmed THEN 1 ELSE 0 END)', 'confirmed')
    .addSelect('SUM(CASE WHEN ls.state = :waitlisted THEN 1 ELSE 0 END)', 'waiting')
    .where('ls.eventId IN (:...eventIds) AND ls.role = :role', { eventIds, role: InscriptionRole.LEARNER })
    .setParameters({ confirmed: InscriptionState.CONFIRMED, waitlisted: InscriptionState.WAITLISTED })
    .groupBy('ls.eventId')
    .getRawMany<{ eventId: number; confirmed: number | string; waiting: number | string }>();
  return new Map(counts.map((c) => [Number(c.eventId), { confirmed: Number(c.confirmed), waiting: Number(c.waiting) }]));
}

/**
 * R3: a user who leaves a session (as learner or trainer) leaves its events that have not ended; ended
 * events keep their registrants (attendance history). Freed event seats go to their waiting lists.
 */
export async function leaveOpenEvents(ctx: DomainContext, sessionId: number, userId: number, role: InscriptionRole) {
  const open = endedCondition('e.endAt', false, ctx.clock.now());
  const leaving = await ctx.manager
    .createQueryBuilder(Inscription, 'i')
    .innerJoinAndSelect('i.event', 'e')
    .where('i.sessionId = :sessionId AND i.userId = :userId AND i.role = :role', { sessionId, userId, role })
    .andWhere(open.sql, open.parameters)
    .getMany();
  if (!leaving.length) return;
  await recordCalendarCancellations(ctx, inscriptionsLeaving(leaving.map((i) => i.id)));
  await ctx.manager.delete(Inscription, leaving.map((i) => i.id));
  if (role !== InscriptionRole.LEARNER) return;
  for (const inscription of leaving) {
    // The caller holds the session's lock, so no one else holds this event's: locking it only reads its capacity.
    await promoteWaitlisted(ctx, await lockTarget(ctx, eventTarget(inscription.event!)));
  }
}

/** R6: raising a capacity (or removing it) gives the freed seats to the waiting list. */
export async function afterCapacityChange(ctx: DomainContext, target: Target): Promise<void> {
  await promoteWaitlisted(ctx, await lockTarget(ctx, target));
}
