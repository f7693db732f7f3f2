import mysql from 'mysql2/promise';

/** Creates or drops the database named in a mysql:// URL, connecting to the server without it. */
async function onServer(url: string, sql: (db: string) => string) {
  const parsed = new URL(url.replace(/^mariadb:/, 'mysql:'));
  const database = decodeURIComponent(parsed.pathname.slice(1));
  if (!/^[A-Za-z0-9_]+$/.test(database)) throw new Error(`unexpected database name: ${database}`);
  parsed.pathname = '/';
  const connection = await mysql.createConnection(parsed.toString());
  try {
    await connection.query(sql(database));
  } finally {
    await connection.end();
  }
}

export const createDatabase = (url: string) =>
  onServer(url, (db) => `CREATE DATABASE IF NOT EXISTS \`${db}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);

export const dropDatabase = (url: string) => onServer(url, (db) => `DROP DATABASE IF EXISTS \`${db}\``);
