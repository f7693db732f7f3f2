import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { createTraining, deleteTraining, getTraining, listTrainings, updateTraining, visibleSessionsSpec } from '../../domain/trainings';
import { Organisation, Training } from '../../entities';
import { PageArgs, toConnection } from '../connection';
import { SessionConnection, TrainingConnection } from '../connections';
import type { GraphQLContext } from '../context';
import { toId, toIds, toOptionalId } from '../ids';
import { CreateTrainingInput, UpdateTrainingInput } from '../inputs/training.input';
import { Public } from '../guard';


@Resolver(() => Training)
export class TrainingResolver {
  @Public()
  @Query(() => TrainingConnection, { description: 'The trainings you may see, by title (anonymous visitors: the public catalogue).' })
  async trainings(
    @Ctx() ctx: GraphQLContext,
    @Args() page: PageArgs,
    @Arg('search', () => String, { nullable: true, description: 'Words in the title or the code.' }) search?: string,
    @Arg('organisationId', () => ID, { nullable: true, description: 'Only trainings owned by this organisation.' })
    organisationId?: string,
  ) {
    const filter = { search, organisationId: toOptionalId(organisationId, 'Organisation', 'organisationId') };
    return toConnection(await listTrainings(ctx.domain, filter, page));
  }

  @Public()
  @Query(() => Training, { description: 'One training.' })
  training(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'Its id.' }) id: string) {
    return getTraining(ctx.domain, toId(id, 'Training'));
  }

  @FieldResolver(() => [Organisation], { description: 'The organisations that own it (and its sessions, R1).' })
  organisations(@Root() training: Training, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.organisationsOfTraining.load(training.id);
  }

  @FieldResolver(() => SessionConnection, { description: 'Its sessions you may see, by start date.' })
  async sessions(@Root() training: Training, @Ctx() ctx: GraphQLContext, @Args() page: PageArgs) {
    return toConnection(await ctx.loaders.childPage('trainingSessions', visibleSessionsSpec(ctx.domain), page, training.id));
  }

  @Mutation(() => Training, { description: 'Creates a training.' })
  createTraining(@Ctx() ctx: GraphQLContext, @Arg('input', { description: 'The training.' }) input: CreateTrainingInput) {
    return createTraining(ctx.domain, { ...input, organisationIds: toIds(input.organisationIds, 'Organisation', 'organisationIds') });
  }

  @Mutation(() => Training, { description: 'Changes a training; its sessions keep their own settings (R2).' })
  updateTraining(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'Its id.' }) id: string,
    @Arg('input', { description: 'The changes.' }) input: UpdateTrainingInput,
  ) {
    const organisationIds = input.organisationIds && toIds(input.organisationIds, 'Organisation', 'organisationIds');
    return updateTraining(ctx.domain, toId(id, 'Training'), { ...input, organisationIds });
  }

  @Mutation(() => Training, { description: 'Deletes a training with its sessions, events and inscriptions.' })
  deleteTraining(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'Its id.' }) id: string) {
    return deleteTraining(ctx.domain, toId(id, 'Training'));
  }
}

