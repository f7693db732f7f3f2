import { Arg, Args, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { markMessagesRead, myMessage, myMessages, sendMessage, sessionMessages, unreadMessageCount } from '../../domain/messages';
import { Event, Message, MessageRecipient, Session, User } from '../../entities';
import { Connection, PageArgs, toConnection } from '../connection';
import type { GraphQLContext } from '../context';
import { toId, toIds, toOptionalId } from '../ids';
import { SendMessageInput } from '../inputs/message.input';

const MessageConnection = Connection(Message, 'Message');
const ReceivedMessageConnection = Connection(MessageRecipient, 'ReceivedMessage');

@ObjectType('MessageSending', { description: 'What sending a message did (R13).' })
class MessageSending {
  @Field(() => Message, { description: 'The message sent.' })
  message: Message;

  @Field(() => Int, { description: 'Learners who got it in their Cursus inbox.' })
  internalRecipients: number;

  @Field(() => Int, { description: 'E-mails queued in the outbox (learners with an address).' })
  emailsQueued: number;
}

/** R13, #10 §8: staff message a session's or an event's learners (seed 002, « l'enveloppe »). */
@Resolver(() => Message)
export class MessageResolver {
  @Mutation(() => MessageSending, { description: "Sends a message to a session's confirmed learners, or an event's (staff of the session, R13)." })
  sendMessage(@Ctx() ctx: GraphQLContext, @Arg('input', { description: 'Whom, what, how.' }) input: SendMessageInput) {
    return sendMessage(
      ctx.domain,
      { sessionId: toOptionalId(input.sessionId, 'Session', 'sessionId'), eventId: toOptionalId(input.eventId, 'Event', 'eventId') },
      { subject: input.subject, body: input.body, channels: input.channels },
    );
  }

  @Query(() => MessageConnection, { description: "The messages sent to a session's learners and its events', newest first (staff of the session)." })
  async sessionMessages(
    @Ctx() ctx: GraphQLContext,
    @Arg('sessionId', () => ID, { description: 'The session.' }) sessionId: string,
    @Args() page: PageArgs,
  ) {
    return toConnection(await sessionMessages(ctx.domain, toId(sessionId, 'Session', 'sessionId'), page));
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who sent it; null once their account is gone.' })
  sender(@Root() message: Message, @Ctx() ctx: GraphQLContext) {
    return message.senderId === null ? null : ctx.loaders.user.load(message.senderId);
  }

  @FieldResolver(() => Event, { nullable: true, description: "The event whose registrants it went to; null for the whole session's learners." })
  event(@Root() message: Message, @Ctx() ctx: GraphQLContext) {
    return message.eventId === null ? null : ctx.loaders.event.load(message.eventId);
  }
}

/** R13: your inbox (read on /me, counted in the header). */
@Resolver(() => MessageRecipient)
export class ReceivedMessageResolver {
  @Query(() => ReceivedMessageConnection, { description: 'Your messages, newest first.' })
  async myMessages(
    @Ctx() ctx: GraphQLContext,
    @Args() page: PageArgs,
    @Arg('unreadOnly', () => Boolean, { nullable: true, description: 'true: only the unread ones.' }) unreadOnly?: boolean,
  ) {
    return toConnection(await myMessages(ctx.domain, { ...page, unreadOnly }));
  }

  @Query(() => MessageRecipient, { description: 'One message of your inbox (anyone else’s is NOT_FOUND).' })
  myMessage(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'Its id in your inbox.' }) id: string) {
    return myMessage(ctx.domain, toId(id, 'ReceivedMessage', 'id'));
  }

  @Query(() => Int, { description: 'How many messages of your inbox are unread (the header badge).' })
  unreadMessageCount(@Ctx() ctx: GraphQLContext) {
    return unreadMessageCount(ctx.domain);
  }

  @Mutation(() => Int, { description: 'Marks messages of your inbox as read (the given ones, or all when none are given); answers how many changed.' })
  markMessagesRead(
    @Ctx() ctx: GraphQLContext,
    @Arg('ids', () => [ID], { nullable: true, description: 'Which ones; omitted or empty: all.' }) ids?: string[],
  ) {
    return markMessagesRead(ctx.domain, ids ? toIds(ids, 'ReceivedMessage', 'ids') : null);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you have read it.' })
  read(@Root() received: MessageRecipient) {
    return received.readAt !== null;
  }

  @FieldResolver(() => String, { description: 'Subject.' })
  subject(@Root() received: MessageRecipient) {
    return received.message.subject;
  }

  @FieldResolver(() => String, { description: 'Body, plain text (line breaks kept).' })
  body(@Root() received: MessageRecipient) {
    return received.message.body;
  }

  @FieldResolver(() => Date, { description: 'When it was sent (UTC).' })
  sentAt(@Root() received: MessageRecipient) {
    return received.message.createdAt;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who sent it; null once their account is gone.' })
  sender(@Root() received: MessageRecipient, @Ctx() ctx: GraphQLContext) {
    // Unscoped: the recipient sees who wrote to them (name only; the e-mail stays masked by its own scope).
    return received.message.senderId === null ? null : ctx.loaders.user.load(received.message.senderId);
  }

  @FieldResolver(() => Session, { description: 'The session it is about.' })
  session(@Root() received: MessageRecipient, @Ctx() ctx: GraphQLContext) {
    // Unscoped: the recipient's own message about a session they follow (like notifications).
    return ctx.loaders.session.load(received.message.sessionId);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The event it is about, if any.' })
  event(@Root() received: MessageRecipient, @Ctx() ctx: GraphQLContext) {
    return received.message.eventId === null ? null : ctx.loaders.event.load(received.message.eventId);
  }
}
