import { getToken } from 'next-auth/jwt';
import { EntityManager } from 'typeorm';
import { Actor, anonymousActor } from '../domain/actor';
import { resolveActor } from '../domain/actor-of';
import { actorForToken } from '../domain/api-tokens';
import { Clock } from '../domain/clock';
import { authSecret } from '../lib/auth-secret';
import { DomainError } from '../domain/errors';
import { ErrorReason } from '../domain/error-reasons';

/** A malformed %-sequence in someone's cookie must not fail the request: keep the raw value. */
function decodeCookieValue(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The request headers the actor is read from: a Web `Headers`, or node:http's through the same `get`. */
export interface RequestHeaders {
  get(name: string): string | null;
}

/** The request's cookies by name (none without a Cookie header). */
export function requestCookies(headers: RequestHeaders): Record<string, string> {
  return Object.fromEntries(
    (headers.get('cookie') ?? '')
      .split(';')
      .map((pair) => pair.trim().split('='))
      .filter(([name]) => name)
      .map(([name, ...value]) => [name, decodeCookieValue(value.join('='))]),
  );
}

/**
 * One actor per request, in one SQL statement (domain/actor-of.ts resolveActor): the bearer token (developers, scripts) if there is one, else the session cookie
 * (the web UI, the playground), else anonymous.
 *
 * An `Authorization` header is a claim to be someone: when it does not hold an active token (unknown, revoked,
 * of a deactivated user, malformed, another scheme) the request is refused with UNAUTHENTICATED, never served
 * as anonymous, so a script with a revoked token fails loudly instead of silently getting public data (#6 §5).
 * A bad cookie (tampered, expired, signed with another secret, of a deactivated user or of a password since
 * changed) is simply no actor: browsers keep sending stale cookies, and the catalogue stays public.
 */
export async function actorFromRequest(headers: RequestHeaders, manager: EntityManager, clock: Clock): Promise<Actor> {
  const authorization = headers.get('authorization');
  if (authorization !== null) {
    const bearer = authorization.match(/^Bearer\s+(\S+)$/i)?.[1];
    const actor = bearer ? await actorForToken({ manager, clock }, bearer) : null;
    if (!actor)
      throw new DomainError('UNAUTHENTICATED', ErrorReason.INVALID_TOKEN, 'the Authorization header holds no active API token');
    return actor;
  }
  const cookie = headers.get('cookie');
  if (!cookie) return anonymousActor;
  // next-auth reads the cookie from `req.cookies`, never from the raw header.
  const cookies = requestCookies(headers);
  const token = await getToken({
    // No Authorization header here (it was handled above), which is all getToken reads from the headers.
    req: { headers: {}, cookies } as never,
    secret: authSecret(),
    secureCookie: process.env.NEXTAUTH_URL?.startsWith('https://') ?? false,
  });
  const userId = Number(token?.sub);
  if (!token || !Number.isSafeInteger(userId)) return anonymousActor;
  const resolved = await resolveActor(manager, { userId });
  if (!resolved || resolved.sessionVersion !== token.sessionVersion) return anonymousActor;
  return resolved.actor;
}
