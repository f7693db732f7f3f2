import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { markNotificationsRead, myNotifications, unreadNotificationCount } from '../../domain/notifications';
import { Event, Notification, Session } from '../../entities';
import { Connection, PageArgs, toConnection } from '../connection';
import type { GraphQLContext } from '../context';
import { toIds } from '../ids';

const NotificationConnection = Connection(Notification, 'Notification');

/** #9 §4: what you are told (promotions from a waiting list, validation decisions), read in the header. */
@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  async notifications(
    @Ctx() ctx: GraphQLContext,
    @Args() page: PageArgs,
    @Arg('unreadOnly', () => Boolean, { nullable: true, description: 'true: only the unread ones.' }) unreadOnly?: boolean,
  ) {
    return toConnection(await myNotifications(ctx.domain, { ...page, unreadOnly }));
  }

  @Query(() => Int, { description: 'How many of your notifications are unread (the header badge).' })
  unreadNotificationCount(@Ctx() ctx: GraphQLContext) {
    return unreadNotificationCount(ctx.domain);
  }

  @Mutation(() => Int, { description: 'Marks your notifications as read (the given ones, or all when none are given); answers how many changed.' })
  markNotificationsRead(
    @Ctx() ctx: GraphQLContext,
    @Arg('ids', () => [ID], { nullable: true, description: 'Which ones; omitted or empty: all.' }) ids?: string[],
  ) {
    return markNotificationsRead(ctx.domain, ids ? toIds(ids, 'Notification', 'ids') : null);
  }

  @FieldResolver(() => Session, { description: 'The session it is about.' })
  session(@Root() notification: Notification, @Ctx() ctx: GraphQLContext) {
    // Unscoped: the recipient's own notice about a session they registered to.
    return ctx.loaders.session.load(notification.sessionId);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The event it is about, if any.' })
  event(@Root() notification: Notification, @Ctx() ctx: GraphQLContext) {
    return notification.eventId === null ? null : ctx.loaders.event.load(notification.eventId);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you have read it.' })
  read(@Root() notification: Notification) {
    return notification.readAt !== null;
  }
}
