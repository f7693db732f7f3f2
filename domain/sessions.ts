import { Event, EventStatus, Inscription, InscriptionMode, Session } from '../entities';
import { assignDefined } from './assign';
import { DomainContext } from './context';
import { assertManagesTraining, managesTraining } from './permissions';
import { applyScope, Condition, sessionCondition } from './scope';
import { pendingRegistrationsCondition, staffSessionCondition, underFilledCondition } from './staff-sessions';
import { findVisible } from './visible';
import { KeysetOrder, Page, PageArgs, paginate, paginateSegments, SegmentedOrder } from './pagination';
import { containsPattern, LIKE_ESCAPE } from './search';
import { SessionDraft, sessionDraft } from './session-draft';
import { endedCondition, statusCondition } from './status';
import { CatalogueFilter, catalogueConditions } from './catalogue';
import { assertOrdered } from './time-zone';
import { afterCapacityChange, lockTarget, sessionTarget } from './seats';
import { assertInDateRange } from './date-range';
import { inTransaction } from './transaction';
import { getTraining } from './trainings';
import { recordCalendarCancellations, sessionGoing } from './calendar';

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
  promotionCutoffHours?: number | null;
  registrationClosesAt?: Date | null;
}

export interface SessionFilter extends CatalogueFilter {
  trainingId?: number | null;
  search?: string | null;
  status?: EventStatus | null;
  /** R4: true = ended sessions, false = open ones (upcoming or ongoing), unset = all. */
  ended?: boolean | null;
  startsAfter?: Date | null;
  startsBefore?: Date | null;
  /** Only the sessions the actor manages or teaches (#7, dashboard). */
  asStaff?: boolean | null;
  /** Only sessions less than half full (#7, dashboard). */
  underFilled?: boolean | null;
  /** Only sessions with registrations awaiting validation (R7). */
  pendingRegistrations?: boolean | null;
}

/** How the sessions table may be ordered (#7 screen 4), each way on an index; id breaks ties. */
export enum SessionOrder {
  START_DATE_ASC = 'START_DATE_ASC',
  START_DATE_DESC = 'START_DATE_DESC',
  END_DATE_ASC = 'END_DATE_ASC',
  END_DATE_DESC = 'END_DATE_DESC',
  TITLE_ASC = 'TITLE_ASC',
  TITLE_DESC = 'TITLE_DESC',
  TRAINING_ASC = 'TRAINING_ASC',
  TRAINING_DESC = 'TRAINING_DESC',
  STATUS_ASC = 'STATUS_ASC',
  STATUS_DESC = 'STATUS_DESC',
  LEARNERS_ASC = 'LEARNERS_ASC',
  LEARNERS_DESC = 'LEARNERS_DESC',
  CAPACITY_ASC = 'CAPACITY_ASC',
  CAPACITY_DESC = 'CAPACITY_DESC',
  PENDING_ASC = 'PENDING_ASC',
  PENDING_DESC = 'PENDING_DESC',
}

type Direction = KeysetOrder['direction'];
const flip = (direction: Direction): Direction => (direction === 'ASC' ? 'DESC' : 'ASC');

/** Orders on one column of the session row (the counters and the copied training title included). */
const COLUMN_ORDERS: Partial<Record<SessionOrder, KeysetOrder>> = {
  START_DATE_ASC: { column: 'startDate', direction: 'ASC' },
  START_DATE_DESC: { column: 'startDate', direction: 'DESC' },
  END_DATE_ASC: { column: 'endDate', direction: 'ASC' },
  END_DATE_DESC: { column: 'endDate', direction: 'DESC' },
  TITLE_ASC: { column: 'title', direction: 'ASC' },
  TITLE_DESC: { column: 'title', direction: 'DESC' },
  TRAINING_ASC: { column: 'trainingTitle', direction: 'ASC' },
  TRAINING_DESC: { column: 'trainingTitle', direction: 'DESC' },
  LEARNERS_ASC: { column: 'learnerCount', direction: 'ASC' },
  LEARNERS_DESC: { column: 'learnerCount', direction: 'DESC' },
  PENDING_ASC: { column: 'pendingCount', direction: 'ASC' },
  PENDING_DESC: { column: 'pendingCount', direction: 'DESC' },
};

/**
 * R4 status order: upcoming (soonest start first), ongoing (soonest end first), ended (latest end first), each
 * part on the start or end index; DESC is the exact reverse. Status is derived from "now", so the parts are too.
 */
function statusOrder(direction: Direction, now: Date): SegmentedOrder {
  const parts = [
    { status: EventStatus.UPCOMING, order: { column: 'startDate', direction: 'ASC' as Direction } },
    { status: EventStatus.ONGOING, order: { column: 'endDate', direction: 'ASC' as Direction } },
    { status: EventStatus.ENDED, order: { column: 'endDate', direction: 'DESC' as Direction } },
  ].map((part) => ({ where: statusCondition('s.startDate', 's.endDate', part.status, now), order: part.order }));
  return {
    name: `status:${direction}`,
    segments:
      direction === 'ASC' ? parts : parts.reverse().map((part) => ({ ...part, order: { ...part.order, direction: flip(part.order.direction) } })),
  };
}

/** R6 capacity order: limited sessions by capacity, then the unlimited ones (an empty capacity is the largest). */
function capacityOrder(direction: Direction): SegmentedOrder {
  const limited = { where: { sql: 's.maxUsers IS NOT NULL', parameters: {} }, order: { column: 'maxUsers', direction } };
  const unlimited = { where: { sql: 's.maxUsers IS NULL', parameters: {} }, order: { column: 'id', direction } };
  return { name: `capacity:${direction}`, segments: direction === 'ASC' ? [limited, unlimited] : [unlimited, limited] };
}

