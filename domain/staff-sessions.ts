import { InscriptionRole, InscriptionState } from '../entities';
import { Actor, isPlatformAdmin, managedOrganisations } from './actor';
import { Condition } from './scope';

/**
 * The sessions an actor works on as staff (#7, dashboard "my next sessions and events"): those of the
 * trainings they manage and those they teach as a confirmed trainer. Narrower than what they may see (scope.ts
 * also shows the public catalogue). Administrators: every session. Null means no restriction.
 * `column` holds a session id; `trainingColumn`, when given, that session's training (a query on the session
 * table itself). #11: the managed trainings are then matched on it directly, a probe of the few managed
 * training ids, rather than through every session of those trainings, which grows with the data.
 */
export function staffSessionCondition(actor: Actor, column: string, trainingColumn?: string): Condition | null {
  if (isPlatformAdmin(actor)) return null;
  if (actor.kind !== 'user') return { sql: '1 = 0', parameters: {} };
  const managed = managedOrganisations(actor);
  const clauses = [
    `${column} IN (SELECT st_i.sessionId FROM inscription st_i WHERE st_i.userId = :staffUser AND st_i.eventId IS NULL
      AND st_i.role = :staffTrainer AND st_i.state = :staffConfirmed)`,
  ];
  const managedTrainings = 'SELECT st_o.trainingId FROM training_organisation st_o WHERE st_o.organisationId IN (:...staffManaged)';
  if (managed.length)
    clauses.push(
      trainingColumn
        ? `${trainingColumn} IN (${managedTrainings})`
        : `${column} IN (SELECT st_s.id FROM session st_s WHERE st_s.trainingId IN (${managedTrainings}))`,
    );
  return {
    sql: `(${clauses.join(' OR ')})`,
    parameters: {
      staffUser: actor.userId,
      staffTrainer: InscriptionRole.TRAINER,
      staffConfirmed: InscriptionState.CONFIRMED,
      staffManaged: managed,
    },
  };
}

/** A session is under-filled when its confirmed learners hold less than this share of its seats (#7, dashboard). */
export const UNDER_FILLED_SHARE = 0.5;

/** Sessions with a capacity whose confirmed learners fill less than UNDER_FILLED_SHARE of it, for alias `s`. */
export function underFilledCondition(alias: string): Condition {
  return {
    sql: `${alias}.maxUsers IS NOT NULL AND (SELECT COUNT(*) FROM inscription uf_i WHERE uf_i.sessionId = ${alias}.id
      AND uf_i.eventId IS NULL AND uf_i.role = :ufLearner AND uf_i.state = :ufConfirmed) < ${alias}.maxUsers * :ufShare`,
    parameters: { ufLearner: InscriptionRole.LEARNER, ufConfirmed: InscriptionState.CONFIRMED, ufShare: UNDER_FILLED_SHARE },
  };
}

/** Sessions with registrations awaiting a manager's validation (R7), for alias `s`. */
export function pendingRegistrationsCondition(alias: string): Condition {
  return {
    sql: `EXISTS (SELECT 1 FROM inscription pr_i WHERE pr_i.sessionId = ${alias}.id AND pr_i.eventId IS NULL AND pr_i.state = :prPending)`,
    parameters: { prPending: InscriptionState.PENDING },
  };
}
