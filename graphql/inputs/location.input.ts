import { IsOptional, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { Location } from '../../entities';
import { LongText, ShortText } from './validators';
import { CLEARING, Writes } from './validate-input';

@InputType('UpdateLocationInput', { description: `Changes to a location; omitted fields stay as they are. ${CLEARING}` })
@Writes(Location)
export class UpdateLocationInput {
  @Field({ nullable: true, description: 'Name.' })
  @IsOptional()
  @ShortText('name')
  name?: string;

  @Field({ nullable: true, description: 'Postal address.' })
  @IsOptional()
  @LongText('address', 1000)
  address?: string;

  @Field({ nullable: true, description: 'IANA time zone, e.g. Europe/Paris.' })
  @IsOptional()
  @ShortText('timeZone', 64)
  timeZone?: string;

  @Field(() => Int, { nullable: true, description: 'Seats; null when unknown.' })
  @IsOptional()
  @Min(1)
  @Max(100000)
  capacity?: number | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Owning organisation, one you manage; null = shared (administrators only). Omitted on creation: shared.',
  })
  organisationId?: string | null;
}

@InputType('CreateLocationInput', { description: 'A new location.' })
export class CreateLocationInput extends UpdateLocationInput {
  @Field({ description: 'Name.' })
  @ShortText('name')
  name: string;

  @Field({ description: 'IANA time zone, e.g. Europe/Paris.' })
  @ShortText('timeZone', 64)
  timeZone: string;
}
