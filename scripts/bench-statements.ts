// Statement counts and in-process timings of the GraphQL API (`npm run bench:statements`; the load bench on a
// production build is `npm run bench`, scripts/bench.ts). Not a test: it asserts nothing about times.
//
//   npm run bench:statements [-- --scale 1|5|20] [--iterations 200] [--warmup 20]
//   DATABASE_URL=mysql://user@host:3306/any npm run bench:statements      (MySQL/MariaDB: a fresh database on that server)
//
// 1. Opens a database of its own: a SQLite file in a temporary directory (removed at the end), or, with
//    DATABASE_URL=mysql://…, a new database `cursus_bench_<random>` on that server (dropped at the end). The
//    database named in DATABASE_URL is never touched.
// 2. Loads the demo data set (seedDemo) and, through the domain functions as the system actor, a generated
//    catalogue sized by --scale: (60·scale + 30) trainings × 3 sessions × 3 events, learners and trainers
//    (set-up on SQLite: about 8 s at scale 1, 20 s at scale 5).
// 3. Counts the SQL statements of each GraphQL operation (a TypeORM Logger whose logQuery counts) for growing
//    page sizes: the count must stay flat (no N+1). Statements that appear or grow are printed by shape; a
//    count that still grows between the two largest sizes is reported as N+1.
// 4. Times operations through the real Apollo server (schema built once, executeOperation, one context per
//    request as the route does) for an administrator and an anonymous visitor: median and p95.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ApolloServer } from '@apollo/server';
import { DataSource, DataSourceOptions, IsNull, Logger, Not } from 'typeorm';
import { Actor, anonymousActor, systemActor } from '../domain/actor';
import { DomainContext } from '../domain/context';
import { createEvent } from '../domain/events';
import { addInscription } from '../domain/inscriptions';
import { createLocation } from '../domain/locations';
import { createOrganisation } from '../domain/organisations';
import { createSession } from '../domain/sessions';
import { createTraining } from '../domain/trainings';
import { inTransaction } from '../domain/transaction';
import { createUser } from '../domain/users';
import { Event, Inscription, InscriptionMode, InscriptionRole, InscriptionState, Session, Training, User } from '../entities';
import { createContext, GraphQLContext } from '../graphql/context';
import { buildCursusSchema } from '../graphql/schema';
import { createGraphQLServer } from '../graphql/server';
import { FixedClock } from '../domain/clock';
import { databaseKind } from '../lib/database-url';
import { dataSourceOptions, openDataSource } from '../server/db';
import { formatSummary, seedDemo } from './demo-data';
import { createDatabase, dropDatabase } from './mysql-admin';
import { SiteHeaderViewer } from '../app/(public)/site-header-operations';
import { CataloguePage } from '../app/(public)/catalogue/operations';
import { CatalogueViewerZone } from '../app/(public)/catalogue/viewer-zone';

const USAGE = 'usage: npm run bench:statements [-- --scale <1..50>] [--iterations <n>] [--warmup <n>]';

// ---------------------------------------------------------------------------------------------------------
// Arguments
// ---------------------------------------------------------------------------------------------------------

interface Options {
  scale: number;
  iterations: number;
  warmup: number;
}

function parseArgs(args: string[]): Options | string {
  const options: Options = { scale: 1, iterations: 200, warmup: 20 };
  const limits: Record<keyof Options, [number, number]> = { scale: [1, 50], iterations: [1, 100_000], warmup: [0, 10_000] };
  for (let i = 0; i < args.length; i++) {
    const match = /^--(scale|iterations|warmup)(?:=(.*))?$/.exec(args[i]);
    if (!match) return `unknown argument ${args[i]}`;
    const key = match[1] as keyof Options;
    const raw = match[2] ?? args[++i];
    const value = Number(raw);
    const [min, max] = limits[key];
    if (raw === undefined || !Number.isInteger(value) || value < min || value > max)
      return `--${key} needs an integer from ${min} to ${max}`;
    options[key] = value;
  }
  return options;
}

// ---------------------------------------------------------------------------------------------------------
// Counting SQL statements
// ---------------------------------------------------------------------------------------------------------

/** Counts every statement TypeORM sends (both drivers call logQuery before running one); prints nothing. */
class CountingLogger implements Logger {
  count = 0;
  errors = 0;
  /** Statement shapes of the current measurement, when recording. */
  shapes: Map<string, number> | null = null;

