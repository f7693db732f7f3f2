// Times renderDocuments for many targets (#10: an invitation to 500 learners spent most of its time there).
// Not a test: it asserts nothing about times.
//
//   node scripts/run.js scripts/bench-render.ts [--learners 500] [--events 6] [--runs 9]
//   node --cpu-prof scripts/run.js scripts/bench-render.ts   (a .cpuprofile to open in DevTools)
//
// A temporary SQLite file: one session with --events events at a located venue and --learners confirmed
// learners, half of them English; then --runs SESSION_INVITATION renderings of all of them after one warm-up.
// Prints each run and the median.
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { systemActor } from '../domain/actor';
import { systemClock } from '../domain/clock';
import { DomainContext } from '../domain/context';
import { createEvent } from '../domain/events';
import { createLocation } from '../domain/locations';
import { createOrganisation } from '../domain/organisations';
import { createSession } from '../domain/sessions';
import { renderDocuments } from '../domain/template-render';
import { createTraining } from '../domain/trainings';
import { Inscription, InscriptionRole, InscriptionState, TemplateKind, User } from '../entities';
import { dataSourceOptions, openDataSource } from '../server/db';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} takes a positive integer`);
  return value;
}

async function main() {
  const learners = option('learners', 500);
  const eventCount = option('events', 6);
  const runs = option('runs', 9);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cursus-bench-render-'));
  const dataSource = await openDataSource(dataSourceOptions({ ...process.env, DATABASE_URL: '', SQLITE_FILE: path.join(folder, 'bench.sqlite') }));
  try {
    const ctx: DomainContext = { manager: dataSource.manager, clock: systemClock, actor: systemActor };
    const organisation = await createOrganisation(ctx, { name: 'Bench' });
    const training = await createTraining(ctx, { code: 'BENCH-RENDER', title: 'Bench', organisationIds: [organisation.id] });
    const session = await createSession(ctx, training.id, { title: 'Bench', startDate: new Date('2030-01-01T00:00:00Z'), endDate: new Date('2030-06-30T00:00:00Z') });
    const location = await createLocation(ctx, { name: 'Salle B12', address: '1 rue de la Paix, Paris', timeZone: 'Europe/Paris' });
    for (let i = 0; i < eventCount; i++) {
      const startAt = new Date(Date.UTC(2030, 0, 7 + 7 * i, 8));
      await createEvent(ctx, session.id, { name: `Séance ${i + 1}`, startAt, endAt: new Date(startAt.getTime() + 3 * 3_600_000), locationId: location.id });
    }
    const now = new Date();
    const users = Array.from({ length: learners }, (_, i) => ({ email: `render-${i}@example.org`, firstName: 'Prénom', lastName: `Nom ${i}`, locale: i % 2 ? 'en' : 'fr', createdAt: now }));
    for (let i = 0; i < users.length; i += 500) await dataSource.manager.insert(User, users.slice(i, i + 500));
    const ids = (await dataSource.manager.find(User, { select: { id: true }, order: { id: 'ASC' } })).map((u) => u.id).slice(-learners);
    const inscriptions = ids.map((userId) => ({ userId, sessionId: session.id, eventId: null, role: InscriptionRole.LEARNER, state: InscriptionState.CONFIRMED, createdAt: now }));
    for (let i = 0; i < inscriptions.length; i += 500) await dataSource.manager.insert(Inscription, inscriptions.slice(i, i + 500));
    const targets = ids.map((userId) => ({ sessionId: session.id, userId }));

    const render = async () => {
      const started = performance.now();
      const docs = await renderDocuments(ctx, TemplateKind.SESSION_INVITATION, targets);
      if (docs.length !== learners) throw new Error(`${docs.length} documents`);
      return performance.now() - started;
    };
    await render();
    const times: number[] = [];
    for (let n = 1; n <= runs; n++) {
      const ms = await render();
      times.push(ms);
      console.log(`run ${n}: ${ms.toFixed(1)} ms`);
    }
    const sorted = [...times].sort((a, b) => a - b);
    console.log(
      `renderDocuments SESSION_INVITATION, ${learners} learners, ${eventCount} events (load average ${os.loadavg()[0].toFixed(1)}): ` +
        `median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms (min ${sorted[0].toFixed(1)}, max ${sorted[sorted.length - 1].toFixed(1)}) over ${runs} runs`,
    );
  } finally {
    await dataSource.destroy();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
