import { In } from 'typeorm';
import {
  Attendance,
  AttendanceChange,
  AttendanceMethod,
  AttendanceStatus,
  AttendanceValidation,
  Event,
  Inscription,
  InscriptionRole,
  InscriptionState,
} from '../entities';
import { userIdOf } from './actor';
import { DomainContext } from './context';
import { badInput, conflict } from './errors';
import { ErrorReason } from './error-reasons';
import { getEvent } from './events';
import { assertManagesSession, assertSessionStaff, sessionRelations } from './permissions';
import { eventTarget, lockTarget } from './seats';
import { assertText } from './text';
import { inTransaction } from './transaction';
import { AttendanceOutcome, outcomeOf, sessionAttendanceOutcomes } from './attendance-outcome';
import { confirmedSessionMembers } from './inscriptions';

export const MAX_ATTENDANCE_COMMENT_LENGTH = 2000;

/**
 * #10 §1: a registrant's attendance as the screens read it. A registrant (a confirmed learner inscription to the
 * event) with no row yet reads as UNKNOWN, recorded by nobody.
 */
export interface AttendanceLine {
  eventId: number;
  userId: number;
  status: AttendanceStatus;
  comment: string | null;
  recordedById: number | null;
  recordedAt: Date | null;
  method: AttendanceMethod | null;
  correctionReason: string | null;
}

interface Change {
  status: AttendanceStatus;
  comment: string | null;
  method: AttendanceMethod;
  correctionReason: string | null;
}

const lineOf = (eventId: number, userId: number, row: Attendance | undefined): AttendanceLine => ({
  eventId,
  userId,
  status: row?.status ?? AttendanceStatus.UNKNOWN,
  comment: row?.comment ?? null,
  recordedById: row?.recordedById ?? null,
  recordedAt: row?.recordedAt ?? null,
  method: row?.method ?? null,
  correctionReason: row?.correctionReason ?? null,
});

function assertRecordable(status: AttendanceStatus) {
  // UNKNOWN means "nobody said": recording it would erase what was said without saying anything.
  if (status === AttendanceStatus.UNKNOWN)
    throw badInput('status', ErrorReason.ATTENDANCE_STATUS_REQUIRED, 'record present, absent excused or absent unexcused');
}

function cleanComment(comment: string | null | undefined): string | null {
  if (comment == null || !comment.trim()) return null;
  assertText(comment, 'comment', 'multiline');
  if ([...comment].length > MAX_ATTENDANCE_COMMENT_LENGTH)
    throw badInput('comment', ErrorReason.TOO_LONG, `comment must be at most ${MAX_ATTENDANCE_COMMENT_LENGTH} characters`);
  return comment;
}

/** Recording starts with the event: nobody can be present at what has not begun. */
function assertStarted(ctx: DomainContext, event: Event) {
  if (ctx.clock.now().getTime() < event.startAt.getTime())
    throw badInput('eventId', ErrorReason.ATTENDANCE_NOT_STARTED, 'attendance is recorded from the start of the event');
}

export const isValidated = (ctx: DomainContext, eventId: number) => ctx.manager.existsBy(AttendanceValidation, { eventId });

async function assertNotValidated(ctx: DomainContext, eventId: number) {
  if (await isValidated(ctx, eventId))
    throw conflict(ErrorReason.ATTENDANCE_VALIDATED, "this event's attendance is validated: only a manager's correction changes it", 'eventId');
}

/** The event's registrants: its confirmed learner inscriptions (#10 §1). */
const registrantCondition = { role: InscriptionRole.LEARNER, state: InscriptionState.CONFIRMED };

async function assertRegistrant(ctx: DomainContext, eventId: number, userId: number) {
  if (!(await ctx.manager.existsBy(Inscription, { eventId, userId, ...registrantCondition })))
    throw badInput('userId', ErrorReason.NOT_REGISTERED, 'this person is not a confirmed learner of the event');
}

/**
 * The event, found in the actor's scope (else NOT_FOUND) and recorded by its staff: the training's managers and
 * the session's confirmed trainers, event trainers included (R9 chooses those among the session's; a trainer
 * standing in for a colleague records too). Others who see the event: FORBIDDEN. Then the event row is locked,
 * so writes to one event's attendance (and its validation) run one after the other.
 */
