// The shape of the `npm run seed:large` data set (issue #11) at a given scale: how many rows of each kind and
// where each kind's ids start. Pure, so the seed, the bench and the invariant test read the same layout.
//
// At --scale 1: 5,000 trainings × 5 sessions × 10 weekly events, 100,000 users, 40 session inscriptions per
// session (2 trainers + 38 learners: 1,000,000) and, on every event, the session's confirmed trainers and
// learners (about 38 per event: 9,450,000, the "10,000,000").

export const MIN_SCALE = 0.001;
export const MAX_SCALE = 1;

/** Organisations: a fixed tree of 1 root, 5 faculties, 30 departments (6 per faculty), whatever the scale. */
export const FACULTIES = 5;
export const DEPARTMENTS_PER_FACULTY = 6;
export const DEPARTMENTS = FACULTIES * DEPARTMENTS_PER_FACULTY;
export const ORGANISATIONS = 1 + FACULTIES + DEPARTMENTS;
export const facultyId = (f: number) => 2 + f;
export const departmentId = (d: number) => 2 + FACULTIES + d;

export const SESSIONS_PER_TRAINING = 5;
export const EVENTS_PER_SESSION = 10;
export const TRAINERS_PER_SESSION = 2;
export const LEARNERS_PER_SESSION = 38;
/** With registration validation, the last learners of a session are still PENDING (R7). */
export const PENDING_PER_VALIDATED_SESSION = 4;
/** Capacities a training may give its sessions (null = unlimited): 38 learners overflow 30 (waiting list). */
export const SESSION_CAPACITIES = { unlimited: null, roomy: 40, tight: 30 } as const;
export const EVENT_CAPACITY = 25;

/** Demo-style accounts with a known password (scripts/demo-data.ts DEMO_PASSWORD), for the bench. */
export const LARGE_ACCOUNTS = {
  admin: { id: 1, email: 'admin@large.cursus.test', firstName: 'Adèle', lastName: 'Admin' },
  manager: { id: 2, email: 'manager@large.cursus.test', firstName: 'Marc', lastName: 'Manager' },
  learner: { id: 3, email: 'learner@large.cursus.test', firstName: 'Léa', lastName: 'Learner' },
} as const;
/** The demo manager manages this faculty (and so its 6 departments' trainings). */
export const MANAGED_FACULTY = facultyId(0);

/**
 * Locations in several time zones, with the zone's standard UTC offset in hours: events start at 09:00 or
 * 14:00 local standard time (a summer event is an hour off its wall clock; the seed does not need tz tables).
 */
export const LOCATIONS: readonly { name: string; timeZone: string; offset: number }[] = [
  { name: 'Campus de la Doua — amphi A', timeZone: 'Europe/Paris', offset: 1 },
  { name: 'Campus de la Doua — salle 12', timeZone: 'Europe/Paris', offset: 1 },
  { name: 'Quai Claude-Bernard — salle 3', timeZone: 'Europe/Paris', offset: 1 },
  { name: 'Lyon Sud — salle de TP', timeZone: 'Europe/Paris', offset: 1 },
  { name: 'Paris — Maison des formations', timeZone: 'Europe/Paris', offset: 1 },
  { name: 'Saint-Pierre — campus du Tampon', timeZone: 'Indian/Reunion', offset: 4 },
  { name: 'Saint-Denis — Moufia', timeZone: 'Indian/Reunion', offset: 4 },
  { name: 'Montréal — pavillon Roger-Gaudry', timeZone: 'America/Montreal', offset: -5 },
  { name: 'Québec — pavillon Desjardins', timeZone: 'America/Montreal', offset: -5 },
  { name: 'Nouméa — campus de Nouville', timeZone: 'Pacific/Noumea', offset: 11 },
  { name: 'Fort-de-France — Schœlcher', timeZone: 'America/Martinique', offset: -4 },
  { name: 'Londres — Institut français', timeZone: 'Europe/London', offset: 0 },
];

export interface LargePlan {
  scale: number;
  trainings: number;
  sessions: number;
  events: number;
  users: number;
  /** Trainer accounts: ids firstTrainerId … firstTrainerId + trainers - 1. */
  trainers: number;
  firstTrainerId: number;
  /** Learner accounts (the rest, demo accounts excepted): ids firstLearnerId … users. */
  firstLearnerId: number;
  learnerPool: number;
  sessionInscriptions: number;
  /** The demo learner takes the last learner place of every n-th session (about 300 sessions in all). */
  demoLearnerEvery: number;
}

export function planFor(scale: number): LargePlan {
  if (!Number.isFinite(scale) || scale < MIN_SCALE || scale > MAX_SCALE)
    throw new Error(`--scale must be between ${MIN_SCALE} and ${MAX_SCALE}`);
  const trainings = Math.max(1, Math.round(5000 * scale));
  const sessions = trainings * SESSIONS_PER_TRAINING;
  const users = Math.max(100, Math.round(100_000 * scale));
  const trainers = Math.max(4, Math.round(users * 0.02));
  const firstTrainerId = Object.keys(LARGE_ACCOUNTS).length + 1;
  const firstLearnerId = firstTrainerId + trainers;
  return {
    scale,
    trainings,
    sessions,
    events: sessions * EVENTS_PER_SESSION,
    users,
    trainers,
    firstTrainerId,
    firstLearnerId,
    learnerPool: users - firstLearnerId + 1,
    sessionInscriptions: sessions * (TRAINERS_PER_SESSION + LEARNERS_PER_SESSION),
    demoLearnerEvery: Math.max(1, Math.round(sessions / 300)),
  };
}

export const SEED_LARGE_USAGE = 'usage: npm run seed:large [-- --scale <0.001..1>]   (DATABASE_URL=mysql://… of an empty database)';

export function parseSeedLargeArgs(args: string[]): { scale: number } | string {
  let scale = 1;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--scale') {
      scale = Number(args[++i]);
      if (!Number.isFinite(scale) || scale < MIN_SCALE || scale > MAX_SCALE)
        return `--scale must be a number between ${MIN_SCALE} and ${MAX_SCALE}`;
    } else return `unknown argument ${args[i]}`;
  }
  return { scale };
}
