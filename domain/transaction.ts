import { DomainContext } from './context';

/**
 * SQLite (better-sqlite3) has one connection per process and TypeORM shares a single query runner over it:
 * two concurrent transactions would nest as savepoints of each other. Write transactions on SQLite are
 * therefore queued in-process; that is safe because the embedded database serves one process only.
 * MySQL/MariaDB transactions run concurrently, each on its own pooled connection.
 */
let sqliteQueue: Promise<unknown> = Promise.resolve();

/**
 * Runs `work` in one transaction (multi-row writes are all-or-nothing).
 * On MySQL/MariaDB at READ COMMITTED: what is read after taking a row lock (seats.ts, R6) then includes what
 * the previous holder of the lock committed. At the default REPEATABLE READ plain SELECTs read the snapshot of
 * the transaction's first read, taken before the lock was granted, and concurrent registrations would all
 * see the same free seats. (Locking reads instead lock index ranges shared by a session's events: deadlocks.)
 */
export async function inTransaction<T>(ctx: DomainContext, work: (tx: DomainContext) => Promise<T>): Promise<T> {
  if (ctx.manager.queryRunner?.isTransactionActive) return work(ctx);
  if (ctx.manager.connection.options.type !== 'better-sqlite3')
    return ctx.manager.transaction('READ COMMITTED', (manager) => work({ ...ctx, manager }));
  const run = () => ctx.manager.transaction((manager) => work({ ...ctx, manager }));
  const result = sqliteQueue.then(run, run);
  sqliteQueue = result.catch(() => undefined);
  return result;
}
