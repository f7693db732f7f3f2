import { Ctx, Field, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { describeViewer, organisationsViewerManages, Viewer } from '../../domain/viewer';
import { Organisation, User } from '../../entities';
import type { GraphQLContext } from '../context';
import { Public } from '../guard';

@ObjectType('Viewer', { description: 'Who is asking, and what the screens may offer them (#7).' })
class ViewerType implements Viewer {
  @Field(() => User, { nullable: true, description: 'The signed-in user; null for anonymous visitors.' })
  user: User | null;

  @Field({ description: 'Platform administrator.' })
  isAdmin: boolean;

  @Field({ description: 'Administrator, organisation manager or confirmed trainer: may use the management area.' })
  isStaff: boolean;

  @Field({ description: 'May create trainings (administrators and organisation managers).' })
  canCreateTrainings: boolean;

  @Field({ description: "IANA time zone instants are shown in when no event zone applies: the user's, else the platform's." })
  timeZone: string;

  @Field({ description: 'IANA time zone of events without a location (the platform default).' })
  eventDefaultTimeZone: string;

  @Field({ description: 'May create and edit locations (administrators and organisation managers).' })
  canManageLocations: boolean;
}

@Resolver(() => ViewerType)
export class ViewerResolver {
  @Public()
  @Query(() => ViewerType, { description: 'Who is asking (anonymous visitors included), for the screens.' })
  viewer(@Ctx() ctx: GraphQLContext) {
    return describeViewer(ctx.domain);
  }

  @FieldResolver(() => [Organisation], {
    description: 'The organisations you may give trainings to (all for administrators, the managed ones and their sub-organisations for managers), by name.',
  })
  managedOrganisations(@Root() _viewer: ViewerType, @Ctx() ctx: GraphQLContext) {
    return organisationsViewerManages(ctx.domain);
  }
}
