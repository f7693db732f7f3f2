// Browser tests against a real server: prepares a database of their own (a temporary SQLite file, or a new
// database on the server of DATABASE_URL), loads the demo data, builds Next and starts the app's server (server.js), runs every
// __tests__/e2e/*.e2e.ts with BASE_URL set, stops everything. `E2E_SKIP_BUILD=1` reuses an existing build;
// `E2E_ONLY=events,locations` runs only the files whose names contain one of those words.
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDatabase, dropDatabase } from './mysql-admin';

const root = path.join(__dirname, '..');
const port = Number(process.env.E2E_PORT ?? 3210);
const baseUrl = `http://127.0.0.1:${port}`;

function run(command: string, args: string[], env: NodeJS.ProcessEnv) {
  return spawnSync(command, args, { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
}

async function waitForServer(server: ChildProcess) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`server.js exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error('the server did not answer within 60 s');
}

async function main() {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    NEXTAUTH_URL: baseUrl,
    // A deployment on MySQL must set the cookie secret; the test server gets a throwaway one.
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? randomBytes(32).toString('base64url'),
  };
  let dropOwnDatabase = async () => {};
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/cursus_e2e_${randomBytes(5).toString('hex')}`;
    await createDatabase(url.toString());
    env.DATABASE_URL = url.toString();
    dropOwnDatabase = () => dropDatabase(url.toString());
  } else {
    env.SQLITE_FILE = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cursus-e2e-')), 'cursus.sqlite');
  }

  let passed = 0;
  let failed = 0;
  let server: ChildProcess | null = null;
  try {
    if (run('node', ['scripts/run.js', 'scripts/seed.ts'], env).status !== 0) throw new Error('seeding failed');
    if (!process.env.E2E_SKIP_BUILD && run('node', ['node_modules/next/dist/bin/next', 'build'], env).status !== 0)
      throw new Error('next build failed');
    server = spawn('node', ['server.js', '-p', String(port)], { cwd: root, env, stdio: 'inherit' });
    await waitForServer(server);
    const only = process.env.E2E_ONLY?.split(',').filter(Boolean) ?? [];
    const files = fs
      .readdirSync(path.join(root, '__tests__', 'e2e'))
      .filter((f) => f.endsWith('.e2e.ts') && (!only.length || only.some((part) => f.includes(part))))
      .sort();
    for (const file of files) {
      const result = run('node', ['scripts/run.js', path.join('__tests__', 'e2e', file)], { ...env, BASE_URL: baseUrl });
      process.stdout.write(result.stdout);
      const summary = result.stdout.match(/^(\d+) passed, (\d+) failed$/m);
      if (!summary) {
        console.error(`${file}: no summary line (exit ${result.status})`);
        failed += 1;
        continue;
      }
      passed += Number(summary[1]);
      failed += Number(summary[2]) + (result.status !== 0 && summary[2] === '0' ? 1 : 0);
    }
  } catch (error) {
    console.error(error);
    failed += 1;
  } finally {
    server?.kill('SIGTERM');
    await dropOwnDatabase();
  }
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main();
