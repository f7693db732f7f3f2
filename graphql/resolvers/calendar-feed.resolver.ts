import { Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { createCalendarFeed, feedPath, myCalendarFeed, revokeCalendarFeed } from '../../domain/calendar-feeds';
import { siteOrigin } from '../../lib/site-url';
import type { GraphQLContext } from '../context';

@ObjectType('CalendarFeed', { description: 'Your private calendar feed. Its address is shown once, when made; only a hash is kept.' })
class CalendarFeedType {
  @Field({ description: 'When the current address was made (UTC).' })
  createdAt: Date;
}

@ObjectType('CreatedCalendarFeed', { description: 'A new feed address: shown this once. Subscribe to it in a calendar application.' })
class CreatedCalendarFeed {
  @Field({ description: "The feed's address (absolute when the site's address is configured, else a path of this site)." })
  url: string;

  @Field({ description: 'When it was made (UTC).' })
  createdAt: Date;
}

@Resolver()
export class CalendarFeedResolver {
  @Query(() => CalendarFeedType, { nullable: true, description: 'Your calendar feed, if you have one (without its address).' })
  calendarFeed(@Ctx() ctx: GraphQLContext) {
    return myCalendarFeed(ctx.domain);
  }

  @Mutation(() => CreatedCalendarFeed, {
    description:
      'Makes a new private feed address holding your events as learner and as trainer (iCalendar). A previous address stops working at once.',
  })
  async createCalendarFeed(@Ctx() ctx: GraphQLContext): Promise<CreatedCalendarFeed> {
    const { secret, feed } = await createCalendarFeed(ctx.domain);
    return { url: `${siteOrigin() ?? ''}${feedPath(secret)}`, createdAt: feed.createdAt };
  }

  @Mutation(() => Boolean, { description: 'Revokes your calendar feed: its address stops working at once. true when there was one.' })
  revokeCalendarFeed(@Ctx() ctx: GraphQLContext) {
    return revokeCalendarFeed(ctx.domain);
  }
}
