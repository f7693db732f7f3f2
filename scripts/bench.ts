// The load bench of issue #11: Cursus's production build under autocannon, beside a hand-written baseline
// (node:http + mysql2, scripts/load-bench/baseline-server.ts) measured in the same run, on a database filled
// by `npm run seed:large`. Not a test: it asserts nothing about times (it does check the answers).
//
//   DATABASE_URL=mysql://root@127.0.0.1:3306/cursus_large npm run bench [-- --duration 10 --runs 3 --skip-build]
//
// For every read it alternates app and baseline runs (--runs each, medians printed), after checking once that
// both answer the same JSON; it prints requests per second, p50/p95/p99, the ratio to the baseline, SQL
// statements per request (MariaDB's Questions counter over sequential passes) and the peak memory of each
// server's process tree. Then the writes: registering under load, 200 concurrent registrations on 20 seats,
// and repeatEvent 52 copies for 30 learners. `npm run bench:statements` is the older in-process bench (N+1).
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { systemActor } from '../domain/actor';
import { createApiToken } from '../domain/api-tokens';
import { systemClock } from '../domain/clock';
import { databaseKind } from '../lib/database-url';
import { dataSourceOptions, openDataSource } from '../server/db';
import { DEMO_PASSWORD } from './demo-data';
import { LARGE_ACCOUNTS } from './large-data-plan';
import { load, LoadRequest, spread } from './load-bench/http-load';
import { Connection, connect, counterOverhead, serverSettings, statementsPerRequest } from './load-bench/mariadb';
import {
  AGENDA,
  bearer,
  CATALOGUE,
  firstDifference,
  graphqlBody,
  SESSION_PAGE,
  SESSIONS_TABLE,
  signInCookie,
  TYPENAME,
} from './load-bench/operations';
import { BENCH_USAGE, BenchOptions, parseBenchArgs, ScenarioName } from './load-bench/options';
import { summariseProfiles } from './load-bench/cpu-profile';
import { buildApp, Server, startApp, startBaseline } from './load-bench/processes';
import { fixed, medianFigures, RunFigures, table } from './load-bench/stats';
import { race, registering, repeat, throttle, WriteContext } from './load-bench/writes';

interface Read {
  name: ScenarioName;
  label: string;
  app: LoadRequest;
  /** The same data from the baseline; `sameJson` false when the app's answer is HTML. */
  baseline: LoadRequest | null;
  sameJson: boolean;
}

interface Measured {
  label: string;
  app: RunFigures;
  baseline: RunFigures | null;
  appStatements: number;
  baselineStatements: number | null;
  note: string;
}

const log = (line = '') => console.log(line);

