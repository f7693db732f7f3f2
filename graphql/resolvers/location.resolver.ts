import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { createLocation, deleteLocation, listLocations, updateLocation } from '../../domain/locations';
import { Location, Organisation } from '../../entities';
import { PageArgs, toConnection } from '../connection';
import { LocationConnection } from '../connections';
import { Public } from '../guard';
import type { GraphQLContext } from '../context';
import { toId, toOptionalId } from '../ids';
import { CreateLocationInput, UpdateLocationInput } from '../inputs/location.input';

@Resolver(() => Location)
export class LocationResolver {
  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation it belongs to and whose managers manage it; null when shared (administrators manage it).' })
  organisation(@Root() location: Location, @Ctx() ctx: GraphQLContext) {
    return location.organisationId === null ? null : ctx.loaders.organisation.load(location.organisationId);
  }

  @Public()
  @Query(() => LocationConnection, { description: 'The locations you may hold events at, by name: shared ones, and those of the organisations you manage (administrators: all).' })
  async locations(@Ctx() ctx: GraphQLContext, @Args() page: PageArgs) {
    return toConnection(await listLocations(ctx.domain, page));
  }

  @Mutation(() => Location, { description: 'Creates a location.' })
  createLocation(@Ctx() ctx: GraphQLContext, @Arg('input', { description: 'The location.' }) input: CreateLocationInput) {
    return createLocation(ctx.domain, { ...input, organisationId: toOptionalId(input.organisationId, 'Organisation', 'organisationId') });
  }

  @Mutation(() => Location, { description: 'Changes a location.' })
  updateLocation(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'Its id.' }) id: string,
    @Arg('input', { description: 'The changes.' }) input: UpdateLocationInput,
  ) {
    const organisationId = toOptionalId(input.organisationId, 'Organisation', 'organisationId');
    return updateLocation(ctx.domain, toId(id, 'Location'), { ...input, organisationId });
  }

  @Mutation(() => Location, { description: 'Deletes a location that no event uses (else CONFLICT, LOCATION_IN_USE, naming how many do).' })
  deleteLocation(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'Its id.' }) id: string) {
    return deleteLocation(ctx.domain, toId(id, 'Location'));
  }
}
