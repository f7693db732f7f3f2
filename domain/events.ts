import { Event, Inscription, InscriptionMode, InscriptionRole, InscriptionState, Location } from '../entities';
import { Actor } from './actor';
import { assignDefined } from './assign';
import { DomainContext } from './context';
import { confirmedSessionMembers, setEventTrainers } from './inscriptions';
import { getLocation } from './locations';
import { KeysetOrder, Page, PageArgs, paginate } from './pagination';
import { assertManagesSession } from './permissions';
import { applyScope, Condition, eventCondition } from './scope';
import { staffSessionCondition } from './staff-sessions';
import { findVisible } from './visible';
import { Occurrence, repeatOccurrences, RepeatRule } from './recurrence';
import { containsPattern, LIKE_ESCAPE } from './search';
import { afterCapacityChange, eventTarget, lockTarget, registerSessionLearners, registerSessionLearnersOnNewEvents } from './seats';
import { getSession } from './sessions';
import { endedCondition, hasEnded } from './status';
import { assertOrdered, defaultTimeZone } from './time-zone';
import { inTransaction } from './transaction';
import { assertInDateRange } from './date-range';
import { eventGoing, recordCalendarCancellations } from './calendar';

export interface EventInput {
  name?: string;
  description?: string;
  startAt?: Date;
  endAt?: Date;
  locationId?: number | null;
  locationExtra?: string;
  trainerIds?: number[];
  inscriptionMode?: InscriptionMode;
  maxUsers?: number | null;
}

export interface EventFilter {
  sessionId?: number | null;
  search?: string | null;
  /** R4: true = ended events, false = open ones (upcoming or ongoing), unset = all. */
  ended?: boolean | null;
  /** Only the events of sessions the actor manages or teaches (#7, dashboard). */
  asStaff?: boolean | null;
  /** Only the events the actor is confirmed in, as learner or trainer (#9, /me agenda). */
  mine?: boolean | null;
  /** Events starting at or after this instant (#8 screen 5). */
  startsAfter?: Date | null;
  /** Events starting before this instant (#8 screen 5; a calendar window's end). */
  startsBefore?: Date | null;
  /** Only events ending after this instant (a calendar window's start). */
  endsAfter?: Date | null;
  /** Events at this location. */
  locationId?: number | null;
  /** Events this person teaches (R9: a trainer registration to the event). */
  trainerId?: number | null;
}

export const getEvent = (ctx: DomainContext, id: number, field?: string) =>
  findVisible(ctx, Event, (alias) => eventCondition(ctx.actor, alias), id, 'Event', field);

/**
 * The zone an event's local times are in: its location's, else the platform default (domain.md, "Time
 * zones"). `locationOf` loads the location: the request's loader in the API, the transaction's manager here.
 */
export async function eventTimeZone(
  event: Pick<Event, 'locationId'>,
  locationOf: (id: number) => Promise<Pick<Location, 'timeZone'> | null>,
): Promise<string> {
  const location = event.locationId === null ? null : await locationOf(event.locationId);
  return location?.timeZone ?? defaultTimeZone();
}

/** Events the actor is confirmed in, as learner or trainer, for alias `alias` (their agenda and calendar feed). */
export function myEventsCondition(actor: Actor, alias: string): Condition {
  return {
    sql: `${alias}.id IN (SELECT me_i.eventId FROM inscription me_i WHERE me_i.userId = :meUser AND me_i.state = :meConfirmed)`,
    parameters: { meUser: actor.kind === 'user' ? actor.userId : -1, meConfirmed: InscriptionState.CONFIRMED },
  };
}

/** How a session's events tables may be ordered (#7 screen 5), each way on an index of (sessionId, column, id). */
export enum EventOrder {
  START_ASC = 'START_ASC',
  START_DESC = 'START_DESC',
  END_ASC = 'END_ASC',
  END_DESC = 'END_DESC',
  NAME_ASC = 'NAME_ASC',
  NAME_DESC = 'NAME_DESC',
}

const EVENT_ORDERS: Record<EventOrder, KeysetOrder> = {
  START_ASC: { column: 'startAt', direction: 'ASC' },
  START_DESC: { column: 'startAt', direction: 'DESC' },
  END_ASC: { column: 'endAt', direction: 'ASC' },
  END_DESC: { column: 'endAt', direction: 'DESC' },
  NAME_ASC: { column: 'name', direction: 'ASC' },
  NAME_DESC: { column: 'name', direction: 'DESC' },
};

/**
 * R4 in SQL (endedCondition). Unless ordered otherwise, open events come soonest first and ended ones most
 * recently ended first. The cursor is bound to the order actually used (pagination.ts), so a cursor of another
 * order is refused.
 */
