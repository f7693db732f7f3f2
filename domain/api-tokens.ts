import { createHash, randomBytes } from 'node:crypto';
import { ApiToken } from '../entities';
import { Actor, assertSignedIn } from './actor';
import { resolveActor } from './actor-of';
import { DomainContext } from './context';
import { badInput, notFound } from './errors';
import { Page, PageArgs, paginate } from './pagination';
import { inTransaction } from './transaction';
import { ErrorReason } from './error-reasons';
import { assertText } from './text';

const PREFIX = 'cursus_';

/** Tokens are 256 random bits, so a fast hash is enough: nothing to brute-force. */
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

function currentUserId(ctx: DomainContext): number {
  assertSignedIn(ctx.actor);
  if (ctx.actor.kind !== 'user') throw badInput('actor', ErrorReason.USER_REQUIRED, 'API tokens belong to a user');
  return ctx.actor.userId;
}

/** Creates a personal token; the token itself is returned this once and never stored. */
export async function createApiToken(ctx: DomainContext, name: string, userId = currentUserId(ctx)) {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > 100) throw badInput('name', ErrorReason.BAD_NAME, 'name must have 1 to 100 characters');
  assertText(trimmed, 'name', 'line');
  const token = `${PREFIX}${randomBytes(32).toString('base64url')}`;
  const apiToken = await inTransaction(ctx, (tx) =>
    tx.manager.save(
      tx.manager.create(ApiToken, {
        userId,
        name: trimmed,
        tokenHash: tokenHash(token),
        lastCharacters: token.slice(-4),
        createdAt: tx.clock.now(),
        lastUsedAt: null,
        revokedAt: null,
      }),
    ),
  );
  return { token, apiToken };
}

export function listApiTokens(ctx: DomainContext, args: PageArgs): Promise<Page<ApiToken>> {
  const qb = ctx.manager.createQueryBuilder(ApiToken, 't').where('t.userId = :userId', { userId: currentUserId(ctx) });
  return paginate(qb, { column: 'id', direction: 'DESC' }, args);
}

/** Revokes one of the actor's own tokens; someone else's does not exist for them. */
export function revokeApiToken(ctx: DomainContext, id: number) {
  const userId = currentUserId(ctx);
  return inTransaction(ctx, async (tx) => {
    const apiToken = await tx.manager.findOneBy(ApiToken, { id, userId });
    if (!apiToken) throw notFound('ApiToken');
    apiToken.revokedAt ??= tx.clock.now();
    return tx.manager.save(apiToken);
  });
}

/** The actor a bearer token stands for, or null for an unknown, revoked or deactivated one. */
export async function actorForToken(ctx: Omit<DomainContext, 'actor'>, token: string): Promise<Actor | null> {
  if (!token.startsWith(PREFIX)) return null;
  const resolved = await resolveActor(ctx.manager, { tokenHash: tokenHash(token) });
  if (!resolved?.token) return null;
  const { id, lastUsedAt } = resolved.token;
  const now = ctx.clock.now();
  // Recorded to the minute: one write per token and minute at most, not one per request.
  if (!lastUsedAt || now.getTime() - lastUsedAt.getTime() > 60_000) await ctx.manager.update(ApiToken, { id }, { lastUsedAt: now });
  return resolved.actor;
}
