import { Arg, Args, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { registerToEvent, registerToSession, unregisterFromEvent, unregisterFromSession } from '../../domain/registration';
import {
  eventRegistrationClosure,
  eventRegistrationClosureFor,
  registrationStatus,
  RegistrationStatus,
  sessionRegistrationClosure,
  sessionUnregistrationClosure,
} from '../../domain/self-service';
import { moveInWaitingList, promoteInscription, waitingListMoves } from '../../domain/waiting-list-moves';
import { waitingListPage } from '../../domain/waiting-list';
import { Event, Inscription, InscriptionState, RegistrationClosure, Session, User, WaitingListMove } from '../../entities';
import { Connection, PageArgs, toConnection } from '../connection';
import { InscriptionConnection } from '../connections';
import type { GraphQLContext } from '../context';
import { toId } from '../ids';

@ObjectType('RegistrationStatus', {
  description: 'What a learner may do on their own with a session or an event now (R3, R4, R6–R8): what a registration button shows.',
})
class RegistrationStatusType implements RegistrationStatus {
  @Field({ description: 'A learner may register themself now (registerToSession / registerToEvent).' })
  open: boolean;

  @Field(() => RegistrationClosure, { nullable: true, description: 'Why not, when not open.' })
  closure: RegistrationClosure | null;

  @Field({ description: 'A registered learner may unregister themself now.' })
  unregistrationOpen: boolean;

  @Field(() => RegistrationClosure, { nullable: true, description: 'Why not, when unregistering is not open.' })
  unregistrationClosure: RegistrationClosure | null;

  @Field(() => Int, { nullable: true, description: 'Seats a newcomer would take now; null: unlimited.' })
  seatsLeft: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Seats no confirmed learner holds; null: unlimited. After the promotion cut-off staff give them by hand (promoteInscription).',
  })
  freeSeats: number | null;

  @Field({ description: 'No seat for a newcomer: registering joins the waiting list (there always is one, R6).' })
  full: boolean;

  @Field(() => Int, { description: 'How many learners wait.' })
  waiting: number;

  @Field({ description: "Registering waits for a manager's validation (R7; sessions only)." })
  validation: boolean;

  @Field(() => Date, { nullable: true, description: 'When self-registration closes (UTC; sessions only).' })
  closesAt: Date | null;
}

const WaitingListMoveConnection = Connection(WaitingListMove, 'WaitingListMove');

/** #9 §2–4: self-service registration, for the learner, and the waiting list, for staff. */
@Resolver(() => Session)
export class SessionRegistrationResolver {
  @FieldResolver(() => Inscription, {
    nullable: true,
    description: 'Your own learner registration to this session (any state, with its waiting-list position); null if none or anonymous.',
  })
  viewerRegistration(@Root() session: Session, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.viewerSessionInscription.load(session.id);
  }

  @FieldResolver(() => RegistrationStatusType, { description: 'Whether and how a learner may register themself (R6–R8).' })
  async registration(@Root() session: Session, @Ctx() ctx: GraphQLContext): Promise<RegistrationStatus> {
    const now = ctx.domain.clock.now();
    return registrationStatus({
      closure: sessionRegistrationClosure(session, now),
      unregistrationClosure: sessionUnregistrationClosure(session, now),
      maxUsers: session.maxUsers,
      taken: session.learnerCount,
      waiting: await ctx.loaders.lineLength.load({ sessionId: session.id, eventId: null }),
      validation: session.registrationValidation,
      closesAt: session.registrationClosesAt,
    });
  }

  @FieldResolver(() => InscriptionConnection, {
    description: 'Its waiting list in order, 1 = next (staff see it all; a learner only their own place). One session at a time.',
  })
  async waitingList(@Root() session: Session, @Ctx() ctx: GraphQLContext, @Args() page: PageArgs) {
    const { staff } = await ctx.loaders.sessionRelation.load(session.id);
    return toConnection(await waitingListPage(ctx.domain, { sessionId: session.id, eventId: null }, staff, page));
  }

  @FieldResolver(() => WaitingListMoveConnection, {
    description: 'The recorded moves in its waiting lists and its events’, newest first (managers of the training). One session at a time.',
  })
  async waitingListMoves(@Root() session: Session, @Ctx() ctx: GraphQLContext, @Args() page: PageArgs) {
    return toConnection(await waitingListMoves(ctx.domain, session.id, page));
  }

  @Mutation(() => Inscription, {
    description:
      'Registers you as a learner (R6–R8): CONFIRMED while a seat is left, else WAITLISTED (see `position`), or PENDING when ' +
      'the session requires validation (R7). Refused, changing nothing: already registered (CONFLICT ALREADY_REGISTERED); ' +
      'ended (SESSION_ENDED), no public registration (REGISTRATION_NOT_PUBLIC), past its closing date (REGISTRATION_CLOSED): FORBIDDEN.',
  })
  registerToSession(@Ctx() ctx: GraphQLContext, @Arg('sessionId', () => ID, { description: 'The session.' }) sessionId: string) {
    return registerToSession(ctx.domain, toId(sessionId, 'Session', 'sessionId'));
  }

  @Mutation(() => Inscription, {
    description:
      'Unregisters you (R8) and leaves its open events (R3); your seat goes to the first waiting learner. Refused: not registered ' +
      '(CONFLICT NOT_REGISTERED); ended (SESSION_ENDED) or no public unregistration (UNREGISTRATION_NOT_PUBLIC): FORBIDDEN.',
  })
  unregisterFromSession(@Ctx() ctx: GraphQLContext, @Arg('sessionId', () => ID, { description: 'The session.' }) sessionId: string) {
    return unregisterFromSession(ctx.domain, toId(sessionId, 'Session', 'sessionId'));
  }

