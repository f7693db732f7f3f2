import { In, IsNull } from 'typeorm';
import { endedCondition } from './status';
import { Event, Inscription, InscriptionMode, InscriptionRole, InscriptionState, Session } from '../entities';
import { DomainContext } from './context';

/** A session (eventId null) or one of its events: what an inscription is for. */
export interface Target {
  sessionId: number;
  eventId: number | null;
  maxUsers: number | null;
}

export const sessionTarget = (session: Session): Target => ({
  sessionId: session.id,
  eventId: null,
  maxUsers: session.maxUsers,
});

export const eventTarget = (event: Event): Target => ({
  sessionId: event.sessionId,
  eventId: event.id,
  maxUsers: event.maxUsers,
});

const learnersIn = (target: Target, state: InscriptionState) => ({
  sessionId: target.sessionId,
  eventId: target.eventId ?? IsNull(),
  role: InscriptionRole.LEARNER,
  state,
});

/** R6: the one waiting-list order, first come first served (registration time, then id as tie-breaker). */
const WAITING_ORDER = { createdAt: 'ASC', id: 'ASC' } as const;

/**
 * Serialises seat-taking on one session or event (R6): on MySQL/MariaDB the target row is locked until the
 * transaction ends; on SQLite write transactions are already serialised (transaction.ts).
 */
export async function lockTarget(ctx: DomainContext, target: Target): Promise<void> {
  if (ctx.manager.connection.options.type === 'better-sqlite3') return;
  if (target.eventId) {
    // Session row first, like a session registration that then joins the automatic events, else the two
    // deadlock (the event inscription's foreign-key check also waits on the session row). A shared lock
    // keeps registrations to different events of one session concurrent. Written out because TypeORM's
    // pessimistic_read says FOR SHARE, which MariaDB does not accept.
    const [sql, parameters] = ctx.manager
      .createQueryBuilder(Session, 's')
      .select('s.id')
      .where('s.id = :id', { id: target.sessionId })
      .getQueryAndParameters();
    await ctx.manager.query(`${sql} LOCK IN SHARE MODE`, parameters);
  }
  const [entity, id] = target.eventId ? [Event, target.eventId] : [Session, target.sessionId];
  await ctx.manager.createQueryBuilder(entity, 'x').setLock('pessimistic_write').where('x.id = :id', { id }).getOne();
}

/** How many more learners may be confirmed (Infinity without a capacity). */
async function freeSeats(ctx: DomainContext, target: Target): Promise<number> {
  if (target.maxUsers === null) return Infinity;
  const taken = await ctx.manager.countBy(Inscription, learnersIn(target, InscriptionState.CONFIRMED));
  return Math.max(0, target.maxUsers - taken);
}

/**
 * Registers learners on a target in order: confirmed while seats remain, then waitlisted (R6).
 * The caller holds the target's lock.
 */
export async function seatLearners(ctx: DomainContext, target: Target, userIds: number[]): Promise<Inscription[]> {
  let free = await freeSeats(ctx, target);
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
  return rows.length ? ctx.manager.save(rows) : [];
}

/** Promotes waiting learners, first come first served, while seats are free (R6). Returns the promoted. */
export async function promoteWaitlisted(ctx: DomainContext, target: Target): Promise<Inscription[]> {
  const free = await freeSeats(ctx, target);
  if (free === 0) return [];
  const waiting = await ctx.manager.find(Inscription, {
    where: learnersIn(target, InscriptionState.WAITLISTED),
    order: WAITING_ORDER,
    take: free === Infinity ? undefined : free,
  });
  for (const inscription of waiting) inscription.state = InscriptionState.CONFIRMED;
  const promoted = waiting.length ? await ctx.manager.save(waiting) : [];
  if (target.eventId === null) {
    for (const inscription of promoted) await joinAutomaticEvents(ctx, target.sessionId, inscription.userId);
  }
  return promoted;
}

/** R3: every confirmed learner of the session not yet registered joins an automatic event. */
export async function registerSessionLearners(ctx: DomainContext, event: Event): Promise<void> {
  if (event.inscriptionMode !== InscriptionMode.AUTOMATIC) return;
  const target = eventTarget(event);
  await lockTarget(ctx, target);
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

/** R3: a newly confirmed session learner joins every automatic event of the session that has not ended. */
export async function joinAutomaticEvents(ctx: DomainContext, sessionId: number, userId: number): Promise<void> {
  const open = endedCondition('e.endAt', false, ctx.clock.now());
  const events = await ctx.manager
    .createQueryBuilder(Event, 'e')
    .where('e.sessionId = :sessionId AND e.inscriptionMode = :mode', { sessionId, mode: InscriptionMode.AUTOMATIC })
    .andWhere(open.sql, open.parameters)
    .andWhere(
      'e.id NOT IN (SELECT i.eventId FROM inscription i WHERE i.userId = :userId AND i.role = :role AND i.eventId IS NOT NULL)',
      { userId, role: InscriptionRole.LEARNER },
    )
    .orderBy('e.startAt', 'ASC')
    .getMany();
  for (const event of events) {
    const target = eventTarget(event);
    await lockTarget(ctx, target);
    await seatLearners(ctx, target, [userId]);
  }
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
  await ctx.manager.delete(Inscription, leaving.map((i) => i.id));
  if (role !== InscriptionRole.LEARNER) return;
  for (const inscription of leaving) {
    if (inscription.state === InscriptionState.CONFIRMED) await promoteWaitlisted(ctx, eventTarget(inscription.event!));
  }
}

/** R6: raising a capacity (or removing it) gives the freed seats to the waiting list. */
export async function afterCapacityChange(ctx: DomainContext, target: Target): Promise<void> {
  await lockTarget(ctx, target);
  await promoteWaitlisted(ctx, target);
}

/**
 * R6: places on the waiting list (1 = next), in the order promotions follow, for many inscriptions at once
 * (the `position` field, batched): the rank among the waitlisted of the same session or event; null for an
 * inscription that is not waiting.
 */
export async function waitlistPositions(ctx: DomainContext, inscriptionIds: readonly number[]): Promise<(number | null)[]> {
  const asked = await ctx.manager.findBy(Inscription, { id: In([...inscriptionIds]) });
  const waiting = asked.filter((i) => i.state === InscriptionState.WAITLISTED);
  const sessionIds = [...new Set(waiting.map((i) => i.sessionId))];
  const lines = sessionIds.length
    ? await ctx.manager.find(Inscription, {
        where: { sessionId: In(sessionIds), state: InscriptionState.WAITLISTED },
        order: WAITING_ORDER,
      })
    : [];
  const position = new Map<number, number>();
  const counters = new Map<string, number>();
  for (const i of lines) {
    const key = `${i.sessionId}:${i.eventId ?? ''}:${i.role}`;
    const next = (counters.get(key) ?? 0) + 1;
    counters.set(key, next);
    position.set(i.id, next);
  }
  return inscriptionIds.map((id) => position.get(id) ?? null);
}
