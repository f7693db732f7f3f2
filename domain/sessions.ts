import { Brackets } from 'typeorm';
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
import { assertOrdered } from './time-zone';
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
  return sessionDraft(training, ctx.clock.now(), start);
}

export function listSessions(
  ctx: DomainContext,
  filter: SessionFilter,
  orderBy: SessionOrder,
  args: PageArgs,
): Promise<Page<Session>> {
  const qb = applyScope(ctx.manager.createQueryBuilder(Session, 's'), sessionCondition(ctx.actor, 's'));
  const now = ctx.clock.now();
  if (filter.trainingId != null) qb.andWhere('s.trainingId = :trainingId', { trainingId: filter.trainingId });
  if (filter.search?.trim()) qb.andWhere(`s.title LIKE :pattern ${LIKE_ESCAPE}`, { pattern: containsPattern(filter.search) });
  if (filter.startsAfter) qb.andWhere('s.startDate >= :startsAfter', { startsAfter: filter.startsAfter });
  if (filter.startsBefore) qb.andWhere('s.startDate < :startsBefore', { startsBefore: filter.startsBefore });
  // R4: the same derivation as statusAt(), written as SQL on the indexed dates.
  if (filter.status === EventStatus.ENDED) qb.andWhere('s.endDate <= :now', { now });
  if (filter.status === EventStatus.UPCOMING) qb.andWhere('s.startDate > :now', { now });
  if (filter.status === EventStatus.ONGOING)
    qb.andWhere(new Brackets((w) => w.where('s.startDate <= :now', { now }).andWhere('s.endDate > :now')));
  if (filter.asStaff) applyScope(qb, staffSessionCondition(ctx.actor, 's.id'));
  if (filter.underFilled) applyScope(qb, underFilledCondition('s'));
  if (filter.pendingRegistrations) applyScope(qb, pendingRegistrationsCondition('s'));
  return paginate(qb, ORDERS[orderBy], args);
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
    const draft = sessionDraft(training, tx.clock.now(), input.startDate);
    const values = assignDefined({ ...draft }, fields);
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

export function updateSession(ctx: DomainContext, id: number, input: SessionInput) {
  return inTransaction(ctx, async (tx) => {
    const session = await getSession(tx, id);
    await assertManagesTraining(tx, session.trainingId);
    const { defaultSession, ...fields } = input;
    assignDefined(session, fields);
    assertOrdered(session.startDate, session.endDate, input.endDate ? 'endDate' : 'startDate');
    await setDefault(tx, session, defaultSession);
    return tx.manager.save(session);
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