  logQuery(query: string) {
    this.count += 1;
    if (this.shapes) {
      const shape = normaliseSql(query);
      this.shapes.set(shape, (this.shapes.get(shape) ?? 0) + 1);
    }
  }
  logQueryError() {
    this.errors += 1;
  }
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

/** One shape per statement whatever its parameters: IN lists of any length look the same. */
function normaliseSql(query: string): string {
  return query
    .replace(/\s+/g, ' ')
    .replace(/\b\d+\b/g, '?')
    .replace(/'(?:[^']|'')*'/g, '?')
    .replace(/\(\s*\?(\s*,\s*\?)*\s*\)/g, '(…)')
    .trim();
}

/**
 * Wall time during which at least one statement is in QueryRunner.query (every statement of both drivers goes
 * through it, pool wait and round trip included), to tell SQL time from GraphQL/JS time. Overlapping
 * statements (a DataLoader batch) count once. Wraps the runner class's method in this process only;
 * `restore` puts it back.
 */
class SqlTimer {
  ms = 0;
  private inFlight = 0;
  private since = 0;
  private restoreQuery: (() => void) | null = null;

  private enter() {
    if (this.inFlight++ === 0) this.since = performance.now();
  }

  private leave() {
    if (--this.inFlight === 0) this.ms += performance.now() - this.since;
  }

  async install(dataSource: DataSource) {
    const runner = dataSource.createQueryRunner();
    const proto = Object.getPrototypeOf(runner) as { query: (...args: unknown[]) => Promise<unknown> };
    await runner.release();
    const original = proto.query;
    const timer = this;
    proto.query = async function (this: unknown, ...args: unknown[]) {
      timer.enter();
      try {
        return await original.apply(this, args);
      } finally {
        timer.leave();
      }
    };
    this.restoreQuery = () => {
      proto.query = original;
    };
  }

  restore() {
    this.restoreQuery?.();
    this.restoreQuery = null;
  }
}

/** A statement without its column list: what it reads and how it filters, which names the field at fault. */
function briefSql(shape: string): string {
  const from = shape.search(/ FROM /i);
  const head = shape.slice(0, 6);
  return (from > 0 ? `${head} … ${shape.slice(from + 1)}` : shape).slice(0, 400);
}

// ---------------------------------------------------------------------------------------------------------
// Database of our own
// ---------------------------------------------------------------------------------------------------------

interface OwnDatabase {
  dataSource: DataSource;
  label: string;
  close(): Promise<void>;
}

/** Where the bench runs, without credentials. */
function describeServer(url: string): string {
  const parsed = new URL(url.replace(/^mariadb:/, 'mysql:'));
  return `${parsed.host}${parsed.pathname}`;
}

async function openOwnDatabase(logger: Logger): Promise<OwnDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  const withLogger = (options: DataSourceOptions) => ({ ...options, logging: false, logger }) as DataSourceOptions;
  if (databaseKind(serverUrl) === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cursus-bench-'));
    const file = path.join(dir, 'bench.sqlite');
    const remove = () => fs.rmSync(dir, { recursive: true, force: true });
    try {
      const dataSource = await openDataSource(withLogger(dataSourceOptions({ SQLITE_FILE: file })));
      return {
        dataSource,
        label: `SQLite ${file}`,
        async close() {
          if (dataSource.isInitialized) await dataSource.destroy();
          remove();
        },
      };
    } catch (error) {
      remove();
      throw error;
    }
  }
  const url = new URL(serverUrl!.replace(/^mariadb:/, 'mysql:'));
  url.pathname = `/cursus_bench_${randomBytes(5).toString('hex')}`;
  // Keep the scheme the caller chose (mariadb:// tells TypeORM about the dialect).
  const ownUrl = serverUrl!.startsWith('mariadb:') ? url.toString().replace(/^mysql:/, 'mariadb:') : url.toString();
  await createDatabase(ownUrl);
  try {
    const dataSource = await openDataSource(withLogger(dataSourceOptions({ DATABASE_URL: ownUrl, DATABASE_POOL_SIZE: '10' })));
    return {
      dataSource,
      label: `MySQL/MariaDB ${describeServer(ownUrl)}`,
      async close() {
        if (dataSource.isInitialized) await dataSource.destroy();
        await dropDatabase(ownUrl);
      },
    };
  } catch (error) {
    await dropDatabase(ownUrl);
    throw error;
  }
}

async function serverVersion(dataSource: DataSource): Promise<string> {
  if (dataSource.options.type === 'better-sqlite3') {
    const [row] = await dataSource.query('SELECT sqlite_version() AS v');
    return `SQLite ${row.v}`;
  }
  const [row] = await dataSource.query('SELECT VERSION() AS v');
  return String(row.v);
}

