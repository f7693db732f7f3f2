import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { createOrganisation, deleteOrganisation, listOrganisations, updateOrganisation } from '../../domain/organisations';
import { Organisation } from '../../entities';
import { PageArgs, toConnection } from '../connection';
import { OrganisationConnection } from '../connections';
import type { GraphQLContext } from '../context';
import { toId, toOptionalId } from '../ids';
import { CreateOrganisationInput, UpdateOrganisationInput } from '../inputs/organisation.input';

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => OrganisationConnection, { description: 'Organisations, by name.' })
  async organisations(@Ctx() ctx: GraphQLContext, @Args() page: PageArgs) {
    return toConnection(await listOrganisations(ctx.domain, page));
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The parent organisation, if any.' })
  parent(@Root() organisation: Organisation, @Ctx() ctx: GraphQLContext) {
    return organisation.parentId === null ? null : ctx.loaders.organisation.load(organisation.parentId);
  }

  @Mutation(() => Organisation, { description: 'Creates an organisation.' })
  createOrganisation(@Ctx() ctx: GraphQLContext, @Arg('input', { description: 'The organisation.' }) input: CreateOrganisationInput) {
    return createOrganisation(ctx.domain, { ...input, parentId: toOptionalId(input.parentId, 'Organisation', 'parentId') });
  }

  @Mutation(() => Organisation, { description: 'Changes an organisation.' })
  updateOrganisation(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'Its id.' }) id: string,
    @Arg('input', { description: 'The changes.' }) input: UpdateOrganisationInput,
  ) {
    const parentId = toOptionalId(input.parentId, 'Organisation', 'parentId');
    return updateOrganisation(ctx.domain, toId(id, 'Organisation'), { ...input, parentId });
  }

  @Mutation(() => Organisation, { description: 'Deletes an organisation (its sub-organisations become top-level).' })
  deleteOrganisation(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'Its id.' }) id: string) {
    return deleteOrganisation(ctx.domain, toId(id, 'Organisation'));
  }
}
