import { getToken } from 'next-auth/jwt';
import { EntityManager } from 'typeorm';
import { Actor, anonymousActor } from '../domain/actor';
import { actorOf } from '../domain/actor-of';
import { actorForToken } from '../domain/api-tokens';
import { User } from '../entities';
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

/** The request's cookies by name (none without a Cookie header). */
export function requestCookies(request: Request): Record<string, string> {
  return Object.fromEntries(
    (request.headers.get('cookie') ?? '')
      .split(';')
      .map((pair) => pair.trim().split('='))
      .filter(([name]) => name)
      .map(([name, ...value]) => [name, decodeCookieValue(value.join('='))]),
  );
}

/**
 * One actor per request: the bearer token (developers, scripts) if there is one, else the session cookie
 * (the web UI, the playground), else anonymous.
 *
 * An `Authorization` header is a claim to be someone: when it does not hold an active token (unknown, revoked,
 * of a deactivated user, malformed, another scheme) the request is refused with UNAUTHENTICATED, never served
 * as anonymous, so a script with a revoked token fails loudly instead of silently getting public data (#6 §5).
 * A bad cookie (tampered, expired, signed with another secret, of a deactivated user or of a password since
 * changed) is simply no actor: browsers keep sending stale cookies, and the catalogue stays public.
 */
export async function actorFromRequest(request: Request, manager: EntityManager, clock: Clock): Promise<Actor> {
  const authorization = request.headers.get('authorization');
  if (authorization !== null) {
    const bearer = authorization.match(/^Bearer\s+(\S+)$/i)?.[1];
    const actor = bearer ? await actorForToken({ manager, clock }, bearer) : null;
    if (!actor)
      throw new DomainError('UNAUTHENTICATED', ErrorReason.INVALID_TOKEN, 'the Authorization header holds no active API token');
    return actor;
  }
  if (!request.headers.get('cookie')) return anonymousActor;
  // next-auth reads the cookie from `req.cookies`, never from the raw header.
  const cookies = requestCookies(request);
  const token = await getToken({
    req: { headers: Object.fromEntries(request.headers), cookies } as never,
    secret: authSecret(),
    secureCookie: process.env.NEXTAUTH_URL?.startsWith('https://') ?? false,
  });
  const userId = Number(token?.sub);
  if (!token || !Number.isSafeInteger(userId)) return anonymousActor;
  const user = await manager.findOneBy(User, { id: userId });
  if (!user || user.sessionVersion !== token.sessionVersion) return anonymousActor;
  return actorOf(manager, user);
}
