import { In } from 'typeorm';
import { Inscription, InscriptionRole, InscriptionState, Session, TrainingOrganisation } from '../entities';
import { assertSignedIn, isManager, isPlatformAdmin, managedOrganisations } from './actor';
import { DomainContext } from './context';
import { forbidden } from './errors';
import { ErrorReason } from './error-reasons';

/**
 * What an actor may change (domain.md, "Who may do what"). Reads are scoped in SQL (scope.ts); these checks
 * run on objects the actor can already see, so a refusal here is FORBIDDEN, never a disclosure.
 */

/** Administrators, and managers of one of the training's organisations (sub-organisations included). */
export async function managesTraining(ctx: DomainContext, trainingId: number): Promise<boolean> {
  if (isPlatformAdmin(ctx.actor)) return true;
  const managed = managedOrganisations(ctx.actor);
  if (!managed.length) return false;
  return ctx.manager.exists(TrainingOrganisation, { where: { trainingId, organisationId: In(managed) } });
}

export async function managesSession(ctx: DomainContext, sessionId: number): Promise<boolean> {
  if (isPlatformAdmin(ctx.actor)) return true;
  const session = await ctx.manager.findOne(Session, { where: { id: sessionId }, select: { id: true, trainingId: true } });
  return session !== null && managesTraining(ctx, session.trainingId);
}

export async function teachesSession(ctx: DomainContext, sessionId: number): Promise<boolean> {
  if (ctx.actor.kind !== 'user') return false;
  return ctx.manager.exists(Inscription, {
    where: { sessionId, userId: ctx.actor.userId, role: InscriptionRole.TRAINER, state: InscriptionState.CONFIRMED },
  });
}

/** Staff of a session: its managers and its confirmed trainers (they comment, see registrants…). */
export async function isSessionStaff(ctx: DomainContext, sessionId: number): Promise<boolean> {
  return (await managesSession(ctx, sessionId)) || teachesSession(ctx, sessionId);
}

function refuse(ctx: DomainContext, reason: ErrorReason, message: string): never {
  assertSignedIn(ctx.actor);
  throw forbidden(reason, message);
}

export async function assertManagesTraining(ctx: DomainContext, trainingId: number): Promise<void> {
  if (!(await managesTraining(ctx, trainingId))) refuse(ctx, ErrorReason.NOT_TRAINING_MANAGER, 'only managers of the training may do this');
}

export async function assertManagesSession(ctx: DomainContext, sessionId: number): Promise<void> {
  if (!(await managesSession(ctx, sessionId))) refuse(ctx, ErrorReason.NOT_TRAINING_MANAGER, 'only managers of the training may do this');
}

export async function assertSessionStaff(ctx: DomainContext, sessionId: number): Promise<void> {
  if (!(await isSessionStaff(ctx, sessionId))) refuse(ctx, ErrorReason.NOT_SESSION_STAFF, 'only staff of the session may do this');
}

/** Locations and templates: administrators and organisation managers. */
export function assertManager(ctx: DomainContext): void {
  if (!isManager(ctx.actor)) refuse(ctx, ErrorReason.NOT_MANAGER, 'only managers may do this');
}

export function assertAdmin(ctx: DomainContext): void {
  if (!isPlatformAdmin(ctx.actor)) refuse(ctx, ErrorReason.NOT_ADMIN, 'only administrators may do this');
}

/**
 * The actor must manage every organisation named: those a training is given or taken from (R1, #6 §3), the
 * owner of a location or template (#6 §3). Administrators manage all.
 */
export function assertManagesOrganisations(ctx: DomainContext, organisationIds: number[]): void {
  if (isPlatformAdmin(ctx.actor)) return;
  const managed = new Set(managedOrganisations(ctx.actor));
  if (!organisationIds.every((id) => managed.has(id)))
    refuse(ctx, ErrorReason.NOT_ORGANISATION_MANAGER, 'only managers of the organisation may do this');
}

/** Staff use the management area (#7): administrators, organisation managers and confirmed trainers. */
export async function isStaff(ctx: DomainContext): Promise<boolean> {
  if (isManager(ctx.actor)) return true;
  if (ctx.actor.kind !== 'user') return false;
  return ctx.manager.exists(Inscription, {
    where: { userId: ctx.actor.userId, role: InscriptionRole.TRAINER, state: InscriptionState.CONFIRMED },
  });
}

export interface SessionRelation {
  /** Manages the training, or is a confirmed trainer of the session: sees every registrant. */
  staff: boolean;
  /** Manages the training. */
  manages: boolean;
  /** Is a confirmed trainer of the session. */
  teaches: boolean;
}

/** The actor's relation to many sessions at once, in two queries (for the per-request loaders). */
export async function sessionRelations(ctx: DomainContext, sessionIds: readonly number[]): Promise<SessionRelation[]> {
  if (isPlatformAdmin(ctx.actor)) return sessionIds.map(() => ({ staff: true, manages: true, teaches: false }));
  if (ctx.actor.kind !== 'user') return sessionIds.map(() => ({ staff: false, manages: false, teaches: false }));
  const managed = managedOrganisations(ctx.actor);
  const managedSessions = managed.length
    ? await ctx.manager
        .createQueryBuilder(Session, 's')
        .select('s.id', 'id')
        .innerJoin(TrainingOrganisation, 'o', 'o.trainingId = s.trainingId')
        .where('s.id IN (:...sessionIds) AND o.organisationId IN (:...managed)', { sessionIds: [...sessionIds], managed })
        .getRawMany<{ id: number }>()
    : [];
  const own = await ctx.manager.find(Inscription, {
    where: { userId: ctx.actor.userId, sessionId: In([...sessionIds]) },
    select: { sessionId: true, eventId: true, role: true, state: true },
  });
  const managedSet = new Set(managedSessions.map((row) => Number(row.id)));
  return sessionIds.map((id) => {
    const mine = own.filter((i) => i.sessionId === id);
    const teaches = mine.some(
      (i) => i.eventId === null && i.role === InscriptionRole.TRAINER && i.state === InscriptionState.CONFIRMED,
    );
    const manages = managedSet.has(id);
    return { staff: manages || teaches, manages, teaches };
  });
}
