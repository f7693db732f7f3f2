import { Actor } from '../../domain/actor';
import { Attendance, AttendanceChange } from '../../entities';
import { managerActor } from '../support/actors';
import { firstError, openTestApi, TestApi } from '../support/api';
import { factories } from '../support/factories';

// #10 §1: attendance per event and registrant, recorded by the session's staff from the event's start,
// « tous présents » only for unrecorded rows, locked by validation, then corrected by managers with a reason;
// every change audited; the session outcome per learner.
let api: TestApi;
let f: ReturnType<typeof factories>;
beforeAll(async () => {
  api = await openTestApi(); // now = 2026-03-02T08:00:00Z
  f = factories(api);
});
afterAll(() => api.close());

const as = (userId: string): Actor => ({ kind: 'user', userId: Number(userId), isAdmin: false });
const START = new Date('2026-03-10T08:00:00Z');
const DURING = new Date('2026-03-10T09:00:00Z');

const RECORD = `mutation($eventId: ID!, $userId: ID!, $status: AttendanceStatus!, $comment: String) {
  recordAttendance(eventId: $eventId, userId: $userId, status: $status, comment: $comment) { status comment method recordedBy { id } } }`;
const ALL_PRESENT = `mutation($eventId: ID!) { markAllPresent(eventId: $eventId) { user { id } status } }`;
const VALIDATE = `mutation($eventId: ID!) { validateAttendance(eventId: $eventId) { validatedAt validatedBy { id } } }`;
const CORRECT = `mutation($eventId: ID!, $userId: ID!, $status: AttendanceStatus!, $reason: String!) {
  correctAttendance(eventId: $eventId, userId: $userId, status: $status, reason: $reason) { status corrected correctionReason } }`;
const ATTENDANCE = `query($id: ID!) { event(id: $id) {
  attendanceCan { record validate correct }
  attendanceValidation { validatedBy { id } }
  attendance { user { id } status comment method correctionReason corrected recordedAt recordedBy { id }
    history { fromStatus toStatus method correctionReason changedBy { id } } } } }`;

/** An organisation with a manager; a session with 3 learners (registered to its automatic event) and a trainer. */
async function setUp() {
  api.clock.set(new Date('2026-03-02T08:00:00Z'));
  const organisation = await f.organisation();
  const manager = managerActor(await f.user(), organisation);
  const trainingId = await f.training({ organisationIds: [organisation] });
  const sessionId = await f.session({ trainingId, eventInscriptionMode: 'AUTOMATIC' });
  const learners = await Promise.all([f.user(), f.user(), f.user()]);
  for (const userId of learners) await f.inscription({ sessionId, userId });
  const trainer = await f.user();
  await f.inscription({ sessionId, userId: trainer, role: 'TRAINER' });
  const eventId = await f.event(sessionId, { trainerIds: [trainer] });
  return { organisation, manager, sessionId, eventId, learners, trainer: as(trainer), trainerId: trainer };
}

const attendanceOf = async (eventId: string, actor: Actor) => (await api.ok(ATTENDANCE, { id: eventId }, actor)).event;
const statuses = async (eventId: string, actor: Actor) =>
  Object.fromEntries((await attendanceOf(eventId, actor)).attendance.map((a: { user: { id: string }; status: string }) => [a.user.id, a.status]));

