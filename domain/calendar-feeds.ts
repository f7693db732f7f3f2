import { createHash, randomBytes } from 'node:crypto';
import { CalendarFeed, User } from '../entities';
import { assertSignedIn } from './actor';
import { actorOf } from './actor-of';
import { userCalendarEntries } from './calendar';
import { DomainContext } from './context';
import { badInput, notFound } from './errors';
import { ErrorReason } from './error-reasons';
import { inTransaction } from './transaction';

/**
 * A user's private, revocable iCalendar feed (#9 §6): /calendar/<secret>.ics. The secret is 256 random bits
 * shown once; only its SHA-256 is stored. Making a new one replaces (rotates) the old, revoking deletes it; a
 * forged, rotated or revoked secret, or the feed of a deactivated account, is NOT_FOUND, all alike.
 */
const secretHash = (secret: string) => createHash('sha256').update(secret).digest('hex');

// base64url of 32 bytes: 43 characters. Anything else cannot be ours, and is refused without a query.
const SECRET_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export const feedPath = (secret: string) => `/calendar/${secret}.ics`;

function currentUserId(ctx: DomainContext): number {
  assertSignedIn(ctx.actor);
  if (ctx.actor.kind !== 'user') throw badInput('actor', ErrorReason.USER_REQUIRED, 'a calendar feed belongs to a user');
  return ctx.actor.userId;
}

/** The signed-in user's feed (without its secret, which is not kept), or null. */
export function myCalendarFeed(ctx: DomainContext): Promise<CalendarFeed | null> {
  return ctx.manager.findOneBy(CalendarFeed, { userId: currentUserId(ctx) });
}

/** Makes the signed-in user a new feed address; the previous one, if any, stops working at once. */
export async function createCalendarFeed(ctx: DomainContext): Promise<{ secret: string; feed: CalendarFeed }> {
  const userId = currentUserId(ctx);
  const secret = randomBytes(32).toString('base64url');
  const feed = await inTransaction(ctx, async (tx) => {
    await tx.manager.delete(CalendarFeed, { userId });
    return tx.manager.save(tx.manager.create(CalendarFeed, { userId, secretHash: secretHash(secret), createdAt: tx.clock.now() }));
  });
  return { secret, feed };
}

/** Revokes the signed-in user's feed; true when there was one. */
export async function revokeCalendarFeed(ctx: DomainContext): Promise<boolean> {
  const result = await ctx.manager.delete(CalendarFeed, { userId: currentUserId(ctx) });
  return (result.affected ?? 0) > 0;
}

/** The feed's calendar, as its owner sees their events; NOT_FOUND for any secret that is not a live feed's. */
export async function feedCalendar(ctx: DomainContext, secret: string, origin: string | null) {
  const feed = SECRET_SHAPE.test(secret) ? await ctx.manager.findOneBy(CalendarFeed, { secretHash: secretHash(secret) }) : null;
  const user = feed ? await ctx.manager.findOneBy(User, { id: feed.userId }) : null;
  if (!user?.active) throw notFound('CalendarFeed');
  const owner = { ...ctx, actor: await actorOf(ctx.manager, user) };
  return { name: `Cursus — ${user.firstName} ${user.lastName}`, entries: await userCalendarEntries(owner, origin) };
}
