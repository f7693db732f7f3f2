import { SelectQueryBuilder } from 'typeorm';
import { InscriptionRole, InscriptionState } from '../entities';
import { Actor, isPlatformAdmin, managedOrganisations } from './actor';

/**
 * Who sees what (domain.md, "Who may do what"), as SQL conditions that go into every query's WHERE:
 * an object outside the actor's scope is simply not found, exactly like a missing id.
 *
 * R1 keeps this simple: a training's organisations decide for its sessions and events.
 * - administrators (and the system): everything;
 * - managers: the trainings of the organisations they manage (sub-organisations included);
 * - trainers and learners: the sessions they are registered to (any role), their trainings and events;
 * - everyone, anonymous included: the public catalogue, i.e. sessions open to public registration (R8),
 *   their trainings and their events.
 *
 * People (#6 §2) and locations and templates (#6 §3) have scopes of their own, below.
 */
export interface Condition {
  sql: string;
  parameters: Record<string, unknown>;
}

const ALL: Condition | null = null;
const NONE: Condition = { sql: '1 = 0', parameters: {} };

function managedTrainingIds(actor: Actor, column: string): string | null {
  return managedOrganisations(actor).length
    ? `${column} IN (SELECT scope_to.trainingId FROM training_organisation scope_to WHERE scope_to.organisationId IN (:...scopeManaged))`
    : null;
}

function parameters(actor: Actor) {
  return {
    scopePublic: true,
    scopeManaged: managedOrganisations(actor),
    scopeUser: actor.kind === 'user' ? actor.userId : -1,
  };
}

const anyOf = (clauses: (string | null)[]) => `(${clauses.filter(Boolean).join(' OR ')})`;

/** Sessions the actor may see, for alias `s` of the session table. */
export function sessionCondition(actor: Actor, alias: string): Condition | null {
  if (isPlatformAdmin(actor)) return ALL;
  return {
    sql: anyOf([
      `${alias}.publicRegistration = :scopePublic`,
      managedTrainingIds(actor, `${alias}.trainingId`),
      actor.kind === 'user'
        ? `${alias}.id IN (SELECT scope_i.sessionId FROM inscription scope_i WHERE scope_i.userId = :scopeUser)`
        : null,
    ]),
    parameters: parameters(actor),
  };
}

/** Trainings the actor may see: those with a visible session, and those they manage. */
export function trainingCondition(actor: Actor, alias: string): Condition | null {
  if (isPlatformAdmin(actor)) return ALL;
  const visibleSession = sessionCondition(actor, 'scope_s')!;
  return {
    sql: anyOf([
      managedTrainingIds(actor, `${alias}.id`),
      `${alias}.id IN (SELECT scope_s.trainingId FROM session scope_s WHERE ${visibleSession.sql})`,
    ]),
    parameters: visibleSession.parameters,
  };
}

/**
 * The trainings the actor manages, whose sessions they may create and change (#7, the new-session picker;
 * the same rule as permissions.ts `managesTraining`): administrators all, managers those of the organisations
 * they manage (sub-organisations included), anyone else none.
 */
export function managedTrainingCondition(actor: Actor, alias: string): Condition | null {
  if (isPlatformAdmin(actor)) return ALL;
  const sql = managedTrainingIds(actor, `${alias}.id`);
  return sql ? { sql, parameters: parameters(actor) } : NONE;
}

/** Events are seen with their session. */
export function eventCondition(actor: Actor, alias: string): Condition | null {
  if (isPlatformAdmin(actor)) return ALL;
  const visibleSession = sessionCondition(actor, 'scope_es')!;
  return {
    sql: `${alias}.sessionId IN (SELECT scope_es.id FROM session scope_es WHERE ${visibleSession.sql})`,
    parameters: visibleSession.parameters,
  };
}

/**
 * People (#6 §2): administrators see everyone; managers the members of the organisations they manage
 * (sub-organisations included) and everyone registered to a session of those organisations' trainings;
 * trainers the registrants of the sessions they teach; everyone themselves. Anonymous visitors see nobody.
 * Registrations count in any role and state, event registrations included (they carry their session).
 */
