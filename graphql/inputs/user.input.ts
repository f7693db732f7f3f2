import { IsEmail, IsOptional, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { User } from '../../entities';
import { Locale, ShortText } from './validators';
import { CLEARING, Writes } from './validate-input';

@InputType('UpdateUserInput', { description: `Changes to a user; omitted fields stay as they are. ${CLEARING}` })
@Writes(User)
export class UpdateUserInput {
  @Field({ nullable: true, description: 'E-mail address (unique).' })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(255)
  email?: string;

  @Field({ nullable: true, description: 'First name.' })
  @IsOptional()
  @ShortText('firstName', 100)
  firstName?: string;

  @Field({ nullable: true, description: 'Last name.' })
  @IsOptional()
  @ShortText('lastName', 100)
  lastName?: string;

  @Field({ nullable: true, description: 'Language: "fr" or "en".' })
  @IsOptional()
  @Locale()
  locale?: string;

  @Field({ nullable: true, description: 'IANA time zone.' })
  @IsOptional()
  @ShortText('timeZone', 64)
  timeZone?: string;

  @Field({ nullable: true, description: 'false to deactivate the account (its sessions and tokens stop at once).' })
  active?: boolean;

  @Field({ nullable: true, description: 'Platform administrator (administrators only).' })
  isAdmin?: boolean;
}

@InputType('CreateUserInput', { description: 'A new user.' })
export class CreateUserInput extends UpdateUserInput {
  @Field({ description: 'E-mail address (unique).' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(255)
  email: string;

  @Field({ description: 'First name.' })
  @ShortText('firstName', 100)
  firstName: string;

  @Field({ description: 'Last name.' })
  @ShortText('lastName', 100)
  lastName: string;
}
