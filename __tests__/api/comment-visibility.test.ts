/**
 * R11 (#6 §14): comments are visible to everyone who can see the event, decided in one place
 * (domain/scope.ts commentCondition) for the event's `comments` list and for loading a comment by id. There is
 * no root query for comments: the by-id load is `getComment`, behind `updateComment` and `deleteComment`.
 *
 * World: organisation A's training has a public session (event EP) and a non-public one (event ES); each
 * event has one comment by its trainer. The learner follows both sessions; the outsider neither.
 */
import { Actor, anonymousActor } from '../../domain/actor';
import { commentsOfEventSpec, getComment } from '../../domain/comments';
import { DomainError } from '../../domain/errors';
import { childPages } from '../../domain/pagination';
import { firstError, openTestApi, TestApi } from '../support/api';
import { factories } from '../support/factories';

let api: TestApi;
let f: ReturnType<typeof factories>;

const WHO = ['anonymous', 'learner', 'outsider', 'managerB', 'trainer', 'managerA', 'admin'] as const;
type Who = (typeof WHO)[number];

const w = {} as {
  actors: Record<Who, Actor>;
  publicSession: string;
  publicEvent: string;
  privateEvent: string;
  publicComment: string;
  privateComment: string;
};

const user = (id: string, managed: string[] = [], isAdmin = false): Actor => ({
  kind: 'user',
  userId: Number(id),
  isAdmin,
  managedOrganisationIds: managed.map(Number),
});

beforeAll(async () => {
  api = await openTestApi();
  f = factories(api);
  const [orgA, orgB] = [await f.organisation(), await f.organisation()];
  const [learner, outsider, trainer, managerA, managerB, admin] = [
    await f.user(), await f.user(), await f.user(), await f.user(), await f.user(), await f.user(),
  ];
  const training = await f.training({ organisationIds: [orgA], publicRegistration: false });
  const publicSession = await f.session({ trainingId: training, publicRegistration: true });
  const privateSession = await f.session({ trainingId: training, publicRegistration: false });
  w.actors = {
    anonymous: anonymousActor,
    learner: user(learner),
    outsider: user(outsider),
    managerB: user(managerB, [orgB]),
    trainer: user(trainer),
    managerA: user(managerA, [orgA]),
    admin: user(admin, [], true),
  };
  const events: string[] = [];
  const comments: string[] = [];
  for (const sessionId of [publicSession, privateSession]) {
    await f.inscription({ sessionId, userId: trainer, role: 'TRAINER' });
    await f.inscription({ sessionId, userId: learner });
    const eventId = await f.event(sessionId, { trainerIds: [trainer] });
    const created = await api.ok(`mutation($e: ID!) { createComment(eventId: $e, content: "Apporter une blouse") { id } }`, { e: eventId }, w.actors.trainer);
    events.push(eventId);
    comments.push(created.createComment.id);
  }
  Object.assign(w, {
    publicSession,
    publicEvent: events[0],
    privateEvent: events[1],
    publicComment: comments[0],
    privateComment: comments[1],
  });
});
afterAll(() => api.close());

/** Who sees the non-public session's event (and so its comments); everyone sees the public one's. */
const SEES_PRIVATE: Record<Who, boolean> = {
  anonymous: false,
  learner: true,
  outsider: false,
  managerB: false,
  trainer: true,
  managerA: true,
  admin: true,
};

const EVENT_COMMENTS = `query($id: ID!) { event(id: $id) { comments { totalCount nodes { id content } } } }`;
const commentIds = (data: { event: { comments: { nodes: { id: string }[] } } }) => data.event.comments.nodes.map((n) => n.id);

