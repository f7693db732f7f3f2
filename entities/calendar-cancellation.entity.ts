import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { instant, shortText } from './columns';

/**
 * An event that left a user's calendar: the event was deleted, or the user's registration to it was removed.
 * Kept for a bounded time (domain/calendar.ts CANCELLATION_DAYS) so the user's feed can say STATUS:CANCELLED
 * with the event's last UID and a higher SEQUENCE; no foreign key to the event, which may be gone.
 */
@Entity('calendar_cancellation')
@Index('IDX_calendar_cancellation_user', ['userId', 'createdAt'])
@Index('IDX_calendar_cancellation_created', ['createdAt'])
export class CalendarCancellation {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  userId: number;

  @Column({ type: 'int' })
  eventId: number;

  @Column(shortText(255))
  name: string;

  @Column(instant())
  startAt: Date;

  @Column(instant())
  endAt: Date;

  /** The SEQUENCE the cancellation is published with: above every one the event had. */
  @Column({ type: 'int' })
  sequence: number;

  @Column(instant())
  createdAt: Date;
}