describe('recording attendance', () => {
  it('registrants read UNKNOWN until recorded; the event trainer records one, with who, when and how, and an audit row', async () => {
    const { eventId, learners, trainer, trainerId } = await setUp();
    api.clock.set(DURING);
    expect(Object.values(await statuses(eventId, trainer))).toEqual(['UNKNOWN', 'UNKNOWN', 'UNKNOWN']);
    const recorded = (await api.ok(RECORD, { eventId, userId: learners[0], status: 'ABSENT_EXCUSED', comment: 'Malade' }, trainer)).recordAttendance;
    expect(recorded).toEqual({ status: 'ABSENT_EXCUSED', comment: 'Malade', method: 'STAFF', recordedBy: { id: trainerId } });
    const line = (await attendanceOf(eventId, trainer)).attendance.find((a: { user: { id: string } }) => a.user.id === learners[0]);
    expect(line).toMatchObject({ status: 'ABSENT_EXCUSED', recordedAt: DURING.toISOString(), corrected: false });
    expect(line.history).toEqual([{ fromStatus: 'UNKNOWN', toStatus: 'ABSENT_EXCUSED', method: 'STAFF', correctionReason: null, changedBy: { id: trainerId } }]);
  });

  it('is refused before the event starts (ATTENDANCE_NOT_STARTED), and allowed from its very start', async () => {
    const { eventId, learners, trainer } = await setUp();
    api.clock.set(new Date(START.getTime() - 1000));
    expect(firstError(await api.run(RECORD, { eventId, userId: learners[0], status: 'PRESENT' }, trainer))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'ATTENDANCE_NOT_STARTED',
      field: 'eventId',
    });
    expect(firstError(await api.run(ALL_PRESENT, { eventId }, trainer)).reason).toBe('ATTENDANCE_NOT_STARTED');
    api.clock.set(START);
    expect((await api.ok(RECORD, { eventId, userId: learners[0], status: 'PRESENT' }, trainer)).recordAttendance.status).toBe('PRESENT');
  });

  it('a manager of the training records too; a learner may not (FORBIDDEN) and sees only their own line', async () => {
    const { eventId, learners, manager } = await setUp();
    api.clock.set(DURING);
    expect((await api.ok(RECORD, { eventId, userId: learners[1], status: 'PRESENT' }, manager)).recordAttendance.status).toBe('PRESENT');
    expect(firstError(await api.run(RECORD, { eventId, userId: learners[0], status: 'PRESENT' }, as(learners[0])))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NOT_SESSION_STAFF',
    });
    const mine = await attendanceOf(eventId, as(learners[1]));
    expect(mine.attendance.map((a: { user: { id: string }; status: string }) => [a.user.id, a.status])).toEqual([[learners[1], 'PRESENT']]);
    expect(mine.attendanceCan).toEqual({ record: false, validate: false, correct: false });
  });

  it("another organisation's manager gets NOT_FOUND, like a missing event, and writes nothing", async () => {
    const { eventId, learners } = await setUp();
    const other = managerActor(await f.user(), await f.organisation());
    api.clock.set(DURING);
    expect(firstError(await api.run(RECORD, { eventId, userId: learners[0], status: 'PRESENT' }, other))).toMatchObject({ code: 'NOT_FOUND' });
    expect(firstError(await api.run(ALL_PRESENT, { eventId }, other))).toMatchObject({ code: 'NOT_FOUND' });
    expect(firstError(await api.run(VALIDATE, { eventId }, other))).toMatchObject({ code: 'NOT_FOUND' });
    expect(firstError(await api.run(ATTENDANCE, { id: eventId }, other))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await api.dataSource.manager.countBy(Attendance, { eventId: Number(eventId) })).toBe(0);
  });

  it('refuses UNKNOWN as a status and a person who is not a registrant', async () => {
    const { eventId, learners, trainer } = await setUp();
    const stranger = await f.user();
    api.clock.set(DURING);
    expect(firstError(await api.run(RECORD, { eventId, userId: learners[0], status: 'UNKNOWN' }, trainer))).toMatchObject({
      reason: 'ATTENDANCE_STATUS_REQUIRED',
      field: 'status',
    });
    expect(firstError(await api.run(RECORD, { eventId, userId: stranger, status: 'PRESENT' }, trainer))).toMatchObject({
      reason: 'NOT_REGISTERED',
      field: 'userId',
    });
  });
});

