import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { CatalogueFacets, catalogueFacets } from '../../domain/catalogue';
import { Location, Organisation } from '../../entities';
import type { GraphQLContext } from '../context';
import { Public } from '../guard';

@ObjectType('CatalogueFilters', { description: "What the catalogue's filters offer (#9): taken from the open sessions you may see." })
class CatalogueFiltersType implements CatalogueFacets {
  @Field(() => [Organisation], { description: 'Organisations owning a training with an open session, by name.' })
  organisations: Organisation[];

  @Field(() => [Location], { description: 'Locations of the events of open sessions, by name.' })
  locations: Location[];
}

@Resolver()
export class CatalogueResolver {
  @Public()
  @Query(() => CatalogueFiltersType, { description: "The choices of the catalogue's organisation and location filters." })
  catalogueFilters(@Ctx() ctx: GraphQLContext) {
    return catalogueFacets(ctx.domain);
  }
}
