import { Arg, Args, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { isPlatformAdmin } from '../../domain/actor';
import {
  createOrganisation,
  deleteOrganisation,
  listOrganisations,
  OrganisationContents,
  updateOrganisation,
} from '../../domain/organisations';
import { Organisation } from '../../entities';
import { PageArgs, toConnection } from '../connection';
import { OrganisationConnection } from '../connections';
import type { GraphQLContext } from '../context';
import { toId, toOptionalId } from '../ids';
import { CreateOrganisationInput, UpdateOrganisationInput } from '../inputs/organisation.input';

@ObjectType('OrganisationContents', { description: 'What an organisation holds: it is deleted only when all are 0.' })
class OrganisationContentsType implements OrganisationContents {
  @Field(() => Int, { description: 'Organisations directly under it.' }) subOrganisations: number;
  @Field(() => Int, { description: 'Members and managers.' }) members: number;
  @Field(() => Int, { description: 'Trainings it owns (with other organisations or alone).' }) trainings: number;
  @Field(() => Int, { description: 'Locations of its own.' }) locations: number;
  @Field(() => Int, { description: 'Templates of its own.' }) templates: number;
}

@ObjectType('OrganisationPermissions', { description: 'What you may do with an organisation.' })
class OrganisationPermissions {
  @Field({ description: 'Rename it, move it, delete it when empty (administrators).' })
  edit: boolean;
}

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

  @FieldResolver(() => OrganisationContentsType, { description: 'What it holds; only an empty organisation can be deleted.' })
  contents(@Root() organisation: Organisation, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.organisationContents.load(organisation.id);
  }

  @FieldResolver(() => OrganisationPermissions, { description: 'What you may do with it.' })
  viewerCan(@Ctx() ctx: GraphQLContext): OrganisationPermissions {
    return { edit: isPlatformAdmin(ctx.domain.actor) };
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

  @Mutation(() => Organisation, { description: 'Deletes an empty organisation (CONFLICT ORGANISATION_NOT_EMPTY otherwise: see `contents`).' })
  deleteOrganisation(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'Its id.' }) id: string) {
    return deleteOrganisation(ctx.domain, toId(id, 'Organisation'));
  }
}
