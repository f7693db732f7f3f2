import { Event, Location } from '../entities';
import { assignDefined } from './assign';
import { DomainContext } from './context';
import { conflict } from './errors';
import { ErrorReason } from './error-reasons';
import { assertManagesOwner } from './ownership';
import { Page, PageArgs, paginate } from './pagination';
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

/** The locations the actor may hold events at (#6 §3); an event's own location is also read with the event. */
export function listLocations(ctx: DomainContext, args: PageArgs): Promise<Page<Location>> {
  const qb = applyScope(ctx.manager.createQueryBuilder(Location, 'l'), ownedCondition(ctx.actor, 'l'));
  return paginate(qb, { column: 'name', direction: 'ASC' }, args);
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
      );
    await tx.manager.delete(Location, { id });
    return location;
  });
}
