import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { enumText, instant, longText, shortText } from './columns';
import { InscriptionMode } from './enums';
import { Training } from './training.entity';

/** One run of a training. It stores no organisations: they are its training's (R1). */
@ObjectType('Session', { description: "One run of a training. Its organisations are always its training's (R1)." })
@Entity('session')
@Index('IDX_session_training_start', ['trainingId', 'startDate', 'id'])
// #11: also covers the columns an open-sessions filter tests (end, training, public), so that counting them (the
// staff table's totalCount) reads this index alone, not the session rows.
@Index('IDX_session_start_covering', ['startDate', 'id', 'endDate', 'trainingId', 'publicRegistration'])
// #7 screen 4: every order of the sessions table walks an index, keyset (column, id).
@Index('IDX_session_end_id', ['endDate', 'id'])
@Index('IDX_session_title', ['title', 'id'])
@Index('IDX_session_training_title', ['trainingTitle', 'id'])
@Index('IDX_session_learners', ['learnerCount', 'id'])
@Index('IDX_session_capacity', ['maxUsers', 'id'])
@Index('IDX_session_pending', ['pendingCount', 'id'])
// The public catalogue (scope.ts): sessions open to public registration, by training.
@Index('IDX_session_public_training', ['publicRegistration', 'trainingId'])
// The response cache finds the latest cut-off passed (graphql/response-cache.ts) by walking this index back.
@Index('IDX_session_closes', ['registrationClosesAt'])
export class Session {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  trainingId: number;

  @ManyToOne(() => Training, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trainingId' })
  training: Relation<Training>;

  @Field({ description: 'Title.' })
  @Column(shortText(255))
  title: string;

  @Field({ description: 'Description (may be empty).' })
  @Column(longText())
  description: string;

  @Field({ description: 'Start (UTC instant).' })
  @Column(instant())
  startDate: Date;

  @Field({ description: 'End (UTC instant).' })
  @Column(instant())
  endDate: Date;

  /**
   * The training id when this is the training's default session, else NULL (R10). A unique index on this
   * column allows one default per training on both databases, where a unique (trainingId, isDefault) pair
   * would not (NULLs and `false` rows would collide or escape).
   */
  @Index('UQ_session_default_of_training', { unique: true })
  @Column({ type: 'int', nullable: true })
  defaultOfTrainingId: number | null;

  @Field({ description: "The training's default session, used when a learner applies to the training (R10)." })
  get defaultSession(): boolean {
    return this.defaultOfTrainingId !== null;
  }

  @Field({ description: 'Learners may register themselves from the catalogue (R8).' })
  @Column({ type: 'boolean', default: false })
  publicRegistration: boolean;

  @Field({ description: 'Learners may unregister themselves (R8).' })
  @Column({ type: 'boolean', default: false })
  publicUnregistration: boolean;

  @Field({ description: 'Registrations wait for a manager to accept them (R7).' })
  @Column({ type: 'boolean', default: false })
  registrationValidation: boolean;

  @Field(() => Int, { nullable: true, description: 'Capacity; empty means unlimited (R6).' })
  @Column({ type: 'int', nullable: true })
  maxUsers: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'R6: hours before the start (of the session, or of each of its events) after which a freed seat is no longer given ' +
      'to the waiting list automatically (staff then promote by hand); empty means promotion until the end.',
  })
  @Column({ type: 'int', nullable: true })
  promotionCutoffHours: number | null;

  @Field(() => Date, { nullable: true, description: 'R8: learners can no longer register themselves from this instant (UTC); empty means until the end.' })
  @Column(instant({ nullable: true }))
  registrationClosesAt: Date | null;

  @Field(() => InscriptionMode, { description: 'Default inscription mode of its events (R3).' })
  @Column(enumText({ default: InscriptionMode.MANUAL }))
  eventInscriptionMode: InscriptionMode;

  @Field({ description: 'When it was created (UTC).' })
  @Column(instant())
  createdAt: Date;

  /**
   * #7 screen 4: the training's title, copied so the sessions table sorts on it with an index of this table.
   * Written by createSession and, for all its sessions, by updateTraining (domain/trainings.ts).
   */
  @Column({ ...shortText(255), default: '' })
  trainingTitle: string;

  /**
   * #7 screen 4: confirmed learners of the session (eventId NULL), kept by seats.ts (recountSeats) in the
   * transaction that changes an inscription, so the table sorts on it with an index instead of counting.
   */
  @Field(() => Int, { description: 'Confirmed learners (seats taken, R6).' })
  @Column({ type: 'int', default: 0 })
  learnerCount: number;

  /** #7 screen 4: session registrations awaiting validation (R7), kept like learnerCount. */
  @Field(() => Int, { description: 'Session registrations awaiting validation (R7).' })
  @Column({ type: 'int', default: 0 })
  pendingCount: number;
}
