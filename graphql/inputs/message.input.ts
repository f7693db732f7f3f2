import { Field, ID, InputType } from 'type-graphql';
import { MessageChannels } from '../../entities';

@InputType('SendMessageInput', { description: 'A message to the learners of a session, or of one of its events (give eventId) (R13).' })
export class SendMessageInput {
  @Field(() => ID, { nullable: true, description: "The session: all its confirmed learners (required unless eventId is given)." })
  sessionId?: string;

  @Field(() => ID, { nullable: true, description: "The event: its confirmed learner registrants." })
  eventId?: string;

  @Field({ description: 'Subject (at most 255 characters).' })
  subject: string;

  @Field({ description: 'Body, plain text; line breaks are kept (at most 20,000 characters).' })
  body: string;

  @Field(() => MessageChannels, { description: 'In the Cursus inbox, by e-mail, or both.' })
  channels: MessageChannels;
}
