import { IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Template, TemplateKind } from '../../entities';
import { LineText, Locale, LongText, ShortText } from './validators';
import { CLEARING, Writes } from './validate-input';

@InputType('UpdateTemplateInput', { description: `Changes to a template; omitted fields stay as they are. ${CLEARING}` })
@Writes(Template)
export class UpdateTemplateInput {
  @Field({ nullable: true, description: 'Name.' })
  @IsOptional()
  @ShortText('name')
  name?: string;

  @Field(() => TemplateKind, { nullable: true, description: 'What it is used for.' })
  kind?: TemplateKind;

  @Field({ nullable: true, description: 'Language: "fr" or "en".' })
  @IsOptional()
  @Locale()
  locale?: string;

  @Field({ nullable: true, description: 'Subject line or document title.' })
  @IsOptional()
  @LineText('subject')
  subject?: string;

  @Field({ nullable: true, description: 'Body with {{placeholders}}.' })
  @IsOptional()
  @LongText('body', 100000)
  body?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Owning organisation, one you manage; null = shared (administrators only). Omitted on creation: shared.',
  })
  organisationId?: string | null;
}

@InputType('CreateTemplateInput', { description: 'A new template.' })
export class CreateTemplateInput extends UpdateTemplateInput {
  @Field({ description: 'Name.' })
  @ShortText('name')
  name: string;

  @Field(() => TemplateKind, { description: 'What it is used for.' })
  kind: TemplateKind;

  @Field({ description: 'Body with {{placeholders}}.' })
  @LongText('body', 100000)
  body: string;
}
