import { ArrayMaxSize, IsOptional, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { Event, InscriptionMode } from '../../entities';
import { LongText, ShortText } from './validators';
import { CLEARING, Writes } from './validate-input';

@InputType('UpdateEventInput', { description: `Changes to an event; omitted fields stay as they are. ${CLEARING}` })
@Writes(Event)
export class UpdateEventInput {
  @Field({ nullable: true, description: 'Name.' })
  @IsOptional()
  @ShortText('name')
  name?: string;

  @Field({ nullable: true, description: 'Description.' })
  @IsOptional()
  @LongText('description')
  description?: string;

  @Field({ nullable: true, description: 'Start (UTC instant).' })
  startAt?: Date;

  @Field({ nullable: true, description: 'End (UTC instant); not before the start.' })
  endAt?: Date;

  @Field(() => ID, { nullable: true, description: 'Location; null for none (platform time zone).' })
  locationId?: string | null;

  @Field({ nullable: true, description: 'Room number, door code, map link…' })
  @IsOptional()
  @LongText('locationExtra', 2000)
  locationExtra?: string;

  @Field(() => [ID], { nullable: true, description: "Trainers, among the session's trainers (R9); replaces the current ones." })
  @IsOptional()
  @ArrayMaxSize(100)
  trainerIds?: string[];

  @Field(() => InscriptionMode, { nullable: true, description: 'Inscription mode (R3).' })
  inscriptionMode?: InscriptionMode;

  @Field(() => Int, { nullable: true, description: 'Capacity; null means unlimited.' })
  @IsOptional()
  @Min(1)
  @Max(100000)
  maxUsers?: number | null;
}

@InputType('CreateEventInput', { description: "A new event; omitted mode and capacity take the session's (R3)." })
export class CreateEventInput extends UpdateEventInput {
  @Field(() => ID, { description: 'The session the event belongs to.' })
  sessionId: string;

  @Field({ description: 'Name.' })
  @ShortText('name')
  name: string;

  @Field({ description: 'Start (UTC instant).' })
  startAt: Date;

  @Field({ description: 'End (UTC instant); not before the start.' })
  endAt: Date;
}

@InputType('EventFilter', { description: 'Which events to list.' })
export class EventFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only the events of this session.' })
  sessionId?: string;

  @Field({ nullable: true, description: 'Words in the name.' })
  search?: string;

  @Field({ nullable: true, description: 'true: ended events only; false: open events only (R4); omitted: all.' })
  ended?: boolean;

  @Field({ nullable: true, description: 'true: only the events of sessions you manage or teach (as a confirmed trainer).' })
  asStaff?: boolean;

  @Field({ nullable: true, description: 'true: only the events you are confirmed in, as learner or trainer (your agenda).' })
  mine?: boolean;

  @Field({ nullable: true, description: 'Only events starting at or after this instant.' })
  startsAfter?: Date;

  @Field({ nullable: true, description: 'Only events starting before this instant.' })
  startsBefore?: Date;

  @Field({ nullable: true, description: 'Only events ending after this instant.' })
  endsAfter?: Date;

  @Field(() => ID, { nullable: true, description: 'Only the events at this location.' })
  locationId?: string;

  @Field(() => ID, { nullable: true, description: 'Only the events this person teaches.' })
  trainerId?: string;
}
