import { Event, Session } from '../entities';
import { assertSignedIn } from './actor';
import { DomainContext } from './context';
import { staffSessionCondition } from './staff-sessions';
import { findVisible } from './visible';

/**
 * #10 §3, §7: sign-in sheets and registrant exports list people, so only the session's staff get them — the
 * training's managers, the session's confirmed trainers (R9: an event's trainers come from them) and
 * administrators. For anyone else, learners of the session included, the event or session does not exist
 * (NOT_FOUND, scope in the WHERE); anonymous callers are asked to sign in first.
 */
export function getStaffEvent(ctx: DomainContext, id: number): Promise<Event> {
  assertSignedIn(ctx.actor);
  return findVisible(ctx, Event, (alias) => staffSessionCondition(ctx.actor, `${alias}.sessionId`), id, 'Event');
}

export function getStaffSession(ctx: DomainContext, id: number): Promise<Session> {
  assertSignedIn(ctx.actor);
  return findVisible(ctx, Session, (alias) => staffSessionCondition(ctx.actor, `${alias}.id`, `${alias}.trainingId`), id, 'Session');
}
