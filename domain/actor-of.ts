import { EntityManager, In } from 'typeorm';
import { Membership, MembershipRole, Organisation, User } from '../entities';
import { Actor } from './actor';

/** The organisations a user manages, with all their sub-organisations (managers manage the subtree). */
async function managedSubtree(manager: EntityManager, userId: number): Promise<number[]> {
  const roots = await manager.findBy(Membership, { userId, role: MembershipRole.MANAGER });
  const all = new Set(roots.map((m) => m.organisationId));
  let frontier = [...all];
  while (frontier.length) {
    const children = await manager.find(Organisation, { where: { parentId: In(frontier) }, select: { id: true } });
    frontier = children.map((c) => c.id).filter((id) => !all.has(id));
    frontier.forEach((id) => all.add(id));
  }
  return [...all].sort((a, b) => a - b);
}

/** The actor of an active user, resolved for each request so role changes apply at once. */
export async function actorOf(manager: EntityManager, user: User): Promise<Actor> {
  if (!user.active) return { kind: 'anonymous' };
  return {
    kind: 'user',
    userId: user.id,
    isAdmin: user.isAdmin,
    managedOrganisationIds: await managedSubtree(manager, user.id),
  };
}
