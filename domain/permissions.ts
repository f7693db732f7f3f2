import { Inscription, InscriptionRole, InscriptionState } from '../entities';
import { isPlatformAdmin } from './actor';
import { DomainContext } from './context';

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

/** Managers may delete any comment of the sessions they manage (R11). */
export const canModerate = (ctx: DomainContext): boolean => isPlatformAdmin(ctx.actor);
