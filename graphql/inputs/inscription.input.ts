import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { InscriptionRole } from '../../entities';

@InputType('AddInscriptionInput', { description: 'Register a user to a session, or to one of its events (give eventId).' })
export class AddInscriptionInput {
  @Field(() => ID, { nullable: true, description: 'The session (required unless eventId is given).' })
  sessionId?: string;

  @Field(() => ID, { nullable: true, description: 'The event, for an event registration.' })
  eventId?: string;

  @Field(() => ID, { nullable: true, description: 'Who is registered: someone in your scope of people (see `users`). Give this or email.' })
  userId?: string;

  @Field({
    nullable: true,
    description:
      "Or, for managers of the session enrolling someone outside their scope, the person's exact e-mail address (see `userByEmail`).",
  })
  @IsOptional()
  @MaxLength(255)
  email?: string;

  @Field(() => InscriptionRole, { description: 'As learner or as trainer.' })
  role: InscriptionRole;
}
