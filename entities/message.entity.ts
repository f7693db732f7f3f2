import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { enumText, instant, longText, shortText } from './columns';
import { MessageChannels } from './enums';
import { Event } from './event.entity';
import { Session } from './session.entity';
import { User } from './user.entity';

/**
 * R13, #10 §8: a message staff sent to the learners of a session or of one of its events (seed 002,
 * « l'enveloppe »). Written only by domain/messages.ts `sendMessage`, with its recipients (internal) and its
 * e-mails (the outbox) in the same transaction. The counts are what was done at sending time.
 */
@ObjectType('Message', { description: 'A message sent to the learners of a session or an event (R13).' })
@Entity('message')
@Index('IDX_message_session_id', ['sessionId', 'id'])
export class Message {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn()
  id: number;

  /** Who sent it; kept (empty) when their account is deleted. */
  @Column({ type: 'int', nullable: true })
  senderId: number | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'senderId' })
  sender: Relation<User> | null;

  @Column({ type: 'int' })
  sessionId: number;

  @ManyToOne(() => Session, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sessionId' })
  session: Relation<Session>;

  /** Set when it went to an event's registrants rather than to the whole session. */
  @Index('IDX_message_event')
  @Column({ type: 'int', nullable: true })
  eventId: number | null;

  @ManyToOne(() => Event, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'eventId' })
  event: Relation<Event> | null;

  @Field({ description: 'Subject.' })
  @Column(shortText(255))
  subject: string;

  @Field({ description: 'Body, plain text (line breaks kept).' })
  @Column(longText())
  body: string;

  @Field(() => MessageChannels, { description: 'Internal message, e-mail, or both.' })
  @Column(enumText())
  channels: MessageChannels;

  @Field({ description: 'When it was sent (UTC).' })
  @Column(instant())
  createdAt: Date;

  @Field(() => Int, { description: 'Learners it was addressed to.' })
  @Column({ type: 'int' })
  recipientCount: number;

  @Field(() => Int, { description: 'E-mails queued in the outbox for it (learners with an address, when sent by e-mail).' })
  @Column({ type: 'int' })
  emailCount: number;
}
