import { GraphQLError } from 'graphql';
import { eventCalendar, sessionCalendar } from '../domain/calendar';
import { feedCalendar } from '../domain/calendar-feeds';
import type { DomainContext } from '../domain/context';
import { DomainError } from '../domain/errors';
import { databaseUnavailableResponse, isDatabaseUnavailable } from '../graphql/database-unavailable';
import { type CalendarEntry, renderCalendar } from '../lib/ical';
import { siteOrigin } from '../lib/site-url';
import type { CursusRuntime } from './runtime';

type Build = (ctx: DomainContext, origin: string) => Promise<{ name: string; entries: CalendarEntry[] }>;

// The same words whatever the cause (a missing, out-of-scope, forged or revoked address): nothing to learn.
export const notFound = () => new Response('Not found\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });

/** `12.ics` → 12; anything else names nothing. */
export function idOfFile(file: string): number | null {
  const match = /^(\d{1,15})\.ics$/.exec(file);
  return match ? Number(match[1]) : null;
}

/**
 * An .ics answer (#9 §6), scoped like the API: the request's actor (cookie or bearer token, server/actor.ts)
 * reads through the same domain functions, and whatever they do not find is a plain 404.
 */
async function calendarResponse(runtime: CursusRuntime, request: Request, build: Build, disposition: string): Promise<Response> {
  try {
    const ctx = await runtime.contextFor(request.headers);
    const calendar = await build(ctx.domain, siteOrigin() ?? new URL(request.url).origin);
    return new Response(renderCalendar(calendar.name, calendar.entries, runtime.clock.now()), {
      headers: {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': disposition,
        // Personal data (a feed, or a session seen by its members): never kept by a shared cache.
        'cache-control': 'private, no-store',
      },
    });
  } catch (error) {
    return downloadErrorResponse(error);
  }
}

/**
 * How every authenticated download (calendars, #10 documents) answers what went wrong: not found or out of
 * scope → 404, no or refused credentials → 401, database down → 503; anything else is a bug and is thrown.
 */
export function downloadErrorResponse(error: unknown): Response {
  if (error instanceof DomainError && error.kind === 'NOT_FOUND') return notFound();
  if (error instanceof DomainError && error.kind === 'UNAUTHENTICATED') return new Response('Unauthorized\n', { status: 401 });
  if (error instanceof GraphQLError && error.extensions.code === 'UNAUTHENTICATED') return new Response('Unauthorized\n', { status: 401 });
  if (isDatabaseUnavailable(error)) return databaseUnavailableResponse();
  throw error;
}

export type CalendarKind = 'event' | 'session' | 'feed';

/**
 * `kind` names what `file` is: `<id>.ics` of an event or a session, or `<secret>.ics` of a private feed (the
 * secret is the credential whoever asks: calendar applications send no cookie). Called through the runtime, so
 * the entities are those of the bundle that built it (stack-notes: Next bundles server code twice).
 */
export function calendarFile(runtime: CursusRuntime, request: Request, kind: CalendarKind, file: string): Promise<Response> {
  if (kind === 'feed') {
    const secret = /^(.+)\.ics$/.exec(file)?.[1];
    if (!secret) return Promise.resolve(notFound());
    return calendarResponse(runtime, request, (ctx, origin) => feedCalendar(ctx, secret, origin), 'inline; filename="cursus.ics"');
  }
  const id = idOfFile(file);
  if (id === null) return Promise.resolve(notFound());
  return kind === 'event'
    ? calendarResponse(runtime, request, (ctx, origin) => eventCalendar(ctx, id, origin), `attachment; filename="seance-${id}.ics"`)
    : calendarResponse(runtime, request, (ctx, origin) => sessionCalendar(ctx, id, origin), `attachment; filename="session-${id}.ics"`);
}
