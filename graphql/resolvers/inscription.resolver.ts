import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { addInscription, removeInscription, validateInscription } from '../../domain/inscriptions';
import { Event, Inscription, Session, User } from '../../entities';
import type { GraphQLContext } from '../context';
import { toId, toOptionalId } from '../ids';
import { AddInscriptionInput } from '../inputs/inscription.input';

@Resolver(() => Inscription)
export class InscriptionResolver {
  @FieldResolver(() => User, { description: 'Who is registered.' })
  user(@Root() inscription: Inscription, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.user.load(inscription.userId);
  }

  @FieldResolver(() => Session, { description: 'The session (also set for event registrations).' })
  session(@Root() inscription: Inscription, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.session.load(inscription.sessionId);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The event, for an event registration.' })
  event(@Root() inscription: Inscription, @Ctx() ctx: GraphQLContext) {
    return inscription.eventId === null ? null : ctx.loaders.event.load(inscription.eventId);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Place on the waiting list (1 = next), when WAITLISTED (R6).' })
  position(@Root() inscription: Inscription, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.waitlistPosition.load(inscription.id);
  }

  @Mutation(() => Inscription, {
    description:
      'Registers a user to a session or an event. Learners are CONFIRMED while seats remain, else WAITLISTED (R6); ' +
      "an event's learners must be confirmed learners of its session (R3), its trainers trainers of the session (R9).",
  })
  addInscription(@Ctx() ctx: GraphQLContext, @Arg('input', { description: 'Who, where, as what.' }) input: AddInscriptionInput) {
    return addInscription(ctx.domain, {
      sessionId: toOptionalId(input.sessionId, 'Session', 'sessionId'),
      eventId: toOptionalId(input.eventId, 'Event', 'eventId'),
      userId: toOptionalId(input.userId, 'User', 'userId'),
      email: input.email,
      role: input.role,
    });
  }

  @Mutation(() => Inscription, {
    description: "Unregisters. Leaving a session leaves its events that have not ended (R3); a freed seat goes to the waiting list.",
  })
  removeInscription(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'The inscription.' }) id: string) {
    return removeInscription(ctx.domain, toId(id, 'Inscription'));
  }

  @Mutation(() => Inscription, {
    description:
      'Accepts or refuses a PENDING session registration (R7; managers of the training). Accepted: CONFIRMED while a seat ' +
      'is left, else WAITLISTED (R6), and a confirmed learner joins the automatic events (R3). Refused: CANCELLED. ' +
      'Any other state is CONFLICT, reason NOT_PENDING.',
  })
  validateInscription(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The pending inscription.' }) id: string,
    @Arg('accept', { description: 'true accepts, false refuses.' }) accept: boolean,
  ) {
    return validateInscription(ctx.domain, toId(id, 'Inscription'), accept);
  }
}