async function eventForRecording(tx: DomainContext, eventId: number): Promise<Event> {
  const event = await getEvent(tx, eventId, 'eventId');
  await assertSessionStaff(tx, event.sessionId);
  assertStarted(tx, event);
  await lockTarget(tx, eventTarget(event));
  return event;
}

/** Writes the current row and appends its audit row, in the caller's transaction. Nothing changes: nothing written. */
async function writeChange(tx: DomainContext, eventId: number, userId: number, change: Change): Promise<AttendanceLine> {
  const current = await tx.manager.findOneBy(Attendance, { eventId, userId });
  const from = current?.status ?? AttendanceStatus.UNKNOWN;
  if (current && from === change.status && current.comment === change.comment && !change.correctionReason) return lineOf(eventId, userId, current);
  const now = tx.clock.now();
  const changedById = userIdOf(tx.actor);
  const row = tx.manager.merge(Attendance, current ?? tx.manager.create(Attendance, { eventId, userId }), {
    ...change,
    recordedById: changedById,
    recordedAt: now,
  });
  await tx.manager.save(row);
  await tx.manager.insert(AttendanceChange, {
    eventId,
    userId,
    fromStatus: from,
    toStatus: change.status,
    comment: change.comment,
    changedById,
    changedAt: now,
    method: change.method,
    correctionReason: change.correctionReason,
  });
  return lineOf(eventId, userId, row);
}

/** #10 §1: staff record one registrant's attendance, from the event's start until it is validated. */
export function recordAttendance(ctx: DomainContext, eventId: number, userId: number, status: AttendanceStatus, comment?: string | null) {
  assertRecordable(status);
  const cleaned = cleanComment(comment);
  return inTransaction(ctx, async (tx) => {
    await eventForRecording(tx, eventId);
    await assertNotValidated(tx, eventId);
    await assertRegistrant(tx, eventId, userId);
    return writeChange(tx, eventId, userId, { status, comment: cleaned, method: AttendanceMethod.STAFF, correctionReason: null });
  });
}

/**
 * #10 §1 « Tous présents »: every registrant not recorded yet (no row, or UNKNOWN) becomes PRESENT. Anything
 * recorded, an excused absence above all, stays as it is (peers have overwritten those). Set-based: one read,
 * then one insert of the audit rows, one update and one insert of the current rows, whatever the number.
 * Returns the lines it changed.
 */
export function markAllPresent(ctx: DomainContext, eventId: number): Promise<AttendanceLine[]> {
  return inTransaction(ctx, async (tx) => {
    await eventForRecording(tx, eventId);
    await assertNotValidated(tx, eventId);
    const pending = await tx.manager
      .createQueryBuilder(Inscription, 'i')
      .leftJoin(Attendance, 'a', 'a.eventId = i.eventId AND a.userId = i.userId')
      .select(['i.userId AS userId', 'a.id AS attendanceId', 'a.comment AS comment'])
      .where('i.eventId = :eventId AND i.role = :role AND i.state = :state', { eventId, ...registrantCondition })
      .andWhere('(a.id IS NULL OR a.status = :unknown)', { unknown: AttendanceStatus.UNKNOWN })
      .getRawMany<{ userId: number; attendanceId: number | null; comment: string | null }>();
    if (!pending.length) return [];
    const now = tx.clock.now();
    const by = userIdOf(tx.actor);
    const present = { status: AttendanceStatus.PRESENT, recordedById: by, recordedAt: now, method: AttendanceMethod.STAFF, correctionReason: null };
    await tx.manager.insert(
      AttendanceChange,
      pending.map((p) => ({
        eventId,
        userId: Number(p.userId),
        fromStatus: AttendanceStatus.UNKNOWN,
        toStatus: AttendanceStatus.PRESENT,
        comment: p.comment,
        changedById: by,
        changedAt: now,
        method: AttendanceMethod.STAFF,
        correctionReason: null,
      })),
    );
    const existing = pending.filter((p) => p.attendanceId !== null).map((p) => Number(p.attendanceId));
    if (existing.length) await tx.manager.update(Attendance, { id: In(existing), status: AttendanceStatus.UNKNOWN }, present);
    const missing = pending.filter((p) => p.attendanceId === null);
    if (missing.length) await tx.manager.insert(Attendance, missing.map((p) => ({ eventId, userId: Number(p.userId), comment: null, ...present })));
    return pending.map((p) => ({ eventId, userId: Number(p.userId), comment: p.comment, ...present }));
  });
}