function graphqlRequest(app: Server, query: string, variables: Record<string, unknown> | undefined, headers: Record<string, string>): LoadRequest {
  return {
    url: `${app.baseUrl}/api/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: graphqlBody(query, variables),
  };
}

async function fetchOnce(request: LoadRequest): Promise<{ status: number; text: string }> {
  // Not followed: a page that sends a signed-out reader to /login must not pass for the page itself.
  const response = await fetch(request.url, { method: request.method ?? 'GET', headers: request.headers, body: request.body, redirect: 'manual' });
  return { status: response.status, text: await response.text() };
}

/** The session the session-page scenarios show: an upcoming one with the most confirmed learners. */
async function benchSessionId(db: Connection): Promise<number> {
  const [[row]] = (await db.query(
    `SELECT id FROM session WHERE startDate > NOW() ORDER BY learnerCount DESC, id LIMIT 1`,
  )) as any;
  return Number(row.id);
}

async function measureRead(read: Read, apps: Server[], baseline: Server, db: Connection, overhead: number, options: BenchOptions): Promise<Measured> {
  let note = '';
  const first = await fetchOnce(read.app);
  if (first.status !== 200) throw new Error(`${read.label}: the app answered ${first.status}: ${first.text.slice(0, 300)}`);
  if (read.sameJson) {
    const appJson = JSON.parse(first.text);
    if (appJson.errors) throw new Error(`${read.label}: ${JSON.stringify(appJson.errors).slice(0, 500)}`);
    const difference = firstDifference(appJson, JSON.parse((await fetchOnce(read.baseline!)).text));
    note = difference ? `answers differ at ${difference}` : 'same JSON';
  } else if (read.baseline) note = 'HTML page; baseline: the same data as JSON';
  const sequential = (request: LoadRequest) => () => fetchOnce(request);
  const appStatements = await statementsPerRequest(db, overhead, sequential(read.app));
  const baselineStatements = read.baseline ? await statementsPerRequest(db, overhead, sequential(read.baseline)) : null;

  const pids = (servers: Server[]) => servers.map((server) => server.process.pid!);
  // The app's load spread evenly over its processes (--processes).
  const app = spread(read.app, apps.map((server) => server.baseUrl));
  const warm = { connections: options.connections, seconds: options.warmup };
  if (options.warmup) {
    await load(app, { ...warm, pids: pids(apps) });
    if (read.baseline) await load(read.baseline, { ...warm, pids: pids([baseline]) });
  }
  const appRuns: RunFigures[] = [];
  const baselineRuns: RunFigures[] = [];
  const measured = { connections: options.connections, seconds: options.duration };
  for (let run = 0; run < options.runs; run++) {
    // Alternated, starting with the other one each time, so a drift of the machine weighs on both.
    const order: [LoadRequest[], Server[], RunFigures[]][] = [[app, apps, appRuns]];
    if (read.baseline) order.push([[read.baseline], [baseline], baselineRuns]);
    if (run % 2) order.reverse();
    for (const [requests, servers, runs] of order) runs.push(await load(requests, { ...measured, pids: pids(servers) }));
  }
  return {
    label: read.label,
    app: medianFigures(appRuns),
    baseline: baselineRuns.length ? medianFigures(baselineRuns) : null,
    appStatements,
    baselineStatements,
    note,
  };
}

function printReads(results: Measured[], options: BenchOptions) {
  const header = ['scenario', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'base req/s', 'base p50', 'base p95', 'ratio', 'SQL/req', 'base SQL', 'CPU ms/req', 'base CPU', 'peak MB', 'base MB', 'failed', 'check'];
  const rows = results.map((r) => [
    r.label,
    fixed(r.app.rps, 0),
    fixed(r.app.p50),
    fixed(r.app.p95),
    fixed(r.app.p99),
    r.baseline ? fixed(r.baseline.rps, 0) : '—',
    r.baseline ? fixed(r.baseline.p50) : '—',
    r.baseline ? fixed(r.baseline.p95) : '—',
    r.baseline ? `${fixed(r.app.rps / r.baseline.rps, 2)}×` : '—',
    fixed(r.appStatements),
    r.baselineStatements === null ? '—' : fixed(r.baselineStatements),
    fixed(r.app.cpuMsPerRequest, 2),
    r.baseline ? fixed(r.baseline.cpuMsPerRequest, 2) : '—',
    fixed(r.app.peakMb, 0),
    r.baseline ? fixed(r.baseline.peakMb, 0) : '—',
    String(r.app.failures + (r.baseline?.failures ?? 0)),
    r.note,
  ]);
  log(
    `Reads: ${options.connections} connections, ${options.runs} × ${options.duration} s per server (medians), app and baseline ` +
      `alternated, after ${options.warmup} s of warm-up each; ratio = app req/s ÷ baseline req/s; SQL/req from MariaDB's ` +
      `Questions counter (least of 5 passes of 20 sequential requests; other clients of the server can only add to it); CPU ms/req = the server process tree's CPU time (user + system) per answered request; peak MB = largest resident memory of the server's process tree.`,
  );
  log(table(header, rows));
}

