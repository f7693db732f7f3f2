import { In, IsNull } from 'typeorm';
import { Inscription, InscriptionRole, InscriptionState, Message, MessageChannels, MessageRecipient, TemplateKind, User } from '../entities';
import { userIdOf } from './actor';
import { DomainContext } from './context';
import { badInput, notFound } from './errors';
import { ErrorReason } from './error-reasons';
import { resolveTarget } from './inscriptions';
import { ownerId } from './notifications';
import { enqueueMails } from './outbox';
import { paginate, PageArgs } from './pagination';
import { assertSessionStaff } from './permissions';
import { renderDocuments } from './template-render';
import { assertText } from './text';
import { inTransaction } from './transaction';

export const MAX_SUBJECT_LENGTH = 255;
export const MAX_BODY_LENGTH = 20000;
/** Rows per INSERT: keeps a statement under the databases' parameter limits (SQLite: 32,766). */
const CHUNK = 1000;
/** OutboxMail.subject's length (RFC 5322's line limit). */
const MAX_MAIL_SUBJECT_LENGTH = 998;

/**
 * An e-mail's subject: the template's (« [Training] Message de Org », what every message of the organisation
 * says), then the sender's own words, which say what this one is about. Both stay: the template alone would
 * make every message look the same in a mailbox, the message's alone would drop what the organisation wrote.
 */
const mailSubject = (templateSubject: string, messageSubject: string) =>
  [...(templateSubject ? `${templateSubject} — ${messageSubject}` : messageSubject)].slice(0, MAX_MAIL_SUBJECT_LENGTH).join('');

/** Whom a message goes to: all confirmed learners of a session, or (eventId given) an event's confirmed learner registrants. */
export interface MessageTarget {
  sessionId?: number | null;
  eventId?: number | null;
}

export interface MessageInput {
  subject: string;
  body: string;
  channels: MessageChannels;
}

/** What sending did (#10 §9: mutations return what was queued). */
export interface MessageSending {
  message: Message;
  /** Learners who got it in their Cursus inbox. */
  internalRecipients: number;
  /** E-mails queued in the outbox. */
  emailsQueued: number;
}

function assertMessage(input: MessageInput) {
  if (!input.subject.trim()) throw badInput('subject', ErrorReason.EMPTY, 'subject must not be empty');
  assertText(input.subject, 'subject', 'line');
  if ([...input.subject].length > MAX_SUBJECT_LENGTH)
    throw badInput('subject', ErrorReason.TOO_LONG, `subject must be at most ${MAX_SUBJECT_LENGTH} characters`);
  if (!input.body.trim()) throw badInput('body', ErrorReason.EMPTY, 'body must not be empty');
  assertText(input.body, 'body', 'multiline');
  if ([...input.body].length > MAX_BODY_LENGTH) throw badInput('body', ErrorReason.TOO_LONG, `body must be at most ${MAX_BODY_LENGTH} characters`);
}

interface Learner {
  id: number;
  email: string;
  firstName: string;
  lastName: string;
}

/** The confirmed learners of a session (session-level inscriptions) or of an event, in one query. */
function confirmedLearners(ctx: DomainContext, sessionId: number, eventId: number | null): Promise<Learner[]> {
  const qb = ctx.manager
    .createQueryBuilder(Inscription, 'i')
    .innerJoin(User, 'u', 'u.id = i.userId')
    .select(['u.id AS id', 'u.email AS email', 'u.firstName AS firstName', 'u.lastName AS lastName'])
    .where('i.role = :role AND i.state = :state', { role: InscriptionRole.LEARNER, state: InscriptionState.CONFIRMED })
    .orderBy('u.id', 'ASC');
  if (eventId === null) qb.andWhere('i.sessionId = :sessionId AND i.eventId IS NULL', { sessionId });
  else qb.andWhere('i.eventId = :eventId', { eventId });
  return qb.getRawMany<Learner>().then((rows) => rows.map((row) => ({ ...row, id: Number(row.id) })));
}

const wantsInternal = (channels: MessageChannels) => channels !== MessageChannels.EMAIL;
const wantsEmail = (channels: MessageChannels) => channels !== MessageChannels.INTERNAL;

/**
 * R13, #10 §8, seed 002 (« l'enveloppe »): staff of a session (its training's managers, its confirmed trainers:
 * the same staff as comments, R11) message all its confirmed learners, or an event's confirmed learner
 * registrants: in their Cursus inbox, by e-mail, or both. One transaction: the message, its inbox rows (one
 * multi-row insert per thousand learners, never one statement per learner) and its e-mails in the outbox
 * (enqueueMails, the one way to send one) commit together or not at all.
 */
