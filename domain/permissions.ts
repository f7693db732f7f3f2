import { Inscription, InscriptionRole, InscriptionState } from '../entities';
import { isPlatformAdmin } from './actor';
import { DomainContext } from './context';
import { forbidden } from './errors';

/**
 * Who counts as staff of a session: administrators (and the system), and the session's confirmed trainers.
 * Organisation managers join them with the accounts feature.
 */
export async function canManageSession(ctx: DomainContext, sessionId: number): Promise<boolean> {
  if (isPlatformAdmin(ctx.actor)) return true;
  if (ctx.actor.kind !== 'user') return false;
  return ctx.manager.exists(Inscription, {
    where: {
      sessionId,
      userId: ctx.actor.userId,
      role: InscriptionRole.TRAINER,
      state: InscriptionState.CONFIRMED,
    },
  });
}

export async function assertCanManageSession(ctx: DomainContext, sessionId: number): Promise<void> {
  if (!(await canManageSession(ctx, sessionId))) throw forbidden('NOT_SESSION_STAFF', 'only staff of the session may do this');
}

/** Managers may delete any comment of the sessions they manage (R11). */
export const canModerate = (ctx: DomainContext): boolean => isPlatformAdmin(ctx.actor);
