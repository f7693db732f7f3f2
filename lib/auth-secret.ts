import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { databaseKind } from './database-url';

/**
 * The secret that signs session cookies (NEXTAUTH_SECRET). A deployment sets it, the same for every process.
 * On the embedded SQLite database (one machine, one process) a newcomer needs nothing: a random secret is
 * created once next to the database file.
 */
export function authSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  if (databaseKind() !== 'sqlite') throw new Error('NEXTAUTH_SECRET must be set when DATABASE_URL is (all processes share it)');
  const file = path.join(process.cwd(), 'data', 'auth-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
  }
  return fs.readFileSync(file, 'utf8').trim();
}
