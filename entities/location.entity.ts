import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { longText, shortText } from './columns';
import { Organisation } from './organisation.entity';

@ObjectType('Location', { description: 'A place events happen at.' })
@Entity('location')
// Issue 8 screen 6: the locations table sorts by name and by time zone.
@Index('IDX_location_name', ['name', 'id'])
@Index('IDX_location_time_zone', ['timeZone', 'id'])
export class Location {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'Display name.' })
  @Column(shortText(255))
  name: string;

  @Field({ description: 'Postal address.' })
  @Column(longText())
  address: string;

  @Field({ description: "IANA time zone (e.g. Europe/Paris): events held here are shown in this zone's local time." })
  @Column(shortText(64))
  timeZone: string;

  @Field(() => Int, { nullable: true, description: 'Number of seats in the room; empty when unknown.' })
  @Column({ type: 'int', nullable: true })
  capacity: number | null;

  // #6 §3: the owning organisation; NULL = shared, managed by administrators only. Exposed through
  // LocationResolver.organisation. When the organisation goes, its locations become shared (events keep them).
  @Index('IDX_location_organisation')
  @Column({ type: 'int', nullable: true })
  organisationId: number | null;

  @ManyToOne(() => Organisation, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisationId' })
  organisation: Relation<Organisation> | null;
}
