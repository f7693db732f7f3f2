import { In, IsNull } from 'typeorm';
import { Notification, NotificationKind } from '../entities';
import { assertSignedIn } from './actor';
import { DomainContext } from './context';
import { badInput } from './errors';
import { ErrorReason } from './error-reasons';
import { notificationMails } from './notification-mails';
import { enqueueMails } from './outbox';
import { paginate, PageArgs } from './pagination';

export interface NotificationInput {
  userId: number;
  kind: NotificationKind;
  sessionId: number;
  eventId?: number | null;
}

/**
 * #9 §4: the one way to tell a user something. Written in the caller's transaction, so a promotion and the
 * notice of it commit together: an internal notification, read in Cursus, and (#10 §8) an e-mail queued in
 * the outbox, worded in the user's language (notification-mails.ts); both roll back with the action.
 */
export async function notify(ctx: DomainContext, notices: NotificationInput[]): Promise<void> {
  if (!notices.length) return;
  const now = ctx.clock.now();
  await ctx.manager.insert(
    Notification,
    notices.map((n) => ({ userId: n.userId, kind: n.kind, sessionId: n.sessionId, eventId: n.eventId ?? null, createdAt: now, readAt: null })),
  );
  await enqueueMails(ctx, await notificationMails(ctx, notices));
}

/** The signed-in user whose own inbox this is (notifications, messages). */
export function ownerId(ctx: DomainContext): number {
  assertSignedIn(ctx.actor);
  if (ctx.actor.kind !== 'user') throw badInput('actor', ErrorReason.USER_REQUIRED, 'notifications belong to a user');
  return ctx.actor.userId;
}

/** The actor's own notifications, newest first (nobody reads anyone else's). */
export function myNotifications(ctx: DomainContext, args: PageArgs & { unreadOnly?: boolean | null }) {
  const userId = ownerId(ctx);
  const qb = ctx.manager.createQueryBuilder(Notification, 'n').where('n.userId = :userId', { userId });
  if (args.unreadOnly) qb.andWhere('n.readAt IS NULL');
  return paginate(qb, { column: 'id', direction: 'DESC' }, args, { unreadOnly: !!args.unreadOnly });
}

export function unreadNotificationCount(ctx: DomainContext): Promise<number> {
  return ctx.manager.countBy(Notification, { userId: ownerId(ctx), readAt: IsNull() });
}

/** Marks the given notifications of the actor as read (all of them when `ids` is empty); answers how many. */
export async function markNotificationsRead(ctx: DomainContext, ids: number[] | null | undefined): Promise<number> {
  const userId = ownerId(ctx);
  const result = await ctx.manager.update(
    Notification,
    { userId, readAt: IsNull(), ...(ids?.length ? { id: In(ids) } : {}) },
    { readAt: ctx.clock.now() },
  );
  return result.affected ?? 0;
}
