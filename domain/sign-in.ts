import { LoginAttempt, User } from '../entities';
import { decoyHash, hashPassword, verifyPassword } from '../lib/password';
import { DomainContext } from './context';
import { assertSignedIn } from './actor';
import { badInput, DomainError, forbidden } from './errors';
import { assertAdmin } from './permissions';
import { inTransaction } from './transaction';
import { ErrorReason } from './error-reasons';
import { dropExpiredAttempts, forgetAttempts, longestWait, recordAttempt, ThrottleLimit } from './throttle';

/**
 * Sign-in throttling, stored in the database so the limits hold across processes: at most 5 failures per
 * e-mail and 20 per address in a sliding 15-minute window. Past that, sign-in answers THROTTLED with the
 * seconds to wait, whether the password is right or not.
 */
export const THROTTLE = { windowMs: 15 * 60_000, perEmail: 5, perAddress: 20 };

export const MIN_PASSWORD_LENGTH = 10;

export class SignInThrottled extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super('FORBIDDEN', ErrorReason.THROTTLED, `too many failed sign-ins; retry in ${retryAfterSeconds} s`);
  }
}

/** The keys an attempt counts under: its e-mail and, when known, its address. */
function limitsOf(email: string, address: string | null): ThrottleLimit[] {
  const limits: ThrottleLimit[] = [{ key: `email:${email}`, limit: THROTTLE.perEmail, windowMs: THROTTLE.windowMs }];
  if (address) limits.push({ key: `ip:${address}`, limit: THROTTLE.perAddress, windowMs: THROTTLE.windowMs });
  return limits;
}

/**
 * Checks an e-mail and password. Returns the user, or null for any wrong pair — an unknown e-mail, a wrong
 * password, no password set, a deactivated account all answer the same, in the same time. The recorded
 * attempt stays as a failure; a refused one is forgotten (it checked nothing, and must not push the retry
 * delay further); a success clears the e-mail's failures and is no failure of the address.
 */
export async function signIn(ctx: DomainContext, rawEmail: string, password: string, address: string | null) {
  const email = rawEmail.trim().toLowerCase();
  const attempts = await recordAttempt(ctx, limitsOf(email, address));
  const wait = await longestWait(ctx, attempts);
  if (wait) {
    await forgetAttempts(ctx, attempts);
    throw new SignInThrottled(wait);
  }

  const user = await ctx.manager.findOneBy(User, { email });
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
  if (user && user.active && user.passwordHash && valid) {
    await inTransaction(ctx, async (tx) => {
      await tx.manager.delete(LoginAttempt, { throttleKey: attempts[0].key });
      await forgetAttempts(tx, attempts);
    });
    return user;
  }
  await dropExpiredAttempts(ctx, attempts);
  return null;
}

export function assertPasswordStrength(password: string, field = 'password') {
  if (password.length < MIN_PASSWORD_LENGTH)
    throw badInput(field, ErrorReason.WEAK_PASSWORD, `a password needs at least ${MIN_PASSWORD_LENGTH} characters`);
  if (password.length > 200) throw badInput(field, ErrorReason.LONG_PASSWORD, 'a password has at most 200 characters');
}

/**
 * Sets a password and ends the user's other browser sessions (their cookies carry the old version).
 * Users change their own with the current one; administrators set anyone's.
 */
async function storePassword(ctx: DomainContext, userId: number, password: string) {
  assertPasswordStrength(password);
  const passwordHash = await hashPassword(password);
  return inTransaction(ctx, async (tx) => {
    const user = await tx.manager.findOneByOrFail(User, { id: userId });
    user.passwordHash = passwordHash;
    user.sessionVersion += 1;
    return tx.manager.save(user);
  });
}

/** Administrators (and the seed) set anyone's password. */
export function setPassword(ctx: DomainContext, userId: number, password: string) {
  assertAdmin(ctx);
  return storePassword(ctx, userId, password);
}

/** Users change their own password by giving the current one. */
export async function changeOwnPassword(ctx: DomainContext, currentPassword: string, newPassword: string) {
  assertSignedIn(ctx.actor);
  if (ctx.actor.kind !== 'user') throw forbidden(ErrorReason.USER_REQUIRED, 'only a user has a password');
  const user = await ctx.manager.findOneByOrFail(User, { id: ctx.actor.userId });
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, currentPassword)))
    throw badInput('currentPassword', ErrorReason.WRONG_PASSWORD, 'the current password is wrong');
  // Named after the argument, so the form shows the refusal next to the new password.
  assertPasswordStrength(newPassword, 'newPassword');
  return storePassword(ctx, user.id, newPassword);
}
