import { EventStatus, InscriptionMode, Session } from '../entities';
import { assignDefined } from './assign';
import { DomainContext } from './context';
import { assertManagesTraining } from './permissions';
import { applyScope, sessionCondition } from './scope';
import { pendingRegistrationsCondition, staffSessionCondition, underFilledCondition } from './staff-sessions';
import { findVisible } from './visible';
import { KeysetOrder, Page, PageArgs, paginate } from './pagination';
import { containsPattern, LIKE_ESCAPE } from './search';
import { SessionDraft, sessionDraft } from './session-draft';
import { statusCondition } from './status';
import { assertOrdered } from './time-zone';
import { afterCapacityChange, lockTarget, sessionTarget } from './seats';
import { assertInDateRange } from './date-range';
import { inTransaction } from './transaction';
import { getTraining } from './trainings';

export interface SessionInput {
  title?: string;
  description?: string;
  startDate?: Date;
  endDate?: Date;
  defaultSession?: boolean;
  publicRegistration?: boolean;
  publicUnregistration?: boolean;
  registrationValidation?: boolean;
  maxUsers?: number | null;
  eventInscriptionMode?: InscriptionMode;
}

export interface SessionFilter {
  trainingId?: number | null;
  search?: string | null;
  status?: EventStatus | null;
  startsAfter?: Date | null;
  startsBefore?: Date | null;
  /** Only the sessions the actor manages or teaches (#7, dashboard). */
  asStaff?: boolean | null;
  /** Only sessions less than half full (#7, dashboard). */
  underFilled?: boolean | null;
  /** Only sessions with registrations awaiting validation (R7). */
  pendingRegistrations?: boolean | null;
}

export enum SessionOrder {
  START_DATE_ASC = 'START_DATE_ASC',
  START_DATE_DESC = 'START_DATE_DESC',
  TITLE_ASC = 'TITLE_ASC',
}

const ORDERS: Record<SessionOrder, KeysetOrder> = {
  START_DATE_ASC: { column: 'startDate', direction: 'ASC' },
  START_DATE_DESC: { column: 'startDate', direction: 'DESC' },
  TITLE_ASC: { column: 'title', direction: 'ASC' },
};

export const getSession = (ctx: DomainContext, id: number, field?: string) =>
  findVisible(ctx, Session, (alias) => sessionCondition(ctx.actor, alias), id, 'Session', field);

/** R2, for the staff form: what a new session of this training would start with. */
export async function draftSession(ctx: DomainContext, trainingId: number, start?: Date | null): Promise<SessionDraft> {
  const training = await getTraining(ctx, trainingId, 'trainingId');
  await assertManagesTraining(ctx, trainingId);
  assertInDateRange(start, 'startDate');
  const draft = sessionDraft(training, ctx.clock.now(), start);
  assertDraftEnd(draft.endDate);
  return draft;
}

// #6 §10: an end computed from the start (R2) must stay in range too; the start is what the caller chose.
const assertDraftEnd = (endDate: Date) =>
  assertInDateRange(endDate, 'startDate', "the start plus the training's default duration");

export function listSessions(
  ctx: DomainContext,
  filter: SessionFilter,
  orderBy: SessionOrder,
  args: PageArgs,
): Promise<Page<Session>> {
  assertInDateRange(filter.startsAfter, 'startsAfter');
  assertInDateRange(filter.startsBefore, 'startsBefore');
  const qb = applyScope(ctx.manager.createQueryBuilder(Session, 's'), sessionCondition(ctx.actor, 's'));
  if (filter.trainingId != null) qb.andWhere('s.trainingId = :trainingId', { trainingId: filter.trainingId });
  if (filter.search?.trim()) qb.andWhere(`s.title LIKE :pattern ${LIKE_ESCAPE}`, { pattern: containsPattern(filter.search) });
  if (filter.startsAfter) qb.andWhere('s.startDate >= :startsAfter', { startsAfter: filter.startsAfter });
  if (filter.startsBefore) qb.andWhere('s.startDate < :startsBefore', { startsBefore: filter.startsBefore });
  if (filter.status) {
    const status = statusCondition('s.startDate', 's.endDate', filter.status, ctx.clock.now());
    qb.andWhere(status.sql, status.parameters);
  }
  if (filter.asStaff) applyScope(qb, staffSessionCondition(ctx.actor, 's.id'));
  if (filter.underFilled) applyScope(qb, underFilledCondition('s'));
  if (filter.pendingRegistrations) applyScope(qb, pendingRegistrationsCondition('s'));
  return paginate(qb, ORDERS[orderBy], args, filter);
}

function assertSessionDates(input: SessionInput) {
  assertInDateRange(input.startDate, 'startDate');
  assertInDateRange(input.endDate, 'endDate');
}

/** R10: at most one default session per training; making one default unsets the previous one. */
async function setDefault(ctx: DomainContext, session: Session, isDefault: boolean | undefined) {
  if (isDefault === undefined) return;
  if (isDefault) {
    await ctx.manager.update(Session, { defaultOfTrainingId: session.trainingId }, { defaultOfTrainingId: null });
  }
  session.defaultOfTrainingId = isDefault ? session.trainingId : null;
}

/** R2: omitted fields take the training's values (the same draft the form shows). */
export function createSession(ctx: DomainContext, trainingId: number, input: SessionInput) {
  return inTransaction(ctx, async (tx) => {
    const training = await getTraining(tx, trainingId, 'trainingId');
    await assertManagesTraining(tx, trainingId);
    const { defaultSession, ...fields } = input;
    assertSessionDates(input);
    const draft = sessionDraft(training, tx.clock.now(), input.startDate);
    const values = assignDefined({ ...draft }, fields);
    if (input.endDate === undefined) assertDraftEnd(values.endDate);
    assertOrdered(values.startDate, values.endDate, 'endDate');
    const session = tx.manager.create(Session, {
      ...values,
      trainingId,
      defaultOfTrainingId: null,
      createdAt: tx.clock.now(),
    });
    await setDefault(tx, session, defaultSession);
    return tx.manager.save(session);
  });
}

/** Raising or removing the capacity promotes the waiting learners in the same transaction (R6, #6 §7). */
export function updateSession(ctx: DomainContext, id: number, input: SessionInput) {
  return inTransaction(ctx, async (tx) => {
    const { trainingId } = await getSession(tx, id);
    await assertManagesTraining(tx, trainingId);
    // #6 §8: edit the row as it is once locked, not as first read: a concurrent update (of the capacity, say)
    // committed meanwhile would otherwise be written back over.
    await lockTarget(tx, sessionTarget({ id }));
    const session = await getSession(tx, id);
    const previous = { maxUsers: session.maxUsers };
    const { defaultSession, ...fields } = input;
    assertSessionDates(input);
    assignDefined(session, fields);
    assertOrdered(session.startDate, session.endDate, input.endDate ? 'endDate' : 'startDate');
    await setDefault(tx, session, defaultSession);
    const saved = await tx.manager.save(session);
    if (saved.maxUsers !== previous.maxUsers) await afterCapacityChange(tx, sessionTarget(saved));
    return saved;
  });
}

export function deleteSession(ctx: DomainContext, id: number) {
  return inTransaction(ctx, async (tx) => {
    const session = await getSession(tx, id);
    await assertManagesTraining(tx, session.trainingId);
    await tx.manager.delete(Session, { id });
    return session;
  });
}
