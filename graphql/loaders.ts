import DataLoader from 'dataloader';
import { EntityTarget, In, ObjectLiteral } from 'typeorm';
import { DomainContext } from '../domain/context';
import { childCounts, childPages, ChildPagesSpec, Page, PageArgs } from '../domain/pagination';
import { eventSeatsTaken, viewerInscriptions } from '../domain/registration';
import { Line, lineLengths, waitlistPositions } from '../domain/waiting-list';
import { managedAmong, organisationsOfTrainings } from '../domain/trainings';
import { SessionRelation, sessionRelations } from '../domain/permissions';
import { membershipsOfUsers } from '../domain/memberships';
import { contentsOfOrganisations, OrganisationContents } from '../domain/organisations';
import { visibleEmails } from '../domain/users';
import { locationEventCounts } from '../domain/locations';
import { locationsOfSessions } from '../domain/catalogue';
import { AttendanceLine, attendanceOfEvents, unsafeAttendanceChangesOfEvents, validationsOfEvents } from '../domain/attendance';
import {
  AttendanceChange,
  AttendanceValidation,
  Event,
  Inscription,
  Membership,
  Location,
  Organisation,
  Session,
  Training,
  User,
} from '../entities';

/**
 * Rows by id in one query per entity and request (no N+1), with NO scope: only for the relations of rows
 * already loaded in scope, which are visible with them (an event's session, a session's training, an
 * inscription's user…), and for rows without organisation scope (locations, organisations).
 */
function unsafeById<T extends ObjectLiteral & { id: number }>(ctx: DomainContext, entity: EntityTarget<T>) {
  return new DataLoader<number, T | null>(async (ids) => {
    const rows = await ctx.manager.findBy(entity, { id: In([...ids]) } as never);
    const map = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

export function createLoaders(ctx: DomainContext) {
  const pageLoaders = new Map<string, DataLoader<number, Page<ObjectLiteral>>>();
  const countLoaders = new Map<string, DataLoader<number, number>>();
  return {
    training: unsafeById(ctx, Training),
    session: unsafeById(ctx, Session),
    event: unsafeById(ctx, Event),
    location: unsafeById(ctx, Location),
    user: unsafeById(ctx, User),
    inscription: unsafeById(ctx, Inscription),
    organisation: unsafeById(ctx, Organisation),
    /** Waiting-list positions (R6), in the domain's one order. */
    waitlistPosition: new DataLoader<number, number | null>((ids) => waitlistPositions(ctx, ids)),
    /** The viewer's own learner inscription to sessions (session-level) and to events (#9 §2). */
    viewerSessionInscription: new DataLoader<number, Inscription | null>((ids) => viewerInscriptions(ctx, 'session', ids)),
    viewerEventInscription: new DataLoader<number, Inscription | null>((ids) => viewerInscriptions(ctx, 'event', ids)),
    /** Confirmed learners of events (R6). */
    eventSeatsTaken: new DataLoader<number, number>((ids) => eventSeatsTaken(ctx, ids)),
    /** How many wait in each line (R6). */
    lineLength: new DataLoader<Line, number, string>((lines) => lineLengths(ctx, lines), {
      cacheKeyFn: (line) => `${line.sessionId}:${line.eventId ?? ''}`,
    }),
    organisationsOfTraining: new DataLoader<number, Organisation[]>((ids) => organisationsOfTrainings(ctx, ids)),
    /** Whether the actor manages each training (edit, delete), batched. */
    managesTraining: new DataLoader<number, boolean>((ids) => managedAmong(ctx, ids)),
    /** Events held at each location (null where the actor does not manage it), batched. */
    locationEventCount: new DataLoader<Location, number | null, number>((locations) => locationEventCounts(ctx, locations), {
      cacheKeyFn: (location) => location.id,
    }),
    /** What each organisation holds (#8: only an empty one is deleted), in one grouped query per kind. */
    organisationContents: new DataLoader<number, OrganisationContents>((ids) => contentsOfOrganisations(ctx, ids)),
    /** The locations of each session's events (#9 catalogue cards). */
    locationsOfSession: new DataLoader<number, Location[]>((ids) => locationsOfSessions(ctx, ids)),
    membershipsOfUser: new DataLoader<number, Membership[]>((ids) => membershipsOfUsers(ctx, ids)),
    /** The actor's relation (staff or not) to sessions, batched. */
    sessionRelation: new DataLoader<number, SessionRelation>((ids) => sessionRelations(ctx, ids)),
    /** Users' e-mail addresses, null outside the actor's scope of people (#6 §2), in one query per batch. */
    email: new DataLoader<User, string | null, number>((users) => visibleEmails(ctx, users), { cacheKeyFn: (user) => user.id }),
    /** #10 §1: the attendance lines of events (all for staff, one's own for a learner), batched. */
    eventAttendance: new DataLoader<Event, AttendanceLine[], number>((events) => attendanceOfEvents(ctx, events), {
      cacheKeyFn: (event) => event.id,
    }),
    /** The audit rows of events' attendance, for lines already read through eventAttendance. */
    attendanceChanges: new DataLoader<number, AttendanceChange[]>((ids) => unsafeAttendanceChangesOfEvents(ctx, ids)),
    attendanceValidation: new DataLoader<number, AttendanceValidation | null>((ids) => validationsOfEvents(ctx, ids)),
    /**
     * The same page of children for every parent asked in this request, batched per (list, arguments):
     * e.g. the first 10 events of 50 sessions in three queries. `key` names the list and its filter: the
     * cursors of its pages are bound to it (and to their parent).
     */
    childPage<T extends ObjectLiteral>(key: string, spec: ChildPagesSpec<T>, args: PageArgs, parentId: number) {
      const cacheKey = `${key}:${args.first ?? ''}:${args.after ?? ''}`;
      let loader = pageLoaders.get(cacheKey);
      if (!loader) {
        loader = new DataLoader<number, Page<ObjectLiteral>>((parentIds) => childPages(ctx.manager, spec, key, parentIds, args));
        pageLoaders.set(cacheKey, loader);
      }
      return loader.load(parentId) as Promise<Page<T>>;
    },
    /** How many children each parent asked in this request has, per list, in one grouped COUNT per batch. */
    childCount<T extends ObjectLiteral>(key: string, spec: ChildPagesSpec<T>, parentId: number) {
      let loader = countLoaders.get(key);
      if (!loader) {
        loader = new DataLoader<number, number>(async (parentIds) => {
          const totals = await childCounts(ctx.manager, spec, parentIds);
          return parentIds.map((id) => totals.get(id) ?? 0);
        });
        countLoaders.set(key, loader);
      }
      return loader.load(parentId);
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
