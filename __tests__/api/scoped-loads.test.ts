/**
 * #6 §15: loads by id put the actor's scope in the query, never load-then-check. An object outside the scope
 * answers exactly like a missing id (NOT_FOUND), and the load is one SQL statement, found or not.
 */
import { Actor, anonymousActor, systemActor } from '../../domain/actor';
import { getComment } from '../../domain/comments';
import { DomainContext } from '../../domain/context';
import { DomainError } from '../../domain/errors';
import { getInscription } from '../../domain/inscriptions';
import { openTestApi, TestApi } from '../support/api';
import { factories } from '../support/factories';

let api: TestApi;
let f: ReturnType<typeof factories>;

const WHO = ['owner', 'otherLearner', 'trainer', 'otherTrainer', 'managerA', 'managerB', 'anonymous', 'admin', 'system'] as const;
type Who = (typeof WHO)[number];

const w = {} as { actors: Record<Who, Actor>; sessionInscription: number; eventInscription: number; comment: number };

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
  const [owner, otherLearner, trainer, otherTrainer, managerA, managerB, admin] = [
    await f.user(), await f.user(), await f.user(), await f.user(), await f.user(), await f.user(), await f.user(),
  ];
  const training = await f.training({ organisationIds: [orgA] });
  const sessionId = await f.session({ trainingId: training, publicRegistration: false });
  // Another session of the same training, taught by the other trainer: teaching it gives no sight of this one.
  const otherSession = await f.session({ trainingId: training, publicRegistration: false });
  await f.inscription({ sessionId: otherSession, userId: otherTrainer, role: 'TRAINER' });
  await f.inscription({ sessionId, userId: trainer, role: 'TRAINER' });
  const sessionInscription = await f.inscription({ sessionId, userId: owner });
  await f.inscription({ sessionId, userId: otherLearner });
  const eventId = await f.event(sessionId, { inscriptionMode: 'MANUAL', trainerIds: [trainer] });
  const eventInscription = await f.inscription({ eventId, userId: owner });
  const comment = await api.ok(`mutation($e: ID!) { createComment(eventId: $e, content: "Salle B12") { id } }`, { e: eventId });
  Object.assign(w, {
    sessionInscription: Number(sessionInscription.id),
    eventInscription: Number(eventInscription.id),
    comment: Number(comment.createComment.id),
    actors: {
      owner: user(owner),
      otherLearner: user(otherLearner),
      trainer: user(trainer),
      otherTrainer: user(otherTrainer),
      managerA: user(managerA, [orgA]),
      managerB: user(managerB, [orgB]),
      anonymous: anonymousActor,
      admin: user(admin, [], true),
      system: systemActor,
    },
  });
});
afterAll(() => api.close());

interface Loaded<T> {
  row?: T;
  refused?: Pick<DomainError, 'kind' | 'reason' | 'message' | 'field'>;
  statements: number;
}

/** Runs a load as `who`, recording the SQL statements it sends; a refusal is returned, not thrown. */
async function load<T>(who: Who, work: (ctx: DomainContext) => Promise<T>): Promise<Loaded<T>> {
  const runner = api.dataSource.createQueryRunner();
  const spy = jest.spyOn(runner, 'query');
  try {
    const result = await work({ manager: runner.manager, clock: api.clock, actor: w.actors[who] }).then(
      (row): Omit<Loaded<T>, 'statements'> => ({ row }),
      (e: DomainError) => ({ refused: { kind: e.kind, reason: e.reason, message: e.message, field: e.field } }),
    );
    return { ...result, statements: spy.mock.calls.length };
  } finally {
    spy.mockRestore();
    await runner.release();
  }
}

const SEES_INSCRIPTIONS: Record<Who, boolean> = {
  owner: true,
  otherLearner: false,
  trainer: true,
  otherTrainer: false,
  managerA: true,
  managerB: false,
  anonymous: false,
  admin: true,
  system: true,
};

describe('getInscription: its owner and the session’s staff, scope in the query', () => {
  it.each(WHO.flatMap((who) => [[who, 'session'] as const, [who, 'event'] as const]))(
    '%s, the %s inscription: found, or the NOT_FOUND of a missing id, in one statement',
    async (who, kind) => {
      const id = kind === 'session' ? w.sessionInscription : w.eventInscription;
      const found = await load(who, (ctx) => getInscription(ctx, id));
      const missing = await load(who, (ctx) => getInscription(ctx, 987654));
      expect(missing.refused).toMatchObject({ kind: 'NOT_FOUND' });
      if (SEES_INSCRIPTIONS[who]) expect(found.row).toMatchObject({ id });
      else expect(found.refused).toEqual(missing.refused);
      expect([found.statements, missing.statements]).toEqual([1, 1]);
    },
  );
});

describe('getComment: whoever sees the event, scope in the query', () => {
  it.each(WHO)('%s: found, or the NOT_FOUND of a missing id, in one statement', async (who) => {
    const found = await load(who, (ctx) => getComment(ctx, w.comment));
    const missing = await load(who, (ctx) => getComment(ctx, 987654));
    // The session is not public: its event is seen by its participants and the training's managers (R11).
    const sees = !['otherTrainer', 'managerB', 'anonymous'].includes(who);
    if (sees) expect(found.row).toMatchObject({ id: w.comment });
    else expect(found.refused).toEqual(missing.refused);
    expect(missing.refused).toMatchObject({ kind: 'NOT_FOUND' });
    expect([found.statements, missing.statements]).toEqual([1, 1]);
  });
});
