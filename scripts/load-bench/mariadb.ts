// What the bench reads from MariaDB itself: its settings, and SQL statements per request from the server's
// `Questions` counter (statements sent by clients). The counter is global, so other clients' statements add
// noise: statements are counted over a short sequential pass, several times, keeping the smallest delta.
import mysql from 'mysql2/promise';

export type Connection = mysql.Connection;

export const connect = (url: string) =>
  mysql.createConnection({ uri: url.replace(/^mariadb:/, 'mysql:'), timezone: 'Z', multipleStatements: false });

export async function serverSettings(db: Connection): Promise<string> {
  const [[version]] = (await db.query('SELECT VERSION() AS v')) as any;
  const [variables] = (await db.query(
    `SHOW GLOBAL VARIABLES WHERE Variable_name IN ('innodb_buffer_pool_size', 'max_connections', 'innodb_flush_log_at_trx_commit', 'transaction_isolation', 'tx_isolation')`,
  )) as any;
  const shown = variables
    .map((v: any) => `${v.Variable_name}=${v.Variable_name === 'innodb_buffer_pool_size' ? `${Number(v.Value) / 2 ** 20} MB` : v.Value}`)
    .join(', ');
  return `MariaDB/MySQL ${version.v}: ${shown}`;
}

async function questions(db: Connection): Promise<number> {
  const [[row]] = (await db.query("SHOW GLOBAL STATUS LIKE 'Questions'")) as any;
  return Number(row.Value);
}

/** The statements the reading itself adds to the counter (measured, not assumed). */
export async function counterOverhead(db: Connection): Promise<number> {
  const deltas: number[] = [];
  for (let i = 0; i < 5; i++) {
    const before = await questions(db);
    deltas.push((await questions(db)) - before);
  }
  return Math.min(...deltas);
}

/** SQL statements per call of `request`: the least delta over `passes` passes of `calls` sequential calls. */
export async function statementsPerRequest(
  db: Connection,
  overhead: number,
  request: () => Promise<unknown>,
  calls = 20,
  passes = 5,
): Promise<number> {
  let least = Infinity;
  for (let pass = 0; pass < passes; pass++) {
    const before = await questions(db);
    for (let i = 0; i < calls; i++) await request();
    least = Math.min(least, (await questions(db)) - before - overhead);
  }
  return least / calls;
}
