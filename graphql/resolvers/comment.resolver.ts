import { Arg, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { commentPermissions, createComment, deleteComment, updateComment } from '../../domain/comments';
import { Comment, Event, User } from '../../entities';
import type { GraphQLContext } from '../context';
import { toId } from '../ids';

@ObjectType('CommentPermissions', { description: 'What you may do with a comment (the screens show only these actions).' })
class CommentPermissions {
  @Field({ description: 'Edit it (its author, R11).' })
  edit: boolean;

  @Field({ description: "Delete it (its author, or a manager of the event's session, R11)." })
  delete: boolean;
}

@Resolver(() => Comment)
export class CommentResolver {
  @FieldResolver(() => CommentPermissions, { description: 'What you may do with it.' })
  async viewerCan(@Root() comment: Comment, @Ctx() ctx: GraphQLContext): Promise<CommentPermissions> {
    const event = await ctx.loaders.event.load(comment.eventId);
    const session = event && (await ctx.loaders.session.load(event.sessionId));
    const manages = session ? await ctx.loaders.managesTraining.load(session.trainingId) : false;
    return commentPermissions(ctx.domain, comment, manages);
  }

  @FieldResolver(() => Event, { description: 'The event it is about.' })
  event(@Root() comment: Comment, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.event.load(comment.eventId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who wrote it; null once their account is gone.' })
  author(@Root() comment: Comment, @Ctx() ctx: GraphQLContext) {
    return comment.authorId === null ? null : ctx.loaders.user.load(comment.authorId);
  }

  @Mutation(() => Comment, { description: 'Comments on an event (staff of the session, R11).' })
  createComment(
    @Ctx() ctx: GraphQLContext,
    @Arg('eventId', () => ID, { description: 'The event.' }) eventId: string,
    @Arg('content', () => String, { description: 'The text.' }) content: string,
  ) {
    return createComment(ctx.domain, toId(eventId, 'Event', 'eventId'), content);
  }

  @Mutation(() => Comment, { description: 'Edits a comment (its author only, R11).' })
  updateComment(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The comment.' }) id: string,
    @Arg('content', () => String, { description: 'The new text.' }) content: string,
  ) {
    return updateComment(ctx.domain, toId(id, 'Comment'), content);
  }

  @Mutation(() => Comment, { description: 'Deletes a comment (its author, or a manager, R11).' })
  deleteComment(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'The comment.' }) id: string) {
    return deleteComment(ctx.domain, toId(id, 'Comment'));
  }
}
