import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { invitationSummary, invitationsSpec, sendInvitations } from '../../domain/invitations';
import { Event, InvitationSending, Session, User } from '../../entities';
import { siteOrigin } from '../../lib/site-url';
import { Connection, PageArgs, toConnection } from '../connection';
import type { GraphQLContext } from '../context';
import { toId, toIds, toOptionalId } from '../ids';

const InvitationSendingConnection = Connection(InvitationSending, 'InvitationSending');

@ObjectType('InvitationSummary', { description: 'What sending the invitation would do (#10 §5), for the staff.' })
class InvitationSummary {
  @Field({ description: 'Whether it may be sent: false once the event, or the session and all its events, have ended (R4).' })
  open: boolean;

  @Field(() => Int, { description: 'How many confirmed learners would get it.' })
  learners: number;
}

@ArgsType()
class SendInvitationsArgs {
  @Field(() => [ID], {
    nullable: true,
    description: 'Only these learners (each a confirmed learner here, else CONFLICT NOT_CONFIRMED_LEARNER); omitted: all of them.',
  })
  userIds?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description: "The template to use; omitted: the training organisation's template of the kind in each learner's language, else the default one.",
  })
  templateId?: string | null;
}

const options = (args: SendInvitationsArgs) => ({
  userIds: args.userIds ? toIds(args.userIds, 'User', 'userIds') : null,
  templateId: toOptionalId(args.templateId, 'Template', 'templateId'),
});

/**
 * #10 §5: invitations (convocations). The calendar UIDs are unique in the declared site address (NEXTAUTH_URL),
 * the same as the feeds' and the .ics downloads' behind it.
 */
@Resolver(() => InvitationSending)
export class InvitationResolver {
  @Mutation(() => [InvitationSending], {
    description:
      "Sends the session's invitation by e-mail, with its open events' .ics, to its confirmed learners (or the ones given): queued in the outbox and recorded, one per learner. " +
      'Staff of the session; refused (CONFLICT INVITATION_AFTER_END) once the session or all its events have ended (R4).',
  })
  sendSessionInvitations(
    @Ctx() ctx: GraphQLContext,
    @Arg('sessionId', () => ID, { description: 'The session.' }) sessionId: string,
    @Args() args: SendInvitationsArgs,
  ) {
    return sendInvitations(ctx.domain, { sessionId: toId(sessionId, 'Session', 'sessionId') }, options(args), siteOrigin());
  }

  @Mutation(() => [InvitationSending], {
    description:
      "Sends the event's invitation by e-mail, with its .ics, to its confirmed learners (or the ones given): queued in the outbox and recorded, one per learner. " +
      'Staff of the session; refused (CONFLICT INVITATION_AFTER_END) once the event has ended (R4).',
  })
  sendEventInvitations(
    @Ctx() ctx: GraphQLContext,
    @Arg('eventId', () => ID, { description: 'The event.' }) eventId: string,
    @Args() args: SendInvitationsArgs,
  ) {
    return sendInvitations(ctx.domain, { eventId: toId(eventId, 'Event', 'eventId') }, options(args), siteOrigin());
  }

  @FieldResolver(() => Session, { description: 'The session it invites to (or the session of its event).' })
  session(@Root() sending: InvitationSending, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.session.load(sending.sessionId);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The event, for an event invitation.' })
  event(@Root() sending: InvitationSending, @Ctx() ctx: GraphQLContext) {
    return sending.eventId === null ? null : ctx.loaders.event.load(sending.eventId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The learner; null once their account is gone.' })
  user(@Root() sending: InvitationSending, @Ctx() ctx: GraphQLContext) {
    return sending.userId === null ? null : ctx.loaders.user.load(sending.userId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who sent it; null once their account is gone.' })
  sentBy(@Root() sending: InvitationSending, @Ctx() ctx: GraphQLContext) {
    return sending.sentById === null ? null : ctx.loaders.user.load(sending.sentById);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The template used; null for a default one (see templateName) or once deleted.' })
  templateId(@Root() sending: InvitationSending) {
    return sending.templateId;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'Its e-mail in the outbox.' })
  outboxMailId(@Root() sending: InvitationSending) {
    return sending.outboxMailId;
  }
}

@Resolver(() => Session)
export class SessionInvitationsResolver {
  @FieldResolver(() => InvitationSendingConnection, {
    description: 'Invitations sent for it and its events, newest first: all of them for its staff, your own otherwise (#10 §5).',
  })
  async invitations(@Root() session: Session, @Ctx() ctx: GraphQLContext, @Args() page: PageArgs) {
    return toConnection(await ctx.loaders.childPage('sessionInvitations', invitationsSpec(ctx.domain.actor, 'sessionId'), page, session.id));
  }

  @FieldResolver(() => InvitationSummary, { nullable: true, description: 'What sending its invitation would do; null unless you are its staff.' })
  invitationSummary(@Root() session: Session, @Ctx() ctx: GraphQLContext) {
    return invitationSummary(ctx.domain, { sessionId: session.id });
  }
}

@Resolver(() => Event)
export class EventInvitationsResolver {
  @FieldResolver(() => InvitationSendingConnection, {
    description: 'Invitations sent for it, newest first: all of them for its staff, your own otherwise (#10 §5).',
  })
  async invitations(@Root() event: Event, @Ctx() ctx: GraphQLContext, @Args() page: PageArgs) {
    return toConnection(await ctx.loaders.childPage('eventInvitations', invitationsSpec(ctx.domain.actor, 'eventId'), page, event.id));
  }

  @FieldResolver(() => InvitationSummary, { nullable: true, description: 'What sending its invitation would do; null unless you are its staff.' })
  invitationSummary(@Root() event: Event, @Ctx() ctx: GraphQLContext) {
    return invitationSummary(ctx.domain, { eventId: event.id });
  }
}
