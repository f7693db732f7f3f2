import DataLoader from 'dataloader';
import { EntityTarget, In, ObjectLiteral } from 'typeorm';
import { DomainContext } from '../domain/context';
import { childPages, ChildPagesSpec, Page, PageArgs } from '../domain/pagination';
import { managedAmong, organisationsOfTrainings } from '../domain/trainings';
import { isStaff, SessionRelation, sessionRelations } from '../domain/permissions';
import { membershipsOfUsers } from '../domain/memberships';
import {
  Event,
  Membership,
  Inscription,
  InscriptionState,
  Location,
  Organisation,
  Session,
  Training,
  User,
} from '../entities';

/** Rows by id in one query per entity and request (no N+1). */
function byId<T extends ObjectLiteral & { id: number }>(ctx: DomainContext, entity: EntityTarget<T>) {
  return new DataLoader<number, T | null>(async (ids) => {
    const rows = await ctx.manager.findBy(entity, { id: In([...ids]) } as never);
    const map = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** Waiting-list positions (R6): 1-based rank among the waitlisted learners of the same session or event. */
function waitlistPositions(ctx: DomainContext) {
  return new DataLoader<number, number | null>(async (inscriptionIds) => {
    const asked = await ctx.manager.findBy(Inscription, { id: In([...inscriptionIds]) });
    const waiting = asked.filter((i) => i.state === InscriptionState.WAITLISTED);
    const sessionIds = [...new Set(waiting.map((i) => i.sessionId))];
    const lines = sessionIds.length
      ? await ctx.manager.find(Inscription, {
          where: { sessionId: In(sessionIds), state: InscriptionState.WAITLISTED },
          order: { createdAt: 'ASC', id: 'ASC' },
        })
      : [];
    const position = new Map<number, number>();
    const counters = new Map<string, number>();
    for (const i of lines) {
      const key = `${i.sessionId}:${i.eventId ?? ''}:${i.role}`;
      const next = (counters.get(key) ?? 0) + 1;
      counters.set(key, next);
      position.set(i.id, next);
    }
    return inscriptionIds.map((id) => position.get(id) ?? null);
  });
}

export function createLoaders(ctx: DomainContext) {
  const pageLoaders = new Map<string, DataLoader<number, Page<ObjectLiteral>>>();
  return {
    training: byId(ctx, Training),
    session: byId(ctx, Session),
    event: byId(ctx, Event),
    location: byId(ctx, Location),
    user: byId(ctx, User),
    organisation: byId(ctx, Organisation),
    waitlistPosition: waitlistPositions(ctx),
    organisationsOfTraining: new DataLoader<number, Organisation[]>((ids) => organisationsOfTrainings(ctx, ids)),
    /** Whether the actor manages each training (edit, delete), batched. */
    managesTraining: new DataLoader<number, boolean>((ids) => managedAmong(ctx, ids)),
    membershipsOfUser: new DataLoader<number, Membership[]>((ids) => membershipsOfUsers(ctx, ids)),
    /** The actor's relation (staff, participant) to sessions, batched. */
    sessionRelation: new DataLoader<number, SessionRelation>((ids) => sessionRelations(ctx, ids)),
    /** Whether the actor is staff anywhere (sees e-mail addresses); asked once per request. */
    actorIsStaff: new DataLoader<0, boolean>(async (keys) => {
      const staff = await isStaff(ctx);
      return keys.map(() => staff);
    }),
    /**
     * The same page of children for every parent asked in this request, batched per (list, arguments):
     * e.g. the first 10 events of 50 sessions in three queries.
     */
    childPage<T extends ObjectLiteral>(key: string, spec: ChildPagesSpec<T>, args: PageArgs, parentId: number) {
      const cacheKey = `${key}:${args.first ?? ''}:${args.after ?? ''}`;
      let loader = pageLoaders.get(cacheKey);
      if (!loader) {
        loader = new DataLoader((parentIds) => childPages(ctx.manager, spec, parentIds, args));
        pageLoaders.set(cacheKey, loader);
      }
      return loader.load(parentId) as Promise<Page<T>>;
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
