import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { createTemplate, deleteTemplate, listTemplates, updateTemplate } from '../../domain/templates';
import { Template, TemplateKind } from '../../entities';
import { PageArgs, toConnection } from '../connection';
import { TemplateConnection } from '../connections';
import type { GraphQLContext } from '../context';
import { toId } from '../ids';
import { CreateTemplateInput, UpdateTemplateInput } from '../inputs/template.input';

@Resolver(() => Template)
export class TemplateResolver {
  @Query(() => TemplateConnection, { description: 'Document templates.' })
  async templates(
    @Ctx() ctx: GraphQLContext,
    @Args() page: PageArgs,
    @Arg('kind', () => TemplateKind, { nullable: true, description: 'Only this kind.' }) kind?: TemplateKind,
  ) {
    return toConnection(await listTemplates(ctx.domain, kind, page));
  }

  @Mutation(() => Template, { description: 'Creates a template.' })
  createTemplate(@Ctx() ctx: GraphQLContext, @Arg('input', { description: 'The template.' }) input: CreateTemplateInput) {
    return createTemplate(ctx.domain, input);
  }

  @Mutation(() => Template, { description: 'Changes a template.' })
  updateTemplate(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'Its id.' }) id: string,
    @Arg('input', { description: 'The changes.' }) input: UpdateTemplateInput,
  ) {
    return updateTemplate(ctx.domain, toId(id, 'Template'), input);
  }

  @Mutation(() => Template, { description: 'Deletes a template.' })
  deleteTemplate(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'Its id.' }) id: string) {
    return deleteTemplate(ctx.domain, toId(id, 'Template'));
  }
}
