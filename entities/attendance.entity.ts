import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { enumText, instant, longText } from './columns';
import { AttendanceMethod, AttendanceStatus } from './enums';
import { Event } from './event.entity';
import { User } from './user.entity';

/**
 * #10 §1: where a registrant's attendance at an event stands now, one row per event and user. Every change
 * also appends an AttendanceChange, which is the audit trail; this row is what documents and totals read.
 */
@ObjectType('Attendance', { description: "A registrant's attendance at an event (#10 §1)." })
@Entity('attendance')
@Index('UQ_attendance_event_user', ['eventId', 'userId'], { unique: true })
@Index('IDX_attendance_user_event', ['userId', 'eventId'])
export class Attendance {
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

  @Field(() => AttendanceStatus, { description: 'Present, absent (excused or not), or not recorded yet.' })
  @Column(enumText())
  status: AttendanceStatus;

  @Field(() => String, { nullable: true, description: 'Optional comment of whoever recorded it.' })
  @Column(longText({ nullable: true }))
  comment: string | null;

  /** Who recorded the current status; NULL when that account is gone. */
  @Column({ type: 'int', nullable: true })
  recordedById: number | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recordedById' })
  recordedBy: Relation<User> | null;

  @Field({ description: 'When the current status was recorded (UTC).' })
  @Column(instant())
  recordedAt: Date;

  @Field(() => AttendanceMethod, { description: 'By staff, or by the learner checking in.' })
  @Column(enumText())
  method: AttendanceMethod;

  @Field(() => String, { nullable: true, description: 'Why it was changed after validation (a correction); empty otherwise.' })
  @Column(longText({ nullable: true }))
  correctionReason: string | null;
}