async function main(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    log(BENCH_USAGE);
    return 0;
  }
  const parsed = parseBenchArgs(args);
  if (typeof parsed === 'string') {
    console.error(`bench: ${parsed}\n${BENCH_USAGE}`);
    return 1;
  }
  const options = parsed;
  const url = process.env.DATABASE_URL;
  if (databaseKind(url) !== 'mysql') {
    console.error('bench: needs DATABASE_URL=mysql://… of a database filled by `npm run seed:large` (MySQL/MariaDB only).');
    return 1;
  }
  const db = await connect(url!);
  let dataSource: DataSource | null = null;
  const servers: Server[] = [];
  const tokenIds: number[] = [];
  let cleaning: Promise<void> | null = null;
  const cleanUp = () =>
    (cleaning ??= (async () => {
      for (const server of servers.reverse()) await server.stop();
      if (tokenIds.length) await db.query('DELETE FROM api_token WHERE id IN (?)', [tokenIds]);
      await db.end();
      if (dataSource?.isInitialized) await dataSource.destroy();
    })());
  // Interrupted: the servers and tokens go; a write scenario cut short may leave its rows (seed again).
  const onSignal = () => {
    console.error('bench: interrupted; stopping the servers');
    cleanUp().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const [[seeded]] = (await db.query('SELECT COUNT(*) AS n FROM user WHERE email = ?', [LARGE_ACCOUNTS.admin.email])) as any;
    if (!Number(seeded.n)) throw new Error('this database was not filled by `npm run seed:large` (no admin@large.cursus.test)');
    const [[sizes]] = (await db.query(
      `SELECT (SELECT COUNT(*) FROM training) AS trainings, (SELECT COUNT(*) FROM session) AS sessions,
        (SELECT COUNT(*) FROM event) AS events, (SELECT COUNT(*) FROM user) AS users,
        (SELECT COUNT(*) FROM inscription) AS inscriptions`,
    )) as any;
    const cpus = os.cpus();
    log(`bench: ${process.argv.slice(2).join(' ') || '(defaults)'}; ${new Date().toISOString()}`);
    log(`bench: machine: ${cpus.length} × ${cpus[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    log(`bench: ${await serverSettings(db)}`);
    log(`bench: data: ${Object.entries(sizes).map(([k, v]) => `${Number(v).toLocaleString('en')} ${k}`).join(', ')}`);

    // API tokens of the demo accounts, made by the domain and revoked (deleted) at the end.
    dataSource = await openDataSource(dataSourceOptions({ ...process.env, DATABASE_POOL_SIZE: '2' }));
    const token = async (userId: number) => {
      const made = await createApiToken({ manager: dataSource!.manager, clock: systemClock, actor: systemActor }, 'npm run bench', userId);
      tokenIds.push(made.apiToken.id);
      return bearer(made.token);
    };
    const [admin, manager, learner] = [
      await token(LARGE_ACCOUNTS.admin.id),
      await token(LARGE_ACCOUNTS.manager.id),
      await token(LARGE_ACCOUNTS.learner.id),
    ];

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      NEXTAUTH_URL: `http://127.0.0.1:${options.port}`,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? randomBytes(32).toString('base64url'),
    };
    buildApp(env, options.skipBuild);
    const profiles = options.cpuProf ? fs.mkdtempSync(path.join(os.tmpdir(), 'cursus-bench-profile-')) : null;
    const apps: Server[] = [];
    // The first process on --port, the others after the baseline's port (#11 §4: stateless processes, one database).
    for (const port of options.appPorts) {
      apps.push(await startApp(env, port, profiles ? ['--cpu-prof', `--cpu-prof-dir=${profiles}`] : []));
      servers.push(apps[apps.length - 1]);
    }
    const [app] = apps;
    if (apps.length > 1) log(`bench: ${apps.length} app processes on ports ${options.appPorts.join(', ')}, the load spread evenly over them`);
    const baseline = await startBaseline(env, options.baselinePort);
    servers.push(baseline);
    const overhead = await counterOverhead(db);

    const sessionId = await benchSessionId(db);
    const wants = (name: ScenarioName) => options.scenarios.includes(name);
    const cookie: Record<string, string> = wants('session-html') ? { cookie: await signInCookie(app.baseUrl, LARGE_ACCOUNTS.admin.email, DEMO_PASSWORD) } : {};
    const base = (path: string, headers: Record<string, string> = {}): LoadRequest => ({ url: `${baseline.baseUrl}${path}`, headers });
    const reads: Read[] = [
      { name: 'typename', label: '{ __typename } (no SQL) vs bare node:http', app: graphqlRequest(app, TYPENAME, undefined, {}), baseline: base('/typename'), sameJson: true },
      { name: 'catalogue', label: 'catalogue API, anonymous', app: graphqlRequest(app, CATALOGUE, undefined, {}), baseline: base('/catalogue'), sameJson: true },
      { name: 'catalogue-html', label: 'catalogue page HTML, anonymous', app: { url: `${app.baseUrl}/catalogue`, headers: {} }, baseline: base('/catalogue'), sameJson: false },
      { name: 'session', label: `session page API, admin (#${sessionId})`, app: graphqlRequest(app, SESSION_PAGE, { id: String(sessionId) }, admin), baseline: base(`/session/${sessionId}`, admin), sameJson: true },
      { name: 'session-html', label: `session page HTML, admin`, app: { url: `${app.baseUrl}/manage/sessions/${sessionId}`, headers: cookie }, baseline: base(`/session/${sessionId}`, admin), sameJson: false },
      { name: 'sessions-table', label: 'staff sessions table, manager', app: graphqlRequest(app, SESSIONS_TABLE, undefined, manager), baseline: base('/sessions-table', manager), sameJson: true },
      { name: 'agenda', label: 'agenda (my open events), learner', app: graphqlRequest(app, AGENDA, undefined, learner), baseline: base('/agenda', learner), sameJson: true },
    ];
    const results: Measured[] = [];
    for (const read of reads.filter((r) => wants(r.name))) {
      log(`bench: measuring ${read.label}…`);
      results.push(await measureRead(read, apps, baseline, db, overhead, options));
    }
    log();
    if (results.length) printReads(results, options);

    const w: WriteContext = { db, baseUrls: apps.map((a) => a.baseUrl), admin, pids: apps.map((a) => a.process.pid!), connections: options.connections, seconds: options.duration, overhead };
    if (wants('register')) {
      const runs = [];
      for (let run = 0; run < options.runs; run++) runs.push(await registering(w, run));
      const f = medianFigures(runs.map((r) => r.figures));
      log();
      log(
        `Registering (addInscription by the administrator, a new learner each time, upcoming automatic session of ${runs[0].events} events): ` +
          `${fixed(f.rps, 0)} req/s, p50 ${fixed(f.p50)} ms, p95 ${fixed(f.p95)} ms, p99 ${fixed(f.p99)} ms, ` +
          `${fixed(runs[0].statements)} SQL statements per call, peak ${fixed(f.peakMb, 0)} MB, ${f.failures} failed (medians of ${options.runs} runs).`,
      );
    }
    if (wants('race')) {
      const r = await race(w);
      log();
      log(
        `Race: ${r.requests} concurrent addInscription on a 20-seat session: ${r.confirmed} confirmed, ${r.waitlisted} waitlisted, ` +
          `${r.errors} errors — ${r.confirmed === 20 && r.errors === 0 ? 'correct' : 'WRONG'}; p50 ${fixed(r.p50, 0)} ms, p95 ${fixed(r.p95, 0)} ms, max ${fixed(r.max, 0)} ms.`,
      );
    }
    if (wants('repeat')) {
      const runs = [];
      for (let run = 0; run < options.runs; run++) runs.push(await repeat(w));
      log();
      log(
        `repeatEvent, 52 weeks on Mondays, automatic, session of 30 learners: ${runs.map((r) => `${fixed(r.ms, 0)} ms`).join(', ')}; ` +
          `${runs[0].copies} copies, ${runs[0].registered} event registrations, about ${fixed(runs[0].statements, 0)} SQL statements per call.`,
      );
    }
    if (wants('throttle')) {
      const t = await throttle(w);
      log();
      log(
        `Sign-in throttling over ${apps.length} process${apps.length > 1 ? 'es' : ''} (wrong passwords for ${t.email}, each attempt to the next process): ` +
          `${t.outcomes.map((o, n) => `${n + 1}. ${o}`).join(', ')}.`,
      );
    }
    if (profiles) {
      for (const profiled of apps) await profiled.stop(); // the profiles are written as the processes exit
      log();
      for (const line of summariseProfiles(profiles)) log(line);
    }
    return 0;
  } catch (error) {
    console.error(`bench: failed: ${error instanceof Error ? error.stack : String(error)}`);
    return 1;
  } finally {
    await cleanUp();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error('bench: failed:', error);
    process.exitCode = 1;
  },
);