describe('« tous présents »', () => {
  it('fills only the unrecorded rows: an excused and an unexcused absence stay; each filled row gets its audit row', async () => {
    const { eventId, learners, trainer } = await setUp();
    api.clock.set(DURING);
    await api.ok(RECORD, { eventId, userId: learners[0], status: 'ABSENT_EXCUSED' }, trainer);
    await api.ok(RECORD, { eventId, userId: learners[1], status: 'ABSENT_UNEXCUSED' }, trainer);
    const changed = (await api.ok(ALL_PRESENT, { eventId }, trainer)).markAllPresent;
    expect(changed).toEqual([{ user: { id: learners[2] }, status: 'PRESENT' }]);
    expect(await statuses(eventId, trainer)).toEqual({ [learners[0]]: 'ABSENT_EXCUSED', [learners[1]]: 'ABSENT_UNEXCUSED', [learners[2]]: 'PRESENT' });
    // A second time changes nothing and writes no audit row.
    expect((await api.ok(ALL_PRESENT, { eventId }, trainer)).markAllPresent).toEqual([]);
    const changes = await api.dataSource.manager.find(AttendanceChange, { where: { eventId: Number(eventId) }, order: { id: 'ASC' } });
    expect(changes.map((c) => [String(c.userId), c.fromStatus, c.toStatus])).toEqual([
      [learners[0], 'UNKNOWN', 'ABSENT_EXCUSED'],
      [learners[1], 'UNKNOWN', 'ABSENT_UNEXCUSED'],
      [learners[2], 'UNKNOWN', 'PRESENT'],
    ]);
  });

  it('then one excused absence is recorded over a present', async () => {
    const { eventId, learners, trainer } = await setUp();
    api.clock.set(DURING);
    await api.ok(ALL_PRESENT, { eventId }, trainer);
    await api.ok(RECORD, { eventId, userId: learners[2], status: 'ABSENT_EXCUSED', comment: 'Rendez-vous médical' }, trainer);
    const line = (await attendanceOf(eventId, trainer)).attendance.find((a: { user: { id: string } }) => a.user.id === learners[2]);
    expect(line.history.map((h: { fromStatus: string; toStatus: string }) => [h.fromStatus, h.toStatus])).toEqual([
      ['UNKNOWN', 'PRESENT'],
      ['PRESENT', 'ABSENT_EXCUSED'],
    ]);
  });
});

