import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { createLocation, deleteLocation, listLocations, updateLocation } from '../../domain/locations';
import { Location } from '../../entities';
import { PageArgs, toConnection } from '../connection';
import { LocationConnection } from '../connections';
import { Public } from '../guard';
import type { GraphQLContext } from '../context';
import { toId } from '../ids';
import { CreateLocationInput, UpdateLocationInput } from '../inputs/location.input';

@Resolver(() => Location)
export class LocationResolver {
  @Public()
  @Query(() => LocationConnection, { description: 'Locations, by name.' })
  async locations(@Ctx() ctx: GraphQLContext, @Args() page: PageArgs) {
    return toConnection(await listLocations(ctx.domain, page));
  }

  @Mutation(() => Location, { description: 'Creates a location.' })
  createLocation(@Ctx() ctx: GraphQLContext, @Arg('input', { description: 'The location.' }) input: CreateLocationInput) {
    return createLocation(ctx.domain, input);
  }

  @Mutation(() => Location, { description: 'Changes a location.' })
  updateLocation(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'Its id.' }) id: string,
    @Arg('input', { description: 'The changes.' }) input: UpdateLocationInput,
  ) {
    return updateLocation(ctx.domain, toId(id, 'Location'), input);
  }

  @Mutation(() => Location, { description: 'Deletes a location; its events keep their dates, without a location.' })
  deleteLocation(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'Its id.' }) id: string) {
    return deleteLocation(ctx.domain, toId(id, 'Location'));
  }
}
