import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { enumText, instant } from './columns';
import { InscriptionRole, InscriptionState } from './enums';
import { Event } from './event.entity';
import { Session } from './session.entity';
import { User } from './user.entity';

/**
 * A user's registration to a session (eventId NULL) or to one of its events. sessionId is always set, so
 * "leave the session, leave its events" (R3) is one indexed query.
 */
@ObjectType('Inscription', { description: "A user's registration to a session or an event, as learner or trainer." })
@Entity('inscription')
// One inscription per user, role and session or event. eventKey is a generated COALESCE(eventId, 0): a
// unique index over the nullable eventId itself would let duplicates through on MySQL and SQLite.
@Index('UQ_inscription_user_role_target', ['userId', 'role', 'sessionId', 'eventKey'], { unique: true })
@Index('IDX_inscription_session_role_state', ['sessionId', 'role', 'state', 'id'])
@Index('IDX_inscription_event_role_state', ['eventId', 'role', 'state', 'id'])
// #11: a session's own learners (eventId NULL) by role and state, in id order, without reading its events' rows.
@Index('IDX_inscription_session_event_role_state', ['sessionId', 'eventId', 'role', 'state'])
// #11: a person's confirmed events (the agenda, calendar feeds) from the index alone, not from their rows.
@Index('IDX_inscription_user_state_event', ['userId', 'state', 'eventId'])
export class Inscription {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  userId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user: Relation<User>;

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

  @Column({
    type: 'int',
    generatedType: 'STORED',
    asExpression: 'COALESCE(eventId, 0)',
    // MariaDB accepts no NULL / NOT NULL clause on a generated column; the expression is never NULL anyway.
    nullable: true,
    insert: false,
    update: false,
    select: false,
  })
  eventKey: number | null;

  @Field(() => InscriptionRole, { description: 'Learner or trainer.' })
  @Column(enumText())
  role: InscriptionRole;

  @Field(() => InscriptionState, { description: 'Where the registration stands.' })
  @Column(enumText())
  state: InscriptionState;

  @Field({ description: 'When the registration was made (UTC); orders the waiting list (R6).' })
  @Column(instant())
  createdAt: Date;
}
