import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, registerEnumType, Resolver, Root } from 'type-graphql';
import { createEvent, deleteEvent, eventActions, EventOrder, eventTimeZone, getEvent, listEvents, previewRepeat, repeatEvent, updateEvent } from '../../domain/events';
import { MAX_REPEAT_COPIES, MAX_REPEAT_WEEKS } from '../../domain/recurrence';
import { statusAt } from '../../domain/status';
import { Event, EventStatus, InscriptionRole, InscriptionState, Location, Session, Weekday } from '../../entities';
import { PageArgs, toConnection } from '../connection';
import { CommentConnection, EventConnection, InscriptionConnection, UserConnection } from '../connections';
import type { GraphQLContext } from '../context';
import { toId, toIds, toOptionalId } from '../ids';
import { CreateEventInput, EventFilterInput, UpdateEventInput } from '../inputs/event.input';
import { inscriptionsOf, usersOf } from './inscription-lists';
import { Public } from '../guard';
import { commentsOfEventSpec } from '../../domain/comments';
import { registersEventLearners } from '../../domain/inscriptions';
import { LocalDateScalar } from '../scalars';

function toEventInput(input: UpdateEventInput) {
  return {
    ...input,
    locationId: toOptionalId(input.locationId, 'Location', 'locationId'),
    trainerIds: input.trainerIds && toIds(input.trainerIds, 'User', 'trainerIds'),
  };
}

registerEnumType(EventOrder, {
  name: 'EventOrder',
  description: "How to order events (each backed by an index on the session's events; id breaks ties).",
  valuesConfig: {
    START_ASC: { description: 'Soonest start first.' },
    START_DESC: { description: 'Latest start first.' },
    END_ASC: { description: 'Soonest end first.' },
    END_DESC: { description: 'Latest end first.' },
    NAME_ASC: { description: 'By name, A to Z.' },
    NAME_DESC: { description: 'By name, Z to A.' },
  },
});

@ObjectType('EventPermissions', { description: 'What you may do with an event (the screens show only these actions).' })
class EventPermissions {
  @Field({ description: "Write comments on it (staff of its session: the training's managers, its trainers; R11)." })
  comment: boolean;

  @Field({ description: "Register and unregister its learners (the training's managers; the session's trainers on a MANUAL event; R3)." })
  registerLearners: boolean;

  @Field({ description: 'Edit it (managers of its training).' })
  edit: boolean;

  @Field({ description: 'Delete it (managers of its training).' })
  delete: boolean;

  @Field({ description: 'Repeat it (managers of its training, while it has not ended; R5).' })
  repeat: boolean;

  @Field({ description: "Download its sign-in sheet and registrant exports (#10: staff of its session, as /documents/events/<id>/… answers)." })
  documents: boolean;
  @Field({ description: "Message its learner registrants (staff of its session, R13)." })
  message: boolean;
}

@ObjectType('RepeatOccurrence', { description: 'One copy a repeat would create (R5).' })
class RepeatOccurrence {
  @Field({ description: 'Start (UTC instant).' })
  startAt: Date;

  @Field({ description: 'End (UTC instant).' })
  endAt: Date;
}

@ObjectType('RepeatPreview', { description: 'What repeatEvent would create with the same arguments, without creating it (R5).' })
class RepeatPreviewType {
  @Field({ description: "IANA time zone the copies keep their local wall-clock times in (the event's)." })
  timeZone: string;

  @Field(() => [RepeatOccurrence], { description: 'The copies, in date order.' })
  occurrences: RepeatOccurrence[];
}

@ObjectType('RepeatLimits', { description: 'The bounds of one repeatEvent request (R5).' })
class RepeatLimits {
  @Field(() => Int, { description: 'Most copies one request makes; past it the request is refused (TOO_MANY_COPIES).' })
  maxCopies: number;

  @Field(() => Int, { description: 'Most weeks one request may span (`weeks` from 1 to this).' })
  maxWeeks: number;
}

@Resolver(() => Event)
export class EventResolver {
  @Public()
  @Query(() => EventConnection, {
    description: 'Events you may see. Unless ordered otherwise, open ones (ended: false) soonest first; ended ones (ended: true) most recent first.',
  })
  async events(
    @Ctx() ctx: GraphQLContext,
    @Args() page: PageArgs,
    @Arg('filter', () => EventFilterInput, { nullable: true, description: 'Which events.' }) filter?: EventFilterInput,
    @Arg('orderBy', () => EventOrder, {
      nullable: true,
      description: 'Order; unset: START_ASC, or END_DESC for ended events (ended: true).',
    })
    orderBy?: EventOrder | null,
  ) {
    const domainFilter = {
      ...filter,
      sessionId: toOptionalId(filter?.sessionId, 'Session', 'sessionId'),
      locationId: toOptionalId(filter?.locationId, 'Location', 'locationId'),
      trainerId: toOptionalId(filter?.trainerId, 'User', 'trainerId'),
    };
    return toConnection(await listEvents(ctx.domain, domainFilter, page, orderBy));
  }

