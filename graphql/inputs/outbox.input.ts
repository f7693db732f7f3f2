import { Field, InputType } from 'type-graphql';
import { MailState } from '../../entities';

@InputType('OutboxMailFilter', { description: 'Which e-mails of the outbox to list.' })
export class OutboxMailFilterInput {
  @Field(() => MailState, { nullable: true, description: 'Only e-mails in this state.' })
  state?: MailState;

  @Field({ nullable: true, description: "Words in the recipient's address or name." })
  search?: string;
}