describe('R11 — event { comments }: everyone who sees the event reads them', () => {
  it.each(WHO)('%s reads the comments of the public session’s event', async (who) => {
    const result = await api.run(EVENT_COMMENTS, { id: w.publicEvent }, w.actors[who]);
    expect(result.errors).toBeUndefined();
    expect(commentIds(result.data)).toEqual([w.publicComment]);
    expect(result.data.event.comments.totalCount).toBe(1);
  });

  it.each(WHO)('%s: the non-public session’s event and its comments, or NOT_FOUND like a missing id', async (who) => {
    const result = await api.run(EVENT_COMMENTS, { id: w.privateEvent }, w.actors[who]);
    if (SEES_PRIVATE[who]) {
      expect(result.errors).toBeUndefined();
      expect(commentIds(result.data)).toEqual([w.privateComment]);
    } else {
      const missing = await api.run(EVENT_COMMENTS, { id: '987654' }, w.actors[who]);
      expect(firstError(result)).toEqual(firstError(missing));
      expect(firstError(result)).toMatchObject({ code: 'NOT_FOUND' });
    }
  });

  it.each(WHO)('%s reads the same comments through the session’s events', async (who) => {
    const data = await api.ok(`query($id: ID!) { session(id: $id) { events { nodes { comments { nodes { id } } } } } }`, { id: w.publicSession }, w.actors[who]);
    expect(data.session.events.nodes).toEqual([{ comments: { nodes: [{ id: w.publicComment }] } }]);
  });

  it('the list itself is scoped in SQL: asked for an event the actor cannot see, it is empty', async () => {
    const pages = (who: Who) =>
      childPages(api.dataSource.manager, commentsOfEventSpec(w.actors[who]), [Number(w.publicEvent), Number(w.privateEvent)], {});
    expect((await pages('outsider')).map((p) => p.totalCount)).toEqual([1, 0]);
    expect((await pages('learner')).map((p) => p.totalCount)).toEqual([1, 1]);
  });
});

describe('R11 — a comment by id (getComment, behind updateComment and deleteComment)', () => {
  const ctx = (who: Who) => ({ manager: api.dataSource.manager, clock: api.clock, actor: w.actors[who] });
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (e: DomainError) => ({ kind: e.kind, reason: e.reason, message: e.message, field: e.field }),
    );

  it.each(WHO)('%s finds the public event’s comment', async (who) => {
    expect((await getComment(ctx(who), Number(w.publicComment))).id).toBe(Number(w.publicComment));
  });

  it.each(WHO)('%s: the non-public event’s comment, or the NOT_FOUND of a missing id', async (who) => {
    const found = refusal(getComment(ctx(who), Number(w.privateComment)));
    if (SEES_PRIVATE[who]) expect(await found).toBeNull();
    else expect(await found).toEqual(await refusal(getComment(ctx(who), 987654)));
    expect(await refusal(getComment(ctx(who), 987654))).toMatchObject({ kind: 'NOT_FOUND' });
  });

  it.each<[Who, string]>([
    ['learner', 'FORBIDDEN'],
    ['outsider', 'NOT_FOUND'],
    ['managerB', 'NOT_FOUND'],
    ['anonymous', 'UNAUTHENTICATED'],
  ])('updateComment on the non-public event’s comment by %s: %s, unchanged', async (who, code) => {
    const result = await api.run(`mutation($id: ID!) { updateComment(id: $id, content: "Réécrit") { id } }`, { id: w.privateComment }, w.actors[who]);
    expect(firstError(result)).toMatchObject({ code });
    const data = await api.ok(EVENT_COMMENTS, { id: w.privateEvent });
    expect(data.event.comments.nodes).toEqual([{ id: w.privateComment, content: 'Apporter une blouse' }]);
  });

  it.each<[Who, string]>([
    ['learner', 'FORBIDDEN'],
    ['outsider', 'FORBIDDEN'],
    ['managerB', 'FORBIDDEN'],
  ])('updateComment on the public event’s comment by %s (who sees it, is not its author): %s', async (who, code) => {
    const result = await api.run(`mutation($id: ID!) { updateComment(id: $id, content: "Réécrit") { id } }`, { id: w.publicComment }, w.actors[who]);
    expect(firstError(result)).toMatchObject({ code });
  });
});