describe('validation and corrections', () => {
  it('validation needs every registrant recorded, then locks recording; a second validation is a CONFLICT', async () => {
    const { eventId, learners, trainer, trainerId } = await setUp();
    api.clock.set(DURING);
    await api.ok(RECORD, { eventId, userId: learners[0], status: 'PRESENT' }, trainer);
    expect(firstError(await api.run(VALIDATE, { eventId }, trainer))).toMatchObject({
      code: 'CONFLICT',
      reason: 'ATTENDANCE_INCOMPLETE',
      details: { count: 2 },
    });
    await api.ok(ALL_PRESENT, { eventId }, trainer);
    expect((await api.ok(VALIDATE, { eventId }, trainer)).validateAttendance.validatedBy).toEqual({ id: trainerId });
    expect(firstError(await api.run(RECORD, { eventId, userId: learners[0], status: 'ABSENT_UNEXCUSED' }, trainer))).toMatchObject({
      code: 'CONFLICT',
      reason: 'ATTENDANCE_VALIDATED',
    });
    expect(firstError(await api.run(ALL_PRESENT, { eventId }, trainer)).reason).toBe('ATTENDANCE_VALIDATED');
    expect(firstError(await api.run(VALIDATE, { eventId }, trainer)).reason).toBe('ATTENDANCE_VALIDATED');
    expect((await attendanceOf(eventId, trainer)).attendanceValidation).toEqual({ validatedBy: { id: trainerId } });
  });

  it('a manager corrects after validation with a reason, kept on the row and in the audit; a trainer may not; no reason is refused', async () => {
    const { eventId, learners, trainer, manager } = await setUp();
    api.clock.set(DURING);
    await api.ok(ALL_PRESENT, { eventId }, trainer);
    const variables = { eventId, userId: learners[1], status: 'ABSENT_EXCUSED', reason: 'Justificatif reçu après la séance' };
    expect(firstError(await api.run(CORRECT, variables, manager))).toMatchObject({ code: 'CONFLICT', reason: 'ATTENDANCE_NOT_VALIDATED' });
    await api.ok(VALIDATE, { eventId }, trainer);
    expect(firstError(await api.run(CORRECT, variables, trainer))).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_TRAINING_MANAGER' });
    expect(firstError(await api.run(CORRECT, { ...variables, reason: '  ' }, manager))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'VALUE_REQUIRED',
      field: 'reason',
    });
    expect((await api.ok(CORRECT, variables, manager)).correctAttendance).toEqual({
      status: 'ABSENT_EXCUSED',
      corrected: true,
      correctionReason: variables.reason,
    });
    const line = (await attendanceOf(eventId, manager)).attendance.find((a: { user: { id: string } }) => a.user.id === learners[1]);
    expect(line.history.at(-1)).toEqual({
      fromStatus: 'PRESENT',
      toStatus: 'ABSENT_EXCUSED',
      method: 'STAFF',
      correctionReason: variables.reason,
      changedBy: { id: String((manager as { userId: number }).userId) },
    });
    expect((await attendanceOf(eventId, manager)).attendanceCan).toEqual({ record: true, validate: true, correct: true });
    expect((await attendanceOf(eventId, trainer)).attendanceCan).toEqual({ record: true, validate: true, correct: false });
  });
});

describe('session outcomes', () => {
  const OUTCOMES = `query($id: ID!) { session(id: $id) { attendanceOutcomes { user { id } scheduledHours attendedHours outcome events { status event { id } } } } }`;

  it('adds up hours attended of hours scheduled per learner: full, partial, none; a learner reads only their own', async () => {
    const { sessionId, eventId, learners, trainer, trainerId, manager } = await setUp();
    // A second event of 1 h 30 the next day.
    const second = await f.event(sessionId, { startAt: '2026-03-11T08:00:00Z', endAt: '2026-03-11T09:30:00Z', trainerIds: [trainerId] });
    api.clock.set(new Date('2026-03-12T08:00:00Z'));
    await api.ok(ALL_PRESENT, { eventId }, trainer);
    await api.ok(RECORD, { eventId: second, userId: learners[0], status: 'PRESENT' }, trainer);
    await api.ok(RECORD, { eventId: second, userId: learners[1], status: 'ABSENT_EXCUSED' }, trainer);
    await api.ok(RECORD, { eventId, userId: learners[2], status: 'ABSENT_UNEXCUSED' }, trainer);
    const outcomes = (await api.ok(OUTCOMES, { id: sessionId }, manager)).session.attendanceOutcomes as {
      user: { id: string };
      scheduledHours: number;
      attendedHours: number;
      outcome: string;
    }[];
    expect(Object.fromEntries(outcomes.map((o) => [o.user.id, [o.scheduledHours, o.attendedHours, o.outcome]]))).toEqual({
      [learners[0]]: [4.5, 4.5, 'FULL'],
      [learners[1]]: [4.5, 3, 'PARTIAL'],
      [learners[2]]: [4.5, 0, 'NONE'],
    });
    const own = (await api.ok(OUTCOMES, { id: sessionId }, as(learners[1]))).session.attendanceOutcomes;
    expect(own.map((o: { user: { id: string } }) => o.user.id)).toEqual([learners[1]]);
    expect(own[0].events.map((e: { status: string; event: { id: string } }) => [e.event.id, e.status])).toEqual([
      [eventId, 'PRESENT'],
      [second, 'ABSENT_EXCUSED'],
    ]);
  });
});
