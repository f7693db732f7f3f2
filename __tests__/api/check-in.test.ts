import { randomBytes } from 'node:crypto';
import { Actor } from '../../domain/actor';
import { CHECK_IN_THROTTLE } from '../../domain/check-in';
import { AttendanceChange } from '../../entities';
import { authSecret } from '../../lib/auth-secret';
import { checkInCode, checkInStep } from '../../lib/check-in-code';
import { managerActor } from '../support/actors';
import { firstError, openTestApi, TestApi } from '../support/api';
import { factories } from '../support/factories';

// #10 §2: the trainer shows a code that rotates every 30 s; a confirmed learner of the event, signed in, checks
// in with it during the event's window (± CHECKIN_MARGIN_MINUTES, default 15) and is PRESENT by SELF. Expired
// codes, another event's code, outside the window, not registered, validated: each refused with its reason.
process.env.NEXTAUTH_SECRET ||= randomBytes(32).toString('base64url');
let api: TestApi;
let f: ReturnType<typeof factories>;
beforeAll(async () => {
  api = await openTestApi();
  f = factories(api);
});
afterAll(() => api.close());

const as = (userId: string): Actor => ({ kind: 'user', userId: Number(userId), isAdmin: false });
const START = new Date('2026-03-10T08:00:00Z'); // the factories' event: 08:00 to 11:00 UTC
const END = new Date('2026-03-10T11:00:00Z');
const DURING = new Date('2026-03-10T09:00:10Z');

const CHECK_IN = `mutation($eventId: ID!, $code: String!) { checkIn(eventId: $eventId, code: $code) { status method recordedBy { id } } }`;
const SHOW = `query($eventId: ID!) { eventCheckIn(eventId: $eventId) { url code expiresAt stepSeconds opensAt closesAt qrSvg } }`;

const codeAt = (eventId: string, at: Date, stepsBack = 0) => checkInCode(authSecret(), Number(eventId), checkInStep(at) - stepsBack);

async function setUp() {
  api.clock.set(new Date('2026-03-02T08:00:00Z'));
  const organisation = await f.organisation();
  const manager = managerActor(await f.user(), organisation);
  const trainingId = await f.training({ organisationIds: [organisation] });
  const sessionId = await f.session({ trainingId, eventInscriptionMode: 'AUTOMATIC' });
  const learner = await f.user();
  await f.inscription({ sessionId, userId: learner });
  const trainer = await f.user();
  await f.inscription({ sessionId, userId: trainer, role: 'TRAINER' });
  const eventId = await f.event(sessionId, { trainerIds: [trainer] });
  const otherEvent = await f.event(sessionId, { trainerIds: [trainer] }); // the same hours, another room
  return { manager, sessionId, eventId, otherEvent, learner, trainer: as(trainer) };
}

const checkIn = (eventId: string, code: string, actor: Actor) => api.run(CHECK_IN, { eventId, code }, actor);

