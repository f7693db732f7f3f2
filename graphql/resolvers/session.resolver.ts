import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, registerEnumType, Resolver, Root } from 'type-graphql';
import {
  createSession,
  deleteSession,
  draftSession,
  getSessionWithTraining,
  listSessions,
  SessionDeletionImpact,
  sessionDeletionImpact,
  SessionOrder,
  updateSession,
} from '../../domain/sessions';
import { Public } from '../guard';
import { statusAt } from '../../domain/status';
import { Event, EventStatus, InscriptionMode, InscriptionRole, InscriptionState, Location, Organisation, Session, Training } from '../../entities';
import { PageArgs, toConnection } from '../connection';
import { EventConnection, InscriptionConnection, SessionConnection, UserConnection } from '../connections';
import type { GraphQLContext } from '../context';
import { toId } from '../ids';
import { CreateSessionInput, SessionFilterInput, toSessionFilter, UpdateSessionInput } from '../inputs/session.input';
import { inscriptionsOf, usersOf } from './inscription-lists';
import { childConnection } from '../child-connection';

registerEnumType(SessionOrder, {
  name: 'SessionOrder',
  description: 'How to order sessions (each backed by an index; id breaks ties).',
  valuesConfig: {
    START_DATE_ASC: { description: 'Soonest start first.' },
    START_DATE_DESC: { description: 'Latest start first.' },
    END_DATE_ASC: { description: 'Soonest end first.' },
    END_DATE_DESC: { description: 'Latest end first.' },
    TITLE_ASC: { description: 'By title, A to Z.' },
    TITLE_DESC: { description: 'By title, Z to A.' },
    TRAINING_ASC: { description: "By the training's title, A to Z." },
    TRAINING_DESC: { description: "By the training's title, Z to A." },
    STATUS_ASC: { description: 'Upcoming (soonest start first), then ongoing (soonest end first), then ended (latest end first) (R4).' },
    STATUS_DESC: { description: 'The exact reverse of STATUS_ASC.' },
    LEARNERS_ASC: { description: 'Fewest confirmed learners first.' },
    LEARNERS_DESC: { description: 'Most confirmed learners first.' },
    CAPACITY_ASC: { description: 'Smallest capacity first; unlimited ones last.' },
    CAPACITY_DESC: { description: 'Unlimited ones first, then the largest capacity.' },
    PENDING_ASC: { description: 'Fewest registrations awaiting validation first (R7).' },
    PENDING_DESC: { description: 'Most registrations awaiting validation first (R7).' },
  },
});

@ObjectType('SessionPermissions', { description: 'What you may do with a session (the screens show only these actions).' })
class SessionPermissions {
  @Field({ description: "Change it, add its events (its training's managers and administrators)." })
  edit: boolean;

  @Field({ description: "Delete it with its events and inscriptions (its training's managers and administrators)." })
  delete: boolean;

  @Field({ description: 'Download its registrant exports (#10: staff of the session, as /documents/sessions/<id>/… answers).' })
  documents: boolean;
  @Field({ description: "Message its learners (staff of the session: its training's managers, its trainers; R13)." })
  message: boolean;
}

@ObjectType('SessionDeletionImpact', { description: 'What deleting a session takes with it, for the confirmation to name.' })
class SessionDeletionImpactType implements SessionDeletionImpact {
  @Field(() => Int, { description: 'Events (séances) deleted with it.' })
  events: number;

  @Field(() => Int, { description: 'Registrations (learners and trainers, to the session and its events) deleted with it.' })
  inscriptions: number;
}

@ObjectType('SessionDraft', { description: 'The values a new session of a training starts with (R2).' })
class SessionDraftType {
  @Field({ description: "Title (the training's)." }) title: string;
  @Field({ description: 'Description.' }) description: string;
  @Field({ description: 'Start: the chosen date, or now.' }) startDate: Date;
  @Field({ description: "End: start + the training's default duration." }) endDate: Date;
  @Field({ description: 'Public registration.' }) publicRegistration: boolean;
  @Field({ description: 'Public unregistration.' }) publicUnregistration: boolean;
  @Field({ description: 'Registration validation.' }) registrationValidation: boolean;
  @Field(() => Int, { nullable: true, description: 'Capacity.' }) maxUsers: number | null;
  @Field(() => InscriptionMode, { description: 'Event inscription mode.' }) eventInscriptionMode: InscriptionMode;
  @Field({ description: 'Whether it would be the default session.' }) defaultSession: boolean;
}

// #11: each event's location is read in the page's statement (a location has no organisation scope to apply),
// so the session page's `location { … }` and time zones need no statement of their own.
const eventsOfSession = {
  entity: Event,
  parentColumn: 'sessionId' as const,
  order: { column: 'startAt', direction: 'ASC' as const },
  withRelation: 'location' as const,
};

@Resolver(() => Session)
export class SessionResolver {
  @Public()
  @Query(() => SessionConnection, { description: 'Sessions you may see, filtered and ordered.' })
  async sessions(
    @Ctx() ctx: GraphQLContext,
    @Args() page: PageArgs,
    @Arg('filter', () => SessionFilterInput, { nullable: true, description: 'Which sessions.' }) filter?: SessionFilterInput,
    @Arg('orderBy', () => SessionOrder, { nullable: true, defaultValue: SessionOrder.START_DATE_ASC, description: 'Order.' })
    orderBy: SessionOrder = SessionOrder.START_DATE_ASC,
  ) {
    return toConnection(await listSessions(ctx.domain, toSessionFilter(filter), orderBy, page));
  }

