import { DateTime } from 'luxon';
import { In, MoreThan } from 'typeorm';
import { CalendarCancellation, Event, Inscription, InscriptionState, Location, Session, Training } from '../entities';
import type { CalendarEntry } from '../lib/ical';
import { DomainContext } from './context';
import { getEvent, myEventsCondition } from './events';
import { getSession } from './sessions';
import { applyScope } from './scope';
import { rawInstant } from './raw-instant';

/**
 * Calendars that stay in sync (#9 §6). A calendar client matches entries by UID and keeps the one with the
 * highest SEQUENCE, so:
 * - an event's UID is derived from its id and the site, the same in every download (never random);
 * - its SEQUENCE is the event's `sequence`, raised by every change (events.ts updateEvent);
 * - an event that leaves a user's calendar (deleted, or the user's registration removed) is published to that
 *   user's feed as CANCELLED, with a higher SEQUENCE, for CANCELLATION_DAYS (calendar_cancellation rows);
 * - an event the user joins again after leaving comes back with a SEQUENCE above its cancellation's.
 */
export const CANCELLATION_DAYS = 90;

/** How far back the feed goes: events that ended longer ago than this are left out. */
export const FEED_PAST_DAYS = 180;

/** Most events in one calendar (a feed or a session): a bound on the work of one download. */
export const MAX_CALENDAR_EVENTS = 2000;

/** The site a UID is unique in: the host of the declared address, else the product's name. */
function siteHost(origin: string | null): string {
  return origin ? new URL(origin).host : 'cursus';
}

export const eventUid = (eventId: number, origin: string | null) => `event-${eventId}@${siteHost(origin)}`;

/** The page an entry links to: the event, as a part of its session's page. */
const eventUrl = (event: Pick<Event, 'id' | 'sessionId'>, origin: string | null) =>
  `${origin ?? ''}/catalogue/sessions/${event.sessionId}#event-${event.id}`;

/**
 * Builds the entries of events: their location, session and training in three queries whatever their number.
 * Also what an invitation attaches (#10 §5), so its UID is the feeds' UID.
 */
export async function entriesOf(ctx: DomainContext, events: Event[], origin: string | null, sequenceFloor = new Map<number, number>()) {
  if (!events.length) return [];
  const locationIds = [...new Set(events.map((e) => e.locationId).filter((id): id is number => id !== null))];
  const sessionIds = [...new Set(events.map((e) => e.sessionId))];
  // Unscoped: the locations, sessions and trainings of events already loaded in scope.
  const [locations, sessions] = await Promise.all([
    locationIds.length ? ctx.manager.findBy(Location, { id: In(locationIds) }) : [],
    ctx.manager.find(Session, { where: { id: In(sessionIds) }, select: { id: true, title: true, trainingId: true } }),
  ]);
  const trainings = await ctx.manager.find(Training, {
    where: { id: In([...new Set(sessions.map((s) => s.trainingId))]) },
    select: { id: true, title: true },
  });
  const locationById = new Map(locations.map((l) => [l.id, l]));
  const sessionById = new Map(sessions.map((s) => [s.id, s]));
  const trainingById = new Map(trainings.map((t) => [t.id, t]));
  return events.map((event): CalendarEntry => {
    const location = event.locationId === null ? null : (locationById.get(event.locationId) ?? null);
    const session = sessionById.get(event.sessionId);
    const training = session ? trainingById.get(session.trainingId) : undefined;
    const where = location ? [location.name, location.address].filter(Boolean).join(', ') : '';
    const description = [
      training && session ? `${training.title} — ${session.title}` : '',
      event.description,
      where,
      event.locationExtra,
      eventUrl(event, origin),
    ]
      .map((part) => part.trim())
      .filter(Boolean)
      .join('\n\n');
    return {
      uid: eventUid(event.id, origin),
      sequence: Math.max(event.sequence, sequenceFloor.get(event.id) ?? 0),
      cancelled: false,
      start: event.startAt,
      end: event.endAt,
      summary: event.name,
      description,
      location: where || null,
      url: eventUrl(event, origin),
    };
  });
}

const cancelledEntry = (row: CalendarCancellation, origin: string | null): CalendarEntry => ({
  uid: eventUid(row.eventId, origin),
  sequence: row.sequence,
  cancelled: true,
  start: row.startAt,
  end: row.endAt,
  summary: row.name,
  description: '',
  location: null,
  url: null,
});

/** One event's calendar, for whoever may see the event (scope.ts), else NOT_FOUND. */
export async function eventCalendar(ctx: DomainContext, eventId: number, origin: string | null) {
  const event = await getEvent(ctx, eventId);
  return { name: event.name, entries: await entriesOf(ctx, [event], origin) };
}