  @Public()
  @Query(() => Event, { description: 'One event.' })
  event(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'Its id.' }) id: string) {
    return getEvent(ctx.domain, toId(id, 'Event'));
  }

  @FieldResolver(() => Session, { description: 'The session it belongs to.' })
  session(@Root() event: Event, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.session.load(event.sessionId);
  }

  @FieldResolver(() => EventStatus, { description: 'Derived from its dates and the clock at query time (R4).' })
  status(@Root() event: Event, @Ctx() ctx: GraphQLContext) {
    return statusAt(event.startAt, event.endAt, ctx.domain.clock.now());
  }

  @FieldResolver(() => Location, { nullable: true, description: 'Where it takes place.' })
  location(@Root() event: Event, @Ctx() ctx: GraphQLContext) {
    return event.locationId === null ? null : ctx.loaders.location.load(event.locationId);
  }

  @FieldResolver(() => String, { description: "IANA time zone its local times are shown in: its location's, else the platform's." })
  timeZone(@Root() event: Event, @Ctx() ctx: GraphQLContext) {
    return eventTimeZone(event, (id) => ctx.loaders.location.load(id));
  }

  @FieldResolver(() => UserConnection, { description: "Its trainers (among the session's, R9)." })
  trainers(@Root() event: Event, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo, @Args() page: PageArgs) {
    return usersOf(ctx, info, 'event', event.id, event.sessionId, InscriptionRole.TRAINER, page);
  }

  @FieldResolver(() => InscriptionConnection, {
    description: 'Its registrants and trainers, oldest first (staff see all; others only their own).',
  })
  inscriptions(
    @Root() event: Event,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
    @Args() page: PageArgs,
    @Arg('role', () => InscriptionRole, { nullable: true, description: 'Only this role.' }) role?: InscriptionRole,
    @Arg('state', () => InscriptionState, { nullable: true, description: 'Only this state.' }) state?: InscriptionState,
  ) {
    return inscriptionsOf(ctx, info, 'event', event.id, event.sessionId, { role, state }, page);
  }

  @FieldResolver(() => EventPermissions, { description: 'What you may do with it.' })
  async viewerCan(@Root() event: Event, @Ctx() ctx: GraphQLContext): Promise<EventPermissions> {
    // R11: the same staff as createComment's assertSessionStaff (managers of the training, confirmed trainers).
    const relation = await ctx.loaders.sessionRelation.load(event.sessionId);
    const session = await ctx.loaders.session.load(event.sessionId);
    const manages = session ? await ctx.loaders.managesTraining.load(session.trainingId) : false;
    return {
      comment: relation.staff,
      message: relation.staff,
      registerLearners: registersEventLearners(event, relation),
      ...eventActions(event, manages, ctx.domain.clock.now()),
      // #10: the same staff as document-scope.ts (staffSessionCondition).
      documents: relation.staff,
    };
  }

  @FieldResolver(() => CommentConnection, { description: 'Its comments, oldest first: read by everyone who sees the event (R11).' })
  async comments(@Root() event: Event, @Ctx() ctx: GraphQLContext, @Args() page: PageArgs) {
    return toConnection(await ctx.loaders.childPage('eventComments', commentsOfEventSpec(ctx.domain.actor), page, event.id));
  }

  @Mutation(() => Event, { description: "Creates an event; omitted mode and capacity take the session's (R3)." })
  createEvent(@Ctx() ctx: GraphQLContext, @Arg('input', { description: 'The event.' }) input: CreateEventInput) {
    const { sessionId, ...fields } = toEventInput(input) as CreateEventInput & ReturnType<typeof toEventInput>;
    return createEvent(ctx.domain, toId(sessionId, 'Session', 'sessionId'), fields);
  }

  @Mutation(() => Event, { description: 'Changes an event; switching an open event to AUTOMATIC registers the learners (R3).' })
  updateEvent(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'Its id.' }) id: string,
    @Arg('input', { description: 'The changes.' }) input: UpdateEventInput,
  ) {
    return updateEvent(ctx.domain, toId(id, 'Event'), toEventInput(input));
  }

  @Mutation(() => Event, { description: 'Deletes an event with its inscriptions and comments.' })
  deleteEvent(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'Its id.' }) id: string) {
    return deleteEvent(ctx.domain, toId(id, 'Event'));
  }

  @Query(() => RepeatPreviewType, {
    description:
      'Dry run of repeatEvent with the same arguments: the copies it would create (or the same refusal), creating nothing (R5).',
  })
  repeatEventPreview(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The event to copy.' }) id: string,
    @Arg('weekdays', () => [Weekday], { description: 'The weekdays to copy it onto (at least one).' }) weekdays: Weekday[],
    @Arg('until', () => LocalDateScalar, { nullable: true, description: 'Last day, inclusive, in the event time zone.' })
    until?: string,
    @Arg('weeks', () => Int, { nullable: true, description: 'Number of weeks after the event day.' }) weeks?: number,
  ) {
    return previewRepeat(ctx.domain, toId(id, 'Event'), { weekdays, until, weeks });
  }

  @Query(() => RepeatLimits, { description: 'The bounds of one repeatEvent request (R5), for screens to explain before they are hit.' })
  repeatLimits(): RepeatLimits {
    return { maxCopies: MAX_REPEAT_COPIES, maxWeeks: MAX_REPEAT_WEEKS };
  }

  @Mutation(() => [Event], {
    description:
      'Copies an event onto the picked weekdays after its day, up to `until` (inclusive) or for `weeks` weeks (R5). ' +
      'Copies keep the local wall-clock times of the location time zone. At most 200 copies, weeks from 1 to 52. Returns the copies.',
  })
  repeatEvent(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The event to copy.' }) id: string,
    @Arg('weekdays', () => [Weekday], { description: 'The weekdays to copy it onto (at least one).' }) weekdays: Weekday[],
    @Arg('until', () => LocalDateScalar, { nullable: true, description: 'Last day, inclusive, in the event time zone.' })
    until?: string,
    @Arg('weeks', () => Int, { nullable: true, description: 'Number of weeks after the event day.' }) weeks?: number,
  ) {
    return repeatEvent(ctx.domain, toId(id, 'Event'), { weekdays, until, weeks });
  }
}
