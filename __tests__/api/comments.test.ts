import { Actor } from '../../domain/actor';
import { Comment } from '../../entities';
import { firstError, openTestApi, TestApi } from '../support/api';
import { factories } from '../support/factories';

let api: TestApi;
let f: ReturnType<typeof factories>;

beforeAll(async () => {
  api = await openTestApi();
  f = factories(api);
});
afterAll(() => api.close());
beforeEach(() => api.clock.set(new Date('2026-03-02T08:00:00Z')));

const user = (id: string, isAdmin = false): Actor => ({ kind: 'user', userId: Number(id), isAdmin });

const CREATE = `mutation($eventId: ID!, $content: String!) { createComment(eventId: $eventId, content: $content) {
  id content createdAt updatedAt author { id } event { id } } }`;
const UPDATE = `mutation($id: ID!, $content: String!) { updateComment(id: $id, content: $content) { id content createdAt updatedAt author { id } } }`;
const DELETE = `mutation($id: ID!) { deleteComment(id: $id) { id content } }`;
const COMMENTS = `query($id: ID!) { event(id: $id) { comments { totalCount nodes { id content author { id } } } } }`;

const commentCount = () => api.dataSource.manager.count(Comment);
const storedContent = async (id: string) => (await api.dataSource.manager.findOneBy(Comment, { id: Number(id) }))?.content;

/** A session with an event, two confirmed trainers, a confirmed learner, and an administrator. */
async function setting() {
  const sessionId = await f.session();
  const [trainer, otherTrainer, learner, admin] = [await f.user(), await f.user(), await f.user(), await f.user()];
  await f.inscription({ sessionId, userId: trainer, role: 'TRAINER' });
  await f.inscription({ sessionId, userId: otherTrainer, role: 'TRAINER' });
  await f.inscription({ sessionId, userId: learner });
  const eventId = await f.event(sessionId, { trainerIds: [trainer] });
  return { sessionId, eventId, trainer, otherTrainer, learner, admin };
}

async function comment(eventId: string, content: string, actor?: Actor) {
  return (await api.ok(CREATE, { eventId, content }, actor)).createComment as {
    id: string;
    content: string;
    createdAt: string;
    updatedAt: string;
    author: { id: string } | null;
  };
}

