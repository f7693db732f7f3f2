import { Location } from '../entities';
import { assignDefined } from './assign';
import { DomainContext } from './context';
import { unsafeFindById } from './ids';
import { Page, PageArgs, paginate } from './pagination';
import { assertTimeZone } from './time-zone';
import { assertManager } from './permissions';
import { inTransaction } from './transaction';

export interface LocationInput {
  name?: string;
  address?: string;
  timeZone?: string;
  capacity?: number | null;
}

// Unscoped: locations are platform-wide and publicly listed (`locations`); callers assertManager first.
export const getLocation = (ctx: DomainContext, id: number) => unsafeFindById(ctx.manager, Location, id, 'Location');

export function listLocations(ctx: DomainContext, args: PageArgs): Promise<Page<Location>> {
  return paginate(ctx.manager.createQueryBuilder(Location, 'l'), { column: 'name', direction: 'ASC' }, args);
}

export function createLocation(ctx: DomainContext, input: LocationInput & { name: string; timeZone: string }) {
  assertManager(ctx);
  assertTimeZone(input.timeZone);
  return inTransaction(ctx, (tx) =>
    tx.manager.save(tx.manager.create(Location, assignDefined({ address: '', capacity: null as number | null }, input))),
  );
}

export function updateLocation(ctx: DomainContext, id: number, input: LocationInput) {
  assertManager(ctx);
  if (input.timeZone !== undefined) assertTimeZone(input.timeZone);
  return inTransaction(ctx, async (tx) => tx.manager.save(assignDefined(await getLocation(tx, id), input)));
}

/** Events held there keep their dates; they fall back to the platform time zone (locationId SET NULL). */
export function deleteLocation(ctx: DomainContext, id: number) {
  assertManager(ctx);
  return inTransaction(ctx, async (tx) => {
    const location = await getLocation(tx, id);
    await tx.manager.delete(Location, { id });
    return location;
  });
}
