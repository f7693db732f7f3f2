import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { instant } from './columns';
import { Message } from './message.entity';
import { User } from './user.entity';

/**
 * R13, #10 §8: one learner's copy of an internal message, the line of their inbox (read on /me, counted in the
 * header while unread). Its id is what the inbox pages on and marks read.
 */
@ObjectType('ReceivedMessage', { description: 'A message in your inbox (R13).' })
@Entity('message_recipient')
@Index('UQ_message_recipient_message_user', ['messageId', 'userId'], { unique: true })
@Index('IDX_message_recipient_user_id', ['userId', 'id'])
@Index('IDX_message_recipient_user_unread', ['userId', 'readAt'])
export class MessageRecipient {
  @Field(() => ID, { description: 'Identifier of this copy (what markMessagesRead takes).' })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  messageId: number;

  @ManyToOne(() => Message, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'messageId' })
  message: Relation<Message>;

  @Column({ type: 'int' })
  userId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user: Relation<User>;

  @Field(() => Date, { nullable: true, description: 'When you read it (UTC); empty while unread.' })
  @Column(instant({ nullable: true }))
  readAt: Date | null;
}
