import { AttendanceValidation, Event, Inscription, InscriptionRole, InscriptionState } from '../entities';
import { authSecret } from '../lib/auth-secret';
import { CHECK_IN_STEP_MS, checkInCode, checkInStep, stepEnd } from '../lib/check-in-code';
import { qrSvg } from '../lib/qr-svg';
import { siteOrigin } from '../lib/site-url';
import { assertSignedIn } from './actor';
import { AttendanceLine, recordSelfPresence } from './attendance';
import { DomainContext } from './context';
import { badInput, conflict, DomainError, forbidden } from './errors';
import { ErrorReason } from './error-reasons';
import { getEvent } from './events';
import { assertSessionStaff } from './permissions';
import { eventTarget, lockTarget } from './seats';
import { dropExpiredAttempts, forgetAttempts, longestWait, recordAttempt, ThrottleLimit } from './throttle';
import { inTransaction } from './transaction';

/** #10 §2: at most this many check-in attempts per learner in the window, counted in the database. */
export const CHECK_IN_THROTTLE = { limit: 10, windowMs: 5 * 60_000 };

/**
 * #10 §2: and at most this many failed ones per client address, whichever accounts they are for, so that one
 * address cannot try codes through many accounts. Failures only, as sign-in counts an address (domain/sign-in.ts):
 * a room of learners behind one router checks in with the right code, and successes must not lock it out.
 */
export const CHECK_IN_ADDRESS_THROTTLE = { limit: 30, windowMs: 5 * 60_000 };

/** How far back a code is told apart as « expired » rather than « wrong » (10 steps: 5 minutes). */
const EXPIRED_STEPS = 10;

/** Minutes before the start and after the end of an event during which check-in is open (CHECKIN_MARGIN_MINUTES). */
export function checkInMarginMinutes(): number {
  const raw = process.env.CHECKIN_MARGIN_MINUTES;
  const minutes = raw === undefined || raw.trim() === '' ? NaN : Number(raw);
  return Number.isFinite(minutes) && minutes >= 0 ? minutes : 15;
}

/** The instants check-in is open for an event: [start − margin, end + margin]. */
export function checkInWindow(event: Pick<Event, 'startAt' | 'endAt'>) {
  const margin = checkInMarginMinutes() * 60_000;
  return { opensAt: new Date(event.startAt.getTime() - margin), closesAt: new Date(event.endAt.getTime() + margin) };
}

export class CheckInThrottled extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super('FORBIDDEN', ErrorReason.THROTTLED, `too many check-in attempts; retry in ${retryAfterSeconds} s`, undefined, {
      retryAfter: retryAfterSeconds,
    });
  }
}

export interface CheckInDisplay {
  /** The address the QR code holds: the learner's page, with the code. */
  url: string;
  code: string;
  /** When this code stops being the current one (it is accepted for one more step after). */
  expiresAt: Date;
  /** How long each code is the current one, in seconds. */
  stepSeconds: number;
  opensAt: Date;
  closesAt: Date;
  qrSvg: string;
}

const checkInPath = (eventId: number, code: string) => `/checkin/${eventId}?code=${code}`;

/**
 * #10 §2: what the trainer shows: the current code of the event and its QR code, for the event's staff (the same
 * people as those who record attendance). Computed from the server secret and the clock, never stored.
 */
export async function eventCheckIn(ctx: DomainContext, eventId: number): Promise<CheckInDisplay> {
  const event = await getEvent(ctx, eventId, 'eventId');
  await assertSessionStaff(ctx, event.sessionId);
  const step = checkInStep(ctx.clock.now());
  const code = checkInCode(authSecret(), event.id, step);
  // Absolute when the site declares its address (NEXTAUTH_URL); a phone cannot follow a relative one.
  const url = `${siteOrigin() ?? ''}${checkInPath(event.id, code)}`;
  return { url, code, expiresAt: stepEnd(step), stepSeconds: CHECK_IN_STEP_MS / 1000, ...checkInWindow(event), qrSvg: await qrSvg(url) };
}

/** The current and the previous step's codes are good; a few older ones are recognised as expired. */
function codeAge(eventId: number, code: string, now: Date, steps: number): number | null {
  const secret = authSecret();
  const current = checkInStep(now);
  for (let age = 0; age <= steps; age += 1) if (checkInCode(secret, eventId, current - age) === code) return age;
  return null;
}