  @Mutation(() => Inscription, {
    description:
      "Moves a waiting learner to `position` (1 = next); the others shift. Recorded (who, when, from, to). Managers of the training. " +
      'Not waiting: CONFLICT NOT_WAITLISTED; a position outside 1…N: BAD_USER_INPUT POSITION_OUT_OF_RANGE.',
  })
  moveInWaitingList(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The waiting inscription (of a session or an event).' }) id: string,
    @Arg('position', () => Int, { description: 'Its new position, 1 = next.' }) position: number,
  ) {
    return moveInWaitingList(ctx.domain, toId(id, 'Inscription'), position);
  }

  @Mutation(() => Inscription, {
    description:
      'Gives a free seat to this waiting learner by hand, whatever their place (e.g. after the promotion cut-off). Managers of ' +
      'the training. No free seat: CONFLICT NO_SEAT_LEFT.',
  })
  promoteInscription(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'The waiting inscription.' }) id: string) {
    return promoteInscription(ctx.domain, toId(id, 'Inscription'));
  }
}

@Resolver(() => Event)
export class EventRegistrationResolver {
  @FieldResolver(() => Inscription, { nullable: true, description: 'Your own learner registration to this event; null if none or anonymous.' })
  viewerRegistration(@Root() event: Event, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.viewerEventInscription.load(event.id);
  }

  @FieldResolver(() => RegistrationStatusType, {
    description:
      "Whether you may register yourself (R3: PUBLIC mode, the session's confirmed learners — NOT_SESSION_LEARNER otherwise; " +
      'R4: until it ends). Anonymous visitors get the event’s own status.',
  })
  async registration(@Root() event: Event, @Ctx() ctx: GraphQLContext): Promise<RegistrationStatus> {
    const now = ctx.domain.clock.now();
    const [taken, waiting, own] = await Promise.all([
      ctx.loaders.eventSeatsTaken.load(event.id),
      ctx.loaders.lineLength.load({ sessionId: event.sessionId, eventId: event.id }),
      ctx.loaders.viewerSessionInscription.load(event.sessionId),
    ]);
    const isLearner = ctx.domain.actor.kind === 'user' ? own?.state === InscriptionState.CONFIRMED : null;
    return registrationStatus({
      closure: eventRegistrationClosureFor(event, now, isLearner),
      unregistrationClosure: eventRegistrationClosure(event, now),
      maxUsers: event.maxUsers,
      taken,
      waiting,
      validation: false,
      closesAt: null,
    });
  }

  @FieldResolver(() => InscriptionConnection, { description: 'Its waiting list in order (staff see it all; a learner only their own place).' })
  async waitingList(@Root() event: Event, @Ctx() ctx: GraphQLContext, @Args() page: PageArgs) {
    const { staff } = await ctx.loaders.sessionRelation.load(event.sessionId);
    return toConnection(await waitingListPage(ctx.domain, { sessionId: event.sessionId, eventId: event.id }, staff, page));
  }

  @Mutation(() => Inscription, {
    description:
      "Registers you to a PUBLIC event of a session you are a confirmed learner of (R3): CONFIRMED or WAITLISTED (R6). Refused: " +
      'ended (EVENT_ENDED) or not PUBLIC (EVENT_NOT_PUBLIC): FORBIDDEN; not a confirmed learner of the session: BAD_USER_INPUT ' +
      'NOT_SESSION_LEARNER; already registered: CONFLICT ALREADY_REGISTERED.',
  })
  registerToEvent(@Ctx() ctx: GraphQLContext, @Arg('eventId', () => ID, { description: 'The event.' }) eventId: string) {
    return registerToEvent(ctx.domain, toId(eventId, 'Event', 'eventId'));
  }

  @Mutation(() => Inscription, {
    description: 'Unregisters you from a PUBLIC event that has not ended (R3, R4); your seat goes to the first waiting learner.',
  })
  unregisterFromEvent(@Ctx() ctx: GraphQLContext, @Arg('eventId', () => ID, { description: 'The event.' }) eventId: string) {
    return unregisterFromEvent(ctx.domain, toId(eventId, 'Event', 'eventId'));
  }
}

@Resolver(() => WaitingListMove)
export class WaitingListMoveResolver {
  @FieldResolver(() => Inscription, { nullable: true, description: 'The inscription moved; null once it is gone.' })
  inscription(@Root() move: WaitingListMove, @Ctx() ctx: GraphQLContext) {
    return move.inscriptionId === null ? null : ctx.loaders.inscription.load(move.inscriptionId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The learner moved; null once their account is deleted.' })
  user(@Root() move: WaitingListMove, @Ctx() ctx: GraphQLContext) {
    return move.userId === null ? null : ctx.loaders.user.load(move.userId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who moved them; null for the system or once their account is deleted.' })
  movedBy(@Root() move: WaitingListMove, @Ctx() ctx: GraphQLContext) {
    return move.movedById === null ? null : ctx.loaders.user.load(move.movedById);
  }

  @FieldResolver(() => Event, { nullable: true, description: "The event whose list it was; null for the session's own list." })
  event(@Root() move: WaitingListMove, @Ctx() ctx: GraphQLContext) {
    return move.eventId === null ? null : ctx.loaders.event.load(move.eventId);
  }
}