  @Public()
  @Query(() => Session, { description: 'One session.' })
  async session(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'Its id.' }) id: string) {
    const session = await getSessionWithTraining(ctx.domain, toId(id, 'Session'));
    ctx.loaders.training.prime(session.trainingId, session.training);
    return session;
  }

  @Query(() => SessionDraftType, { description: 'What a new session of this training is pre-filled with (R2).' })
  async sessionDraft(
    @Ctx() ctx: GraphQLContext,
    @Arg('trainingId', () => ID, { description: 'The training.' }) trainingId: string,
    @Arg('startDate', () => Date, { nullable: true, description: 'The chosen start (default now).' }) startDate?: Date,
  ) {
    return draftSession(ctx.domain, toId(trainingId, 'Training', 'trainingId'), startDate);
  }

  @FieldResolver(() => Training, { description: 'The training it is a run of.' })
  training(@Root() session: Session, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.training.load(session.trainingId);
  }

  @FieldResolver(() => [Organisation], { description: "Its organisations: always its training's (R1)." })
  organisations(@Root() session: Session, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.organisationsOfTraining.load(session.trainingId);
  }

  @FieldResolver(() => EventStatus, { description: 'Derived from its dates and the clock (R4).' })
  status(@Root() session: Session, @Ctx() ctx: GraphQLContext) {
    return statusAt(session.startDate, session.endDate, ctx.domain.clock.now());
  }



  @FieldResolver(() => [Location], { description: 'Where its events take place, by name.' })
  locations(@Root() session: Session, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.locationsOfSession.load(session.id);
  }


  @FieldResolver(() => SessionPermissions, { description: 'What you may do with it.' })
  async viewerCan(@Root() session: Session, @Ctx() ctx: GraphQLContext): Promise<SessionPermissions> {
    const [manages, relation] = await Promise.all([ctx.loaders.managesTraining.load(session.trainingId), ctx.loaders.sessionRelation.load(session.id)]);
    // #10: the same staff as document-scope.ts (staffSessionCondition).
    return { edit: manages, delete: manages, documents: relation.staff, message: relation.staff };
  }

  @FieldResolver(() => SessionDeletionImpactType, {
    nullable: true,
    description: 'What deleting it would take with it; null unless you may delete it. One session at a time (not for lists).',
  })
  deletionImpact(@Root() session: Session, @Ctx() ctx: GraphQLContext) {
    return sessionDeletionImpact(ctx.domain, session);
  }

  @FieldResolver(() => EventConnection, { description: 'Its events, by start.' })
  events(@Root() session: Session, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo, @Args() page: PageArgs) {
    return childConnection(ctx, info, 'sessionEvents', eventsOfSession, page, session.id, (events) => {
      for (const event of events) if (event.location) ctx.loaders.location.prime(event.location.id, event.location);
      return events;
    });
  }

  @FieldResolver(() => UserConnection, { description: 'Its confirmed learners (staff see all; a learner only themself).' })
  learners(@Root() session: Session, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo, @Args() page: PageArgs) {
    return usersOf(ctx, info, 'session', session.id, session.id, InscriptionRole.LEARNER, page);
  }

  @FieldResolver(() => UserConnection, { description: 'Its trainers.' })
  trainers(@Root() session: Session, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo, @Args() page: PageArgs) {
    return usersOf(ctx, info, 'session', session.id, session.id, InscriptionRole.TRAINER, page);
  }

  @FieldResolver(() => InscriptionConnection, {
    description: 'Its session-level inscriptions, oldest first (staff see all; others only their own).',
  })
  inscriptions(
    @Root() session: Session,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
    @Args() page: PageArgs,
    @Arg('role', () => InscriptionRole, { nullable: true, description: 'Only this role.' }) role?: InscriptionRole,
    @Arg('state', () => InscriptionState, { nullable: true, description: 'Only this state.' }) state?: InscriptionState,
  ) {
    return inscriptionsOf(ctx, info, 'session', session.id, session.id, { role, state }, page);
  }

  @Mutation(() => Session, { description: "Creates a session; omitted fields take the training's values (R2)." })
  createSession(@Ctx() ctx: GraphQLContext, @Arg('input', { description: 'The session.' }) input: CreateSessionInput) {
    const { trainingId, ...fields } = input;
    return createSession(ctx.domain, toId(trainingId, 'Training', 'trainingId'), fields);
  }

  @Mutation(() => Session, { description: 'Changes a session (never its training, R2).' })
  updateSession(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'Its id.' }) id: string,
    @Arg('input', { description: 'The changes.' }) input: UpdateSessionInput,
  ) {
    return updateSession(ctx.domain, toId(id, 'Session'), input);
  }

  @Mutation(() => Session, { description: 'Deletes a session with its events and inscriptions.' })
  deleteSession(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'Its id.' }) id: string) {
    return deleteSession(ctx.domain, toId(id, 'Session'));
  }
}

