import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { enumText, instant, longText, shortText } from './columns';
import { InscriptionMode } from './enums';

@ObjectType('Training', { description: 'A course in the catalogue (formation), with the default settings of its sessions.' })
@Entity('training')
export class Training {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'Unique code.' })
  @Index('UQ_training_code', { unique: true })
  @Column(shortText(64))
  code: string;

  @Field({ description: 'Title.' })
  @Index('IDX_training_title')
  @Column(shortText(255))
  title: string;

  @Field({ description: 'Description (may be empty).' })
  @Column(longText())
  description: string;

  // What French funders audit in a catalogue (Qualiopi): objectives, prerequisites, duration, audience, accessibility.
  @Field({ description: 'Learning objectives (may be empty).' })
  @Column(longText({ default: '' }))
  objectives: string;

  @Field({ description: 'Prerequisites (may be empty: none).' })
  @Column(longText({ default: '' }))
  prerequisites: string;

  @Field(() => Int, { nullable: true, description: 'Length of the training in hours; empty when not given.' })
  @Column({ type: 'int', nullable: true })
  durationHours: number | null;

  @Field({ description: 'Who it is for: the intended audience (public visé; may be empty).' })
  @Column(longText({ default: '' }))
  audience: string;

  @Field({ description: 'Accessibility to people with disabilities: arrangements and whom to contact (may be empty).' })
  @Column(longText({ default: '' }))
  accessibility: string;

  @Field(() => Int, { description: 'Default length of a new session, in days (R2).' })
  @Column({ type: 'int', default: 1 })
  defaultSessionDays: number;

  @Field({ description: 'Default: learners may register themselves from the catalogue (R8).' })
  @Column({ type: 'boolean', default: false })
  publicRegistration: boolean;

  @Field({ description: 'Default: learners may unregister themselves (R8).' })
  @Column({ type: 'boolean', default: false })
  publicUnregistration: boolean;

  @Field({ description: 'Default: registrations wait for a manager to accept them (R7).' })
  @Column({ type: 'boolean', default: false })
  registrationValidation: boolean;

  @Field(() => Int, { nullable: true, description: 'Default capacity of a session; empty means unlimited.' })
  @Column({ type: 'int', nullable: true })
  maxUsers: number | null;

  @Field(() => InscriptionMode, { description: 'Default event inscription mode of its sessions (R3).' })
  @Column(enumText({ default: InscriptionMode.MANUAL }))
  eventInscriptionMode: InscriptionMode;

  @Field({ description: 'When it was created (UTC).' })
  @Column(instant())
  createdAt: Date;
}