export const getSession = (ctx: DomainContext, id: number, field?: string) =>
  findVisible(ctx, Session, (alias) => sessionCondition(ctx.actor, alias), id, 'Session', field);

/** The same, with its training read in the same statement (#11: the session page shows both). */
export const getSessionWithTraining = (ctx: DomainContext, id: number) =>
  findVisible(ctx, Session, (alias) => sessionCondition(ctx.actor, alias), id, 'Session', undefined, 'training');

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

/**
 * The filter as SQL conditions on the session alias: the sessions table, the catalogue (#9) and the nested
 * lists (`trainings(sessions:)`, `Training.sessions(filter:)`) filter sessions the one same way. Parameter
 * names are the filter's own (sf…), so they can sit in a query that has parameters of its own.
 */
export function sessionFilterConditions(ctx: DomainContext, alias: string, filter: SessionFilter): Condition[] {
  assertInDateRange(filter.startsAfter, 'startsAfter');
  assertInDateRange(filter.startsBefore, 'startsBefore');
  const now = ctx.clock.now();
  const conditions: (Condition | null)[] = [];
  if (filter.trainingId != null) conditions.push({ sql: `${alias}.trainingId = :sfTrainingId`, parameters: { sfTrainingId: filter.trainingId } });
  if (filter.search?.trim()) {
    // #7 screen 4: the words may be in the session's title or in its training's.
    conditions.push({
      sql: `(${alias}.title LIKE :sfPattern ${LIKE_ESCAPE} OR ${alias}.trainingTitle LIKE :sfPattern ${LIKE_ESCAPE})`,
      parameters: { sfPattern: containsPattern(filter.search) },
    });
  }
  if (filter.startsAfter) conditions.push({ sql: `${alias}.startDate >= :sfAfter`, parameters: { sfAfter: filter.startsAfter } });
  if (filter.startsBefore) conditions.push({ sql: `${alias}.startDate < :sfBefore`, parameters: { sfBefore: filter.startsBefore } });
  if (filter.status) conditions.push(statusCondition(`${alias}.startDate`, `${alias}.endDate`, filter.status, now));
  if (filter.ended != null) conditions.push(endedCondition(`${alias}.endDate`, filter.ended, now));
  if (filter.asStaff) conditions.push(staffSessionCondition(ctx.actor, `${alias}.id`, `${alias}.trainingId`));
  if (filter.underFilled) conditions.push(underFilledCondition(alias));
  if (filter.pendingRegistrations) conditions.push(pendingRegistrationsCondition(alias));
  conditions.push(...catalogueConditions(ctx.actor, alias, filter));
  return conditions.filter((c): c is Condition => c !== null);
}

export function listSessions(
  ctx: DomainContext,
  filter: SessionFilter,
  orderBy: SessionOrder,
  args: PageArgs,
): Promise<Page<Session>> {
  const qb = applyScope(ctx.manager.createQueryBuilder(Session, 's'), sessionCondition(ctx.actor, 's'));
  for (const condition of sessionFilterConditions(ctx, 's', filter)) applyScope(qb, condition);
  const column = COLUMN_ORDERS[orderBy];
  if (column) return paginate(qb, column, args, filter);
  const direction: Direction = orderBy.endsWith('_DESC') ? 'DESC' : 'ASC';
  const segmented = orderBy.startsWith('STATUS_') ? statusOrder(direction, ctx.clock.now()) : capacityOrder(direction);
  return paginateSegments(qb, segmented, args, filter);
}

function assertSessionDates(input: SessionInput) {
  assertInDateRange(input.startDate, 'startDate');
  assertInDateRange(input.endDate, 'endDate');
  if (input.registrationClosesAt) assertInDateRange(input.registrationClosesAt, 'registrationClosesAt');
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
      trainingTitle: training.title,
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
    const previous = { maxUsers: session.maxUsers, cutoff: session.promotionCutoffHours, start: session.startDate.getTime() };
    const { defaultSession, ...fields } = input;
    assertSessionDates(input);
    assignDefined(session, fields);
    assertOrdered(session.startDate, session.endDate, input.endDate ? 'endDate' : 'startDate');
    await setDefault(tx, session, defaultSession);
    const saved = await tx.manager.save(session);
    // #9 §4: a raised capacity, or a cut-off moved later or removed, may give seats to the waiting list now.
    if (saved.maxUsers !== previous.maxUsers || saved.promotionCutoffHours !== previous.cutoff || saved.startDate.getTime() !== previous.start)
      await afterCapacityChange(tx, sessionTarget(saved));
    return saved;
  });
}

/** What deleting a session takes with it (#7: the confirmation names it). */
export interface SessionDeletionImpact {
  events: number;
  inscriptions: number;
}

/** Null unless the actor may delete the session: only its managers are told what it holds. */
export async function sessionDeletionImpact(ctx: DomainContext, session: Pick<Session, 'id' | 'trainingId'>): Promise<SessionDeletionImpact | null> {
  if (!(await managesTraining(ctx, session.trainingId))) return null;
  const [events, inscriptions] = await Promise.all([
    ctx.manager.countBy(Event, { sessionId: session.id }),
    ctx.manager.countBy(Inscription, { sessionId: session.id }),
  ]);
  return { events, inscriptions };
}

export function deleteSession(ctx: DomainContext, id: number) {
  return inTransaction(ctx, async (tx) => {
    const session = await getSession(tx, id);
    await assertManagesTraining(tx, session.trainingId);
    await recordCalendarCancellations(tx, sessionGoing(id));
    await tx.manager.delete(Session, { id });
    return session;
  });
}