// ---------------------------------------------------------------------------------------------------------
// Data set
// ---------------------------------------------------------------------------------------------------------

const DAY = 24 * 3600 * 1000;
const HOUR = 3600 * 1000;

interface Plan {
  trainings: number;
  sessionsPerTraining: number;
  eventsPerSession: number;
  learnersPerSession: number;
  lateLearnersPerSession: number;
  eventLearners: number;
  learnerPool: number;
  trainerPool: number;
}

const planFor = (scale: number): Plan => ({
  trainings: 60 * scale + 30,
  sessionsPerTraining: 3,
  eventsPerSession: 3,
  learnersPerSession: 8,
  lateLearnersPerSession: 2,
  eventLearners: 3,
  learnerPool: 150 * scale,
  trainerPool: 15 * scale,
});

const pad = (n: number) => String(n).padStart(5, '0');

const TOPICS = [
  'Bureautique',
  'Sécurité',
  'Management',
  'Langues',
  'Numérique',
  'Santé au travail',
  'Recherche',
  'Communication',
];

/**
 * The generated catalogue, in one transaction, through the domain functions (their rules apply: R3 automatic
 * event inscriptions, R6 waiting lists, R9 event trainers). Sessions alternate between ended, ongoing and
 * upcoming; two trainings in three are in the public catalogue; modes cycle AUTOMATIC, MANUAL, PUBLIC.
 */
async function loadGenerated(ctx: DomainContext, plan: Plan): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const now = tx.clock.now().getTime();
    const orgA = await createOrganisation(tx, { name: 'Bench — Réseau régional', code: 'BENCH-A' });
    const orgB = await createOrganisation(tx, { name: 'Bench — Centre de formation', code: 'BENCH-B', parentId: orgA.id });
    const locations = [
      await createLocation(tx, { name: 'Bench — Lyon, salle 1', timeZone: 'Europe/Paris', capacity: 20 }),
      await createLocation(tx, { name: 'Bench — Saint-Denis, salle 2', timeZone: 'Indian/Reunion', capacity: 12 }),
      await createLocation(tx, { name: 'Bench — Montréal, salle 3', timeZone: 'America/Montreal', capacity: 30 }),
    ];
    const person = async (kind: string, i: number) =>
      createUser(tx, { email: `bench.${kind}.${pad(i)}@example.org`, firstName: `${kind} ${i}`, lastName: `Bench${pad(i)}` });
    const trainers: User[] = [];
    for (let i = 0; i < plan.trainerPool; i++) trainers.push(await person('trainer', i));
    const learners: User[] = [];
    for (let i = 0; i < plan.learnerPool; i++) learners.push(await person('learner', i));

    const modes = [InscriptionMode.AUTOMATIC, InscriptionMode.MANUAL, InscriptionMode.PUBLIC];
    let nextLearner = 0;
    const takeLearner = () => learners[nextLearner++ % learners.length];

    for (let t = 0; t < plan.trainings; t++) {
      const publicCatalogue = t % 3 !== 2;
      const training = await createTraining(tx, {
        code: `BENCH-${pad(t)}`,
        title: `${TOPICS[t % TOPICS.length]} — module ${pad(t)}`,
        description: 'Formation générée pour le banc de mesure.',
        organisationIds: t % 2 ? [orgA.id] : [orgA.id, orgB.id],
        publicRegistration: publicCatalogue,
        publicUnregistration: publicCatalogue,
        maxUsers: t % 4 === 0 ? 6 : 12,
        eventInscriptionMode: modes[t % modes.length],
      });
      for (let s = 0; s < plan.sessionsPerTraining; s++) {
        // s = 0: ended; s = 1: ongoing; s ≥ 2: upcoming.
        const start = now + (s === 0 ? -40 : s === 1 ? -1 : 20 * (s - 1)) * DAY + (t % 7) * HOUR;
        const eventStarts = Array.from({ length: plan.eventsPerSession }, (_, e) => start + e * 2 * DAY);
        const session = await createSession(tx, training.id, {
          title: `${training.title} — session ${s + 1}`,
          startDate: new Date(start),
          endDate: new Date(eventStarts[eventStarts.length - 1] + 3 * HOUR),
        });
        const trainer = trainers[(t * plan.sessionsPerTraining + s) % trainers.length];
        await addInscription(tx, { sessionId: session.id, userId: trainer.id, role: InscriptionRole.TRAINER });
        const sessionLearners: User[] = [];
        for (let l = 0; l < plan.learnersPerSession; l++) {
          const learner = takeLearner();
          await addInscription(tx, { sessionId: session.id, userId: learner.id, role: InscriptionRole.LEARNER });
          sessionLearners.push(learner);
        }
        for (const [e, eventStart] of eventStarts.entries()) {
          const event = await createEvent(tx, session.id, {
            name: `Séance ${e + 1}`,
            startAt: new Date(eventStart),
            endAt: new Date(eventStart + 3 * HOUR),
            locationId: (t + e) % 4 === 3 ? null : locations[(t + e) % 4].id,
            trainerIds: [trainer.id],
          });
          // Manual and public events are filled by staff; automatic ones were filled by R3.
          if (event.inscriptionMode !== InscriptionMode.AUTOMATIC)
            for (const learner of sessionLearners.slice(0, plan.eventLearners))
              await addInscription(tx, { eventId: event.id, userId: learner.id, role: InscriptionRole.LEARNER });
        }
        // R3: late learners join the automatic events that have not ended.
        for (let l = 0; l < plan.lateLearnersPerSession; l++)
          await addInscription(tx, { sessionId: session.id, userId: takeLearner().id, role: InscriptionRole.LEARNER });
      }
    }
  });
}

