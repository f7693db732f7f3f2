import { Arg, Args, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, registerEnumType, Resolver, Root } from 'type-graphql';
import {
  createTraining,
  deleteTraining,
  DeletionImpact,
  filteredSessionsSpec,
  getTraining,
  listTrainings,
  nextSessionSpec,
  TrainingOrder,
  trainingDeletionImpact,
  updateTraining,
  visibleSessionsSpec,
} from '../../domain/trainings';
import { Organisation, Session, Training } from '../../entities';
import { PageArgs, toConnection } from '../connection';
import { SessionConnection, TrainingConnection } from '../connections';
import type { GraphQLContext } from '../context';
import { toId, toIds, toOptionalId } from '../ids';
import { CreateTrainingInput, UpdateTrainingInput } from '../inputs/training.input';
import { SessionFilterInput, toSessionFilter } from '../inputs/session.input';
import { Public } from '../guard';

registerEnumType(TrainingOrder, {
  name: 'TrainingOrder',
  description: 'How to order trainings (each backed by an index).',
  valuesConfig: {
    TITLE_ASC: { description: 'By title, A to Z.' },
    TITLE_DESC: { description: 'By title, Z to A.' },
    CODE_ASC: { description: 'By code, A to Z.' },
    CODE_DESC: { description: 'By code, Z to A.' },
  },
});

@ObjectType('TrainingPermissions', { description: 'What you may do with a training (the screens show only these actions).' })
class TrainingPermissions {
  @Field({ description: 'Change it (its managers and administrators).' })
  edit: boolean;

  @Field({ description: 'Delete it with its sessions (its managers and administrators).' })
  delete: boolean;
}

@ObjectType('DeletionImpact', { description: 'What a deletion takes with it, for the confirmation to name.' })
class DeletionImpactType implements DeletionImpact {
  @Field(() => Int, { description: 'Sessions deleted with it.' })
  sessions: number;

  @Field(() => Int, { description: 'Events (séances) deleted with it.' })
  events: number;

  @Field(() => Int, { description: 'Registrations (learners and trainers, to sessions and events) deleted with it.' })
  inscriptions: number;
}

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
    @Arg('orderBy', () => TrainingOrder, { nullable: true, defaultValue: TrainingOrder.TITLE_ASC, description: 'Order.' })
    orderBy: TrainingOrder = TrainingOrder.TITLE_ASC,
    @Arg('managed', () => Boolean, {
      nullable: true,
      description: 'true: only the trainings you manage, whose sessions you may create and change (administrators: all; others: none).',
    })
    managed?: boolean,
    @Arg('sessions', () => SessionFilterInput, {
      nullable: true,
      description: 'Only trainings with a session you may see that matches this filter (the catalogue: e.g. open ones with seats left).',
    })
    sessions?: SessionFilterInput,
  ) {
    const filter = {
      search,
      organisationId: toOptionalId(organisationId, 'Organisation', 'organisationId'),
      managed,
      sessions: sessions && toSessionFilter(sessions),
    };
    return toConnection(await listTrainings(ctx.domain, filter, page, orderBy));
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
  async sessions(
    @Root() training: Training,
    @Ctx() ctx: GraphQLContext,
    @Args() page: PageArgs,
    @Arg('filter', () => SessionFilterInput, { nullable: true, description: 'Only the sessions matching this filter.' })
    filter?: SessionFilterInput,
  ) {
    if (!filter) return toConnection(await ctx.loaders.childPage('trainingSessions', visibleSessionsSpec(ctx.domain), page, training.id));
    const { key, spec } = filteredSessionsSpec(ctx.domain, toSessionFilter(filter));
    return toConnection(await ctx.loaders.childPage(key, spec, page, training.id));
  }

  @FieldResolver(() => Session, { nullable: true, description: 'Its soonest session you may see that has not started yet.' })
  async nextSession(@Root() training: Training, @Ctx() ctx: GraphQLContext) {
    const page = await ctx.loaders.childPage('trainingNextSession', nextSessionSpec(ctx.domain), { first: 1 }, training.id);
    return page.nodes[0] ?? null;
  }

  @FieldResolver(() => TrainingPermissions, { description: 'What you may do with it.' })
  async viewerCan(@Root() training: Training, @Ctx() ctx: GraphQLContext): Promise<TrainingPermissions> {
    const manages = await ctx.loaders.managesTraining.load(training.id);
    return { edit: manages, delete: manages };
  }

  @FieldResolver(() => DeletionImpactType, {
    nullable: true,
    description: 'What deleting it would take with it; null unless you may delete it. One training at a time (not for lists).',
  })
  deletionImpact(@Root() training: Training, @Ctx() ctx: GraphQLContext) {
    return trainingDeletionImpact(ctx.domain, training.id);
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

