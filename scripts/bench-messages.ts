// Times one sendMessage request to the learners of a large session (#10 §8: "sending to 500 learners queues
// 500 e-mails in one request quickly"). Not a test: it asserts nothing about times.
//
//   node scripts/run.js scripts/bench-messages.ts [--learners 500] [--runs 7]
//   DATABASE_URL=mysql://root@127.0.0.1:3306/any node scripts/run.js scripts/bench-messages.ts
//
// Opens a database of its own (a temporary SQLite file, or a new `cursus_bench_msg_<random>` on the server of
// DATABASE_URL, dropped at the end), makes one session with --learners confirmed learners (written set-based),
// then sends --runs messages BOTH ways (inbox and e-mail) through the real Apollo server as a manager of the
// training, one context per request as the route does, after one warm-up. Prints each run, the median, and
// the SQL statements of one request.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Actor, systemActor } from '../domain/actor';
import { systemClock } from '../domain/clock';
import { DomainContext } from '../domain/context';
import { createOrganisation } from '../domain/organisations';
import { createSession } from '../domain/sessions';
import { createTraining } from '../domain/trainings';
import { Inscription, InscriptionRole, InscriptionState, OutboxMail, User } from '../entities';
import { createContext } from '../graphql/context';
import { buildCursusSchema } from '../graphql/schema';
import { createGraphQLServer } from '../graphql/server';
import { databaseKind } from '../lib/database-url';
import { dataSourceOptions, openDataSource } from '../server/db';
import { createDatabase, dropDatabase } from './mysql-admin';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} takes a positive integer`);
  return value;
}

const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { internalRecipients emailsQueued message { id } } }`;

async function main() {
  const learners = option('learners', 500);
  const runs = option('runs', 7);
  const env = { ...process.env };
  let cleanUp = async () => {};
  if (databaseKind(env.DATABASE_URL) === 'mysql') {
    const url = new URL(env.DATABASE_URL!);
    url.pathname = `/cursus_bench_msg_${randomBytes(4).toString('hex')}`;
    await createDatabase(url.toString());
    env.DATABASE_URL = url.toString();
    cleanUp = () => dropDatabase(url.toString());
  } else {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cursus-bench-msg-'));
    env.SQLITE_FILE = path.join(folder, 'bench.sqlite');
    cleanUp = async () => fs.rmSync(folder, { recursive: true, force: true });
  }
  const dataSource = await openDataSource(dataSourceOptions(env));
  try {
    const clock = systemClock;
    const system: DomainContext = { manager: dataSource.manager, clock, actor: systemActor };
    const organisation = await createOrganisation(system, { name: 'Bench' });
    const training = await createTraining(system, { code: 'BENCH-MSG', title: 'Bench', organisationIds: [organisation.id] });
    const session = await createSession(system, training.id, { title: 'Bench', startDate: new Date('2030-01-01T00:00:00Z'), endDate: new Date('2030-06-30T00:00:00Z') });
    const now = new Date();
    const users = Array.from({ length: learners + 1 }, (_, i) => ({ email: `bench-${i}@example.org`, firstName: 'Prénom', lastName: `Nom ${i}`, createdAt: now }));
    for (let i = 0; i < users.length; i += 500) await dataSource.manager.insert(User, users.slice(i, i + 500));
    const ids = (await dataSource.manager.find(User, { select: { id: true }, order: { id: 'ASC' } })).map((u) => u.id);
    const [managerId, ...learnerIds] = ids.slice(-users.length);
    const inscriptions = learnerIds.map((userId) => ({
      userId,
      sessionId: session.id,
      eventId: null,
      role: InscriptionRole.LEARNER,
      state: InscriptionState.CONFIRMED,
      createdAt: now,
    }));
    for (let i = 0; i < inscriptions.length; i += 500) await dataSource.manager.insert(Inscription, inscriptions.slice(i, i + 500));

    const server = createGraphQLServer(buildCursusSchema());
    const manager: Actor = { kind: 'user', userId: managerId, isAdmin: false, managedOrganisationIds: [organisation.id] };
    let statements = 0;
    const logQuery = dataSource.logger.logQuery.bind(dataSource.logger);
    dataSource.logger.logQuery = (...args) => {
      statements += 1;
      return logQuery(...args);
    };
    const send = async (n: number) => {
      statements = 0;
      const started = performance.now();
      const response = await server.executeOperation(
        { query: SEND, variables: { input: { sessionId: String(session.id), subject: `Bench ${n}`, body: 'Bonjour,\nà demain.', channels: 'BOTH' } } },
        { contextValue: createContext(dataSource, manager, clock) },
      );
      const ms = performance.now() - started;
      if (response.body.kind !== 'single' || response.body.singleResult.errors) throw new Error(JSON.stringify(response.body));
      const result = (response.body.singleResult.data as { sendMessage: { internalRecipients: number; emailsQueued: number } }).sendMessage;
      if (result.internalRecipients !== learners || result.emailsQueued !== learners) throw new Error(`unexpected result ${JSON.stringify(result)}`);
      return { ms, statements };
    };
    await send(0);
    const times: number[] = [];
    let perRequest = 0;
    for (let n = 1; n <= runs; n++) {
      const { ms, statements: count } = await send(n);
      times.push(ms);
      perRequest = count;
      console.log(`run ${n}: ${ms.toFixed(1)} ms, ${count} SQL statements`);
    }
    const sorted = [...times].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    const queued = await dataSource.manager.count(OutboxMail);
    console.log(
      `sendMessage BOTH to ${learners} learners (${dataSource.options.type}, load average ${os.loadavg()[0].toFixed(1)}): ` +
        `median ${median.toFixed(1)} ms (min ${sorted[0].toFixed(1)}, max ${sorted[sorted.length - 1].toFixed(1)}) over ${runs} runs, ` +
        `${perRequest} SQL statements per request; ${queued} e-mails in the outbox`,
    );
  } finally {
    await dataSource.destroy();
    await cleanUp();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
