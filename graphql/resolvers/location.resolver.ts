import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, registerEnumType, Resolver, Root } from 'type-graphql';
import { createLocation, deleteLocation, getLocation, listLocations, LocationOrder, managesLocation, updateLocation } from '../../domain/locations';
import { Location, Organisation } from '../../entities';
import { PageArgs, toConnection } from '../connection';
import { LocationConnection } from '../connections';
import { Public } from '../guard';
import type { GraphQLContext } from '../context';
import { toId, toOptionalId } from '../ids';
import { CreateLocationInput, UpdateLocationInput } from '../inputs/location.input';
import { OwnedPermissions } from '../owned-permissions';

registerEnumType(LocationOrder, {
  name: 'LocationOrder',
  description: 'How to order locations (each backed by an index).',
  valuesConfig: {
    NAME_ASC: { description: 'By name, A to Z.' },
    NAME_DESC: { description: 'By name, Z to A.' },
    TIME_ZONE_ASC: { description: 'By time zone name, A to Z.' },
    TIME_ZONE_DESC: { description: 'By time zone name, Z to A.' },
  },
});

@Resolver(() => Location)
export class LocationResolver {
  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation it belongs to and whose managers manage it; null when shared (administrators manage it).' })
  organisation(@Root() location: Location, @Ctx() ctx: GraphQLContext) {
    return location.organisationId === null ? null : ctx.loaders.organisation.load(location.organisationId);
  }

  @FieldResolver(() => OwnedPermissions, { description: 'What you may do with it.' })
  viewerCan(@Root() location: Location, @Ctx() ctx: GraphQLContext): OwnedPermissions {
    const manages = managesLocation(ctx.domain, location);
    return { edit: manages, delete: manages };
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'How many events are held here, including those you cannot see; while there are any, deleteLocation is refused (LOCATION_IN_USE). Null unless you manage it.',
  })
  eventCount(@Root() location: Location, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.locationEventCount.load(location);
  }

  @Public()
  @Query(() => LocationConnection, { description: 'The locations you may hold events at: shared ones, and those of the organisations you manage (administrators: all).' })
  async locations(
    @Ctx() ctx: GraphQLContext,
    @Args() page: PageArgs,
    @Arg('search', () => String, { nullable: true, description: 'Words in the name or the address.' }) search?: string,
    @Arg('orderBy', () => LocationOrder, { nullable: true, defaultValue: LocationOrder.NAME_ASC, description: 'Order.' })
    orderBy: LocationOrder = LocationOrder.NAME_ASC,
  ) {
    return toConnection(await listLocations(ctx.domain, { search }, page, orderBy));
  }

  @Public()
  @Query(() => Location, { description: 'One location, among those `locations` lists to you.' })
  location(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'Its id.' }) id: string) {
    return getLocation(ctx.domain, toId(id, 'Location'));
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
