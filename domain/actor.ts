import { DomainError } from './errors';
import { ErrorReason } from './error-reasons';

/**
 * Who is asking. Every domain function receives one; the GraphQL context resolves it once per request from
 * the session cookie or the bearer token (graphql/auth.ts).
 * - `system`: command-line scripts (seed, token); never reachable from HTTP.
 * - `user`: a signed-in person. `managedOrganisationIds` lists the organisations they manage, their
 *   sub-organisations included (resolved at sign-in of the request, so a change applies at once).
 * - `anonymous`: a visitor of the public catalogue.
 */
export type Actor =
  | { kind: 'system' }
  | { kind: 'anonymous' }
  | { kind: 'user'; userId: number; isAdmin: boolean; managedOrganisationIds?: number[] };

export const systemActor: Actor = { kind: 'system' };
export const anonymousActor: Actor = { kind: 'anonymous' };

export const userIdOf = (actor: Actor): number | null => (actor.kind === 'user' ? actor.userId : null);

/** Administrators and the system may do everything. */
export const isPlatformAdmin = (actor: Actor): boolean =>
  actor.kind === 'system' || (actor.kind === 'user' && actor.isAdmin);

export const managedOrganisations = (actor: Actor): number[] =>
  actor.kind === 'user' ? (actor.managedOrganisationIds ?? []) : [];

/** Managers of at least one organisation (and administrators) manage locations and templates. */
export const isManager = (actor: Actor): boolean => isPlatformAdmin(actor) || managedOrganisations(actor).length > 0;

export function assertSignedIn(actor: Actor): asserts actor is Exclude<Actor, { kind: 'anonymous' }> {
  if (actor.kind === 'anonymous') throw new DomainError('UNAUTHENTICATED', ErrorReason.SIGN_IN_REQUIRED, 'sign in first');
}
