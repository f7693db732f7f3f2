import { Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { createApiToken, listApiTokens, revokeApiToken } from '../../domain/api-tokens';
import { removeMembership, setMembership } from '../../domain/memberships';
import { changeOwnPassword, setPassword } from '../../domain/sign-in';
import { getOwnAccount } from '../../domain/users';
import { ApiToken, Membership, MembershipRole, Organisation, User } from '../../entities';
import { Connection, PageArgs, toConnection } from '../connection';
import type { GraphQLContext } from '../context';
import { toId } from '../ids';

const ApiTokenConnection = Connection(ApiToken, 'ApiToken');

@ObjectType('CreatedApiToken', { description: 'A new API token: `token` is shown this once and never again.' })
class CreatedApiToken {
  @Field({ description: 'The secret to send as `Authorization: Bearer <token>`. Store it now.' })
  token: string;

  @Field(() => ApiToken, { description: 'The stored token (without its secret).' })
  apiToken: ApiToken;
}

@Resolver(() => Membership)
export class AccountResolver {
  @FieldResolver(() => Organisation, { description: 'The organisation.' })
  organisation(@Root() membership: Membership, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.organisation.load(membership.organisationId);
  }

  @Query(() => User, { description: 'The signed-in user.' })
  me(@Ctx() ctx: GraphQLContext) {
    return getOwnAccount(ctx.domain);
  }

  @Query(() => ApiTokenConnection, { description: 'Your API tokens, newest first.' })
  async apiTokens(@Ctx() ctx: GraphQLContext, @Args() page: PageArgs) {
    return toConnection(await listApiTokens(ctx.domain, page));
  }

  @Mutation(() => CreatedApiToken, { description: 'Creates a personal API token for the signed-in user.' })
  createApiToken(@Ctx() ctx: GraphQLContext, @Arg('name', { description: 'What it is for.' }) name: string) {
    return createApiToken(ctx.domain, name);
  }

  @Mutation(() => ApiToken, { description: 'Revokes one of your API tokens; it stops working at once.' })
  revokeApiToken(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'The token.' }) id: string) {
    return revokeApiToken(ctx.domain, toId(id, 'ApiToken'));
  }

  @Mutation(() => Boolean, { description: 'Changes your password; your other browser sessions end.' })
  async changePassword(
    @Ctx() ctx: GraphQLContext,
    @Arg('currentPassword', { description: 'Your current password.' }) currentPassword: string,
    @Arg('newPassword', { description: 'At least 10 characters.' }) newPassword: string,
  ) {
    await changeOwnPassword(ctx.domain, currentPassword, newPassword);
    return true;
  }

  @Mutation(() => Boolean, { description: "Sets a user's password (administrators); their browser sessions end." })
  async setUserPassword(
    @Ctx() ctx: GraphQLContext,
    @Arg('userId', () => ID, { description: 'The user.' }) userId: string,
    @Arg('password', { description: 'At least 10 characters.' }) password: string,
  ) {
    await setPassword(ctx.domain, toId(userId, 'User', 'userId'), password);
    return true;
  }

  @Mutation(() => Membership, { description: 'Makes a user a member or manager of an organisation.' })
  setMembership(
    @Ctx() ctx: GraphQLContext,
    @Arg('userId', () => ID, { description: 'The user.' }) userId: string,
    @Arg('organisationId', () => ID, { description: 'The organisation.' }) organisationId: string,
    @Arg('role', () => MembershipRole, { description: 'Member or manager.' }) role: MembershipRole,
  ) {
    return setMembership(ctx.domain, toId(userId, 'User', 'userId'), toId(organisationId, 'Organisation', 'organisationId'), role);
  }

  @Mutation(() => Membership, { description: 'Removes a user from an organisation.' })
  removeMembership(
    @Ctx() ctx: GraphQLContext,
    @Arg('userId', () => ID, { description: 'The user.' }) userId: string,
    @Arg('organisationId', () => ID, { description: 'The organisation.' }) organisationId: string,
  ) {
    return removeMembership(ctx.domain, toId(userId, 'User', 'userId'), toId(organisationId, 'Organisation', 'organisationId'));
  }
}
