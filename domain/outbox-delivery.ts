import { MailState, OutboxMail } from '../entities';
import { DomainContext } from './context';
import { inTransaction } from './transaction';

/** #10 §8: how often sending is tried before the e-mail is given up (FAILED, an administrator may queue it again). */
export const MAX_MAIL_ATTEMPTS = 8;
const FIRST_RETRY_MS = 30_000;
const LONGEST_RETRY_MS = 60 * 60_000;

/** The wait after the `attempts`-th failed try: 30 s, 1 min, 2 min, … doubling, at most an hour. */
export const retryDelayMs = (attempts: number): number => Math.min(FIRST_RETRY_MS * 2 ** Math.max(attempts - 1, 0), LONGEST_RETRY_MS);

/**
 * Claims up to `limit` due e-mails (pending, due, not held by a live claim) for `token`, and answers them.
 *
 * One conditional UPDATE … ORDER BY … LIMIT picks and claims them at once: a row is claimed only by the
 * statement that found it free, so two workers (processes or machines) never hold the same e-mail. On
 * MySQL/MariaDB the statement locks the rows it changes until its transaction ends, and a concurrent claim
 * re-reads them once the lock is released, sees the claim and passes on; SQLite has one writer at a time (and
 * inTransaction queues this process's writers on its one connection). The token is unique per claim, so
 * reading back `claimedBy = token` gives exactly the rows this call won.
 *
 * Why not `SELECT … FOR UPDATE SKIP LOCKED`: SQLite has no row locks, and TiDB (before 8.x) and sharded Vitess
 * keyspaces lack SKIP LOCKED, while single-table UPDATE with ORDER BY and LIMIT works on MySQL, MariaDB,
 * TiDB and SQLite (better-sqlite3 is built with SQLITE_ENABLE_UPDATE_DELETE_LIMIT). A Vitess deployment
 * needs outbox_mail in an unsharded keyspace (or one shard per worker): Vitess refuses UPDATE … LIMIT across
 * shards. The cost of this choice: concurrent claims wait for each other's short transaction instead of
 * skipping, which at a handful of workers and batches of ten is nothing.
 */
export function claimDueMails(ctx: DomainContext, token: string, limit: number, leaseMs: number): Promise<OutboxMail[]> {
  const now = ctx.clock.now();
  return inTransaction(ctx, async (tx) => {
    const [sql, parameters] = tx.manager.connection.driver.escapeQueryWithParameters(
      'UPDATE outbox_mail SET claimedBy = :token, claimedUntil = :until ' +
        'WHERE state = :pending AND nextAttemptAt <= :now AND (claimedUntil IS NULL OR claimedUntil <= :now) ' +
        `ORDER BY nextAttemptAt, id LIMIT ${Math.trunc(limit)}`,
      { token, until: new Date(now.getTime() + leaseMs), pending: MailState.PENDING, now },
    );
    await tx.manager.query(sql, parameters);
    return tx.manager.find(OutboxMail, { where: { claimedBy: token, state: MailState.PENDING }, order: { id: 'ASC' } });
  });
}

/** The mail server accepted it: SENT, never tried again. Only the claim's holder marks it. */
export async function markMailSent(ctx: DomainContext, mail: OutboxMail, token: string): Promise<boolean> {
  const result = await inTransaction(ctx, (tx) =>
    tx.manager.update(
      OutboxMail,
      { id: mail.id, claimedBy: token },
      { state: MailState.SENT, sentAt: ctx.clock.now(), attempts: mail.attempts + 1, claimedBy: null, claimedUntil: null },
    ),
  );
  return result.affected === 1;
}

/**
 * Sending failed: tried again after the back-off, or given up (FAILED) after the last attempt, or at once when the
 * mail server refused it for good (`permanent`: a 5xx reply, which a retry would only get again). `error` is the
 * reason shown in /manage/outbox: the server's reply.
 */
export async function markMailFailed(ctx: DomainContext, mail: OutboxMail, token: string, error: string, permanent = false): Promise<boolean> {
  const attempts = mail.attempts + 1;
  const now = ctx.clock.now();
  const result = await inTransaction(ctx, (tx) =>
    tx.manager.update(
      OutboxMail,
      { id: mail.id, claimedBy: token },
      {
        state: permanent || attempts >= MAX_MAIL_ATTEMPTS ? MailState.FAILED : MailState.PENDING,
        attempts,
        lastError: error.slice(0, 2000),
        nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)),
        claimedBy: null,
        claimedUntil: null,
      },
    ),
  );
  return result.affected === 1;
}

/** Gives back what a worker claimed and will not send now (it stops, or its claim runs short): due at once again. */
export async function releaseMailClaims(ctx: DomainContext, token: string): Promise<void> {
  await inTransaction(ctx, (tx) =>
    tx.manager.update(OutboxMail, { claimedBy: token, state: MailState.PENDING }, { claimedBy: null, claimedUntil: null }),
  );
}
