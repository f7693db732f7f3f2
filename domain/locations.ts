import { Brackets, In } from 'typeorm';
import { Event, Location } from '../entities';
import { assignDefined } from './assign';
import { DomainContext } from './context';
import { conflict } from './errors';
import { ErrorReason } from './error-reasons';
import { assertManagesOwner, managesOwner } from './ownership';
import { KeysetOrder, Page, PageArgs, paginate } from './pagination';
import { containsPattern, LIKE_ESCAPE } from './search';
import { canonicalTimeZone } from './time-zone';
import { assertManager } from './permissions';
import { applyScope, ownedCondition } from './scope';
import { inTransaction } from './transaction';
import { findVisible } from './visible';

export interface LocationInput {
  name?: string;
  address?: string;
  timeZone?: string;
  capacity?: number | null;
  /** The owning organisation; null = shared (#6 §3). */
  organisationId?: number | null;
}

/** #6 §3: shared locations and those of the organisations the actor manages; others are NOT_FOUND. */
export const getLocation = (ctx: DomainContext, id: number, field?: string) =>
  findVisible(ctx, Location, (alias) => ownedCondition(ctx.actor, alias), id, 'Location', field);

/** How the locations table may be ordered: each by an indexed column, id as tie-breaker. */
export enum LocationOrder {
  NAME_ASC = 'NAME_ASC',
  NAME_DESC = 'NAME_DESC',
  TIME_ZONE_ASC = 'TIME_ZONE_ASC',
  TIME_ZONE_DESC = 'TIME_ZONE_DESC',
}

const ORDERS: Record<LocationOrder, KeysetOrder> = {
  NAME_ASC: { column: 'name', direction: 'ASC' },
  NAME_DESC: { column: 'name', direction: 'DESC' },
  TIME_ZONE_ASC: { column: 'timeZone', direction: 'ASC' },
  TIME_ZONE_DESC: { column: 'timeZone', direction: 'DESC' },
};

/**
 * The locations the actor may hold events at (#6 §3); an event's own location is also read with the event.
 * `search`: words anywhere in the name or the address.
 */
export function listLocations(
  ctx: DomainContext,
  filter: { search?: string | null },
  args: PageArgs,
  orderBy: LocationOrder = LocationOrder.NAME_ASC,
): Promise<Page<Location>> {
  const qb = applyScope(ctx.manager.createQueryBuilder(Location, 'l'), ownedCondition(ctx.actor, 'l'));
  const search = filter.search?.trim() ? filter.search : null;
  if (search) {
    const pattern = containsPattern(search);
    qb.andWhere(
      new Brackets((w) => w.where(`l.name LIKE :pattern ${LIKE_ESCAPE}`, { pattern }).orWhere(`l.address LIKE :pattern ${LIKE_ESCAPE}`)),
    );
  }
  return paginate(qb, ORDERS[orderBy], args, { search });
}

/** Whether the actor may change and delete the location (the screens show only those actions). */
export const managesLocation = (ctx: DomainContext, location: Location) => managesOwner(ctx.actor, location.organisationId);

/**
 * How many events are held at each location, all of them (those the actor cannot see included: they are what
 * makes a deletion refused, LOCATION_IN_USE), in one query per batch on the event's location index. Null for a
 * location the actor does not manage: only its managers are told.
 */
export async function locationEventCounts(ctx: DomainContext, locations: readonly Location[]): Promise<(number | null)[]> {
  const managed = locations.filter((location) => managesLocation(ctx, location)).map((location) => location.id);
  const rows = managed.length
    ? await ctx.manager
        .createQueryBuilder(Event, 'e')
        .select('e.locationId', 'locationId')
        .addSelect('COUNT(*)', 'total')
        .where({ locationId: In(managed) })
        .groupBy('e.locationId')
        .getRawMany<{ locationId: number; total: number | string }>()
    : [];
  const counts = new Map(rows.map((row) => [Number(row.locationId), Number(row.total)]));
  return locations.map((location) => (managed.includes(location.id) ? (counts.get(location.id) ?? 0) : null));
}

export function createLocation(ctx: DomainContext, input: LocationInput & { name: string; timeZone: string }) {
  assertManager(ctx);
  const values = { ...input, timeZone: canonicalTimeZone(input.timeZone) };
  return inTransaction(ctx, async (tx) => {
    await assertManagesOwner(tx, input.organisationId ?? null, 'location');
    return tx.manager.save(
      tx.manager.create(Location, assignDefined({ address: '', capacity: null as number | null, organisationId: null as number | null }, values)),
    );
  });
}

/** Managers change their organisations' locations (and may hand one to another organisation they manage). */
export function updateLocation(ctx: DomainContext, id: number, input: LocationInput) {
  assertManager(ctx);
  const values = input.timeZone === undefined ? input : { ...input, timeZone: canonicalTimeZone(input.timeZone) };
  return inTransaction(ctx, async (tx) => {
    const location = await getLocation(tx, id);
    await assertManagesOwner(tx, location.organisationId, 'location');
    if (input.organisationId !== undefined) await assertManagesOwner(tx, input.organisationId, 'location');
    return tx.manager.save(assignDefined(location, values));
  });
}

/**
 * #6 §3: a location that events use is not deleted (its events would silently lose their place and time zone);
 * the refusal says how many. On MySQL/MariaDB the row is locked first, so an event being added there
 * concurrently is either counted or refused by its foreign key, never moved to no location.
 */
export function deleteLocation(ctx: DomainContext, id: number) {
  assertManager(ctx);
  return inTransaction(ctx, async (tx) => {
    const location = await getLocation(tx, id);
    await assertManagesOwner(tx, location.organisationId, 'location');
    if (tx.manager.connection.options.type !== 'better-sqlite3')
      await tx.manager.createQueryBuilder(Location, 'l').setLock('pessimistic_write').where('l.id = :id', { id }).getOne();
    const events = await tx.manager.countBy(Event, { locationId: id });
    if (events > 0)
      throw conflict(
        ErrorReason.LOCATION_IN_USE,
        `${events} event${events === 1 ? ' is' : 's are'} held at this location: move ${events === 1 ? 'it' : 'them'} elsewhere first`,
        undefined,
        { count: events },
      );
    await tx.manager.delete(Location, { id });
    return location;
  });
}