export function listEvents(
  ctx: DomainContext,
  filter: EventFilter,
  args: PageArgs,
  orderBy?: EventOrder | null,
): Promise<Page<Event>> {
  const qb = applyScope(ctx.manager.createQueryBuilder(Event, 'e'), eventCondition(ctx.actor, 'e'));
  if (filter.sessionId != null) qb.andWhere('e.sessionId = :sessionId', { sessionId: filter.sessionId });
  if (filter.search?.trim()) qb.andWhere(`e.name LIKE :pattern ${LIKE_ESCAPE}`, { pattern: containsPattern(filter.search) });
  if (filter.ended != null) {
    const ended = endedCondition('e.endAt', filter.ended, ctx.clock.now());
    qb.andWhere(ended.sql, ended.parameters);
  }
  if (filter.asStaff) applyScope(qb, staffSessionCondition(ctx.actor, 'e.sessionId'));
  if (filter.mine) applyScope(qb, myEventsCondition(ctx.actor, 'e'));
  assertInDateRange(filter.startsAfter, 'startsAfter');
  assertInDateRange(filter.startsBefore, 'startsBefore');
  assertInDateRange(filter.endsAfter, 'endsAfter');
  if (filter.startsAfter) qb.andWhere('e.startAt >= :startsAfter', { startsAfter: filter.startsAfter });
  if (filter.startsBefore) qb.andWhere('e.startAt < :startsBefore', { startsBefore: filter.startsBefore });
  if (filter.endsAfter) qb.andWhere('e.endAt > :endsAfter', { endsAfter: filter.endsAfter });
  if (filter.locationId != null) qb.andWhere('e.locationId = :locationId', { locationId: filter.locationId });
  if (filter.trainerId != null)
    qb.andWhere('e.id IN (SELECT ft_i.eventId FROM inscription ft_i WHERE ft_i.userId = :trainerId AND ft_i.role = :trainerRole)', {
      trainerId: filter.trainerId,
      trainerRole: InscriptionRole.TRAINER,
    });
  const order = EVENT_ORDERS[orderBy ?? (filter.ended === true ? EventOrder.END_DESC : EventOrder.START_ASC)];
  return paginate(qb, order, args, filter);
}

function assertEventDates(input: EventInput) {
  assertInDateRange(input.startAt, 'startAt');
  assertInDateRange(input.endAt, 'endAt');
}

/**
 * #6 §3: events go to locations the actor may use (shared ones, their organisations'). Keeping the event's
 * current location is always allowed: a training shared by two organisations may meet at either one's.
 */
async function assertLocation(ctx: DomainContext, locationId: number | null | undefined, current: number | null = null) {
  if (locationId != null && locationId !== current) await getLocation(ctx, locationId, 'locationId');
}

/** R3: takes the session's mode and capacity unless given; automatic events get the session's learners. */
export function createEvent(ctx: DomainContext, sessionId: number, input: EventInput & { name: string; startAt: Date; endAt: Date }) {
  return inTransaction(ctx, async (tx) => {
    const session = await getSession(tx, sessionId, 'sessionId');
    await assertManagesSession(tx, session.id);
    const { trainerIds, ...fields } = input;
    assertEventDates(fields);
    assertOrdered(fields.startAt, fields.endAt, 'endAt');
    await assertLocation(tx, fields.locationId);
    const event = await tx.manager.save(
      tx.manager.create(
        Event,
        assignDefined(
          {
            description: '',
            locationId: null as number | null,
            locationExtra: '',
            inscriptionMode: session.eventInscriptionMode,
            maxUsers: session.maxUsers,
            sessionId,
            createdAt: tx.clock.now(),
          },
          fields,
        ),
      ),
    );
    if (trainerIds) await setEventTrainers(tx, event, trainerIds);
    await registerSessionLearners(tx, event);
    return event;
  });
}

export function updateEvent(ctx: DomainContext, id: number, input: EventInput) {
  return inTransaction(ctx, async (tx) => {
    const found = await getEvent(tx, id);
    await assertManagesSession(tx, found.sessionId);
    // Before any write: writing the event row first, then waiting for the session row, deadlocks with a
    // registration to the session that joins this event (R3).
    await lockTarget(tx, eventTarget(found));
    // #6 §8: edit the row as it is once locked, not as first read: a concurrent update (of the capacity, say)
    // committed meanwhile would otherwise be written back over.
    const event = await getEvent(tx, id);
    const { trainerIds, ...fields } = input;
    const previous = { mode: event.inscriptionMode, maxUsers: event.maxUsers, locationId: event.locationId };
    assertEventDates(fields);
    assignDefined(event, fields);
    // #9: every change is a new revision, so subscribed calendars replace their copy (iCalendar SEQUENCE).
    event.sequence += 1;
    assertOrdered(event.startAt, event.endAt, input.endAt ? 'endAt' : 'startAt');
    await assertLocation(tx, fields.locationId, previous.locationId);
    await tx.manager.save(event);
    if (trainerIds) await setEventTrainers(tx, event, trainerIds);
    const open = !hasEnded(event.endAt, tx.clock.now());
    // R3: switching an open event to automatic registers the session's learners.
    if (open && previous.mode !== InscriptionMode.AUTOMATIC) await registerSessionLearners(tx, event);
    if (event.maxUsers !== previous.maxUsers) await afterCapacityChange(tx, eventTarget(event));
    return event;
  });
}

