import { Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, registerEnumType, Resolver, Root } from 'type-graphql';
import { placeholdersOf } from '../../domain/template-placeholders';
import { previewTemplate } from '../../domain/template-render';
import { createTemplate, deleteTemplate, listTemplates, managesTemplate, readTemplate, TemplateOrder, updateTemplate } from '../../domain/templates';
import { Organisation, Template, TemplateKind } from '../../entities';
import { PageArgs, toConnection } from '../connection';
import { TemplateConnection } from '../connections';
import type { GraphQLContext } from '../context';
import { toId, toOptionalId } from '../ids';
import { CreateTemplateInput, UpdateTemplateInput } from '../inputs/template.input';
import { OwnedPermissions } from '../owned-permissions';

registerEnumType(TemplateOrder, {
  name: 'TemplateOrder',
  description: 'How to order templates (each backed by an index).',
  valuesConfig: {
    ID_ASC: { description: 'Oldest first.' },
    NAME_ASC: { description: 'By name, A to Z.' },
    NAME_DESC: { description: 'By name, Z to A.' },
    UPDATED_DESC: { description: 'Last edited first.' },
    UPDATED_ASC: { description: 'Least recently edited first.' },
  },
});

@ObjectType('LocalizedText', { description: 'A text in each language of Cursus.' })
class LocalizedText {
  @Field({ description: 'In French.' })
  fr: string;

  @Field({ description: 'In English.' })
  en: string;
}

@ObjectType('TemplatePlaceholder', { description: 'A placeholder a template may use, written `{{ name }}` (R12).' })
class TemplatePlaceholder {
  @Field({ description: 'What goes between the braces, e.g. session.title.' })
  name: string;

  @Field(() => LocalizedText, { description: 'What it is replaced with.' })
  description: LocalizedText;

  @Field({ description: 'A list: written {{#name}}…{{/name}}, its content repeated for each item.', defaultValue: false })
  loop: boolean;

  @Field(() => String, { nullable: true, description: 'The loop whose items have it: written inside that loop, without prefix.' })
  within: string | null;
}

@ObjectType('TemplatePreview', { description: 'A template rendered with sample data (#10 §4).' })
class TemplatePreview {
  @Field({ description: 'The subject, plain text.' })
  subject: string;

  @Field({ description: 'The body as HTML paragraphs, every value escaped.' })
  html: string;

  @Field({ description: 'The body as plain text (PDFs, the text part of e-mails).' })
  text: string;
}

@Resolver(() => Template)
export class TemplateResolver {
  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation it belongs to and whose managers manage it; null when shared (administrators manage it).' })
  organisation(@Root() template: Template, @Ctx() ctx: GraphQLContext) {
    return template.organisationId === null ? null : ctx.loaders.organisation.load(template.organisationId);
  }

  @FieldResolver(() => OwnedPermissions, { description: 'What you may do with it.' })
  viewerCan(@Root() template: Template, @Ctx() ctx: GraphQLContext): OwnedPermissions {
    const manages = managesTemplate(ctx.domain, template);
    return { edit: manages, delete: manages };
  }

  @Query(() => TemplateConnection, { description: 'Document templates: shared ones, and those of the organisations you manage (administrators: all).' })
  async templates(
    @Ctx() ctx: GraphQLContext,
    @Args() page: PageArgs,
    @Arg('kind', () => TemplateKind, { nullable: true, description: 'Only this kind.' }) kind?: TemplateKind,
    @Arg('search', () => String, { nullable: true, description: 'Words in the name or the subject.' }) search?: string,
    @Arg('orderBy', () => TemplateOrder, { nullable: true, defaultValue: TemplateOrder.ID_ASC, description: 'Order.' })
    orderBy: TemplateOrder = TemplateOrder.ID_ASC,
  ) {
    return toConnection(await listTemplates(ctx.domain, { kind, search }, page, orderBy));
  }

  @Query(() => Template, { description: 'One template, among those `templates` lists to you.' })
  template(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'Its id.' }) id: string) {
    return readTemplate(ctx.domain, toId(id, 'Template'));
  }

  @Query(() => [TemplatePlaceholder], {
    description: 'The placeholders a template of this kind may use, each with its description; saving a template with any other is refused (UNKNOWN_PLACEHOLDER).',
  })
  templatePlaceholders(@Arg('kind', () => TemplateKind, { description: 'The kind of template.' }) kind: TemplateKind) {
    return placeholdersOf(kind).map((p) => ({ ...p, loop: p.loop ?? false, within: p.within ?? null }));
  }

  @Query(() => TemplatePreview, {
    description:
      'A template being written, rendered with sample data (nothing is saved or read); refused like a save (BAD_USER_INPUT, UNKNOWN_PLACEHOLDER or UNSAFE_PLACEHOLDER on subject or body).',
  })
  templatePreview(
    @Ctx() ctx: GraphQLContext,
    @Arg('kind', () => TemplateKind, { description: 'The kind of template.' }) kind: TemplateKind,
    @Arg('locale', { description: 'Its language: "fr" or "en".' }) locale: string,
    @Arg('subject', { description: 'The subject as written.' }) subject: string,
    @Arg('body', { description: 'The body as written.' }) body: string,
  ) {
    return previewTemplate(ctx.domain, kind, locale, { subject, body });
  }

  @Mutation(() => Template, { description: 'Creates a template; its subject and body may use only the placeholders of its kind (else BAD_USER_INPUT, UNKNOWN_PLACEHOLDER).' })
  createTemplate(@Ctx() ctx: GraphQLContext, @Arg('input', { description: 'The template.' }) input: CreateTemplateInput) {
    return createTemplate(ctx.domain, { ...input, organisationId: toOptionalId(input.organisationId, 'Organisation', 'organisationId') });
  }

  @Mutation(() => Template, { description: 'Changes a template; the result may use only the placeholders of its kind (else BAD_USER_INPUT, UNKNOWN_PLACEHOLDER).' })
  updateTemplate(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'Its id.' }) id: string,
    @Arg('input', { description: 'The changes.' }) input: UpdateTemplateInput,
  ) {
    const organisationId = toOptionalId(input.organisationId, 'Organisation', 'organisationId');
    return updateTemplate(ctx.domain, toId(id, 'Template'), { ...input, organisationId });
  }

  @Mutation(() => Template, { description: 'Deletes a template.' })
  deleteTemplate(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'Its id.' }) id: string) {
    return deleteTemplate(ctx.domain, toId(id, 'Template'));
  }
}
