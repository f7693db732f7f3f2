import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { createUser, deleteUser, listUsers, updateUser } from '../../domain/users';
import { Membership, User } from '../../entities';
import { canSeeMemberships } from '../../domain/memberships';
import { canSeeEmail } from '../../domain/permissions';
import { PageArgs, toConnection } from '../connection';
import { UserConnection } from '../connections';
import type { GraphQLContext } from '../context';
import { toId } from '../ids';
import { CreateUserInput, UpdateUserInput } from '../inputs/user.input';

@Resolver(() => User)
export class UserResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'E-mail address (the sign-in name). Personal data: null unless it is yours or you are staff.',
  })
  async email(@Root() user: User, @Ctx() ctx: GraphQLContext) {
    return (await canSeeEmail(ctx.domain.actor, user.id, () => ctx.loaders.actorIsStaff.load(0))) ? user.email : null;
  }

  @FieldResolver(() => [Membership], { description: 'Organisations the user belongs to (for the user and for managers).' })
  async memberships(@Root() user: User, @Ctx() ctx: GraphQLContext) {
    return canSeeMemberships(ctx.domain, user.id) ? ctx.loaders.membershipsOfUser.load(user.id) : [];
  }

  @Query(() => UserConnection, { description: 'Users, by last name.' })
  async users(
    @Ctx() ctx: GraphQLContext,
    @Args() page: PageArgs,
    @Arg('search', () => String, { nullable: true, description: 'Words in the name or e-mail.' }) search?: string,
  ) {
    return toConnection(await listUsers(ctx.domain, search, page));
  }

  @Mutation(() => User, { description: 'Creates a user.' })
  createUser(@Ctx() ctx: GraphQLContext, @Arg('input', { description: 'The user.' }) input: CreateUserInput) {
    return createUser(ctx.domain, input);
  }

  @Mutation(() => User, { description: 'Changes a user.' })
  updateUser(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'Its id.' }) id: string,
    @Arg('input', { description: 'The changes.' }) input: UpdateUserInput,
  ) {
    return updateUser(ctx.domain, toId(id, 'User'), input);
  }

  @Mutation(() => User, { description: 'Deletes a user and their inscriptions; their comments stay, without author.' })
  deleteUser(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'Its id.' }) id: string) {
    return deleteUser(ctx.domain, toId(id, 'User'));
  }
}