export function deleteEvent(ctx: DomainContext, id: number) {
  return inTransaction(ctx, async (tx) => {
    const event = await getEvent(tx, id);
    await assertManagesSession(tx, event.sessionId);
    // A registration to the session may be about to join this event (R3): let it finish, or wait for us.
    await lockTarget(tx, eventTarget(event));
    await recordCalendarCancellations(tx, eventGoing(id));
    await tx.manager.delete(Event, { id });
    return event;
  });
}

/** What a repeat would create, checked as the mutation checks it (the same actor, event and rule). */
async function plannedRepeat(ctx: DomainContext, id: number, rule: RepeatRule) {
  const event = await getEvent(ctx, id);
  await assertManagesSession(ctx, event.sessionId);
  const timeZone = await eventTimeZone(event, (id) => ctx.manager.findOneBy(Location, { id }));
  return { event, timeZone, occurrences: repeatOccurrences(event, timeZone, rule) };
}

export interface RepeatPreview {
  /** The zone the copies keep their wall-clock times in (the event's). */
  timeZone: string;
  occurrences: Occurrence[];
}

/**
 * R5 dry run (#8 screen 3): the exact copies `repeatEvent` would create for this rule, or the same refusal,
 * computed by the same function, writing nothing. The repeat dialog shows this list before confirming.
 */
export async function previewRepeat(ctx: DomainContext, id: number, rule: RepeatRule): Promise<RepeatPreview> {
  const { timeZone, occurrences } = await plannedRepeat(ctx, id, rule);
  return { timeZone, occurrences };
}

/**
 * What the screens offer on an event (#8 screen 1): managers of its session edit, delete and repeat it; an
 * ended event is no longer repeated (seed 003: « moins d'actions »), the other actions remain (R4).
 */
export function eventActions(event: Pick<Event, 'endAt'>, managesIt: boolean, now: Date) {
  return { edit: managesIt, delete: managesIt, repeat: managesIt && !hasEnded(event.endAt, now) };
}

/**
 * R5: copies an event onto the picked weekdays up to the bound, in one transaction. Copies keep the local
 * wall-clock times (location time zone), description, location, extra info, capacity, mode and trainers;
 * not comments or registrants, except that automatic-mode copies register the session's learners (R3).
 */
export function repeatEvent(ctx: DomainContext, id: number, rule: RepeatRule): Promise<Event[]> {
  return inTransaction(ctx, async (tx) => {
    const { event, occurrences } = await plannedRepeat(tx, id, rule);
    if (!occurrences.length) return [];
    // Trainers who have left the session since (they stay on ended events) are not copied (R9).
    const sessionTrainers = await confirmedSessionMembers(tx, event.sessionId, InscriptionRole.TRAINER);
    const trainers = (await tx.manager.findBy(Inscription, { eventId: id, role: InscriptionRole.TRAINER }))
      .map((t) => t.userId)
      .filter((userId) => sessionTrainers.has(userId));
    const now = tx.clock.now();
    // #11: set-based, a statement per kind of row whatever the number of copies and learners.
    const copies = occurrences.map((occurrence) =>
      tx.manager.create(Event, {
        sessionId: event.sessionId,
        name: event.name,
        description: event.description,
        locationId: event.locationId,
        locationExtra: event.locationExtra,
        inscriptionMode: event.inscriptionMode,
        maxUsers: event.maxUsers,
        ...occurrence,
        createdAt: now,
      }),
    );
    await tx.manager.insert(Event, copies);
    if (trainers.length)
      await tx.manager.insert(
        Inscription,
        copies.flatMap((copy) =>
          trainers.map((userId) =>
            tx.manager.create(Inscription, {
              userId,
              sessionId: copy.sessionId,
              eventId: copy.id,
              role: InscriptionRole.TRAINER,
              state: InscriptionState.CONFIRMED,
              createdAt: now,
            }),
          ),
        ),
      );
    await registerSessionLearnersOnNewEvents(tx, event.sessionId, copies);
    return copies;
  });
}