// ---------------------------------------------------------------------------------------------------------
// Operations
// ---------------------------------------------------------------------------------------------------------

// Page sizes go in as variables: with literals, graphql-armor's cost limit (graphql/server.ts) multiplies by
// `first` and rejects the catalogue query from trainings(first: 5) on (cost 21 928 > 20 000).
const CATALOGUE = /* GraphQL */ `
  query Catalogue($first: Int!) {
    trainings(first: $first) {
      totalCount
      nodes {
        title
        organisations { name }
        sessions(first: 5) {
          nodes {
            title
            status
            events(first: 5) {
              nodes {
                name
                status
                location { timeZone }
                trainers { nodes { lastName } }
              }
            }
          }
        }
      }
    }
  }
`;

const OPEN_EVENTS = /* GraphQL */ `
  query OpenEvents($first: Int!) {
    events(filter: { ended: false }, first: $first) {
      totalCount
      nodes {
        session { training { title } }
        inscriptions(first: 10) { totalCount }
      }
    }
  }
`;

const SESSIONS_WITH_REGISTRANTS = /* GraphQL */ `
  query SessionsWithRegistrants($first: Int!) {
    sessions(first: $first, orderBy: START_DATE_DESC) {
      totalCount
      nodes {
        title
        training { title }
        organisations { name }
        trainers { nodes { lastName } }
        learners(first: 5) { totalCount nodes { lastName } }
        inscriptions(first: 5) { totalCount nodes { state position user { lastName } } }
        waiting: inscriptions(first: 5, state: WAITLISTED) { totalCount nodes { position user { lastName } } }
      }
    }
  }
`;

const SESSION = /* GraphQL */ `
  query Session($id: ID!) {
    session(id: $id) {
      title
      status
      maxUsers
      training { title }
      organisations { name }
      trainers { nodes { lastName } }
      learners(first: 50) { totalCount nodes { firstName lastName } }
      inscriptions(first: 50) { totalCount nodes { role state position createdAt user { lastName } } }
      events {
        nodes {
          name
          startAt
          timeZone
          location { name }
          trainers { nodes { lastName } }
          inscriptions(first: 20) { totalCount }
        }
      }
    }
  }
`;

const OPEN_EVENTS_PAGE = /* GraphQL */ `
  query OpenEventsPage {
    events(filter: { ended: false }, first: 50) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes {
        name
        startAt
        endAt
        status
        timeZone
        location { name }
        session { title training { title } }
      }
    }
  }
`;

const ADD_INSCRIPTION = /* GraphQL */ `
  mutation Add($input: AddInscriptionInput!) {
    addInscription(input: $input) { id state }
  }
`;

const REMOVE_INSCRIPTION = /* GraphQL */ `
  mutation Remove($id: ID!) {
    removeInscription(id: $id) { id }
  }
`;

type Result = { data?: any; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] };

interface Runner {
  run(query: string, variables: Record<string, unknown>, actor: Actor): Promise<Result>;
  ok(query: string, variables: Record<string, unknown>, actor: Actor, what: string): Promise<any>;
}

