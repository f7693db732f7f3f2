import { IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Organisation } from '../../entities';
import { ShortText } from './validators';
import { CLEARING, Writes } from './validate-input';

@InputType('UpdateOrganisationInput', { description: `Changes to an organisation; omitted fields stay as they are. ${CLEARING}` })
@Writes(Organisation)
export class UpdateOrganisationInput {
  @Field({ nullable: true, description: 'Name.' })
  @IsOptional()
  @ShortText('name')
  name?: string;

  @Field(() => String, { nullable: true, description: 'Short unique code; null for none.' })
  @IsOptional()
  @ShortText('code', 64)
  code?: string | null;

  @Field(() => ID, { nullable: true, description: 'Parent organisation; null for a top-level one.' })
  parentId?: string | null;
}

@InputType('CreateOrganisationInput', { description: 'A new organisation.' })
export class CreateOrganisationInput extends UpdateOrganisationInput {
  @Field({ description: 'Name.' })
  @ShortText('name')
  name: string;
}
