import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { enumText, instant, shortText } from './columns';
import { TemplateKind } from './enums';
import { Event } from './event.entity';
import { OutboxMail } from './outbox-mail.entity';
import { Session } from './session.entity';
import { Template } from './template.entity';
import { User } from './user.entity';

/**
 * #10 §5: one invitation (convocation) sent to one learner, kept as audit evidence (Qualiopi: the convocation
 * sent before the training). Written in the transaction that queues its e-mail, never updated. The address, the
 * name and the template's name are copied, so the evidence still reads right after the account or the template
 * changes or goes.
 */
@ObjectType('InvitationSending', { description: 'An invitation sent to a learner by e-mail, kept as evidence (#10 §5).' })
@Entity('invitation_sending')
@Index('IDX_invitation_sending_session', ['sessionId', 'sentAt', 'id'])
@Index('IDX_invitation_sending_event', ['eventId', 'sentAt', 'id'])
@Index('IDX_invitation_sending_user', ['userId', 'id'])
export class InvitationSending {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => TemplateKind, { description: 'SESSION_INVITATION or EVENT_INVITATION.' })
  @Column(enumText({ length: 32 }))
  kind: TemplateKind;

  /** The session it invites to, or the session of the event: scopes it. */
  @Column({ type: 'int' })
  sessionId: number;

  @ManyToOne(() => Session, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sessionId' })
  session: Relation<Session>;

  /** The event, for an event invitation; NULL for a session invitation. */
  @Column({ type: 'int', nullable: true })
  eventId: number | null;

  @ManyToOne(() => Event, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'eventId' })
  event: Relation<Event> | null;

  /** The learner; NULL once their account is gone (the address and name stay). */
  @Column({ type: 'int', nullable: true })
  userId: number | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'userId' })
  user: Relation<User> | null;

  @Field({ description: 'The address it was sent to.' })
  @Column(shortText(320))
  toAddress: string;

  @Field({ description: 'The name it was sent to.' })
  @Column(shortText(255))
  toName: string;

  @Field({ description: 'Subject line of the e-mail.' })
  @Column(shortText(998))
  subject: string;

  @Field({ description: 'Language it was written in: "fr" or "en".' })
  @Column(shortText(8))
  locale: string;

  /** The template used; NULL for a default template shipped with Cursus, or once the template is deleted. */
  @Column({ type: 'int', nullable: true })
  templateId: number | null;

  @ManyToOne(() => Template, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'templateId' })
  template: Relation<Template> | null;

  @Field({ description: 'The template’s name when it was sent, or « default fr » / « default en » for the shipped ones.' })
  @Column(shortText(255))
  templateName: string;

  /** Its e-mail in the outbox (domain/outbox.ts); NULL once the outbox row is purged. */
  @Column({ type: 'int', nullable: true })
  outboxMailId: number | null;

  @ManyToOne(() => OutboxMail, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'outboxMailId' })
  outboxMail: Relation<OutboxMail> | null;

  /** Who sent it; NULL once that account is gone. */
  @Column({ type: 'int', nullable: true })
  sentById: number | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'sentById' })
  sentBy: Relation<User> | null;

  @Field({ description: 'When it was queued (UTC).' })
  @Column(instant())
  sentAt: Date;
}
