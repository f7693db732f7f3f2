import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { enumText, instant, longText } from './columns';
import { AttendanceMethod, AttendanceStatus } from './enums';
import { Event } from './event.entity';
import { User } from './user.entity';

/**
 * #10 §1: one change of one attendance, never updated nor deleted with its account: the audit trail that
 * funders check (who, when, how, and for a correction after validation, why).
 */
@ObjectType('AttendanceChange', { description: 'One recorded change of an attendance: the audit trail (#10 §1).' })
@Entity('attendance_change')
@Index('IDX_attendance_change_event_user', ['eventId', 'userId', 'id'])
export class AttendanceChange {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  eventId: number;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'eventId' })
  event: Relation<Event>;

  @Column({ type: 'int' })
  userId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user: Relation<User>;

  @Field(() => AttendanceStatus, { description: 'The status before the change.' })
  @Column(enumText())
  fromStatus: AttendanceStatus;

  @Field(() => AttendanceStatus, { description: 'The status after the change.' })
  @Column(enumText())
  toStatus: AttendanceStatus;

  @Field(() => String, { nullable: true, description: 'The comment after the change.' })
  @Column(longText({ nullable: true }))
  comment: string | null;

  /** Who made it; NULL when that account is gone. */
  @Column({ type: 'int', nullable: true })
  changedById: number | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'changedById' })
  changedBy: Relation<User> | null;

  @Field({ description: 'When it was made (UTC).' })
  @Column(instant())
  changedAt: Date;

  @Field(() => AttendanceMethod, { description: 'By staff, or by the learner checking in.' })
  @Column(enumText())
  method: AttendanceMethod;

  @Field(() => String, { nullable: true, description: 'Why, for a correction after validation; empty otherwise.' })
  @Column(longText({ nullable: true }))
  correctionReason: string | null;
}
