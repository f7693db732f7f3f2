import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Inscription } from './inscription.entity';

/**
 * R6, #9 §4: a WAITLISTED learner's place in the line of a session (eventKey 0) or of one of its events
 * (eventKey = the event id). Stored rather than derived because staff reorder the line. domain/waiting-list.ts
 * keeps one place per waiting inscription, numbered 1…N; the unique index forbids two learners on one place.
 */
@Entity('waiting_place')
@Index('UQ_waiting_place_line_position', ['sessionId', 'eventKey', 'position'], { unique: true })
export class WaitingPlace {
  // The keyset tie-breaker of paginated lists (domain/pagination.ts); positions are unique within a line anyway.
  @PrimaryGeneratedColumn()
  id: number;

  /** One place per inscription (OneToOne: a unique index). */
  @Column({ type: 'int' })
  inscriptionId: number;

  @OneToOne(() => Inscription, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'inscriptionId' })
  inscription: Relation<Inscription>;

  @Column({ type: 'int' })
  sessionId: number;

  /** The event id, or 0 for the session's own line (a unique index over a NULL would let duplicates through). */
  @Column({ type: 'int' })
  eventKey: number;

  @Column({ type: 'int' })
  position: number;
}
