import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { instant, shortText } from './columns';
import { User } from './user.entity';

/**
 * A user's private iCalendar feed (/calendar/<secret>.ics). Only the SHA-256 of the secret is stored: the
 * address is shown once, when it is made; rotating replaces the hash, revoking deletes the row. One per user.
 */
@Entity('calendar_feed')
export class CalendarFeed {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('UQ_calendar_feed_user', { unique: true })
  @Column({ type: 'int' })
  userId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user: Relation<User>;

  // Hex SHA-256 of the secret (256 random bits: nothing to brute-force, so a fast hash is enough).
  @Index('UQ_calendar_feed_hash', { unique: true })
  @Column(shortText(64))
  secretHash: string;

  @Column(instant())
  createdAt: Date;
}
