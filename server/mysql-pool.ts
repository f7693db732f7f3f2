import mysql, { Pool, PoolConnection, PoolOptions } from 'mysql2';

type Callback = (error: { code?: string } | null, ...results: unknown[]) => void;

/**
 * Every statement gets mysql2's client-side `timeout` (TypeORM's own `enableQueryTimeout` would also log each
 * timed-out statement with its parameters). A statement that timed out stays the current command of its
 * connection in mysql2: the next one would queue behind it, its own timer not started, and hang as long as the
 * database does. That connection is dropped instead (a new one is opened when needed).
 */
function boundStatements(connection: PoolConnection, queryTimeoutMs: number): void {
  const query = connection.query;
  connection.query = function (this: PoolConnection, ...args: unknown[]) {
    const [sql] = args;
    if (typeof sql === 'string') args[0] = { sql, timeout: queryTimeoutMs };
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === 'function') {
      args[last] = ((error, ...results) => {
        if (error?.code === 'PROTOCOL_SEQUENCE_TIMEOUT') connection.destroy();
        (callback as Callback)(error, ...results);
      }) satisfies Callback;
    }
    return (query as (...a: unknown[]) => ReturnType<PoolConnection['query']>).apply(this, args);
  } as PoolConnection['query'];
}

/**
 * mysql2's pool queues `getConnection` forever when every connection is busy; TypeORM's `acquireTimeout`
 * option is not a mysql2 option (it only prints a warning). Waiting for a connection is bounded here. A
 * connection that frees up after the caller gave up goes back to the pool.
 */
function boundAcquire(pool: Pool, acquireTimeoutMs: number): void {
  const getConnection = pool.getConnection.bind(pool);
  pool.getConnection = (callback) => {
    let gaveUp = false;
    const timer = setTimeout(() => {
      gaveUp = true;
      const error = Object.assign(new Error(`no database connection became free within ${acquireTimeoutMs} ms`), {
        code: 'ETIMEDOUT',
      });
      callback(error, undefined as never);
    }, acquireTimeoutMs);
    getConnection((error, connection) => {
      clearTimeout(timer);
      if (!gaveUp) callback(error, connection);
      else connection?.release();
    });
  };
}

/**
 * mysql2 for TypeORM's `driver` option, with every statement and every wait for a pooled connection bounded
 * (#6 §9). Opening a connection is bounded by mysql2's own `connectTimeout`.
 */
export function boundedMysql({ queryTimeoutMs, acquireTimeoutMs }: { queryTimeoutMs: number; acquireTimeoutMs: number }) {
  return {
    ...mysql,
    createPool(options: PoolOptions): Pool {
      const pool = mysql.createPool(options);
      boundAcquire(pool, acquireTimeoutMs);
      pool.on('connection', (connection) => boundStatements(connection, queryTimeoutMs));
      return pool;
    },
  };
}
