import { createHash } from 'node:crypto';
import { In } from 'typeorm';
import { Event, InscriptionState, Location, Organisation, Session } from '../entities';
import { Actor } from './actor';
import { DomainContext } from './context';
import { ChildPagesSpec } from './pagination';
import { applyScope, Condition, sessionCondition } from './scope';
import { endedCondition } from './status';

/**
 * The public catalogue (#9 §1): what a visitor filters sessions on (seats left and whether registration is open are
 * Session.registration, self-service.ts). What is public is scope.ts's decision (sessionCondition): nothing here widens it.
 */
export interface CatalogueFilter {
  /** Only sessions with an event at this location. */
  locationId?: number | null;
  /** Only sessions with a seat left (no capacity, or fewer confirmed learners than it, R6). */
  withSeatsLeft?: boolean | null;
  /** Only the sessions the actor is registered to (any role; a refused registration does not count). */
  mine?: boolean | null;
}

/** The catalogue's filters as SQL on the session alias (see sessions.ts sessionFilterConditions). */
export function catalogueConditions(actor: Actor, alias: string, filter: CatalogueFilter): Condition[] {
  const conditions: Condition[] = [];
  if (filter.locationId != null)
    conditions.push({
      sql: `${alias}.id IN (SELECT cf_e.sessionId FROM event cf_e WHERE cf_e.locationId = :cfLocation)`,
      parameters: { cfLocation: filter.locationId },
    });
  // learnerCount is kept by seats.ts in the transaction that changes a seat, so this needs no count.
  if (filter.withSeatsLeft) conditions.push({ sql: `(${alias}.maxUsers IS NULL OR ${alias}.learnerCount < ${alias}.maxUsers)`, parameters: {} });
  if (filter.mine)
    conditions.push({
      sql: `${alias}.id IN (SELECT cf_i.sessionId FROM inscription cf_i WHERE cf_i.userId = :cfUser AND cf_i.eventId IS NULL AND cf_i.state <> :cfCancelled)`,
      parameters: { cfUser: actor.kind === 'user' ? actor.userId : -1, cfCancelled: InscriptionState.CANCELLED },
    });
  return conditions;
}

/** All conditions as one (for a subquery or a nested list's `where`); null when there are none. */
export function joinConditions(conditions: (Condition | null)[]): Condition | null {
  const present = conditions.filter((c): c is Condition => c !== null);
  if (!present.length) return null;
  return {
    sql: present.map((c) => `(${c.sql})`).join(' AND '),
    parameters: Object.assign({}, ...present.map((c) => c.parameters)),
  };
}

/** A short stable name for a filter, so a nested list's batch key and cursors are bound to it. */
export const filterKey = (filter: object) =>
  createHash('sha256')
    .update(JSON.stringify(Object.entries(filter).filter(([, v]) => v != null).sort(([a], [b]) => (a < b ? -1 : 1))))
    .digest('base64url')
    .slice(0, 12);

/**
 * A training's sessions the actor may see that match the session conditions, soonest first (for
 * `Training.sessions(filter:)`): one page per training, batched, on the (trainingId, startDate, id) index.
 */
export function matchingSessionsSpec(actor: Actor, conditions: Condition[]): ChildPagesSpec<Session> {
  const where = joinConditions([sessionCondition(actor, 'c'), ...conditions]);
  return {
    entity: Session,
    parentColumn: 'trainingId',
    order: { column: 'startDate', direction: 'ASC' },
    where: where ?? undefined,
  };
}

/** Trainings, for alias `t`, that have a session the actor may see matching the conditions. */
export function withMatchingSession(actor: Actor, alias: string, conditions: Condition[]): Condition {
  const where = joinConditions([sessionCondition(actor, 'ms'), ...conditions]);
  return {
    sql: `${alias}.id IN (SELECT ms.trainingId FROM session ms${where ? ` WHERE ${where.sql}` : ''})`,
    parameters: where?.parameters ?? {},
  };
}

/** The locations of many sessions' events at once (for loaders): sessionId → locations, by name. */
export async function locationsOfSessions(ctx: DomainContext, sessionIds: readonly number[]): Promise<Location[][]> {
  const pairs = await ctx.manager
    .createQueryBuilder(Event, 'e')
    .select('e.sessionId', 'sessionId')
    .addSelect('e.locationId', 'locationId')
    .distinct(true)
    .where('e.sessionId IN (:...ids) AND e.locationId IS NOT NULL', { ids: [...sessionIds] })
    .getRawMany<{ sessionId: number; locationId: number }>();
  const locations = pairs.length
    ? await ctx.manager.findBy(Location, { id: In([...new Set(pairs.map((p) => Number(p.locationId)))]) })
    : [];
  const byId = new Map(locations.map((l) => [l.id, l]));
  const bySession = new Map<number, Location[]>();
  for (const pair of pairs) {
    const location = byId.get(Number(pair.locationId));
    if (location) bySession.set(Number(pair.sessionId), [...(bySession.get(Number(pair.sessionId)) ?? []), location]);
  }
  return sessionIds.map((id) => (bySession.get(id) ?? []).sort((a, b) => a.name.localeCompare(b.name)));
}

/** What the catalogue's filters offer: the organisations and locations of the open sessions the actor may see. */
export interface CatalogueFacets {
  organisations: Organisation[];
  locations: Location[];
}

export async function catalogueFacets(ctx: DomainContext): Promise<CatalogueFacets> {
  const open = endedCondition('fs.endDate', false, ctx.clock.now());
  const sessions = applyScope(
    ctx.manager.createQueryBuilder(Session, 'fs').select('fs.id').where(open.sql, open.parameters),
    sessionCondition(ctx.actor, 'fs'),
  );
  const trainings = applyScope(
    ctx.manager.createQueryBuilder(Session, 'fs').select('fs.trainingId').where(open.sql, open.parameters),
    sessionCondition(ctx.actor, 'fs'),
  );
  const [organisations, locations] = await Promise.all([
    ctx.manager
      .createQueryBuilder(Organisation, 'o')
      .where(`o.id IN (SELECT fo.organisationId FROM training_organisation fo WHERE fo.trainingId IN (${trainings.getQuery()}))`)
      .setParameters(trainings.getParameters())
      .orderBy('o.name', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .getMany(),
    ctx.manager
      .createQueryBuilder(Location, 'l')
      .where(`l.id IN (SELECT fe.locationId FROM event fe WHERE fe.sessionId IN (${sessions.getQuery()}))`)
      .setParameters(sessions.getParameters())
      .orderBy('l.name', 'ASC')
      .addOrderBy('l.id', 'ASC')
      .getMany(),
  ]);
  return { organisations, locations };
}

