import { Arg, Ctx, Field, ID, Mutation, ObjectType, registerEnumType, Resolver } from 'type-graphql';
import { addEventRegistrants, MAX_REGISTRANTS_PER_REQUEST, RegistrantOutcome, RegistrantResult } from '../../domain/event-registrants';
import { Inscription } from '../../entities';
import type { GraphQLContext } from '../context';
import { toId, toIds } from '../ids';

registerEnumType(RegistrantOutcome, {
  name: 'RegistrantOutcome',
  description: 'What happened to one person of addEventRegistrants.',
  valuesConfig: {
    ADDED: { description: 'Registered: CONFIRMED while seats remained, else WAITLISTED (R6).' },
    ALREADY_REGISTERED: { description: 'Already registered to the event; nothing changed for them.' },
    REFUSED: { description: 'Not registered; `reason` says why.' },
  },
});

@ObjectType('EventRegistrantResult', { description: 'The outcome of addEventRegistrants for one person.' })
class EventRegistrantResult {
  @Field(() => ID, { description: 'The person, as given.' })
  userId: string;

  @Field(() => RegistrantOutcome, { description: 'What happened.' })
  outcome: RegistrantOutcome;

  @Field(() => String, {
    nullable: true,
    description: 'For REFUSED, the same value an error would carry in extensions.reason: NOT_FOUND (not in your scope of people) or NOT_SESSION_LEARNER (R3).',
  })
  reason: string | null;

  @Field(() => Inscription, { nullable: true, description: 'The registration made (ADDED) or already there (ALREADY_REGISTERED).' })
  inscription: Inscription | null;
}

const toResult = (result: RegistrantResult): EventRegistrantResult => ({ ...result, userId: String(result.userId) });

@Resolver()
export class EventRegistrantsResolver {
  @Mutation(() => [EventRegistrantResult], {
    description:
      `Registers several learners to an event in one transaction (at most ${MAX_REGISTRANTS_PER_REQUEST}), with addInscription's rules: ` +
      "the training's managers, or the session's trainers on a MANUAL event; each a confirmed learner of the session (R3); " +
      'seats then waiting list in the order given (R6). Answers one result per person, in that order: a refused person does not stop the others. ' +
      'Refusing the whole request (FORBIDDEN, NOT_FOUND, BAD_USER_INPUT) writes nothing.',
  })
  addEventRegistrants(
    @Ctx() ctx: GraphQLContext,
    @Arg('eventId', () => ID, { description: 'The event.' }) eventId: string,
    @Arg('userIds', () => [ID], { description: 'The people to register, in the order they take seats.' }) userIds: string[],
  ) {
    const ids = toIds(userIds, 'User', 'userIds');
    return addEventRegistrants(ctx.domain, toId(eventId, 'Event', 'eventId'), ids).then((results) => results.map(toResult));
  }
}
