import { Organisation } from '../entities';
import { Actor, isPlatformAdmin, managedOrganisations } from './actor';
import { DomainContext } from './context';
import { forbidden } from './errors';
import { ErrorReason } from './error-reasons';
import { unsafeAssertAllExist } from './ids';
import { assertManagesOrganisations } from './permissions';

/**
 * #6 §3: locations and templates belong to an organisation or, with none, are shared. Shared ones are managed
 * by administrators only; an organisation's by its managers (sub-organisations included) and administrators.
 * Reads are scoped in SQL (scope.ts `ownedCondition`); this checks a write on a row the actor can already see,
 * or the owner an input names.
 */
export async function assertManagesOwner(ctx: DomainContext, organisationId: number | null, what: string): Promise<void> {
  if (organisationId === null) {
    if (!isPlatformAdmin(ctx.actor)) throw forbidden(ErrorReason.NOT_ADMIN, `only administrators manage shared ${what}s`);
    return;
  }
  // Unscoped existence check: organisations are listed to every signed-in user; managing it is checked next.
  await unsafeAssertAllExist(ctx.manager, Organisation, [organisationId], 'Organisation', 'organisationId');
  assertManagesOrganisations(ctx, [organisationId]);
}

/** Whether the actor may change a location or template of this owner (the screens' viewerCan; same rule as above). */
export const managesOwner = (actor: Actor, organisationId: number | null): boolean =>
  isPlatformAdmin(actor) || (organisationId !== null && managedOrganisations(actor).includes(organisationId));