/**
 * #10 §1: the trainer (or a manager) validates the event's attendance, which locks it. Every registrant must be
 * recorded first: a validated sheet is what funders audit, and « not recorded » on it would say nothing
 * (« Tous présents » or one absence at a time fills the rest). Validated once: a second time is a CONFLICT.
 */
export function validateAttendance(ctx: DomainContext, eventId: number): Promise<AttendanceValidation> {
  return inTransaction(ctx, async (tx) => {
    await eventForRecording(tx, eventId);
    await assertNotValidated(tx, eventId);
    const unknown = await tx.manager
      .createQueryBuilder(Inscription, 'i')
      .leftJoin(Attendance, 'a', 'a.eventId = i.eventId AND a.userId = i.userId')
      .where('i.eventId = :eventId AND i.role = :role AND i.state = :state', { eventId, ...registrantCondition })
      .andWhere('(a.id IS NULL OR a.status = :unknown)', { unknown: AttendanceStatus.UNKNOWN })
      .getCount();
    if (unknown)
      throw conflict(ErrorReason.ATTENDANCE_INCOMPLETE, `${unknown} registrant(s) have no attendance recorded yet`, 'eventId', { count: unknown });
    const validation = tx.manager.create(AttendanceValidation, { eventId, validatedById: userIdOf(tx.actor), validatedAt: tx.clock.now() });
    await tx.manager.insert(AttendanceValidation, validation);
    return validation;
  });
}

/**
 * #10 §1: after validation, only a manager of the training (or an administrator) changes an attendance, giving
 * a reason; the row and its audit entry keep the reason, so the correction stays visible as one. Before
 * validation there is nothing to correct (recordAttendance does it): CONFLICT ATTENDANCE_NOT_VALIDATED.
 */
export function correctAttendance(
  ctx: DomainContext,
  eventId: number,
  userId: number,
  status: AttendanceStatus,
  comment: string | null | undefined,
  reason: string,
) {
  assertRecordable(status);
  const cleaned = cleanComment(comment);
  if (!reason.trim()) throw badInput('reason', ErrorReason.VALUE_REQUIRED, 'a correction needs its reason');
  assertText(reason, 'reason', 'multiline');
  if ([...reason].length > MAX_ATTENDANCE_COMMENT_LENGTH)
    throw badInput('reason', ErrorReason.TOO_LONG, `reason must be at most ${MAX_ATTENDANCE_COMMENT_LENGTH} characters`);
  return inTransaction(ctx, async (tx) => {
    const event = await getEvent(tx, eventId, 'eventId');
    await assertManagesSession(tx, event.sessionId);
    await lockTarget(tx, eventTarget(event));
    if (!(await isValidated(tx, eventId)))
      throw conflict(ErrorReason.ATTENDANCE_NOT_VALIDATED, 'the attendance is not validated yet: record it instead', 'eventId');
    await assertRegistrant(tx, eventId, userId);
    return writeChange(tx, eventId, userId, { status, comment: cleaned, method: AttendanceMethod.STAFF, correctionReason: reason });
  });
}

/**
 * #10 §2: a learner's own check-in, already checked by check-in.ts (code, window, registration, validation),
 * in the caller's transaction. A learner who checks in is there, whatever was recorded before.
 */
export async function recordSelfPresence(tx: DomainContext, eventId: number, userId: number): Promise<AttendanceLine> {
  const current = await tx.manager.findOneBy(Attendance, { eventId, userId });
  return writeChange(tx, eventId, userId, {
    status: AttendanceStatus.PRESENT,
    comment: current?.comment ?? null,
    method: AttendanceMethod.SELF,
    correctionReason: null,
  });
}

/**
 * #10 §1: the attendance lines of events the actor already sees, batched: every registrant for the session's
 * staff, their own line for a registered learner, nothing for anyone else. Registrants by name.
 */
