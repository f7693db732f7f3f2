import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { instant } from './columns';
import { Event } from './event.entity';
import { User } from './user.entity';

/**
 * #10 §1: an event whose attendance a trainer validated. From then on its attendance is locked: only a
 * manager's correction, with a reason, changes it. A table of its own rather than columns on `event`, which
 * every event query reads.
 */
@ObjectType('AttendanceValidation', { description: "The validation of an event's attendance, which locks it (#10 §1)." })
@Entity('attendance_validation')
export class AttendanceValidation {
  @PrimaryColumn({ type: 'int' })
  eventId: number;

  @OneToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'eventId' })
  event: Relation<Event>;

  @Column({ type: 'int', nullable: true })
  validatedById: number | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'validatedById' })
  validatedBy: Relation<User> | null;

  @Field({ description: 'When it was validated (UTC).' })
  @Column(instant())
  validatedAt: Date;
}
