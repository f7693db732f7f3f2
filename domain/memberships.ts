import { In } from 'typeorm';
import { Membership, MembershipRole, Organisation, User } from '../entities';
import { isPlatformAdmin, managedOrganisations } from './actor';
import { DomainContext } from './context';
import { notFound } from './errors';
import { unsafeFindById } from './ids';
import { assertAdmin } from './permissions';
import { inTransaction } from './transaction';

/** Administrators manage every membership; managers those of the organisations they manage. */
function assertManagesOrganisation(ctx: DomainContext, organisationId: number) {
  if (!managedOrganisations(ctx.actor).includes(organisationId)) assertAdmin(ctx);
}

export function setMembership(ctx: DomainContext, userId: number, organisationId: number, role: MembershipRole) {
  return inTransaction(ctx, async (tx) => {
    // Unscoped existence checks: organisations are listed to every signed-in user; users have no organisation
    // scope here (#6 §2 scopes people and who may be added).
    await unsafeFindById(tx.manager, User, userId, 'User', 'userId');
    await unsafeFindById(tx.manager, Organisation, organisationId, 'Organisation', 'organisationId');
    assertManagesOrganisation(tx, organisationId);
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

/** Memberships of many users (for loaders), visible to the users themselves and to staff. */
export async function membershipsOfUsers(ctx: DomainContext, userIds: readonly number[]) {
  const rows = await ctx.manager.find(Membership, { where: { userId: In([...userIds]) }, order: { organisationId: 'ASC' } });
  return userIds.map((id) => rows.filter((m) => m.userId === id));
}

export const canSeeMemberships = (ctx: DomainContext, userId: number) =>
  isPlatformAdmin(ctx.actor) || (ctx.actor.kind === 'user' && ctx.actor.userId === userId) || managedOrganisations(ctx.actor).length > 0;