/** Whether the code is the current one of another event the learner is registered to and that is open now. */
async function isAnotherEventsCode(ctx: DomainContext, eventId: number, userId: number, code: string): Promise<boolean> {
  const now = ctx.clock.now();
  const margin = checkInMarginMinutes() * 60_000;
  const others = await ctx.manager
    .createQueryBuilder(Inscription, 'i')
    .innerJoin(Event, 'e', 'e.id = i.eventId')
    .select('e.id', 'id')
    .where('i.userId = :userId AND i.role = :role AND i.state = :state AND i.eventId <> :eventId', {
      userId,
      role: InscriptionRole.LEARNER,
      state: InscriptionState.CONFIRMED,
      eventId,
    })
    .andWhere('e.startAt <= :latestStart AND e.endAt >= :earliestEnd', {
      latestStart: new Date(now.getTime() + margin),
      earliestEnd: new Date(now.getTime() - margin),
    })
    .getRawMany<{ id: number }>();
  return others.some((row) => codeAge(Number(row.id), code, now, 1) !== null);
}

/** The keys an attempt counts under: the learner's and, when known, the address's (sign-in's `ip:` keys are others). */
function limitsOf(userId: number, address: string | null): ThrottleLimit[] {
  const limits: ThrottleLimit[] = [{ key: `checkin:user:${userId}`, ...CHECK_IN_THROTTLE }];
  if (address) limits.push({ key: `checkin:ip:${address}`, ...CHECK_IN_ADDRESS_THROTTLE });
  return limits;
}

async function assertRegistrant(ctx: DomainContext, eventId: number, userId: number) {
  const registered = await ctx.manager.existsBy(Inscription, { eventId, userId, role: InscriptionRole.LEARNER, state: InscriptionState.CONFIRMED });
  if (!registered) throw forbidden(ErrorReason.CHECKIN_NOT_REGISTERED, 'only a confirmed learner of the event checks in');
}

/**
 * #10 §2: a signed-in learner, confirmed to the event, checks in with the code shown in the room: PRESENT, by
 * SELF. Refused with a reason of its own: too many attempts (THROTTLED, with the seconds to wait), an event
 * outside the learner's scope (NOT_FOUND), not registered (neither counts as an attempt), outside the window,
 * attendance validated, another event's code, an expired code, a wrong code. Every attempt counts toward the
 * learner's limit, recorded before anything is checked, under the learner's key in login_attempt, so the limit
 * holds across processes. Under the client's address (`address`, from the request as sign-in reads it) the
 * attempt is recorded the same way but stays only as a failure: a success, or a refusal for too many attempts
 * (it checked nothing), is forgotten there.
 */
export async function checkIn(ctx: DomainContext, eventId: number, code: string, address: string | null = null): Promise<AttendanceLine> {
  assertSignedIn(ctx.actor);
  if (ctx.actor.kind !== 'user') throw forbidden(ErrorReason.USER_REQUIRED, 'only a user checks in');
  const userId = ctx.actor.userId;
  // Who may check in at all is settled first: those refusals tell nothing about codes, so they count no attempt
  // (and write nothing). Then every attempt at a code counts, recorded before the code is looked at.
  const event = await getEvent(ctx, eventId, 'eventId');
  await assertRegistrant(ctx, eventId, userId);
  const attempts = await recordAttempt(ctx, limitsOf(userId, address));
  const wait = await longestWait(ctx, attempts);
  await dropExpiredAttempts(ctx, attempts);
  const ofAddress = attempts.slice(1);
  if (wait) {
    await forgetAttempts(ctx, ofAddress);
    throw new CheckInThrottled(wait);
  }
  const line = await tryCode(ctx, event, userId, code);
  await forgetAttempts(ctx, ofAddress);
  return line;
}

/** The window, the validation and the code, in one transaction with the event's lock; PRESENT by SELF if all hold. */
function tryCode(ctx: DomainContext, event: Event, userId: number, code: string): Promise<AttendanceLine> {
  const eventId = event.id;
  const typed = code.trim();
  return inTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    const { opensAt, closesAt } = checkInWindow(event);
    if (now < opensAt || now > closesAt)
      throw badInput('eventId', ErrorReason.CHECKIN_OUTSIDE_WINDOW, 'check-in is open from shortly before the start to shortly after the end');
    await lockTarget(tx, eventTarget(event));
    if (await tx.manager.existsBy(AttendanceValidation, { eventId }))
      throw conflict(ErrorReason.ATTENDANCE_VALIDATED, "this event's attendance is validated", 'eventId');
    const age = /^\d{6}$/.test(typed) ? codeAge(eventId, typed, now, EXPIRED_STEPS) : null;
    if (age === null || age > 1) {
      if (age !== null) throw badInput('code', ErrorReason.CHECKIN_CODE_EXPIRED, 'this code has expired: scan the one shown now');
      if (/^\d{6}$/.test(typed) && (await isAnotherEventsCode(tx, eventId, userId, typed)))
        throw badInput('code', ErrorReason.CHECKIN_OTHER_EVENT, "this is another event's code");
      throw badInput('code', ErrorReason.CHECKIN_CODE_INVALID, 'this code is not valid');
    }
    return recordSelfPresence(tx, eventId, userId);
  });
}
