import { LessThan, MoreThan, Not } from 'typeorm';
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

/** One row of login_attempt written for this attempt, under one throttle key. */
interface Attempt {
  key: string;
  limit: number;
  id: number;
}

/**
 * #6 §4: records the attempt, before its password is checked, under its e-mail and its address; then each is
 * counted with the attempts already recorded. The rows are committed before they are counted, and a count
 * reads every committed row (a new statement at READ COMMITTED on MariaDB; SQLite likewise), so of two
 * attempts, the one that commits later counts the earlier one. Hence the k-th attempt let through counts the
 * k − 1 let through before it (their rows stay until a success or the window removes them): k ≤ the limit,
 * whatever the concurrency. Counting only the rows "up to mine" by id would not be race-free: ids are handed
 * out at insert, before commit, so a lower id can still be invisible. The price is on the safe side: attempts in
 * flight count against each other, so a burst of more parallel attempts than the limit may be refused whole.
 * Runs outside any transaction: each step must commit before the next.
 */
async function recordAttempt(ctx: DomainContext, email: string, address: string | null): Promise<Attempt[]> {
  const limits: [string, number][] = [[`email:${email}`, THROTTLE.perEmail]];
  if (address) limits.push([`ip:${address}`, THROTTLE.perAddress]);
  const attemptedAt = ctx.clock.now();
  // Inserts only: a transaction that also deleted here would wait for other attempts' uncommitted rows while
  // holding its own, and two such transactions deadlock on MariaDB.
  return inTransaction(ctx, async (tx) => {
    const attempts: Attempt[] = [];
    for (const [key, limit] of limits) {
      const { identifiers } = await tx.manager.insert(LoginAttempt, { throttleKey: key, attemptedAt });
      attempts.push({ key, limit, id: Number(identifiers[0].id) });
    }
    return attempts;
  });
}

/** Seconds until the attempt would be within its key's limit, counting the others in the window; 0 if it is. */
async function retryAfter(ctx: DomainContext, attempt: Attempt): Promise<number> {
  const now = ctx.clock.now().getTime();
  const others = await ctx.manager.find(LoginAttempt, {
    where: { throttleKey: attempt.key, attemptedAt: MoreThan(new Date(now - THROTTLE.windowMs)), id: Not(attempt.id) },
    order: { attemptedAt: 'DESC' },
    take: attempt.limit,
    select: { attemptedAt: true },
  });
  if (others.length < attempt.limit) return 0;
  const oldestCounted = others[attempt.limit - 1].attemptedAt.getTime();
  return Math.max(1, Math.ceil((oldestCounted + THROTTLE.windowMs - now) / 1000));
}

const forget = (ctx: DomainContext, attempts: Attempt[]) =>
  inTransaction(ctx, (tx) => tx.manager.delete(LoginAttempt, attempts.map((attempt) => attempt.id)));

/**
 * Checks an e-mail and password. Returns the user, or null for any wrong pair — an unknown e-mail, a wrong
 * password, no password set, a deactivated account all answer the same, in the same time. The recorded
 * attempt stays as a failure; a refused one is forgotten (it checked nothing, and must not push the retry
 * delay further); a success clears the e-mail's failures and is no failure of the address.
 */
export async function signIn(ctx: DomainContext, rawEmail: string, password: string, address: string | null) {
  const email = rawEmail.trim().toLowerCase();
  const attempts = await recordAttempt(ctx, email, address);
  let wait = 0;
  for (const attempt of attempts) wait = Math.max(wait, await retryAfter(ctx, attempt));
  if (wait) {
    await forget(ctx, attempts);
    throw new SignInThrottled(wait);
  }

  const user = await ctx.manager.findOneBy(User, { email });
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
  if (user && user.active && user.passwordHash && valid) {
    await inTransaction(ctx, async (tx) => {
      await tx.manager.delete(LoginAttempt, { throttleKey: attempts[0].key });
      await forget(tx, attempts);
    });
    return user;
  }
  // Attempts older than the window no longer count: drop them (per key, on the key's index).
  const expired = new Date(ctx.clock.now().getTime() - THROTTLE.windowMs);
  await inTransaction(ctx, async (tx) => {
    for (const { key } of attempts) await tx.manager.delete(LoginAttempt, { throttleKey: key, attemptedAt: LessThan(expired) });
  });
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
