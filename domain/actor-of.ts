import { EntityManager } from 'typeorm';
import { ApiToken, MembershipRole, User } from '../entities';
import { Actor, anonymousActor } from './actor';

/** Whom a request claims to be: the user of an API token (by its hash), or a user id (a session cookie, a feed). */
export type Claim = { tokenHash: string } | { userId: number };

/** An active user's actor, and what the caller still checks: the session version, the token's last use. */
export interface ResolvedActor {
  actor: Extract<Actor, { kind: 'user' }>;
  sessionVersion: number;
  token: { id: number; lastUsedAt: Date | null } | null;
}

/**
 * The claimed user, active, with every organisation they manage (managers manage the subtree) in ONE statement
 * (#11 §3): a recursive CTE over the memberships and the organisation tree, one row per managed organisation
 * (or one with none). MariaDB ≥ 10.2, MySQL 8, SQLite and TiDB all run it. Resolved for each request, so role
 * changes apply at once.
 */
export async function resolveActor(manager: EntityManager, claim: Claim): Promise<ResolvedActor | null> {
  const q = (name: string) => manager.connection.driver.escape(name);
  const caller =
    'tokenHash' in claim
      ? `SELECT u.id, u.isAdmin, u.sessionVersion, t.id AS tokenId, t.lastUsedAt
         FROM ${q('api_token')} t JOIN ${q('user')} u ON u.id = t.userId
         WHERE t.tokenHash = ? AND t.revokedAt IS NULL AND u.active = ?`
      : `SELECT u.id, u.isAdmin, u.sessionVersion, NULL AS tokenId, NULL AS lastUsedAt
         FROM ${q('user')} u WHERE u.id = ? AND u.active = ?`;
  const rows: Record<string, unknown>[] = await manager.query(
    `WITH RECURSIVE caller AS (${caller}),
     managed (id) AS (
       SELECT m.organisationId FROM membership m JOIN caller c ON c.id = m.userId WHERE m.role = ?
       UNION SELECT o.id FROM organisation o JOIN managed p ON o.parentId = p.id)
     SELECT c.id, c.isAdmin, c.sessionVersion, c.tokenId, c.lastUsedAt, managed.id AS managedId
     FROM caller c LEFT JOIN managed ON 1 = 1`,
    ['tokenHash' in claim ? claim.tokenHash : claim.userId, true, MembershipRole.MANAGER],
  );
  if (!rows.length) return null;
  const [first] = rows;
  const managed = rows.map((row) => row.managedId).filter((id) => id !== null).map(Number);
  const lastUsedAt = manager.connection.getMetadata(ApiToken).findColumnWithPropertyName('lastUsedAt')!;
  return {
    actor: {
      kind: 'user',
      userId: Number(first.id),
      isAdmin: Boolean(Number(first.isAdmin)),
      managedOrganisationIds: [...new Set(managed)].sort((a, b) => a - b),
    },
    sessionVersion: Number(first.sessionVersion),
    token:
      first.tokenId === null
        ? null
        : { id: Number(first.tokenId), lastUsedAt: manager.connection.driver.prepareHydratedValue(first.lastUsedAt, lastUsedAt) ?? null },
  };
}

/** The actor of a user already loaded (a calendar feed's owner, the demo checks): anonymous once deactivated. */
export async function actorOf(manager: EntityManager, user: User): Promise<Actor> {
  if (!user.active) return anonymousActor;
  return (await resolveActor(manager, { userId: user.id }))?.actor ?? anonymousActor;
}
