import { Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { createUser, deleteUser, getUser, listUsers, updateUser, userByEmail, userPermissions } from '../../domain/users';
import { Membership, User } from '../../entities';
import { PageArgs, toConnection } from '../connection';
import { UserConnection } from '../connections';
import type { GraphQLContext } from '../context';
import { toId } from '../ids';
import { CreateUserInput, UpdateUserInput } from '../inputs/user.input';

@ObjectType('UserMatch', { description: 'The person an exact e-mail address belongs to, as staff may know them before enrolling them: a name.' })
class UserMatchType {
  @Field(() => ID, { description: 'Identifier.' }) id: number;
  @Field({ description: 'First name.' }) firstName: string;
  @Field({ description: 'Last name.' }) lastName: string;
}

@ObjectType('UserPermissions', { description: 'What you may do with a user (the screens show only these actions).' })
class UserPermissions {
  @Field({ description: 'Edit the account, deactivate or reactivate it, set its password and its memberships (administrators).' })
  edit: boolean;
}

@Resolver(() => User)
export class UserResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'E-mail address (the sign-in name). Personal data: null unless the user is in your scope of people ' +
      '(yourself; for managers the members of their organisations and the registrants of their sessions; for trainers ' +
      'the registrants of the sessions they teach; for administrators everyone).',
  })
  email(@Root() user: User, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.email.load(user);
  }

  @FieldResolver(() => [Membership], {
    description: 'Organisations the user belongs to: for the user, administrators, and managers who have the user in their scope; else empty.',
  })
  memberships(@Root() user: User, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.membershipsOfUser.load(user.id);
  }

  @FieldResolver(() => UserPermissions, { description: 'What you may do with them.' })
  viewerCan(@Ctx() ctx: GraphQLContext): UserPermissions {
    return userPermissions(ctx.domain);
  }

  @Query(() => User, { description: 'One user of your scope of people (see `users`).' })
  user(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'Its id.' }) id: string) {
    return getUser(ctx.domain, toId(id, 'User'));
  }

  @Query(() => UserMatchType, {
    nullable: true,
    description:
      'Managers and administrators: the active account of this exact e-mail address (whole address, any case; no ' +
      'search, no prefix), name only, to enrol someone outside your scope; null when there is none. One lookup, not a list.',
  })
  userByEmail(@Ctx() ctx: GraphQLContext, @Arg('email', { description: 'The whole e-mail address.' }) email: string) {
    return userByEmail(ctx.domain, email);
  }

  @Query(() => UserConnection, {
    description:
      'The people in your scope, by last name: administrators everyone; managers the members of the organisations ' +
      'they manage (sub-organisations included) and the registrants of their sessions; trainers the registrants of ' +
      'the sessions they teach; everyone themselves.',
  })
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
