import path from 'node:path';

export type DatabaseKind = 'mysql' | 'sqlite';

/** Where the embedded database lives when DATABASE_URL is unset. */
export const DEFAULT_SQLITE_FILE = path.join(process.cwd(), 'data', 'cursus.sqlite');

export function databaseKind(url = process.env.DATABASE_URL): DatabaseKind {
  if (!url) return 'sqlite';
  if (/^(mysql|mariadb):\/\//.test(url)) return 'mysql';
  throw new Error('DATABASE_URL must start with mysql:// (or be unset for the embedded SQLite database)');
}