export function sendMessage(ctx: DomainContext, target: MessageTarget, input: MessageInput): Promise<MessageSending> {
  assertMessage(input);
  return inTransaction(ctx, async (tx) => {
    const { session, event } = await resolveTarget(tx, target);
    await assertSessionStaff(tx, session.id);
    const learners = await confirmedLearners(tx, session.id, event?.id ?? null);
    const senderId = userIdOf(tx.actor);
    const mailTo = wantsEmail(input.channels) ? learners.filter((l) => l.email) : [];
    const internal = wantsInternal(input.channels) ? learners : [];
    const message = tx.manager.create(Message, {
      senderId,
      sessionId: session.id,
      eventId: event?.id ?? null,
      subject: input.subject,
      body: input.body,
      channels: input.channels,
      createdAt: tx.clock.now(),
      recipientCount: learners.length,
      emailCount: mailTo.length,
    });
    await tx.manager.insert(Message, message);
    for (let i = 0; i < internal.length; i += CHUNK)
      await tx.manager.insert(
        MessageRecipient,
        internal.slice(i, i + CHUNK).map((l) => ({ messageId: message.id, userId: l.id, readAt: null })),
      );
    // #10 §4: worded by the EMAIL template in each learner's language, the body in `{{ message }}`.
    const docs = await renderDocuments(
      tx,
      TemplateKind.EMAIL,
      mailTo.map((l) => ({ sessionId: session.id, eventId: event?.id ?? null, userId: l.id })),
      { message: input.body },
    );
    await enqueueMails(
      tx,
      mailTo.map((l, i) => ({
        purpose: 'MESSAGE',
        toAddress: l.email,
        toName: `${l.firstName} ${l.lastName}`,
        userId: l.id,
        sessionId: session.id,
        eventId: event?.id ?? null,
        subject: mailSubject(docs[i].subject, input.subject),
        text: docs[i].text,
        html: docs[i].html,
      })),
    );
    return { message, internalRecipients: internal.length, emailsQueued: mailTo.length };
  });
}

/** R13: the messages sent to a session's learners (and its events'), newest first: for the session's staff only. */
export async function sessionMessages(ctx: DomainContext, sessionId: number, args: PageArgs) {
  const { session } = await resolveTarget(ctx, { sessionId });
  await assertSessionStaff(ctx, session.id);
  const qb = ctx.manager.createQueryBuilder(Message, 'm').where('m.sessionId = :sessionId', { sessionId: session.id });
  return paginate(qb, { column: 'id', direction: 'DESC' }, args, { sessionId: session.id });
}

/** The actor's inbox, newest first, with each message (nobody reads anyone else's). */
export function myMessages(ctx: DomainContext, args: PageArgs & { unreadOnly?: boolean | null }) {
  const userId = ownerId(ctx);
  const qb = ctx.manager
    .createQueryBuilder(MessageRecipient, 'r')
    .innerJoinAndSelect('r.message', 'm')
    .where('r.userId = :userId', { userId });
  if (args.unreadOnly) qb.andWhere('r.readAt IS NULL');
  return paginate(qb, { column: 'id', direction: 'DESC' }, args, { unreadOnly: !!args.unreadOnly });
}

/** One message of the actor's inbox; anyone else's is NOT_FOUND, like a missing id. */
export async function myMessage(ctx: DomainContext, id: number): Promise<MessageRecipient> {
  const userId = ownerId(ctx);
  const row = Number.isSafeInteger(id) ? await ctx.manager.findOne(MessageRecipient, { where: { id, userId }, relations: { message: true } }) : null;
  if (!row) throw notFound('ReceivedMessage', 'id');
  return row;
}

export function unreadMessageCount(ctx: DomainContext): Promise<number> {
  return ctx.manager.countBy(MessageRecipient, { userId: ownerId(ctx), readAt: IsNull() });
}

/** Marks the given messages of the actor's inbox as read (all of them when `ids` is empty); answers how many. */
export async function markMessagesRead(ctx: DomainContext, ids: number[] | null | undefined): Promise<number> {
  const userId = ownerId(ctx);
  const result = await ctx.manager.update(
    MessageRecipient,
    { userId, readAt: IsNull(), ...(ids?.length ? { id: In(ids) } : {}) },
    { readAt: ctx.clock.now() },
  );
  return result.affected ?? 0;
}
