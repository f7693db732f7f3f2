import { LessThan, MoreThan } from 'typeorm';
import { LoginAttempt, User } from '../entities';
import { decoyHash, hashPassword, verifyPassword } from '../lib/password';
import { DomainContext } from './context';
import { assertSignedIn } from './actor';
import { badInput, DomainError, forbidden } from './errors';
import { assertAdmin } from './permissions';
import { inTransaction } from './transaction';
import { ErrorReason } from './error-reasons';

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

const keys = (email: string, address: string | null) => [`email:${email}`, ...(address ? [`ip:${address}`] : [])];

async function retryAfter(ctx: DomainContext, key: string, limit: number): Promise<number> {
  const since = new Date(ctx.clock.now().getTime() - THROTTLE.windowMs);
  const attempts = await ctx.manager.find(LoginAttempt, {
    where: { throttleKey: key, attemptedAt: MoreThan(since) },
    order: { attemptedAt: 'DESC' },
    take: limit,
    select: { attemptedAt: true },
  });
  if (attempts.length < limit) return 0;
  const oldestCounted = attempts[limit - 1].attemptedAt.getTime();
  return Math.max(1, Math.ceil((oldestCounted + THROTTLE.windowMs - ctx.clock.now().getTime()) / 1000));
}

/**
 * Checks an e-mail and password. Returns the user, or null for any wrong pair — an unknown e-mail, a wrong
 * password, no password set, a deactivated account all answer the same, in the same time.
 */
export async function signIn(ctx: DomainContext, rawEmail: string, password: string, address: string | null) {
  const email = rawEmail.trim().toLowerCase();
  const [emailKey, addressKey] = keys(email, address);
  const wait = Math.max(
    await retryAfter(ctx, emailKey, THROTTLE.perEmail),
    addressKey ? await retryAfter(ctx, addressKey, THROTTLE.perAddress) : 0,
  );
  if (wait) throw new SignInThrottled(wait);

  const user = await ctx.manager.findOneBy(User, { email });
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
  if (user && user.active && user.passwordHash && valid) {
    await ctx.manager.delete(LoginAttempt, { throttleKey: emailKey });
    return user;
  }
  const now = ctx.clock.now();
  // Failures older than the window no longer count: drop them (per key, on the key's index).
  const expired = new Date(now.getTime() - THROTTLE.windowMs);
  for (const throttleKey of keys(email, address))
    await ctx.manager.delete(LoginAttempt, { throttleKey, attemptedAt: LessThan(expired) });
  await ctx.manager.insert(
    LoginAttempt,
    keys(email, address).map((throttleKey) => ({ throttleKey, attemptedAt: now })),
  );
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
  return storePassword(ctx, user.id, newPassword);
}
