import { DomainContext } from './context';

/**
 * SQLite (better-sqlite3) has one connection per process and TypeORM shares a single query runner over it:
 * two concurrent transactions would nest as savepoints of each other. Write transactions on SQLite are
 * therefore queued in-process; that is safe because the embedded database serves one process only.
 * MySQL/MariaDB transactions run concurrently, each on its own pooled connection.
 */
let sqliteQueue: Promise<unknown> = Promise.resolve();

/** Runs `work` in one transaction (multi-row writes are all-or-nothing). */
export async function inTransaction<T>(ctx: DomainContext, work: (tx: DomainContext) => Promise<T>): Promise<T> {
  if (ctx.manager.queryRunner?.isTransactionActive) return work(ctx);
  const run = () => ctx.manager.transaction((manager) => work({ ...ctx, manager }));
  if (ctx.manager.connection.options.type !== 'better-sqlite3') return run();
  const result = sqliteQueue.then(run, run);
  sqliteQueue = result.catch(() => undefined);
  return result;
}