describe('R11 — who writes comments', () => {
  it('staff write them (the system, a confirmed trainer of the session); everyone who sees the event reads them, oldest first', async () => {
    const { eventId, trainer, learner } = await setting();
    api.clock.set(new Date('2026-03-02T08:00:00Z'));
    const bySystem = await comment(eventId, 'Salle changée : B12');
    api.clock.set(new Date('2026-03-02T09:00:00Z'));
    const byTrainer = await comment(eventId, 'Apporter une blouse', user(trainer));
    expect(bySystem).toMatchObject({ author: null, event: { id: eventId }, createdAt: '2026-03-02T08:00:00.000Z' });
    expect(byTrainer).toMatchObject({ author: { id: trainer }, createdAt: '2026-03-02T09:00:00.000Z', updatedAt: '2026-03-02T09:00:00.000Z' });

    const expected = {
      totalCount: 2,
      nodes: [
        { id: bySystem.id, content: 'Salle changée : B12', author: null },
        { id: byTrainer.id, content: 'Apporter une blouse', author: { id: trainer } },
      ],
    };
    expect((await api.ok(COMMENTS, { id: eventId })).event.comments).toEqual(expected);
    // The event's learner reads the same comments.
    expect((await api.ok(COMMENTS, { id: eventId }, user(learner))).event.comments).toEqual(expected);
  });

  it('lists oldest first by creation time, not by insertion order', async () => {
    const { eventId } = await setting();
    api.clock.set(new Date('2026-03-05T10:00:00Z'));
    const later = await comment(eventId, 'écrit en second');
    api.clock.set(new Date('2026-03-04T10:00:00Z'));
    const earlier = await comment(eventId, 'écrit en premier');
    const nodes = (await api.ok(COMMENTS, { id: eventId })).event.comments.nodes;
    expect(nodes.map((n: { id: string }) => n.id)).toEqual([earlier.id, later.id]);
  });

  it('a learner of the session cannot comment: FORBIDDEN, nothing written', async () => {
    const { eventId, learner } = await setting();
    const before = await commentCount();
    expect(firstError(await api.run(CREATE, { eventId, content: 'Je peux écrire ?' }, user(learner)))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await commentCount()).toBe(before);
  });

  it('a trainer of another session cannot comment, nothing written', async () => {
    const { eventId } = await setting();
    const outsider = (await setting()).trainer;
    const before = await commentCount();
    const error: Record<string, unknown> = firstError(await api.run(CREATE, { eventId, content: 'Intrus' }, user(outsider)));
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(error.code);
    expect(await commentCount()).toBe(before);
  });

  it('staff may still comment once the event has ended (R4)', async () => {
    const { eventId, trainer } = await setting();
    api.clock.set(new Date('2026-03-10T12:00:00Z')); // the event ended at 11:00Z
    const status = await api.ok(`query($id: ID!) { event(id: $id) { status } }`, { id: eventId });
    expect(status.event.status).toBe('ENDED');
    expect(await comment(eventId, 'Bilan de la séance', user(trainer))).toMatchObject({ author: { id: trainer } });
  });

  it.each([
    ['empty content', ''],
    ['blank content', '  \n\t '],
    ['content over 10000 characters', 'x'.repeat(10001)],
  ])('refuses %s with BAD_USER_INPUT on content, nothing written', async (_label, content) => {
    const { eventId, trainer } = await setting();
    const before = await commentCount();
    expect(firstError(await api.run(CREATE, { eventId, content }, user(trainer)))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'content' });
    expect(await commentCount()).toBe(before);
  });

  it('accepts exactly 10000 characters, stored whole', async () => {
    const { eventId, trainer } = await setting();
    const created = await comment(eventId, 'é'.repeat(10000), user(trainer));
    expect(await storedContent(created.id)).toBe('é'.repeat(10000));
  });

  it('counts characters, not UTF-16 units: 10000 characters with emoji are accepted, 10001 refused', async () => {
    const { eventId, trainer } = await setting();
    const tenThousand = `${'x'.repeat(9998)}🙂🚑`; // 10000 characters, 10002 UTF-16 units
    const created = await comment(eventId, tenThousand, user(trainer));
    expect(await storedContent(created.id)).toBe(tenThousand);
    const before = await commentCount();
    expect(firstError(await api.run(CREATE, { eventId, content: `${tenThousand}x` }, user(trainer)))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'content',
    });
    expect(await commentCount()).toBe(before);
  });

  it('refuses an unknown event with NOT_FOUND, nothing written', async () => {
    const before = await commentCount();
    expect(firstError(await api.run(CREATE, { eventId: '987654', content: 'Perdu' }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(firstError(await api.run(CREATE, { eventId: 'abc', content: 'Perdu' }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await commentCount()).toBe(before);
  });
});

describe('R11 — editing and deleting', () => {
  it('the author edits their own comment, and updatedAt moves with the clock while createdAt stays', async () => {
    const { eventId, trainer } = await setting();
    api.clock.set(new Date('2026-03-02T08:00:00Z'));
    const created = await comment(eventId, 'Première version', user(trainer));
    api.clock.set(new Date('2026-03-03T14:30:00Z'));
    const edited = (await api.ok(UPDATE, { id: created.id, content: 'Version corrigée' }, user(trainer))).updateComment;
    expect(edited).toEqual({
      id: created.id,
      content: 'Version corrigée',
      createdAt: '2026-03-02T08:00:00.000Z',
      updatedAt: '2026-03-03T14:30:00.000Z',
      author: { id: trainer },
    });
    expect(await storedContent(created.id)).toBe('Version corrigée');
  });

  it("another trainer of the session, or a learner, cannot edit it: FORBIDDEN, unchanged", async () => {
    const { eventId, trainer, otherTrainer, learner } = await setting();
    const created = await comment(eventId, "Texte d'origine", user(trainer));
    for (const actor of [user(otherTrainer), user(learner)]) {
      expect(firstError(await api.run(UPDATE, { id: created.id, content: 'Réécrit' }, actor))).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await storedContent(created.id)).toBe("Texte d'origine");
  });

  it('refuses an edit to empty or over-long content, unchanged', async () => {
    const { eventId, trainer } = await setting();
    const created = await comment(eventId, 'Intact', user(trainer));
    for (const content of ['', 'y'.repeat(10001)]) {
      expect(firstError(await api.run(UPDATE, { id: created.id, content }, user(trainer)))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'content' });
    }
    expect(await storedContent(created.id)).toBe('Intact');
  });

  it('another non-admin trainer, or a learner, cannot delete it: FORBIDDEN, still there', async () => {
    const { eventId, trainer, otherTrainer, learner } = await setting();
    const created = await comment(eventId, 'À garder', user(trainer));
    for (const actor of [user(otherTrainer), user(learner)]) {
      expect(firstError(await api.run(DELETE, { id: created.id }, actor))).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await storedContent(created.id)).toBe('À garder');
  });

  it('the author deletes their own comment', async () => {
    const { eventId, trainer } = await setting();
    const created = await comment(eventId, 'À retirer', user(trainer));
    expect((await api.ok(DELETE, { id: created.id }, user(trainer))).deleteComment).toEqual({ id: created.id, content: 'À retirer' });
    expect(await storedContent(created.id)).toBeUndefined();
    expect((await api.ok(COMMENTS, { id: eventId })).event.comments.totalCount).toBe(0);
  });

  it("an administrator deletes anyone's comment", async () => {
    const { eventId, trainer, admin } = await setting();
    const created = await comment(eventId, 'Hors sujet', user(trainer));
    await api.ok(DELETE, { id: created.id }, user(admin, true));
    expect(await storedContent(created.id)).toBeUndefined();
  });

  it('an unknown comment is NOT_FOUND for edit and delete', async () => {
    const before = await commentCount();
    expect(firstError(await api.run(UPDATE, { id: '987654', content: 'x' }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(firstError(await api.run(DELETE, { id: '987654' }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await commentCount()).toBe(before);
  });

  it("deleting the author's account keeps the comment, with author null", async () => {
    const { eventId, trainer } = await setting();
    const created = await comment(eventId, 'Rédigé par un ancien formateur', user(trainer));
    await api.ok(`mutation($id: ID!) { deleteUser(id: $id) { id } }`, { id: trainer });
    const nodes = (await api.ok(COMMENTS, { id: eventId })).event.comments.nodes;
    expect(nodes).toEqual([{ id: created.id, content: 'Rédigé par un ancien formateur', author: null }]);
    expect(await api.dataSource.manager.findOneBy(Comment, { id: Number(created.id) })).toMatchObject({ authorId: null });
  });
});
