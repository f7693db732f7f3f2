/**
 * Who is asking. Every domain function receives one.
 * - `system`: command-line scripts (seed, token) and, until accounts land, the API.
 * - `user`: a signed-in person.
 * - `anonymous`: a visitor of the public catalogue.
 */
export type Actor =
  | { kind: 'system' }
  | { kind: 'anonymous' }
  | { kind: 'user'; userId: number; isAdmin: boolean };

export const systemActor: Actor = { kind: 'system' };

export const userIdOf = (actor: Actor): number | null => (actor.kind === 'user' ? actor.userId : null);

/** Administrators and the system may do everything. */
export const isPlatformAdmin = (actor: Actor): boolean =>
  actor.kind === 'system' || (actor.kind === 'user' && actor.isAdmin);
