import { Comment } from '../entities';
import { Actor, assertSignedIn, isPlatformAdmin, userIdOf } from './actor';
import { DomainContext } from './context';
import { badInput, forbidden } from './errors';
import { ChildPagesSpec } from './pagination';
import { assertSessionStaff, managesSession } from './permissions';
import { getEvent } from './events';
import { commentCondition } from './scope';
import { findVisible } from './visible';
import { inTransaction } from './transaction';
import { ErrorReason } from './error-reasons';
import { assertText } from './text';

export const MAX_COMMENT_LENGTH = 10000;

function assertContent(content: string) {
  if (!content.trim()) throw badInput('content', ErrorReason.EMPTY, 'content must not be empty');
  assertText(content, 'content', 'multiline');
  // Counted in characters (code points), like the inputs' MaxLength: an emoji is one character, not two.
  if ([...content].length > MAX_COMMENT_LENGTH)
    throw badInput('content', ErrorReason.TOO_LONG, `content must be at most ${MAX_COMMENT_LENGTH} characters`);
}

/**
 * A comment is found by whoever can see its event (R11), scope in the query: outside it, the same NOT_FOUND
 * as a missing id (#6 §15).
 */
export const getComment = (ctx: DomainContext, id: number): Promise<Comment> =>
  findVisible(ctx, Comment, (alias) => commentCondition(ctx.actor, alias), id, 'Comment');

/** R11: the `comments` of events, batched across events, oldest first: read by whoever sees the event. */
export function commentsOfEventSpec(actor: Actor): ChildPagesSpec<Comment> {
  return {
    entity: Comment,
    parentColumn: 'eventId',
    order: { column: 'createdAt', direction: 'ASC' },
    where: commentCondition(actor, 'c') ?? undefined,
  };
}

/** R11: staff who manage the session write comments; everyone who sees the event reads them. */
export function createComment(ctx: DomainContext, eventId: number, content: string) {
  assertContent(content);
  return inTransaction(ctx, async (tx) => {
    const event = await getEvent(tx, eventId, 'eventId');
    await assertSessionStaff(tx, event.sessionId);
    const now = tx.clock.now();
    return tx.manager.save(
      tx.manager.create(Comment, { eventId, authorId: userIdOf(tx.actor), content, createdAt: now, updatedAt: now }),
    );
  });
}

/** The author, or an administrator (who may do everything). */
const isAuthor = (ctx: DomainContext, comment: Comment) =>
  isPlatformAdmin(ctx.actor) || (comment.authorId !== null && comment.authorId === userIdOf(ctx.actor));

/**
 * R11, for the screens (#7 screen 4, the « i » dialog): who may edit (the author) and delete (the author, or a
 * manager of the session) this comment. `managesItsSession` is asked by the caller, batched.
 */
export function commentPermissions(ctx: DomainContext, comment: Comment, managesItsSession: boolean) {
  const author = isAuthor(ctx, comment);
  return { edit: author, delete: author || managesItsSession };
}

/** R11: an author edits their own comments (administrators any). */
export function updateComment(ctx: DomainContext, id: number, content: string) {
  assertContent(content);
  return inTransaction(ctx, async (tx) => {
    const comment = await getComment(tx, id);
    assertSignedIn(tx.actor);
    if (!isAuthor(tx, comment)) throw forbidden(ErrorReason.NOT_AUTHOR, 'only its author may edit a comment');
    comment.content = content;
    comment.updatedAt = tx.clock.now();
    return tx.manager.save(comment);
  });
}

/** R11: an author deletes their own; managers may delete any. */
export function deleteComment(ctx: DomainContext, id: number) {
  return inTransaction(ctx, async (tx) => {
    const comment = await getComment(tx, id);
    assertSignedIn(tx.actor);
    const event = await getEvent(tx, comment.eventId);
    if (!isAuthor(tx, comment) && !(await managesSession(tx, event.sessionId))) throw forbidden(ErrorReason.NOT_AUTHOR, 'only its author or a manager may delete a comment');
    await tx.manager.delete(Comment, { id });
    return comment;
  });
}
