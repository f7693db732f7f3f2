import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { enumText, instant } from './columns';
import { NotificationKind } from './enums';
import { Event } from './event.entity';
import { Session } from './session.entity';
import { User } from './user.entity';

/**
 * #9 §4: something a user is told, read inside Cursus (the header's unread count). Written only by
 * domain/notifications.ts `notify`, which the messaging issue extends with e-mail. The text is not stored:
 * screens word it from the kind and the session or event, in the reader's language.
 */
@ObjectType('Notification', { description: 'Something you are told, e.g. that you left a waiting list for a seat.' })
@Entity('notification')
@Index('IDX_notification_user_id', ['userId', 'id'])
@Index('IDX_notification_user_unread', ['userId', 'readAt'])
export class Notification {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  userId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user: Relation<User>;

  @Field(() => NotificationKind, { description: 'What happened.' })
  @Column(enumText())
  kind: NotificationKind;

  @Index('IDX_notification_session')
  @Column({ type: 'int' })
  sessionId: number;

  @ManyToOne(() => Session, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sessionId' })
  session: Relation<Session>;

  @Index('IDX_notification_event')
  @Column({ type: 'int', nullable: true })
  eventId: number | null;

  @ManyToOne(() => Event, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'eventId' })
  event: Relation<Event> | null;

  @Field({ description: 'When it happened (UTC).' })
  @Column(instant())
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When you read it (UTC); empty while unread.' })
  @Column(instant({ nullable: true }))
  readAt: Date | null;
}
