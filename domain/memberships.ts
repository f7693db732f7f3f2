import { In } from 'typeorm';
import { Membership, MembershipRole, Organisation } from '../entities';
import { isManager, isPlatformAdmin, managedOrganisations } from './actor';
import { DomainContext } from './context';
import { notFound } from './errors';
import { unsafeFindById } from './ids';
import { assertAdmin } from './permissions';
import { inTransaction } from './transaction';
import { getUser, usersInScope } from './users';

/** Administrators manage every membership; managers those of the organisations they manage. */
function assertManagesOrganisation(ctx: DomainContext, organisationId: number) {
  if (!managedOrganisations(ctx.actor).includes(organisationId)) assertAdmin(ctx);
}

/**
 * #6 §2: a manager adds people already in their scope (scope.ts) to the organisations they manage; anyone else
 * is NOT_FOUND, like a missing id, so a membership cannot pull a stranger into view. Administrators add anyone.
 */
export function setMembership(ctx: DomainContext, userId: number, organisationId: number, role: MembershipRole) {
  return inTransaction(ctx, async (tx) => {
    // Unscoped existence check: organisations are listed to every signed-in user; managing it is checked next.
    await unsafeFindById(tx.manager, Organisation, organisationId, 'Organisation', 'organisationId');
    assertManagesOrganisation(tx, organisationId);
    await getUser(tx, userId, 'userId');
    return tx.manager.save(tx.manager.create(Membership, { userId, organisationId, role }));
  });
}

export function removeMembership(ctx: DomainContext, userId: number, organisationId: number) {
  return inTransaction(ctx, async (tx) => {
    assertManagesOrganisation(tx, organisationId);
    const membership = await tx.manager.findOneBy(Membership, { userId, organisationId });
    if (!membership) throw notFound('Membership');
    await tx.manager.delete(Membership, { userId, organisationId });
    return membership;
  });
}

/**
 * #6 §2: whose memberships the actor sees: their own; administrators everyone's; managers those of the people
 * in their scope. Trainers see their registrants' names and addresses, not their organisations.
 */
export async function canSeeMemberships(ctx: DomainContext, userIds: readonly number[]): Promise<boolean[]> {
  if (isPlatformAdmin(ctx.actor)) return userIds.map(() => true);
  const self = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  const inScope = isManager(ctx.actor) ? await usersInScope(ctx, userIds) : userIds.map(() => false);
  return userIds.map((id, i) => id === self || inScope[i]);
}

/** Memberships of many users (for loaders): an empty list for those the actor may not see them of. */
export async function membershipsOfUsers(ctx: DomainContext, userIds: readonly number[]): Promise<Membership[][]> {
  const visible = await canSeeMemberships(ctx, userIds);
  const shown = [...new Set(userIds.filter((_, i) => visible[i]))];
  const rows = shown.length
    ? await ctx.manager.find(Membership, { where: { userId: In(shown) }, order: { organisationId: 'ASC' } })
    : [];
  return userIds.map((id, i) => (visible[i] ? rows.filter((m) => m.userId === id) : []));
}
