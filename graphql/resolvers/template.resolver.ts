import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { createTemplate, deleteTemplate, listTemplates, updateTemplate } from '../../domain/templates';
import { Organisation, Template, TemplateKind } from '../../entities';
import { PageArgs, toConnection } from '../connection';
import { TemplateConnection } from '../connections';
import type { GraphQLContext } from '../context';
import { toId, toOptionalId } from '../ids';
import { CreateTemplateInput, UpdateTemplateInput } from '../inputs/template.input';

@Resolver(() => Template)
export class TemplateResolver {
  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation it belongs to and whose managers manage it; null when shared (administrators manage it).' })
  organisation(@Root() template: Template, @Ctx() ctx: GraphQLContext) {
    return template.organisationId === null ? null : ctx.loaders.organisation.load(template.organisationId);
  }

  @Query(() => TemplateConnection, { description: 'Document templates: shared ones, and those of the organisations you manage (administrators: all).' })
  async templates(
    @Ctx() ctx: GraphQLContext,
    @Args() page: PageArgs,
    @Arg('kind', () => TemplateKind, { nullable: true, description: 'Only this kind.' }) kind?: TemplateKind,
  ) {
    return toConnection(await listTemplates(ctx.domain, kind, page));
  }

  @Mutation(() => Template, { description: 'Creates a template.' })
  createTemplate(@Ctx() ctx: GraphQLContext, @Arg('input', { description: 'The template.' }) input: CreateTemplateInput) {
    return createTemplate(ctx.domain, { ...input, organisationId: toOptionalId(input.organisationId, 'Organisation', 'organisationId') });
  }

  @Mutation(() => Template, { description: 'Changes a template.' })
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
