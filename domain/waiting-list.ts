import { In, IsNull } from 'typeorm';
import { Inscription, InscriptionRole, InscriptionState, WaitingPlace } from '../entities';
import { userIdOf } from './actor';
import { DomainContext } from './context';
import { Page, PageArgs, paginate } from './pagination';

/** A session (eventId null) or one of its events: a waiting line of its own. */
export interface Line {
  sessionId: number;
  eventId: number | null;
}

const placesOf = (line: Line) => ({ sessionId: line.sessionId, eventKey: line.eventId ?? 0 });

/**
 * R6, #9 §4: brings the stored places of a line in step with its WAITLISTED learners, and returns the line in
 * order (inscription ids, first = next to be promoted). Places of inscriptions that left the line (promoted,
 * unregistered, deleted with their user) go and the rest close ranks; newcomers join in registration order,
 * first come first served. So positions are 1…N with no gap, whatever path changed the inscriptions. Called under the
 * line's lock (seats.ts lockTarget) by every path that changes who waits.
 */
export async function syncWaitingLine(ctx: DomainContext, line: Line): Promise<number[]> {
  const [waiting, places] = await Promise.all([
    ctx.manager.find(Inscription, {
      where: {
        sessionId: line.sessionId,
        eventId: line.eventId ?? IsNull(),
        role: InscriptionRole.LEARNER,
        state: InscriptionState.WAITLISTED,
      },
      select: { id: true, createdAt: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    }),
    ctx.manager.find(WaitingPlace, { where: placesOf(line), order: { position: 'ASC' } }),
  ]);
  const waitingIds = new Set(waiting.map((i) => i.id));
  const placed = new Set(places.map((p) => p.inscriptionId));
  const gone = places.filter((p) => !waitingIds.has(p.inscriptionId)).map((p) => p.inscriptionId);
  if (gone.length) await ctx.manager.delete(WaitingPlace, { inscriptionId: In(gone) });
  const kept = places.filter((p) => waitingIds.has(p.inscriptionId));
  const order = kept.map((p) => p.inscriptionId);
  // A newcomer takes its registration-time place: ahead of the first in line who registered after it. That is
  // the end for a new registration, and an earlier place for an accepted PENDING one (R7).
  const rank = new Map(waiting.map((i, index) => [i.id, index]));
  for (const newcomer of waiting.filter((i) => !placed.has(i.id))) {
    const before = order.findIndex((id) => rank.get(id)! > rank.get(newcomer.id)!);
    order.splice(before === -1 ? order.length : before, 0, newcomer.id);
  }
  await writeLine(ctx, line, order, new Map(kept.map((p) => [p.inscriptionId, p.position])));
  return order;
}

/**
 * Stores `order` as positions 1…N. `current` holds the places already stored (inscription id → position); the
 * others are inserted. Moved places go through negative positions first, so that no statement ever puts two
 * learners on one place under the unique index, whatever order the database updates rows in.
 */
export async function writeLine(ctx: DomainContext, line: Line, order: number[], current: Map<number, number>) {
  const moved = order.flatMap((id, index) => (current.has(id) && current.get(id) !== index + 1 ? [[id, index + 1]] : []));
  if (moved.length) {
    const cases = moved.map(([id, position]) => `WHEN ${id} THEN ${-position}`).join(' ');
    await ctx.manager
      .createQueryBuilder()
      .update(WaitingPlace)
      .set({ position: () => `CASE inscriptionId ${cases} END` })
      .where({ inscriptionId: In(moved.map(([id]) => id)) })
      .execute();
    await ctx.manager
      .createQueryBuilder()
      .update(WaitingPlace)
      .set({ position: () => '-position' })
      .where('sessionId = :sessionId AND eventKey = :eventKey AND position < 0', placesOf(line))
      .execute();
  }
  const added = order.flatMap((id, index) => (current.has(id) ? [] : [{ inscriptionId: id, ...placesOf(line), position: index + 1 }]));
  if (added.length) await ctx.manager.insert(WaitingPlace, added);
}

/**
 * R6: a new registration waits at the end of its line, `position` being the line's length plus one. Only for a
 * line in step with its WAITLISTED learners (every path that changes who waits syncs it, syncWaitingLine), under
 * the line's lock: #11, one INSERT instead of reading the line and its places again.
 */
export async function joinLineEnd(ctx: DomainContext, line: Line, inscriptionId: number, position: number): Promise<void> {
  await ctx.manager.createQueryBuilder().insert().into(WaitingPlace).values({ inscriptionId, ...placesOf(line), position }).updateEntity(false).execute();
}

/** The stored places of a line, in order (for a line already in step: syncWaitingLine). */
export async function waitingPlaces(ctx: DomainContext, line: Line): Promise<WaitingPlace[]> {
  return ctx.manager.find(WaitingPlace, { where: placesOf(line), order: { position: 'ASC' } });
}

/** R6: waiting-list positions (1 = next) of many inscriptions at once; null for one that is not waiting. */
export async function waitlistPositions(ctx: DomainContext, inscriptionIds: readonly number[]): Promise<(number | null)[]> {
  const places = await ctx.manager.findBy(WaitingPlace, { inscriptionId: In([...inscriptionIds]) });
  const position = new Map(places.map((p) => [p.inscriptionId, p.position]));
  return inscriptionIds.map((id) => position.get(id) ?? null);
}

/**
 * A page of a line, in line order (R6), as inscriptions. Staff of the session see the whole line (`isStaff`);
 * anyone else only their own place, like the registrations (registrants.ts).
 */
export async function waitingListPage(ctx: DomainContext, line: Line, isStaff: boolean, args: PageArgs): Promise<Page<Inscription>> {
  const qb = ctx.manager.createQueryBuilder(WaitingPlace, 'w').where('w.sessionId = :sessionId AND w.eventKey = :eventKey', placesOf(line));
  if (!isStaff)
    qb.andWhere('w.inscriptionId IN (SELECT own.id FROM inscription own WHERE own.userId = :viewer)', { viewer: userIdOf(ctx.actor) ?? -1 });
  const page = await paginate(qb, { column: 'position', direction: 'ASC' }, args, { ...placesOf(line), isStaff });
  const inscriptions = page.nodes.length ? await ctx.manager.findBy(Inscription, { id: In(page.nodes.map((p) => p.inscriptionId)) }) : [];
  const byId = new Map(inscriptions.map((i) => [i.id, i]));
  return { ...page, nodes: page.nodes.flatMap((p) => byId.get(p.inscriptionId) ?? []) };
}

/** How many wait in many lines at once (keys `sessionId:eventId`, eventId empty for a session's own line). */
export async function lineLengths(ctx: DomainContext, lines: readonly Line[]): Promise<number[]> {
  const sessionIds = [...new Set(lines.map((l) => l.sessionId))];
  const rows = await ctx.manager
    .createQueryBuilder(WaitingPlace, 'w')
    .select(['w.sessionId AS sessionId', 'w.eventKey AS eventKey', 'COUNT(*) AS waiting'])
    .where('w.sessionId IN (:...sessionIds)', { sessionIds })
    .groupBy('w.sessionId')
    .addGroupBy('w.eventKey')
    .getRawMany<{ sessionId: number; eventKey: number; waiting: number | string }>();
  const counts = new Map(rows.map((r) => [`${Number(r.sessionId)}:${Number(r.eventKey)}`, Number(r.waiting)]));
  return lines.map((l) => counts.get(`${l.sessionId}:${l.eventId ?? 0}`) ?? 0);
}
