import { Brackets, In } from 'typeorm';
import { Event, Inscription, InscriptionMode, Organisation, Session, Training, TrainingOrganisation } from '../entities';
import { assertSignedIn, isPlatformAdmin, managedOrganisations } from './actor';
import { assignDefined } from './assign';
import { DomainContext } from './context';
import { badInput, conflict } from './errors';
import { unsafeAssertAllExist } from './ids';
import { ChildPagesSpec, KeysetOrder, Page, PageArgs, paginate } from './pagination';
import { containsPattern, LIKE_ESCAPE } from './search';
import { assertManagesOrganisations, assertManagesTraining, managesTraining } from './permissions';
import { applyScope, managedTrainingCondition, sessionCondition, trainingCondition } from './scope';
import { inTransaction } from './transaction';
import { findVisible } from './visible';
import { ErrorReason } from './error-reasons';
import { filterKey, matchingSessionsSpec, withMatchingSession } from './catalogue';
import { recordCalendarCancellations, trainingGoing } from './calendar';
import { SessionFilter, sessionFilterConditions } from './sessions';

export interface TrainingSettings {
  description?: string;
  defaultSessionDays?: number;
  publicRegistration?: boolean;
  publicUnregistration?: boolean;
  registrationValidation?: boolean;
  maxUsers?: number | null;
  eventInscriptionMode?: InscriptionMode;
}

/** What the public catalogue says about a training (French funders audit these). */
export interface TrainingCatalogueFields {
  objectives?: string;
  prerequisites?: string;
  durationHours?: number | null;
  audience?: string;
  accessibility?: string;
}

export interface TrainingInput extends TrainingSettings, TrainingCatalogueFields {
  code?: string;
  title?: string;
  organisationIds?: number[];
}

/** How the trainings table may be ordered: each by an indexed column (title, the unique code), id as tie-breaker. */
export enum TrainingOrder {
  TITLE_ASC = 'TITLE_ASC',
  TITLE_DESC = 'TITLE_DESC',
  CODE_ASC = 'CODE_ASC',
  CODE_DESC = 'CODE_DESC',
}

const ORDERS: Record<TrainingOrder, KeysetOrder> = {
  TITLE_ASC: { column: 'title', direction: 'ASC' },
  TITLE_DESC: { column: 'title', direction: 'DESC' },
  CODE_ASC: { column: 'code', direction: 'ASC' },
  CODE_DESC: { column: 'code', direction: 'DESC' },
};

export const getTraining = (ctx: DomainContext, id: number, field?: string) =>
  findVisible(ctx, Training, (alias) => trainingCondition(ctx.actor, alias), id, 'Training', field);

