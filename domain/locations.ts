import { Location } from '../entities';
import { assignDefined } from './assign';
import { DomainContext } from './context';
import { findOrFail } from './ids';
import { Page, PageArgs, paginate } from './pagination';
import { canonicalTimeZone } from './time-zone';
import { assertManager } from './permissions';
import { inTransaction } from './transaction';

export interface LocationInput {
  name?: string;
  address?: string;
  timeZone?: string;
  capacity?: number | null;
}

export const getLocation = (ctx: DomainContext, id: number) => findOrFail(ctx.manager, Location, id, 'Location');

export function listLocations(ctx: DomainContext, args: PageArgs): Promise<Page<Location>> {
  return paginate(ctx.manager.createQueryBuilder(Location, 'l'), { column: 'name', direction: 'ASC' }, args);
}

export function createLocation(ctx: DomainContext, input: LocationInput & { name: string; timeZone: string }) {
  assertManager(ctx);
  const values = { ...input, timeZone: canonicalTimeZone(input.timeZone) };
  return inTransaction(ctx, (tx) =>
    tx.manager.save(tx.manager.create(Location, assignDefined({ address: '', capacity: null as number | null }, values))),
  );
}

export function updateLocation(ctx: DomainContext, id: number, input: LocationInput) {
  assertManager(ctx);
  const values = input.timeZone === undefined ? input : { ...input, timeZone: canonicalTimeZone(input.timeZone) };
  return inTransaction(ctx, async (tx) => tx.manager.save(assignDefined(await getLocation(tx, id), values)));
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