describe('self check-in', () => {
  it('the trainer gets the current code with its QR code; a registered learner checks in with it: PRESENT by SELF', async () => {
    const { eventId, learner, trainer } = await setUp();
    api.clock.set(DURING);
    const shown = (await api.ok(SHOW, { eventId }, trainer)).eventCheckIn;
    expect(shown.code).toMatch(/^\d{6}$/);
    expect(shown.code).toBe(codeAt(eventId, DURING));
    expect(shown.url).toContain(`/checkin/${eventId}?code=${shown.code}`);
    expect(shown.qrSvg).toMatch(/^<svg/);
    expect(shown).toMatchObject({
      stepSeconds: 30,
      expiresAt: '2026-03-10T09:00:30.000Z',
      opensAt: '2026-03-10T07:45:00.000Z',
      closesAt: '2026-03-10T11:15:00.000Z',
    });
    const result = (await api.ok(CHECK_IN, { eventId, code: shown.code }, as(learner))).checkIn;
    expect(result).toEqual({ status: 'PRESENT', method: 'SELF', recordedBy: { id: learner } });
    const changes = await api.dataSource.manager.findBy(AttendanceChange, { eventId: Number(eventId) });
    expect(changes.map((c) => [c.fromStatus, c.toStatus, c.method])).toEqual([['UNKNOWN', 'PRESENT', 'SELF']]);
  });

  it('the code rotates: a new one every 30 s, the previous one still accepted, older ones expired', async () => {
    const { eventId, learner } = await setUp();
    api.clock.set(DURING);
    expect(codeAt(eventId, DURING)).not.toBe(codeAt(eventId, new Date(DURING.getTime() + 30_000)));
    expect(firstError(await checkIn(eventId, codeAt(eventId, DURING, 2), as(learner)))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'CHECKIN_CODE_EXPIRED',
      field: 'code',
    });
    expect((await api.ok(CHECK_IN, { eventId, code: codeAt(eventId, DURING, 1) }, as(learner))).checkIn.status).toBe('PRESENT');
  });

  it('refuses a wrong code, and another event’s code as such', async () => {
    const { eventId, otherEvent, learner } = await setUp();
    api.clock.set(DURING);
    const right = codeAt(eventId, DURING);
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0');
    expect(firstError(await checkIn(eventId, wrong, as(learner))).reason).toBe('CHECKIN_CODE_INVALID');
    expect(firstError(await checkIn(eventId, 'abc', as(learner))).reason).toBe('CHECKIN_CODE_INVALID');
    expect(firstError(await checkIn(eventId, codeAt(otherEvent, DURING), as(learner)))).toMatchObject({
      reason: 'CHECKIN_OTHER_EVENT',
      field: 'code',
    });
  });

  it('is open from start − 15 min to end + 15 min only', async () => {
    const { eventId, learner } = await setUp();
    for (const at of [new Date(START.getTime() - 15 * 60_000 - 1000), new Date(END.getTime() + 15 * 60_000 + 1000)]) {
      api.clock.set(at);
      expect(firstError(await checkIn(eventId, codeAt(eventId, at), as(learner)))).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'CHECKIN_OUTSIDE_WINDOW',
      });
    }
    const early = new Date(START.getTime() - 10 * 60_000);
    api.clock.set(early);
    expect((await api.ok(CHECK_IN, { eventId, code: codeAt(eventId, early) }, as(learner))).checkIn.status).toBe('PRESENT');
  });

  it('the margin is configurable (CHECKIN_MARGIN_MINUTES)', async () => {
    const { eventId, learner } = await setUp();
    const at = new Date(START.getTime() - 10 * 60_000);
    api.clock.set(at);
    process.env.CHECKIN_MARGIN_MINUTES = '5';
    try {
      expect(firstError(await checkIn(eventId, codeAt(eventId, at), as(learner))).reason).toBe('CHECKIN_OUTSIDE_WINDOW');
    } finally {
      delete process.env.CHECKIN_MARGIN_MINUTES;
    }
  });

  it('refuses a learner of the session not registered to the event, and hides the event from someone outside its scope', async () => {
    const { eventId, sessionId, learner } = await setUp();
    const manual = await f.event(sessionId, { inscriptionMode: 'MANUAL' }); // the session's learners are not registered to it
    api.clock.set(DURING);
    expect(firstError(await checkIn(manual, codeAt(manual, DURING), as(learner)))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'CHECKIN_NOT_REGISTERED',
    });
    const stranger = await f.user();
    expect(firstError(await checkIn(eventId, codeAt(eventId, DURING), as(stranger)))).toMatchObject({ code: 'NOT_FOUND' });
    expect(firstError(await api.run(CHECK_IN, { eventId, code: codeAt(eventId, DURING) }, { kind: 'anonymous' }))).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  it('is refused once the attendance is validated', async () => {
    const { eventId, learner, trainer } = await setUp();
    api.clock.set(DURING);
    await api.ok(`mutation($eventId: ID!) { markAllPresent(eventId: $eventId) { status } }`, { eventId }, trainer);
    await api.ok(`mutation($eventId: ID!) { validateAttendance(eventId: $eventId) { validatedAt } }`, { eventId }, trainer);
    expect(firstError(await checkIn(eventId, codeAt(eventId, DURING), as(learner)))).toMatchObject({
      code: 'CONFLICT',
      reason: 'ATTENDANCE_VALIDATED',
    });
  });

  it('only the session staff see the code: a learner is FORBIDDEN, another organisation’s manager NOT_FOUND', async () => {
    const { eventId, learner, manager } = await setUp();
    api.clock.set(DURING);
    expect((await api.ok(SHOW, { eventId }, manager)).eventCheckIn.code).toBe(codeAt(eventId, DURING));
    expect(firstError(await api.run(SHOW, { eventId }, as(learner)))).toMatchObject({ code: 'FORBIDDEN' });
    const other = managerActor(await f.user(), await f.organisation());
    expect(firstError(await api.run(SHOW, { eventId }, other))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it(`is throttled past ${CHECK_IN_THROTTLE.limit} attempts in 5 minutes, even with the right code, with the seconds to wait`, async () => {
    const { eventId, learner } = await setUp();
    api.clock.set(DURING);
    for (let i = 0; i < CHECK_IN_THROTTLE.limit; i += 1)
      expect(firstError(await checkIn(eventId, '000000', as(learner))).reason).toMatch(/CHECKIN_CODE_INVALID|CHECKIN_CODE_EXPIRED/);
    const throttled = firstError(await checkIn(eventId, codeAt(eventId, DURING), as(learner)));
    expect(throttled).toMatchObject({ code: 'FORBIDDEN', reason: 'THROTTLED' });
    expect((throttled.details as { retryAfter: number }).retryAfter).toBeGreaterThan(0);
    expect((throttled.details as { retryAfter: number }).retryAfter).toBeLessThanOrEqual(300);
    // Five minutes later the window has passed.
    const later = new Date(DURING.getTime() + CHECK_IN_THROTTLE.windowMs + 1000);
    api.clock.set(later);
    expect((await api.ok(CHECK_IN, { eventId, code: codeAt(eventId, later) }, as(learner))).checkIn.status).toBe('PRESENT');
  });
});