export async function attendanceOfEvents(ctx: DomainContext, events: readonly Pick<Event, 'id' | 'sessionId'>[]): Promise<AttendanceLine[][]> {
  const relations = await sessionRelations(ctx, [...new Set(events.map((e) => e.sessionId))]);
  const staffSessions = new Set([...new Set(events.map((e) => e.sessionId))].filter((_, i) => relations[i].staff));
  const staffEvents = events.filter((e) => staffSessions.has(e.sessionId)).map((e) => e.id);
  const ownEvents = events.filter((e) => !staffSessions.has(e.sessionId)).map((e) => e.id);
  const me = userIdOf(ctx.actor);
  const clauses: string[] = [];
  if (staffEvents.length) clauses.push('i.eventId IN (:...staffEvents)');
  if (ownEvents.length && me !== null) clauses.push('(i.eventId IN (:...ownEvents) AND i.userId = :me)');
  if (!clauses.length) return events.map(() => []);
  const rows = await ctx.manager
    .createQueryBuilder(Inscription, 'i')
    .innerJoin('i.user', 'u')
    .leftJoinAndMapOne('i.attendance', Attendance, 'a', 'a.eventId = i.eventId AND a.userId = i.userId')
    .where('i.role = :role AND i.state = :state', registrantCondition)
    .andWhere(`(${clauses.join(' OR ')})`, { staffEvents, ownEvents, me })
    .orderBy('u.lastName')
    .addOrderBy('u.firstName')
    .addOrderBy('u.id')
    .getMany();
  const byEvent = new Map<number, AttendanceLine[]>();
  for (const row of rows as (Inscription & { attendance?: Attendance })[]) {
    const list = byEvent.get(row.eventId!) ?? [];
    list.push(lineOf(row.eventId!, row.userId, row.attendance));
    byEvent.set(row.eventId!, list);
  }
  return events.map((e) => byEvent.get(e.id) ?? []);
}

/**
 * The audit rows of events, oldest first, batched. Unscoped: only called for lines `attendanceOfEvents` gave,
 * which the actor may read, and filtered to that line's person by the caller.
 */
export async function unsafeAttendanceChangesOfEvents(ctx: DomainContext, eventIds: readonly number[]): Promise<AttendanceChange[][]> {
  const rows = await ctx.manager.find(AttendanceChange, { where: { eventId: In([...eventIds]) }, order: { id: 'ASC' } });
  return eventIds.map((id) => rows.filter((row) => row.eventId === id));
}

/** The validations of events, batched (null: not validated). Whether it is locked is no secret of who sees the event. */
export async function validationsOfEvents(ctx: DomainContext, eventIds: readonly number[]): Promise<(AttendanceValidation | null)[]> {
  const rows = await ctx.manager.findBy(AttendanceValidation, { eventId: In([...eventIds]) });
  return eventIds.map((id) => rows.find((row) => row.eventId === id) ?? null);
}

/**
 * What the viewer may do with an event's attendance (the screens show only these actions): record and
 * validate for its staff; correct for the training's managers.
 */
export function attendancePermissions(relation: { staff: boolean; manages: boolean }) {
  return { record: relation.staff, validate: relation.staff, correct: relation.manages };
}

/**
 * #10 §1: the session outcome of each learner, for a session the actor already sees: every learner for its
 * staff (the confirmed learners of the session, and anyone with a confirmed event registration in it, such as a
 * learner who left after attending), their own for a learner, nothing for anyone else.
 */
export async function sessionOutcomesFor(ctx: DomainContext, sessionId: number): Promise<AttendanceOutcome[]> {
  const [relation] = await sessionRelations(ctx, [sessionId]);
  const me = userIdOf(ctx.actor);
  if (!relation.staff) return me === null ? [] : sessionAttendanceOutcomes(ctx, sessionId, [me]).then((all) => all.filter((o) => o.events.length));
  const outcomes = await sessionAttendanceOutcomes(ctx, sessionId);
  const listed = new Set(outcomes.map((o) => o.userId));
  const learners = await confirmedSessionMembers(ctx, sessionId, InscriptionRole.LEARNER);
  return [...outcomes, ...[...learners].filter((id) => !listed.has(id)).map((id) => outcomeOf(id, []))];
}