export function userCondition(actor: Actor, alias: string): Condition | null {
  if (isPlatformAdmin(actor)) return ALL;
  if (actor.kind !== 'user') return { sql: '1 = 0', parameters: {} };
  const manages = managedOrganisations(actor).length > 0;
  return {
    sql: anyOf([
      `${alias}.id = :scopeUser`,
      manages
        ? `${alias}.id IN (SELECT scope_m.userId FROM membership scope_m WHERE scope_m.organisationId IN (:...scopeManaged))`
        : null,
      manages
        ? `${alias}.id IN (SELECT scope_mi.userId FROM inscription scope_mi INNER JOIN session scope_ms ON scope_ms.id = scope_mi.sessionId WHERE ${managedTrainingIds(actor, 'scope_ms.trainingId')})`
        : null,
      // Sessions taught: a confirmed trainer registration to the session itself (R9: event trainers come from it).
      `${alias}.id IN (SELECT scope_ti.userId FROM inscription scope_ti WHERE scope_ti.sessionId IN ` +
        `(SELECT scope_t.sessionId FROM inscription scope_t WHERE scope_t.userId = :scopeUser AND scope_t.eventId IS NULL ` +
        `AND scope_t.role = :scopeTrainer AND scope_t.state = :scopeConfirmed))`,
    ]),
    parameters: { ...parameters(actor), scopeTrainer: InscriptionRole.TRAINER, scopeConfirmed: InscriptionState.CONFIRMED },
  };
}

/**
 * Locations and templates (#6 §3): shared ones (no organisation) for everyone, plus those of the organisations
 * the actor manages (sub-organisations included); administrators see all of them.
 */
export function ownedCondition(actor: Actor, alias: string): Condition | null {
  if (isPlatformAdmin(actor)) return ALL;
  return {
    sql: anyOf([
      `${alias}.organisationId IS NULL`,
      managedOrganisations(actor).length ? `${alias}.organisationId IN (:...scopeManaged)` : null,
    ]),
    parameters: parameters(actor),
  };
}

export function applyScope<T extends object>(qb: SelectQueryBuilder<T>, condition: Condition | null): SelectQueryBuilder<T> {
  return condition ? qb.andWhere(condition.sql, condition.parameters) : qb;
}

/**
 * Inscriptions are another person's private data: their owner and the session's staff (the training's
 * managers, the session's confirmed trainers) see them; for anyone else they do not exist (#6 §15).
 */
export function inscriptionCondition(actor: Actor, alias: string): Condition | null {
  if (isPlatformAdmin(actor)) return ALL;
  if (actor.kind !== 'user') return NONE;
  const managed = managedTrainingIds(actor, 'scope_ms.trainingId');
  return {
    sql: anyOf([
      `${alias}.userId = :scopeUser`,
      managed ? `${alias}.sessionId IN (SELECT scope_ms.id FROM session scope_ms WHERE ${managed})` : null,
      `${alias}.sessionId IN (SELECT scope_it.sessionId FROM inscription scope_it WHERE scope_it.userId = :scopeUser ` +
        'AND scope_it.role = :scopeTrainer AND scope_it.state = :scopeConfirmed)',
    ]),
    parameters: { ...parameters(actor), scopeTrainer: InscriptionRole.TRAINER, scopeConfirmed: InscriptionState.CONFIRMED },
  };
}

/**
 * R11: comments are visible to everyone who can see their event, and to no one else: the one rule for the
 * event's `comments` list and for loading a comment by id (#6 §14, §15).
 */
export function commentCondition(actor: Actor, alias: string): Condition | null {
  if (isPlatformAdmin(actor)) return ALL;
  const visibleEvent = eventCondition(actor, 'scope_ce')!;
  return {
    sql: `${alias}.eventId IN (SELECT scope_ce.id FROM event scope_ce WHERE ${visibleEvent.sql})`,
    parameters: visibleEvent.parameters,
  };
}
