import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { instant } from './columns';
import { Event } from './event.entity';
import { Inscription } from './inscription.entity';
import { Session } from './session.entity';
import { User } from './user.entity';

/** #9 §4: a reordering of a waiting list by staff, kept as history: who moved whom, when, from where to where. */
@ObjectType('WaitingListMove', { description: 'A move of a learner in a waiting list by staff (#9 §4).' })
@Entity('waiting_list_move')
@Index('IDX_waiting_list_move_session', ['sessionId', 'id'])
export class WaitingListMove {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  sessionId: number;

  @ManyToOne(() => Session, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sessionId' })
  session: Relation<Session>;

  @Column({ type: 'int', nullable: true })
  eventId: number | null;

  @ManyToOne(() => Event, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'eventId' })
  event: Relation<Event> | null;

  // The history outlives the inscription (promoted, then unregistered): NULL then.
  @Index('IDX_waiting_list_move_inscription')
  @Column({ type: 'int', nullable: true })
  inscriptionId: number | null;

  @ManyToOne(() => Inscription, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'inscriptionId' })
  inscription: Relation<Inscription> | null;

  /** The learner moved. */
  @Index('IDX_waiting_list_move_user')
  @Column({ type: 'int', nullable: true })
  userId: number | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'userId' })
  user: Relation<User> | null;

  /** Who moved them (NULL once their account is deleted, or for the system). */
  @Index('IDX_waiting_list_move_by')
  @Column({ type: 'int', nullable: true })
  movedById: number | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'movedById' })
  movedBy: Relation<User> | null;

  @Field(() => Int, { description: 'Position before the move (1 = next).' })
  @Column({ type: 'int' })
  fromPosition: number;

  @Field(() => Int, { description: 'Position after the move.' })
  @Column({ type: 'int' })
  toPosition: number;

  @Field({ description: 'When (UTC).' })
  @Column(instant())
  movedAt: Date;
}