/** A session's calendar: all its events, for whoever may see the session, else NOT_FOUND. */
export async function sessionCalendar(ctx: DomainContext, sessionId: number, origin: string | null) {
  const session = await getSession(ctx, sessionId);
  const events = await ctx.manager.find(Event, {
    where: { sessionId },
    order: { startAt: 'ASC', id: 'ASC' },
    take: MAX_CALENDAR_EVENTS,
  });
  return { name: session.title, entries: await entriesOf(ctx, events, origin) };
}

/**
 * A user's own calendar (the private feed): the events they are confirmed in, as learner or trainer, that ended
 * less than FEED_PAST_DAYS ago, and those that left it in the last CANCELLATION_DAYS, as CANCELLED. `ctx.actor`
 * is that user.
 */
export async function userCalendarEntries(ctx: DomainContext, origin: string | null): Promise<CalendarEntry[]> {
  if (ctx.actor.kind !== 'user') return [];
  const now = DateTime.fromJSDate(ctx.clock.now());
  const events = await applyScope(ctx.manager.createQueryBuilder(Event, 'e'), myEventsCondition(ctx.actor, 'e'))
    .andWhere('e.endAt > :since', { since: now.minus({ days: FEED_PAST_DAYS }).toJSDate() })
    .orderBy('e.startAt', 'ASC')
    .addOrderBy('e.id', 'ASC')
    .take(MAX_CALENDAR_EVENTS)
    .getMany();
  const cancellations = await ctx.manager.find(CalendarCancellation, {
    where: { userId: ctx.actor.userId, createdAt: MoreThan(now.minus({ days: CANCELLATION_DAYS }).toJSDate()) },
    order: { createdAt: 'ASC', id: 'ASC' },
    take: MAX_CALENDAR_EVENTS,
  });
  const current = new Set(events.map((e) => e.id));
  // The latest cancellation of each event; one the user is back in only raises the event's SEQUENCE.
  const latest = new Map<number, CalendarCancellation>();
  for (const row of cancellations) latest.set(row.eventId, row);
  const floor = new Map([...latest.values()].filter((row) => current.has(row.eventId)).map((row) => [row.eventId, row.sequence + 1]));
  const entries = await entriesOf(ctx, events, origin, floor);
  return [...entries, ...[...latest.values()].filter((row) => !current.has(row.eventId)).map((row) => cancelledEntry(row, origin))];
}

/**
 * Records that events leave the calendars of the users confirmed in them, before the rows go: the event
 * registrations chosen by `where` (SQL on alias `i`, joined to its event `e`). Called by every deletion of an
 * event registration or of an event (with its session or training). Also drops the records past their time.
 */
export async function recordCalendarCancellations(ctx: DomainContext, where: { sql: string; parameters: Record<string, unknown> }) {
  const now = ctx.clock.now();
  await ctx.manager
    .createQueryBuilder()
    .delete()
    .from(CalendarCancellation)
    .where('createdAt < :expired', { expired: DateTime.fromJSDate(now).minus({ days: CANCELLATION_DAYS }).toJSDate() })
    .execute();
  const rows = await ctx.manager
    .createQueryBuilder(Inscription, 'i')
    .innerJoin(Event, 'e', 'e.id = i.eventId')
    .select(['i.userId AS userId', 'e.id AS eventId', 'e.name AS name', 'e.startAt AS startAt', 'e.endAt AS endAt', 'e.sequence AS sequence'])
    .where('i.state = :ccConfirmed', { ccConfirmed: InscriptionState.CONFIRMED })
    .andWhere(where.sql, where.parameters)
    .getRawMany<{ userId: number; eventId: number; name: string; startAt: Date | string; endAt: Date | string; sequence: number }>();
  if (!rows.length) return;
  await ctx.manager.insert(
    CalendarCancellation,
    rows.map((row) => ({
      userId: Number(row.userId),
      eventId: Number(row.eventId),
      name: row.name,
      startAt: rawInstant(row.startAt),
      endAt: rawInstant(row.endAt),
      sequence: Number(row.sequence) + 1,
      createdAt: now,
    })),
  );
}

export const inscriptionsLeaving = (ids: number[]) => ({ sql: 'i.id IN (:...ccInscriptions)', parameters: { ccInscriptions: ids } });
export const eventGoing = (eventId: number) => ({ sql: 'e.id = :ccEvent', parameters: { ccEvent: eventId } });
export const sessionGoing = (sessionId: number) => ({ sql: 'e.sessionId = :ccSession', parameters: { ccSession: sessionId } });
export const trainingGoing = (trainingId: number) => ({
  sql: 'e.sessionId IN (SELECT cc_s.id FROM session cc_s WHERE cc_s.trainingId = :ccTraining)',
  parameters: { ccTraining: trainingId },
});
