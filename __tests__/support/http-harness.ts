/**
 * The app's own HTTP entry point, /api/graphql as server.js serves it (server/graphql-http.ts on node:http,
 * over real HTTP on a port of 127.0.0.1), on a database of the test file's own, never
 * data/cursus.sqlite: SQLite in memory (or in a temporary file, when a second "process" must open the same
 * database), or a fresh database on the MySQL/MariaDB server of DATABASE_URL.
 *
 * Sets NEXTAUTH_SECRET to a random value first, so that lib/auth/secret.ts never writes data/auth-secret.
 */
import './http-async-local-storage';
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { DataSource, EntityMetadata } from 'typeorm';
import { createDatabase, dropDatabase } from '../../scripts/mysql-admin';
import type { GraphQLHandler } from '../../server/graphql-http';

/** A node:http server on a free port of 127.0.0.1 answering every path with `handler`, as server.js does /api/graphql. */
export async function serveGraphQL(handler?: GraphQLHandler): Promise<{ url: string; close(): Promise<void> }> {
  const handle = handler ?? (await import('../../server/graphql-http')).handleGraphQL;
  const server = http.createServer((request, response) => void handle(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/graphql`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** How a request authenticates: a bearer token, a raw Cookie header, or nothing (anonymous). */
export interface Credentials {
  token?: string;
  cookie?: string;
}

export interface HttpBody {
  status: number;
  headers: Headers;
  /** The parsed JSON body, or the raw text when it is not JSON. */
  body: any;
}

export interface HttpHarness {
  /** The address of /api/graphql. */
  url: string;
  dataSource: DataSource;
  /** Env for a second DataSource on the same database (lib/db dataSourceOptions), or null for :memory:. */
  sameDatabaseEnv: Record<string, string> | null;
  /** POSTs a raw body to /api/graphql. */
  post(body: string, credentials?: Credentials, headers?: Record<string, string>): Promise<HttpBody>;
  /** POSTs one GraphQL operation as JSON (the way the web UI and scripts do). */
  graphql(query: string, variables?: Record<string, unknown>, credentials?: Credentials): Promise<HttpBody>;
  /** GET /api/graphql?query=… */
  get(query: string, credentials?: Credentials, headers?: Record<string, string>): Promise<HttpBody>;
  close(): Promise<void>;
}

export const SESSION_COOKIE = 'next-auth.session-token';

export function authHeaders({ token, cookie }: Credentials = {}): Record<string, string> {
  return { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(cookie ? { cookie } : {}) };
}

async function read(response: Response): Promise<HttpBody> {
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: kept as text
  }
  return { status: response.status, headers: response.headers, body };
}

export interface HttpHarnessOptions {
  sqlite?: 'memory' | 'file';
  /** The app reaches the MySQL server through this port of 127.0.0.1 instead (e.g. a tcp-proxy.ts). */
  mysqlPort?: number;
  /** More environment for the app's runtime (e.g. its database timeouts), restored by `close`. */
  env?: Record<string, string>;
}

export async function openHttpHarness({ sqlite = 'memory', mysqlPort, env = {} }: HttpHarnessOptions = {}): Promise<HttpHarness> {
  const saved: Record<string, string | undefined> = { DATABASE_URL: process.env.DATABASE_URL, SQLITE_FILE: process.env.SQLITE_FILE };
  for (const key of Object.keys(env)) saved[key] = process.env[key];
  Object.assign(process.env, env);
  process.env.NEXTAUTH_SECRET ||= randomBytes(32).toString('base64url');
  const serverUrl = process.env.DATABASE_URL;
  let ownUrl: string | undefined;
  let sqliteDir: string | undefined;
  let sameDatabaseEnv: Record<string, string> | null = null;
  if (serverUrl) {
    const url = new URL(serverUrl);
    url.pathname = `/cursus_http_${randomBytes(5).toString('hex')}`;
    ownUrl = url.toString();
    await createDatabase(ownUrl);
    sameDatabaseEnv = { DATABASE_URL: ownUrl };
    if (mysqlPort) Object.assign(url, { hostname: '127.0.0.1', port: String(mysqlPort) });
    process.env.DATABASE_URL = url.toString();
  } else if (sqlite === 'file') {
    sqliteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cursus-http-'));
    process.env.SQLITE_FILE = path.join(sqliteDir, 'cursus.sqlite');
    sameDatabaseEnv = { SQLITE_FILE: process.env.SQLITE_FILE };
  } else {
    process.env.SQLITE_FILE = ':memory:';
  }
  const { getRuntime } = await import('../../server/runtime');
  const { dataSource } = await getRuntime();
  const served = await serveGraphQL();

  const post = async (body: string, credentials: Credentials = {}, headers: Record<string, string> = {}) =>
    read(
      await fetch(served.url, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json', ...authHeaders(credentials), ...headers },
      }),
    );
  return {
    url: served.url,
    dataSource,
    sameDatabaseEnv,
    post,
    graphql: (query, variables, credentials) => post(JSON.stringify({ query, variables }), credentials),
    async get(query, credentials = {}, headers = { 'apollo-require-preflight': '1' }) {
      const url = `${served.url}?query=${encodeURIComponent(query)}`;
      return read(await fetch(url, { headers: { ...authHeaders(credentials), ...headers } }));
    },
    async close() {
      await served.close();
      const runtime = await getRuntime();
      // The runtime started the Apollo server.
      await runtime.server.stop();
      await runtime.dataSource.destroy();
      if (ownUrl) await dropDatabase(ownUrl);
      if (sqliteDir) fs.rmSync(sqliteDir, { recursive: true, force: true });
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    },
  };
}

/**
 * Every row of every table, in a stable order, to prove that a refused call wrote nothing. `ignore` lists
 * columns that legitimately move anyway: `api_token.lastUsedAt`, stamped when a token is used, and the response
 * cache's counter, raised after every mutation, refused or not (graphql/response-cache.ts).
 */
export async function snapshot(dataSource: DataSource, ignore: string[] = ['api_token.lastUsedAt', 'data_version.version']) {
  const tables: Record<string, unknown[]> = {};
  const metadatas = [...dataSource.entityMetadatas].sort((a, b) => a.tableName.localeCompare(b.tableName));
  for (const metadata of metadatas as EntityMetadata[]) {
    const order = Object.fromEntries(metadata.primaryColumns.map((c) => [c.propertyName, 'ASC' as const]));
    const rows = await dataSource.manager.find(metadata.target, { order } as never);
    tables[metadata.tableName] = rows.map((row) => {
      const plain: Record<string, unknown> = {};
      for (const column of metadata.columns) {
        if (ignore.includes(`${metadata.tableName}.${column.propertyName}`)) continue;
        const value = column.getEntityValue(row as object);
        plain[column.propertyName] = value instanceof Date ? value.toISOString() : value;
      }
      return plain;
    });
  }
  return tables;
}
