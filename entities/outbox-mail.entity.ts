import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { enumText, instant, longText, shortText } from './columns';
import { MailState } from './enums';
import { Event } from './event.entity';
import { Session } from './session.entity';
import { User } from './user.entity';

/**
 * #10 §8: an e-mail waiting to be sent, or sent. Written by domain/outbox.ts `enqueueMails` in the transaction
 * of the action that causes it (an invitation, a message, a notification), so the action and its e-mails
 * commit or roll back together; sent by the worker (server/mail-worker.ts), which claims rows so that each
 * e-mail goes once even with several processes.
 */
@ObjectType('OutboxMail', { description: 'An e-mail of the outbox: queued, sent, or given up (#10 §8).' })
@Entity('outbox_mail')
@Index('IDX_outbox_mail_due', ['state', 'nextAttemptAt', 'id'])
@Index('IDX_outbox_mail_session', ['sessionId', 'id'])
@Index('IDX_outbox_mail_user', ['userId', 'id'])
export class OutboxMail {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn()
  id: number;

  /** The RFC 5322 Message-ID, fixed at queue time: a retry sends the same one, so a receiver can tell it apart. */
  @Field({ description: 'The Message-ID header, the same on every attempt.' })
  @Index('UQ_outbox_mail_message_id', { unique: true })
  @Column(shortText(255))
  messageId: string;

  @Field({ description: 'What caused it: INVITATION, MESSAGE, NOTIFICATION, …' })
  @Column(shortText(32))
  purpose: string;

  @Field({ description: 'Recipient address.' })
  @Column(shortText(320))
  toAddress: string;

  @Field({ description: 'Recipient name.' })
  @Column(shortText(255, { default: '' }))
  toName: string;

  /** The recipient's account, when the e-mail goes to a user. */
  @Column({ type: 'int', nullable: true })
  userId: number | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'userId' })
  user: Relation<User> | null;

  /** The session it is about: scopes it (a manager reads the outbox of the sessions they manage). */
  @Column({ type: 'int', nullable: true })
  sessionId: number | null;

  @ManyToOne(() => Session, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'sessionId' })
  session: Relation<Session> | null;

  @Column({ type: 'int', nullable: true })
  eventId: number | null;

  @ManyToOne(() => Event, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'eventId' })
  event: Relation<Event> | null;

  @Field({ description: 'Subject line.' })
  @Column(shortText(998))
  subject: string;

  @Field({ description: 'Plain-text body.' })
  @Column(longText())
  text: string;

  @Field(() => String, { nullable: true, description: 'HTML body, built with every value escaped.' })
  @Column(longText({ nullable: true }))
  html: string | null;

  /** JSON array of { filename, contentType, content (base64) }: small files only (an invitation's .ics). */
  @Column(longText({ nullable: true }))
  attachments: string | null;

  @Field(() => MailState, { description: 'Pending, sent or failed.' })
  @Column(enumText())
  state: MailState;

  @Field(() => Int, { description: 'How many times sending was tried.' })
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Field({ description: 'When it is due to be tried (next) (UTC).' })
  @Column(instant())
  nextAttemptAt: Date;

  /** The worker that holds it, and until when: a claim that expires (a crashed worker) frees the row. */
  @Column(shortText(64, { nullable: true }))
  claimedBy: string | null;

  @Column(instant({ nullable: true }))
  claimedUntil: Date | null;

  @Field(() => String, { nullable: true, description: "The mail server's last refusal or error." })
  @Column(longText({ nullable: true }))
  lastError: string | null;

  @Field({ description: 'When it was queued (UTC).' })
  @Column(instant())
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the mail server accepted it (UTC).' })
  @Column(instant({ nullable: true }))
  sentAt: Date | null;
}
