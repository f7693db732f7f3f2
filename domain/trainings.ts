import { Brackets, In } from 'typeorm';
import { InscriptionMode, Organisation, Session, Training, TrainingOrganisation } from '../entities';
import { assertSignedIn } from './actor';
import { assignDefined } from './assign';
import { DomainContext } from './context';
import { badInput, conflict } from './errors';
import { unsafeAssertAllExist } from './ids';
import { ChildPagesSpec, Page, PageArgs, paginate } from './pagination';
import { containsPattern, LIKE_ESCAPE } from './search';
import { assertManagesOrganisations, assertManagesTraining } from './permissions';
import { applyScope, sessionCondition, trainingCondition } from './scope';
import { inTransaction } from './transaction';
import { findVisible } from './visible';
import { ErrorReason } from './error-reasons';

export interface TrainingSettings {
  description?: string;
  defaultSessionDays?: number;
  publicRegistration?: boolean;
  publicUnregistration?: boolean;
  registrationValidation?: boolean;
  maxUsers?: number | null;
  eventInscriptionMode?: InscriptionMode;
}

export interface TrainingInput extends TrainingSettings {
  code?: string;
  title?: string;
  organisationIds?: number[];
}

export const getTraining = (ctx: DomainContext, id: number, field?: string) =>
  findVisible(ctx, Training, (alias) => trainingCondition(ctx.actor, alias), id, 'Training', field);

export function listTrainings(
  ctx: DomainContext,
  filter: { search?: string | null; organisationId?: number | null },
  args: PageArgs,
): Promise<Page<Training>> {
  const qb = applyScope(ctx.manager.createQueryBuilder(Training, 't'), trainingCondition(ctx.actor, 't'));
  if (filter.search?.trim()) {
    const pattern = containsPattern(filter.search);
    qb.andWhere(
      new Brackets((w) =>
        w.where(`t.title LIKE :pattern ${LIKE_ESCAPE}`, { pattern }).orWhere(`t.code LIKE :pattern ${LIKE_ESCAPE}`),
      ),
    );
  }
  if (filter.organisationId != null) {
    qb.andWhere(
      't.id IN (SELECT o.trainingId FROM training_organisation o WHERE o.organisationId = :organisationId)',
      { organisationId: filter.organisationId },
    );
  }
  return paginate(qb, { column: 'title', direction: 'ASC' }, args);
}

/**
 * The sessions of trainings the actor may see, by start (for `Training.sessions`): one page per training,
 * batched by the loaders, on the (trainingId, startDate, id) index.
 */
export function visibleSessionsSpec(ctx: DomainContext): ChildPagesSpec<Session> {
  const visible = sessionCondition(ctx.actor, 'c');
  return {
    entity: Session,
    parentColumn: 'trainingId',
    order: { column: 'startDate', direction: 'ASC' },
    where: visible ? { sql: visible.sql, parameters: visible.parameters } : undefined,
  };
}

/** R1: the organisations of many trainings at once (for loaders): trainingId → organisations. */
export async function organisationsOfTrainings(ctx: DomainContext, trainingIds: readonly number[]) {
  const links = await ctx.manager.find(TrainingOrganisation, {
    where: { trainingId: In([...trainingIds]) },
    relations: { organisation: true },
    order: { organisationId: 'ASC' },
  });
  const byTraining = new Map<number, Organisation[]>();
  for (const link of links) {
    byTraining.set(link.trainingId, [...(byTraining.get(link.trainingId) ?? []), link.organisation]);
  }
  return trainingIds.map((id) => byTraining.get(id) ?? []);
}

async function setOrganisations(ctx: DomainContext, trainingId: number, organisationIds: number[]) {
  const ids = [...new Set(organisationIds)];
  if (!ids.length) throw badInput('organisationIds', ErrorReason.ORGANISATION_REQUIRED, 'a training needs at least one organisation');
  // Unscoped: organisations are listed to every signed-in user; managing them is checked next.
  await unsafeAssertAllExist(ctx.manager, Organisation, ids, 'Organisation', 'organisationIds');
  assertManagesOrganisations(ctx, ids);
  await ctx.manager.delete(TrainingOrganisation, { trainingId });
  await ctx.manager.insert(
    TrainingOrganisation,
    ids.map((organisationId) => ({ trainingId, organisationId })),
  );
}

async function assertCodeFree(ctx: DomainContext, code: string | undefined, id?: number) {
  if (code === undefined) return;
  const other = await ctx.manager.findOneBy(Training, { code });
  if (other && other.id !== id) throw conflict(ErrorReason.CODE_TAKEN, `code ${code} is already used`, 'code');
}

export function createTraining(
  ctx: DomainContext,
  input: TrainingInput & { code: string; title: string; organisationIds: number[] },
) {
  return inTransaction(ctx, async (tx) => {
    assertSignedIn(tx.actor);
    const { organisationIds, ...fields } = input;
    assertManagesOrganisations(tx, organisationIds);
    await assertCodeFree(tx, fields.code);
    const training = await tx.manager.save(
      tx.manager.create(
        Training,
        assignDefined(
          {
            description: '',
            defaultSessionDays: 1,
            publicRegistration: false,
            publicUnregistration: false,
            registrationValidation: false,
            maxUsers: null as number | null,
            eventInscriptionMode: InscriptionMode.MANUAL,
            createdAt: tx.clock.now(),
          },
          fields,
        ),
      ),
    );
    await setOrganisations(tx, training.id, organisationIds);
    return training;
  });
}

/** R1: changing the organisations here changes, at once, those of every session and event of the training. */
export function updateTraining(ctx: DomainContext, id: number, input: TrainingInput) {
  return inTransaction(ctx, async (tx) => {
    const { organisationIds, ...fields } = input;
    const training = await getTraining(tx, id);
    await assertManagesTraining(tx, id);
    await assertCodeFree(tx, fields.code, id);
    if (organisationIds) await setOrganisations(tx, id, organisationIds);
    return tx.manager.save(assignDefined(training, fields));
  });
}

export function deleteTraining(ctx: DomainContext, id: number) {
  return inTransaction(ctx, async (tx) => {
    const training = await getTraining(tx, id);
    await assertManagesTraining(tx, id);
    await tx.manager.delete(Training, { id });
    return training;
  });
}
