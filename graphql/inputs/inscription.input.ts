import { Field, ID, InputType } from 'type-graphql';
import { InscriptionRole } from '../../entities';

@InputType('AddInscriptionInput', { description: 'Register a user to a session, or to one of its events (give eventId).' })
export class AddInscriptionInput {
  @Field(() => ID, { nullable: true, description: 'The session (required unless eventId is given).' })
  sessionId?: string;

  @Field(() => ID, { nullable: true, description: 'The event, for an event registration.' })
  eventId?: string;

  @Field(() => ID, { description: 'Who is registered.' })
  userId: string;

  @Field(() => InscriptionRole, { description: 'As learner or as trainer.' })
  role: InscriptionRole;
}
