import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { enumText, instant, longText, shortText } from './columns';
import { InscriptionMode } from './enums';
import { Location } from './location.entity';
import { Session } from './session.entity';

/** A dated meeting (séance) inside a session. Its status is derived from endAt at query time (R4). */
@ObjectType('Event', { description: 'A dated meeting (séance) inside a session.' })
@Entity('event')
@Index('IDX_event_session_start', ['sessionId', 'startAt', 'id'])
@Index('IDX_event_session_end', ['sessionId', 'endAt'])
// #7 screen 5: the session page's events tables sort by name.
@Index('IDX_event_session_name', ['sessionId', 'name', 'id'])
@Index('IDX_event_end', ['endAt', 'id'])
@Index('IDX_event_start', ['startAt', 'id'])
// #8 screen 5: the events table across sessions sorts by name.
@Index('IDX_event_name', ['name', 'id'])
export class Event {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  sessionId: number;

  @ManyToOne(() => Session, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sessionId' })
  session: Relation<Session>;

  @Field({ description: 'Name.' })
  @Column(shortText(255))
  name: string;

  @Field({ description: 'Description (may be empty).' })
  @Column(longText())
  description: string;

  @Field({ description: 'Start (UTC instant); shown in the location time zone.' })
  @Column(instant())
  startAt: Date;

  @Field({ description: 'End (UTC instant); once it has passed the event is ENDED (R4).' })
  @Column(instant())
  endAt: Date;

  @Index('IDX_event_location')
  @Column({ type: 'int', nullable: true })
  locationId: number | null;

  @ManyToOne(() => Location, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'locationId' })
  location: Relation<Location> | null;

  @Field({ description: 'Extra location information: room number, door code, map link.' })
  @Column(longText())
  locationExtra: string;

  @Field(() => InscriptionMode, { description: 'How learners get into this event (R3).' })
  @Column(enumText())
  inscriptionMode: InscriptionMode;

  @Field(() => Int, { nullable: true, description: 'Capacity; empty means unlimited (R6).' })
  @Column({ type: 'int', nullable: true })
  maxUsers: number | null;

  /**
   * iCalendar SEQUENCE (RFC 5545): raised by every change of the event (domain/events.ts updateEvent), so a
   * calendar that subscribed to it replaces its copy.
   */
  @Field(() => Int, { description: 'Revision number, raised by every change (the SEQUENCE of its iCalendar entry).' })
  @Column({ type: 'int', default: 0 })
  sequence: number;

  @Field({ description: 'When it was created (UTC).' })
  @Column(instant())
  createdAt: Date;
}
