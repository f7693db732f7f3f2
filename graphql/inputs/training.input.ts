import { ArrayMaxSize, ArrayMinSize, IsOptional, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { InscriptionMode, Training } from '../../entities';
import { LongText, ShortText } from './validators';
import { CLEARING, Writes } from './validate-input';

/** Settings a training gives its sessions by default (R2), and that a session may then change. */
@InputType('SessionSettingsInput', { description: 'Shared settings (base class, not used directly).' })
export abstract class SessionSettingsInput {
  @Field({ nullable: true, description: 'Description.' })
  @IsOptional()
  @LongText('description')
  description?: string;

  @Field({ nullable: true, description: 'Learners may register themselves from the catalogue (R8).' })
  publicRegistration?: boolean;

  @Field({ nullable: true, description: 'Learners may unregister themselves (R8).' })
  publicUnregistration?: boolean;

  @Field({ nullable: true, description: 'Registrations wait for a manager to accept them (R7).' })
  registrationValidation?: boolean;

  @Field(() => Int, { nullable: true, description: 'Capacity; null means unlimited.' })
  @IsOptional()
  @Min(1)
  @Max(100000)
  maxUsers?: number | null;

  @Field(() => InscriptionMode, { nullable: true, description: 'Inscription mode of the events (R3).' })
  eventInscriptionMode?: InscriptionMode;
}

@InputType('UpdateTrainingInput', { description: `Changes to a training; omitted fields stay as they are. ${CLEARING}` })
@Writes(Training)
export class UpdateTrainingInput extends SessionSettingsInput {
  @Field({ nullable: true, description: 'Unique code.' })
  @IsOptional()
  @ShortText('code', 64)
  code?: string;

  @Field({ nullable: true, description: 'Title.' })
  @IsOptional()
  @ShortText('title')
  title?: string;

  @Field(() => [ID], { nullable: true, description: 'Owning organisations (at least one); replaces the current ones (R1).' })
  @IsOptional()
  @ArrayMinSize(1, { message: 'a training needs at least one organisation' })
  @ArrayMaxSize(50)
  organisationIds?: string[];

  @Field({ nullable: true, description: 'Learning objectives.' })
  @IsOptional()
  @LongText('objectives')
  objectives?: string;

  @Field({ nullable: true, description: 'Prerequisites (empty: none).' })
  @IsOptional()
  @LongText('prerequisites')
  prerequisites?: string;

  @Field(() => Int, { nullable: true, description: 'Length of the training in hours; null: not given.' })
  @IsOptional()
  @Min(1)
  @Max(10000)
  durationHours?: number | null;

  @Field({ nullable: true, description: 'Who it is for (public visé).' })
  @IsOptional()
  @LongText('audience')
  audience?: string;

  @Field({ nullable: true, description: 'Accessibility to people with disabilities: arrangements, whom to contact.' })
  @IsOptional()
  @LongText('accessibility')
  accessibility?: string;

  @Field(() => Int, { nullable: true, description: 'Default length of a new session, in days.' })
  @IsOptional()
  @Min(1)
  @Max(366)
  defaultSessionDays?: number;
}

@InputType('CreateTrainingInput', { description: 'A new training.' })
export class CreateTrainingInput extends UpdateTrainingInput {
  @Field({ description: 'Unique code.' })
  @ShortText('code', 64)
  code: string;

  @Field({ description: 'Title.' })
  @ShortText('title')
  title: string;

  @Field(() => [ID], { description: 'Owning organisations (at least one).' })
  @ArrayMinSize(1, { message: 'a training needs at least one organisation' })
  organisationIds: string[];
}