export function listTrainings(
  ctx: DomainContext,
  filter: { search?: string | null; organisationId?: number | null; managed?: boolean | null; sessions?: SessionFilter | null },
  args: PageArgs,
  orderBy: TrainingOrder = TrainingOrder.TITLE_ASC,
): Promise<Page<Training>> {
  const qb = applyScope(ctx.manager.createQueryBuilder(Training, 't'), trainingCondition(ctx.actor, 't'));
  // #9 catalogue: only trainings with a session (that the actor may see) matching the session filter.
  if (filter.sessions) applyScope(qb, withMatchingSession(ctx.actor, 't', sessionFilterConditions(ctx, 'ms', filter.sessions)));
  if (filter.search?.trim()) {
    const pattern = containsPattern(filter.search);
    qb.andWhere(
      new Brackets((w) =>
        w.where(`t.title LIKE :pattern ${LIKE_ESCAPE}`, { pattern }).orWhere(`t.code LIKE :pattern ${LIKE_ESCAPE}`),
      ),
    );
  }
  // #7: the new-session picker offers only the trainings the viewer may create sessions of.
  if (filter.managed) applyScope(qb, managedTrainingCondition(ctx.actor, 't'));
  if (filter.organisationId != null) {
    qb.andWhere(
      't.id IN (SELECT o.trainingId FROM training_organisation o WHERE o.organisationId = :organisationId)',
      { organisationId: filter.organisationId },
    );
  }
  // `managed: false` is the whole list, as when omitted: its cursors are the same list's.
  return paginate(qb, ORDERS[orderBy], args, { ...filter, managed: filter.managed || null });
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

/** A training's sessions matching a session filter (#9 catalogue), with the batch key its cursors are bound to. */
export function filteredSessionsSpec(ctx: DomainContext, filter: SessionFilter) {
  return {
    key: `trainingSessions:${filterKey(filter)}`,
    spec: matchingSessionsSpec(ctx.actor, sessionFilterConditions(ctx, 'c', filter)),
  };
}

/** The next session of trainings (#7, trainings table): the soonest visible one that has not started yet. */
export function nextSessionSpec(ctx: DomainContext): ChildPagesSpec<Session> {
  const visible = visibleSessionsSpec(ctx);
  const upcoming = { sql: 'c.startDate > :nextAfter', parameters: { nextAfter: ctx.clock.now() } };
  return {
    ...visible,
    where: visible.where
      ? { sql: `(${visible.where.sql}) AND ${upcoming.sql}`, parameters: { ...visible.where.parameters, ...upcoming.parameters } }
      : upcoming,
  };
}

/** Which of these trainings the actor manages (may edit and delete), in two queries whatever their number. */
export async function managedAmong(ctx: DomainContext, trainingIds: readonly number[]): Promise<boolean[]> {
  if (isPlatformAdmin(ctx.actor)) return trainingIds.map(() => true);
  const managed = managedOrganisations(ctx.actor);
  if (!managed.length) return trainingIds.map(() => false);
  const links = await ctx.manager.find(TrainingOrganisation, {
    where: { trainingId: In([...trainingIds]), organisationId: In(managed) },
    select: { trainingId: true },
  });
  const ids = new Set(links.map((link) => link.trainingId));
  return trainingIds.map((id) => ids.has(id));
}

/** What deleting a training takes with it (#7: the confirmation names it). */
export interface DeletionImpact {
  sessions: number;
  events: number;
  inscriptions: number;
}

/** Null unless the actor may delete the training: only its managers are told what it holds. */
export async function trainingDeletionImpact(ctx: DomainContext, trainingId: number): Promise<DeletionImpact | null> {
  if (!(await managesTraining(ctx, trainingId))) return null;
  const ofTraining = 'sessionId IN (SELECT s.id FROM session s WHERE s.trainingId = :trainingId)';
  const [sessions, events, inscriptions] = await Promise.all([
    ctx.manager.countBy(Session, { trainingId }),
    ctx.manager.createQueryBuilder(Event, 'e').where(`e.${ofTraining}`, { trainingId }).getCount(),
    ctx.manager.createQueryBuilder(Inscription, 'i').where(`i.${ofTraining}`, { trainingId }).getCount(),
  ]);
  return { sessions, events, inscriptions };
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

/**
 * R1: sets a training's organisations. The actor must manage every organisation added and, #6 §3, every one
 * removed: a manager cannot take a shared training away from an organisation they do not manage. Those kept
 * need not be theirs.
 */
async function setOrganisations(ctx: DomainContext, trainingId: number, organisationIds: number[]) {
  const ids = [...new Set(organisationIds)];
  if (!ids.length) throw badInput('organisationIds', ErrorReason.ORGANISATION_REQUIRED, 'a training needs at least one organisation');
  // Unscoped: organisations are listed to every signed-in user; managing the changed ones is checked next.
  await unsafeAssertAllExist(ctx.manager, Organisation, ids, 'Organisation', 'organisationIds');
  const current = (await ctx.manager.find(TrainingOrganisation, { where: { trainingId }, select: { organisationId: true } })).map(
    (link) => link.organisationId,
  );
  const changed = [...ids.filter((id) => !current.includes(id)), ...current.filter((id) => !ids.includes(id))];
  assertManagesOrganisations(ctx, changed);
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
            objectives: '',
            prerequisites: '',
            durationHours: null as number | null,
            audience: '',
            accessibility: '',
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
    // #7 screen 4: the sessions keep a copy of the title to sort on; it follows in the same transaction.
    if (fields.title !== undefined && fields.title !== training.title)
      await tx.manager.update(Session, { trainingId: id }, { trainingTitle: fields.title });
    return tx.manager.save(assignDefined(training, fields));
  });
}

export function deleteTraining(ctx: DomainContext, id: number) {
  return inTransaction(ctx, async (tx) => {
    const training = await getTraining(tx, id);
    await assertManagesTraining(tx, id);
    await recordCalendarCancellations(tx, trainingGoing(id));
    await tx.manager.delete(Training, { id });
    return training;
  });
}