function makeRunner(server: ApolloServer<GraphQLContext>, dataSource: DataSource, clock: FixedClock): Runner {
  const run = async (query: string, variables: Record<string, unknown>, actor: Actor): Promise<Result> => {
    const response = await server.executeOperation({ query, variables }, { contextValue: createContext(dataSource, actor, clock) });
    if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
    return response.body.singleResult as Result;
  };
  return {
    run,
    async ok(query, variables, actor, what) {
      const result = await run(query, variables, actor);
      if (result.errors?.length) throw new Error(`${what}: GraphQL errors: ${JSON.stringify(result.errors)}`);
      return result.data;
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Output helpers
// ---------------------------------------------------------------------------------------------------------

function table(headers: string[], rows: string[][], rightAligned = (column: number) => column > 0): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (rightAligned(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index];
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : '—');

/** The command line that produced this output, without credentials. */
function commandLine(): string {
  const url = process.env.DATABASE_URL;
  let prefix = '';
  if (url) {
    const parsed = new URL(url.replace(/^mariadb:/, 'mysql:'));
    if (parsed.password) parsed.password = '***';
    prefix = `DATABASE_URL=${url.startsWith('mariadb:') ? parsed.toString().replace(/^mysql:/, 'mariadb:') : parsed.toString()} `;
  }
  const args = process.argv.slice(2);
  const viaNpm = process.env.npm_lifecycle_event === 'bench:statements';
  const base = viaNpm ? 'npm run bench:statements' : 'node scripts/run.js scripts/bench-statements.ts';
  return `${prefix}${base}${args.length ? (viaNpm ? ' -- ' : ' ') + args.join(' ') : ''}`;
}

// ---------------------------------------------------------------------------------------------------------
// 3. Query counts
// ---------------------------------------------------------------------------------------------------------

interface CountCase {
  name: string;
  query: string;
  sizes: number[];
  /** What the response holds, to show the nested lists really were loaded. */
  describe(data: any): string;
}

const catalogueShape = (data: any) => {
  const trainings = data.trainings.nodes;
  const sessions = trainings.flatMap((t: any) => t.sessions.nodes);
  const events = sessions.flatMap((s: any) => s.events.nodes);
  const trainers = events.flatMap((e: any) => e.trainers.nodes);
  return `${trainings.length} trainings, ${sessions.length} sessions, ${events.length} events, ${trainers.length} trainers`;
};

const openEventsShape = (data: any) => {
  const events = data.events.nodes;
  const registrants = events.reduce((sum: number, e: any) => sum + e.inscriptions.totalCount, 0);
  return `${events.length} events, ${registrants} inscriptions counted`;
};

const sessionsShape = (data: any) => {
  const sessions = data.sessions.nodes;
  const inscriptions = sessions.flatMap((s: any) => s.inscriptions.nodes);
  const waiting = sessions.flatMap((s: any) => s.waiting.nodes).filter((i: any) => i.position !== null).length;
  return `${sessions.length} sessions, ${inscriptions.length} inscriptions, ${waiting} waiting-list positions`;
};

const COUNT_CASES: CountCase[] = [
  { name: 'catalogue trainings(first: N)', query: CATALOGUE, sizes: [5, 20, 80], describe: catalogueShape },
  { name: 'open events(first: N)', query: OPEN_EVENTS, sizes: [10, 40, 100], describe: openEventsShape },
  { name: 'sessions(first: N) + registrants', query: SESSIONS_WITH_REGISTRANTS, sizes: [5, 20, 80], describe: sessionsShape },
];

async function countQueries(runner: Runner, logger: CountingLogger, actors: [string, Actor][]): Promise<string[]> {
  const rows: string[][] = [];
  const growth: string[] = [];
  const notes: string[] = [];
  for (const testCase of COUNT_CASES) {
    for (const [actorName, actor] of actors) {
      const counts: number[] = [];
      const shapes: Map<string, number>[] = [];
      const described: string[] = [];
      for (const first of testCase.sizes) {
        // Once unrecorded so one-off work (none expected) does not blur the comparison.
        await runner.ok(testCase.query, { first }, actor, testCase.name);
        logger.count = 0;
        logger.shapes = new Map();
        const data = await runner.ok(testCase.query, { first }, actor, testCase.name);
        counts.push(logger.count);
        shapes.push(logger.shapes);
        logger.shapes = null;
        described.push(testCase.describe(data));
      }
      // Flat: the same count at every size. Bounded: a statement or two appear once the page holds some kind
      // of row (e.g. a waiting list) but the largest step (4× the parents) adds none. Anything else is N+1.
      const flat = counts.every((c) => c === counts[0]);
      const last = counts.length - 1;
      const bounded = !flat && counts[last] === counts[last - 1];
      const verdict = flat ? 'flat' : bounded ? `flat from N=${testCase.sizes[last - 1]}` : 'GROWS';
      rows.push([testCase.name, actorName, ...counts.map(String), verdict, described[last]]);
      if (!flat) {
        const [from, to] = bounded ? [0, last] : [last - 1, last];
        const grown = [...shapes[to].entries()]
          .filter(([shape, n]) => n > (shapes[from].get(shape) ?? 0))
          .sort((a, b) => b[1] - a[1]);
        const heading = bounded
          ? `${testCase.name} as ${actorName}: not N+1 (no growth from N=${testCase.sizes[last - 1]} to N=${testCase.sizes[last]}); ` +
            `statements present at N=${testCase.sizes[last]} but not at N=${testCase.sizes[0]} (data-dependent batches):`
          : `N+1: ${testCase.name} as ${actorName}: statements whose count grows from N=${testCase.sizes[last - 1]} to N=${testCase.sizes[last]}:`;
        (bounded ? notes : growth).push(
          heading,
          ...grown.map(([shape, n]) => `  ${shapes[from].get(shape) ?? 0} → ${n}  ${briefSql(shape)}`),
        );
      }
    }
  }
  const sizes = COUNT_CASES[0].sizes.length;
  const headers = ['operation', 'actor', ...Array.from({ length: sizes }, (_, i) => `q@N${i + 1}`), 'verdict', 'largest response'];
  const widestSizes = COUNT_CASES.map((c) => `${c.name}: N = ${c.sizes.join(', ')}`).join('; ');
  return [
    `SQL statements per request (${widestSizes}):`,
    table(headers, rows, (i) => i >= 2 && i < 2 + sizes),
    ...(notes.length ? ['', ...notes] : []),
    ...(growth.length ? ['', ...growth] : ['', 'No N+1: no statement count grows between the two largest page sizes.']),
  ];
}

// ---------------------------------------------------------------------------------------------------------
// 4. Latency
// ---------------------------------------------------------------------------------------------------------

interface Timing {
  median: number;
  p95: number;
  /** SQL statements per request. */
  queries: number;
  /** Mean time per request with a statement in flight. */
  sqlMs: number;
}

interface Meters {
  logger: CountingLogger;
  sql: SqlTimer;
}

/** Samples in ms, with the statements and SQL time they cost. */
class Samples {
  private times: number[] = [];
  private queries = 0;
  private sqlMs = 0;

  async measure(meters: Meters, work: () => Promise<void>) {
    const count = meters.logger.count;
    const sql = meters.sql.ms;
    const started = performance.now();
    await work();
    this.times.push(performance.now() - started);
    this.queries += meters.logger.count - count;
    this.sqlMs += meters.sql.ms - sql;
  }

  summary(): Timing {
    const sorted = [...this.times].sort((a, b) => a - b);
    const n = sorted.length;
    return { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), queries: this.queries / n, sqlMs: this.sqlMs / n };
  }
}

/**
 * Times several variants of one operation (one per actor) interleaved, alternating which goes first, so that
 * noise from the machine (other processes, GC) falls on all of them alike and their ratio stays meaningful.
 */
async function timeInterleaved(
  iterations: number,
  warmup: number,
  meters: Meters,
  variants: (() => Promise<void>)[],
): Promise<Timing[]> {
  for (let i = 0; i < warmup; i++) for (const variant of variants) await variant();
  const samples = variants.map(() => new Samples());
  for (let i = 0; i < iterations; i++) {
    const order = i % 2 ? [...variants.keys()].reverse() : [...variants.keys()];
    for (const v of order) await samples[v].measure(meters, variants[v]);
  }
  return samples.map((s) => s.summary());
}

/** One GraphQL operation of a timed read. */
interface Step {
  query: string;
  variables: Record<string, unknown>;
}

interface Fixtures {
  publicSessionId: number;
  mutationSessionId: number;
  mutationUserId: number;
}

/** A public session with registrants (the largest, waiting list included), and a learner for the mutations. */
async function pickFixtures(dataSource: DataSource, now: Date, seatedPerSession: number): Promise<Fixtures> {
  const manager = dataSource.manager;
  const busiest = await manager
    .createQueryBuilder(Inscription, 'i')
    .innerJoin(Session, 's', 's.id = i.sessionId')
    .select('i.sessionId', 'sessionId')
    .addSelect('COUNT(*)', 'n')
    .where('s.publicRegistration = :yes AND i.eventId IS NULL', { yes: true })
    .groupBy('i.sessionId')
    .orderBy('n', 'DESC')
    .addOrderBy('i.sessionId', 'ASC')
    .limit(1)
    .getRawOne<{ sessionId: number }>();
  if (!busiest) throw new Error('no public session with registrants');
  // An upcoming automatic session with a free seat: adding a learner confirms them and joins its events (R3).
  const target = await manager
    .createQueryBuilder(Session, 's')
    .innerJoin(Training, 't', 't.id = s.trainingId')
    .where('s.startDate > :now AND t.code LIKE :code AND s.eventInscriptionMode = :mode', {
      now,
      code: 'BENCH-%',
      mode: InscriptionMode.AUTOMATIC,
    })
    .andWhere('(s.maxUsers IS NULL OR s.maxUsers > :seated)', { seated: seatedPerSession })
    .orderBy('s.id', 'ASC')
    .getOne();
  if (!target) throw new Error('no upcoming automatic session for the mutation pair');
  const registered = await manager.find(Inscription, { where: { sessionId: target.id }, select: { userId: true } });
  const taken = new Set(registered.map((i) => i.userId));
  const candidates = await manager
    .createQueryBuilder(User, 'u')
    .where('u.email LIKE :pattern', { pattern: 'bench.learner.%' })
    .orderBy('u.id', 'DESC')
    .getMany();
  const user = candidates.find((u) => !taken.has(u.id));
  if (!user) throw new Error('no free learner for the mutation pair');
  return { publicSessionId: Number(busiest.sessionId), mutationSessionId: target.id, mutationUserId: user.id };
}

async function measureLatency(
  dataSource: DataSource,
  runner: Runner,
  meters: Meters,
  fixtures: Fixtures,
  admin: Actor,
  options: Options,
): Promise<string[]> {
  const actors: [string, Actor][] = [
    ['admin', admin],
    ['anonymous', anonymousActor],
  ];
  // #9: the operations /catalogue runs for its first page, exactly as the page sends them (header, reader's zone,
  // then the list with its filters' choices), one after the other like the server render.
  const cataloguePage: Step[] = [
    { query: SiteHeaderViewer.toString(), variables: {} },
    { query: CatalogueViewerZone.toString(), variables: {} },
    {
      query: CataloguePage.toString(),
      variables: { first: 10, after: null, search: null, organisationId: null, sessions: { ended: false }, sessionsPerTraining: 4 },
    },
  ];
  const reads: { name: string; steps: Step[] }[] = [
    { name: '/catalogue first page (#9: 3 operations)', steps: cataloguePage },
    { name: 'catalogue page trainings(first: 20)', steps: [{ query: CATALOGUE, variables: { first: 20 } }] },
    { name: 'session(id) with registrants', steps: [{ query: SESSION, variables: { id: String(fixtures.publicSessionId) } }] },
    { name: 'open events(first: 50)', steps: [{ query: OPEN_EVENTS_PAGE, variables: {} }] },
  ];
  const rows: string[][] = [];
  const cell = (t: Timing | null) =>
    t ? [ms(t.median), ms(t.p95), t.queries.toFixed(1), ms(t.sqlMs)] : ['—', '—', '—', '—'];
  const ratio = (anon: Timing | null, adm: Timing | null) => (anon && adm ? (anon.median / adm.median).toFixed(2) : 'n/a');

  for (const read of reads) {
    const timings = await timeInterleaved(
      options.iterations,
      options.warmup,
      meters,
      actors.map(([, actor]) => async () => {
        for (const step of read.steps) await runner.ok(step.query, step.variables, actor, read.name);
      }),
    );
    rows.push([read.name, ...cell(timings[0]), ...cell(timings[1]), ratio(timings[1], timings[0])]);
  }

  // The mutation pair needs a signed-in manager: measured for the administrator only (anonymous: n/a).
  const input = { sessionId: String(fixtures.mutationSessionId), userId: String(fixtures.mutationUserId), role: 'LEARNER' };
  const adds = new Samples();
  const removes = new Samples();
  let joined = 0;
  for (let i = 0; i < options.warmup + options.iterations; i++) {
    const measured = i >= options.warmup;
    let id = '';
    const add = async () => {
      const data = await runner.ok(ADD_INSCRIPTION, { input }, admin, 'addInscription');
      if (data.addInscription.state !== InscriptionState.CONFIRMED)
        throw new Error(`addInscription: expected CONFIRMED, got ${data.addInscription.state}`);
      id = data.addInscription.id;
    };
    const remove = async () => {
      await runner.ok(REMOVE_INSCRIPTION, { id }, admin, 'removeInscription');
    };
    if (measured) await adds.measure(meters, add);
    else await add();
    if (i === 0)
      joined = await dataSource.manager.countBy(Inscription, {
        sessionId: fixtures.mutationSessionId,
        userId: fixtures.mutationUserId,
        eventId: Not(IsNull()),
      });
    if (measured) await removes.measure(meters, remove);
    else await remove();
  }
  rows.push([`addInscription (session; joins ${joined} events)`, ...cell(adds.summary()), ...cell(null), 'n/a']);
  rows.push(['removeInscription (same)', ...cell(removes.summary()), ...cell(null), 'n/a']);

  return [
    `Latency in ms through ApolloServer.executeOperation (${options.warmup} warm-up, ${options.iterations} timed iterations each, ` +
      `admin and anonymous interleaved; ` +
      `q/req = SQL statements per request; sql = mean ms per request with a statement in flight):`,
    table(['operation', 'admin p50', 'p95', 'q/req', 'sql', 'anon p50', 'p95', 'q/req', 'sql', 'anon/admin p50'], rows),
    'Mutations need a signed-in manager: anonymous callers get UNAUTHENTICATED, so they are measured for the administrator only.',
  ];
}

// ---------------------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------------------

async function main(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    console.error(`bench: ${parsed}\n${USAGE}`);
    return 1;
  }
  const options = parsed;
  const plan = planFor(options.scale);
  const logger = new CountingLogger();
  const sqlTimer = new SqlTimer();
  let database: OwnDatabase | null = null;
  let closing: Promise<void> | null = null;
  const close = () => (closing ??= database ? database.close() : Promise.resolve());
  const onSignal = () => {
    console.error('bench: interrupted; removing the benchmark database');
    close().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    const started = performance.now();
    database = await openOwnDatabase(logger);
    const { dataSource } = database;
    const clock = new FixedClock(new Date());
    const system: DomainContext = { manager: dataSource.manager, clock, actor: systemActor };

    console.log(`bench: ${commandLine()}`);
    console.log(`bench: database ${database.label} (${await serverVersion(dataSource)}), Node ${process.version}, scale ${options.scale}`);

    const seeded = performance.now();
    const demo = await seedDemo(system);
    await loadGenerated(system, plan);
    const loadSeconds = (performance.now() - seeded) / 1000;
    const [trainings, sessions, events, inscriptions, users] = await Promise.all([
      dataSource.manager.count(Training),
      dataSource.manager.count(Session),
      dataSource.manager.count(Event),
      dataSource.manager.count(Inscription),
      dataSource.manager.count(User),
    ]);
    const openEvents = await dataSource.manager
      .createQueryBuilder(Event, 'e')
      .where('e.endAt > :now', { now: clock.now() })
      .getCount();
    console.log(`bench: demo data: ${formatSummary(demo)}.`);
    console.log(
      `bench: loaded in ${loadSeconds.toFixed(1)} s through the domain functions: ${trainings} trainings, ${sessions} sessions, ` +
        `${events} events (${openEvents} open), ${inscriptions} inscriptions, ${users} users ` +
        `(generated: ${plan.trainings} trainings × ${plan.sessionsPerTraining} sessions × ${plan.eventsPerSession} events, ` +
        `${plan.learnersPerSession}+${plan.lateLearnersPerSession} learners per session).`,
    );

    const adminUser = await dataSource.manager.findOne(User, { where: { isAdmin: true }, order: { id: 'ASC' } });
    if (!adminUser) throw new Error('the demo data has no administrator');
    const admin: Actor = { kind: 'user', userId: adminUser.id, isAdmin: true, managedOrganisationIds: [] };

    // Built once, like lib/runtime.ts does per process.
    const server = createGraphQLServer(buildCursusSchema());
    const runner = makeRunner(server, dataSource, clock);
    await sqlTimer.install(dataSource);
    const meters: Meters = { logger, sql: sqlTimer };
    const fixtures = await pickFixtures(dataSource, clock.now(), plan.learnersPerSession + plan.lateLearnersPerSession);

    console.log('');
    for (const line of await countQueries(runner, logger, [
      ['admin', admin],
      ['anonymous', anonymousActor],
    ]))
      console.log(line);
    console.log('');
    for (const line of await measureLatency(dataSource, runner, meters, fixtures, admin, options)) console.log(line);
    console.log('');
    if (logger.errors) console.log(`bench: ${logger.errors} SQL statements failed during the run (see the operations above).`);
    console.log(`bench: done in ${((performance.now() - started) / 1000).toFixed(1)} s; command: ${commandLine()}`);
    return 0;
  } catch (error) {
    console.error(`bench: failed: ${error instanceof Error ? error.stack : String(error)}`);
    return 1;
  } finally {
    sqlTimer.restore();
    await close();
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
