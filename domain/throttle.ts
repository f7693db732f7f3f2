import { LessThan, MoreThan, Not } from 'typeorm';
import { LoginAttempt } from '../entities';
import { DomainContext } from './context';
import { inTransaction } from './transaction';

/**
 * Attempts counted in the database (table login_attempt), so a limit holds across processes: sign-in (#6 §4)
 * and self check-in (#10 §2) each write under keys of their own ("email:…", "ip:…", "checkin:…").
 */
export interface ThrottleLimit {
  key: string;
  limit: number;
  windowMs: number;
}

/** One row of login_attempt written for this attempt, under one throttle key. */
export interface Attempt extends ThrottleLimit {
  id: number;
}

/**
 * Records the attempt under each key, before anything is checked; then each is counted with the attempts
 * already recorded. The rows are committed before they are counted, and a count reads every committed row (a
 * new statement at READ COMMITTED on MariaDB; SQLite likewise), so of two attempts, the one that commits later
 * counts the earlier one. Hence the k-th attempt let through counts the k − 1 let through before it (their rows
 * stay until a success or the window removes them): k ≤ the limit, whatever the concurrency. Counting only the
 * rows "up to mine" by id would not be race-free: ids are handed out at insert, before commit, so a lower id
 * can still be invisible. The price is on the safe side: attempts in flight count against each other, so a
 * burst of more parallel attempts than the limit may be refused whole. Runs outside any transaction: each step
 * must commit before the next.
 */
export async function recordAttempt(ctx: DomainContext, limits: ThrottleLimit[]): Promise<Attempt[]> {
  const attemptedAt = ctx.clock.now();
  // Inserts only: a transaction that also deleted here would wait for other attempts' uncommitted rows while
  // holding its own, and two such transactions deadlock on MariaDB.
  return inTransaction(ctx, async (tx) => {
    const attempts: Attempt[] = [];
    for (const limit of limits) {
      const { identifiers } = await tx.manager.insert(LoginAttempt, { throttleKey: limit.key, attemptedAt });
      attempts.push({ ...limit, id: Number(identifiers[0].id) });
    }
    return attempts;
  });
}

/** Seconds until the attempt would be within its key's limit, counting the others in the window; 0 if it is. */
async function retryAfter(ctx: DomainContext, attempt: Attempt): Promise<number> {
  const now = ctx.clock.now().getTime();
  const others = await ctx.manager.find(LoginAttempt, {
    where: { throttleKey: attempt.key, attemptedAt: MoreThan(new Date(now - attempt.windowMs)), id: Not(attempt.id) },
    order: { attemptedAt: 'DESC' },
    take: attempt.limit,
    select: { attemptedAt: true },
  });
  if (others.length < attempt.limit) return 0;
  const oldestCounted = others[attempt.limit - 1].attemptedAt.getTime();
  return Math.max(1, Math.ceil((oldestCounted + attempt.windowMs - now) / 1000));
}

/** The longest wait any of the attempts' keys asks for; 0 when all are within their limits. */
export async function longestWait(ctx: DomainContext, attempts: Attempt[]): Promise<number> {
  let wait = 0;
  for (const attempt of attempts) wait = Math.max(wait, await retryAfter(ctx, attempt));
  return wait;
}

export async function forgetAttempts(ctx: DomainContext, attempts: Attempt[]): Promise<void> {
  // TypeORM refuses a delete with no criteria.
  if (attempts.length) await inTransaction(ctx, (tx) => tx.manager.delete(LoginAttempt, attempts.map((attempt) => attempt.id)));
}

/** Attempts older than their window no longer count: dropped per key, on the key's index. */
export function dropExpiredAttempts(ctx: DomainContext, attempts: Attempt[]) {
  const now = ctx.clock.now().getTime();
  return inTransaction(ctx, async (tx) => {
    for (const { key, windowMs } of attempts)
      await tx.manager.delete(LoginAttempt, { throttleKey: key, attemptedAt: LessThan(new Date(now - windowMs)) });
  });
}
