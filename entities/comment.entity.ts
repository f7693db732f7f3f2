import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { instant, longText } from './columns';
import { Event } from './event.entity';
import { User } from './user.entity';

@ObjectType('Comment', { description: "A note on an event, written by staff and visible to the event's users (R11)." })
@Entity('comment')
@Index('IDX_comment_event_created', ['eventId', 'createdAt', 'id'])
export class Comment {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  eventId: number;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'eventId' })
  event: Relation<Event>;

  // NULL once the author's account is deleted, or for comments written by the system: the note stays.
  @Index('IDX_comment_author')
  @Column({ type: 'int', nullable: true })
  authorId: number | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'authorId' })
  author: Relation<User> | null;

  @Field({ description: 'Text of the comment.' })
  @Column(longText())
  content: string;

  @Field({ description: 'When it was written (UTC).' })
  @Column(instant())
  createdAt: Date;

  @Field({ description: 'When it was last edited (UTC).' })
  @Column(instant())
  updatedAt: Date;
}
