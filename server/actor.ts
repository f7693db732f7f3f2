import { getToken } from 'next-auth/jwt';
import { EntityManager } from 'typeorm';
import { Actor, anonymousActor } from '../domain/actor';
import { actorOf } from '../domain/actor-of';
import { actorForToken } from '../domain/api-tokens';
import { User } from '../entities';
import { Clock } from '../domain/clock';
import { authSecret } from '../lib/auth-secret';

/** A malformed %-sequence in someone's cookie must not fail the request: keep the raw value. */
function decodeCookieValue(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * One actor per request: the bearer token (developers, scripts) if there is one, else the session cookie
 * (the web UI, the playground), else anonymous. A bad token or cookie (tampered, expired, signed with another
 * secret, of a deactivated user or of a password since changed) is simply no actor.
 */
export async function actorFromRequest(request: Request, manager: EntityManager, clock: Clock): Promise<Actor> {
  const authorization = request.headers.get('authorization');
  const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) return (await actorForToken({ manager, clock }, bearer)) ?? anonymousActor;
  if (!request.headers.get('cookie')) return anonymousActor;
  // next-auth reads the cookie from `req.cookies`, never from the raw header.
  const cookies = Object.fromEntries(
    request.headers
      .get('cookie')!
      .split(';')
      .map((pair) => pair.trim().split('='))
      .filter(([name]) => name)
      .map(([name, ...value]) => [name, decodeCookieValue(value.join('='))]),
  );
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
