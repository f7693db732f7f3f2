import { Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { attachmentNames, canRetry, listOutboxMails, readOutboxMail, retryOutboxMail } from '../../domain/outbox-mails';
import { OutboxMail } from '../../entities';
import { Connection, PageArgs, toConnection } from '../connection';
import type { GraphQLContext } from '../context';
import { toId } from '../ids';
import { OutboxMailFilterInput } from '../inputs/outbox.input';

const OutboxMailConnection = Connection(OutboxMail, 'OutboxMail');

@ObjectType('OutboxMailPermissions', { description: 'What you may do with an e-mail of the outbox.' })
class OutboxMailPermissions {
  @Field({ description: 'Queue it again (« Renvoyer »): only an e-mail that was given up (FAILED).' })
  retry: boolean;
}

/** #10 §8: the e-mail outbox, for administrators (/manage/outbox). */
@Resolver(() => OutboxMail)
export class OutboxResolver {
  @Query(() => OutboxMailConnection, { description: 'Administrators: the e-mails of the outbox, newest first (others: FORBIDDEN).' })
  async outboxMails(
    @Ctx() ctx: GraphQLContext,
    @Args() page: PageArgs,
    @Arg('filter', () => OutboxMailFilterInput, { nullable: true, description: 'Which ones.' }) filter?: OutboxMailFilterInput,
  ) {
    return toConnection(await listOutboxMails(ctx.domain, filter ?? {}, page));
  }

  @Query(() => OutboxMail, { description: 'Administrators: one e-mail of the outbox (others: NOT_FOUND).' })
  outboxMail(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'Its id.' }) id: string) {
    return readOutboxMail(ctx.domain, toId(id, 'OutboxMail'));
  }

  @Mutation(() => OutboxMail, {
    description: 'Administrators: queues an e-mail that was given up (FAILED) again, due now with a full set of attempts (else CONFLICT, MAIL_NOT_FAILED).',
  })
  retryOutboxMail(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'Its id.' }) id: string) {
    return retryOutboxMail(ctx.domain, toId(id, 'OutboxMail'));
  }

  @FieldResolver(() => [String], { description: 'The names of the attached files (e.g. an invitation’s .ics).' })
  attachmentNames(@Root() mail: OutboxMail) {
    return attachmentNames(mail);
  }

  @FieldResolver(() => OutboxMailPermissions, { description: 'What you may do with it.' })
  viewerCan(@Root() mail: OutboxMail): OutboxMailPermissions {
    return { retry: canRetry(mail) };
  }
}
