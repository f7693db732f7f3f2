/**
 * #6 §14: rules that lived in resolvers and loaders now live in the domain (a training's visible sessions,
 * registrant privacy, e-mail visibility, the waiting-list order). The moves change no answer: these cases
 * pass on the code before the move and after it, on both databases.
 */
import { Actor } from '../../domain/actor';
import { User } from '../../entities';
import { openTestApi, TestApi } from '../support/api';
import { factories } from '../support/factories';

let api: TestApi;
let f: ReturnType<typeof factories>;

const ACTORS = ['anonymous', 'outsider', 'learner', 'trainer', 'managerA', 'managerB', 'admin'] as const;
type Who = (typeof ACTORS)[number];

const w = {} as {
  users: Record<Exclude<Who, 'anonymous'> | 'learner2', string>;
  emails: Record<string, string>;
  actors: Record<Who, Actor>;
  training: string;
  publicSession: string;
  privateSession: string;
  event: string;
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
  const users = {} as typeof w.users;
  const emails: Record<string, string> = {};
  for (const who of ['outsider', 'learner', 'learner2', 'trainer', 'managerA', 'managerB', 'admin'] as const) {
    const email = `${who.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}@example.org`;
    users[who] = await f.user({ email });
    emails[users[who]] = email;
  }
  await api.dataSource.manager.update(User, { id: Number(users.admin) }, { isAdmin: true });
  const training = await f.training({ organisationIds: [orgA] });
  const publicSession = await f.session({ trainingId: training, publicRegistration: true, title: 'Publique' });
  const privateSession = await f.session({ trainingId: training, publicRegistration: false, title: 'Privée', startDate: '2026-04-01T00:00:00Z' });
  for (const sessionId of [publicSession, privateSession]) {
    await f.inscription({ sessionId, userId: users.trainer, role: 'TRAINER' });
    await f.inscription({ sessionId, userId: users.learner });
    await f.inscription({ sessionId, userId: users.learner2 });
  }
  const event = await f.event(privateSession, { inscriptionMode: 'MANUAL', trainerIds: [users.trainer] });
  await f.inscription({ eventId: event, userId: users.learner });
  await f.inscription({ eventId: event, userId: users.learner2 });
  Object.assign(w, {
    users,
    emails,
    training,
    publicSession,
    privateSession,
    event,
    actors: {
      anonymous: { kind: 'anonymous' },
      outsider: user(users.outsider),
      learner: user(users.learner),
      trainer: user(users.trainer),
      managerA: user(users.managerA, [orgA]),
      managerB: user(users.managerB, [orgB]),
      admin: user(users.admin, [], true),
    },
  });
});
afterAll(() => api.close());

const ids = (connection: { nodes: { id: string }[] }) => connection.nodes.map((n) => n.id);

describe("a training's sessions: those the actor may see (scope in the SQL)", () => {
  const SESSIONS = `query($id: ID!) { training(id: $id) { sessions { totalCount nodes { id } } } }`;
  it.each<[Who, 'both' | 'public']>([
    ['anonymous', 'public'],
    ['outsider', 'public'],
    ['learner', 'both'],
    ['trainer', 'both'],
    ['managerA', 'both'],
    ['managerB', 'public'],
    ['admin', 'both'],
  ])('%s sees %s', async (who, expected) => {
    const sessions = (await api.ok(SESSIONS, { id: w.training }, w.actors[who])).training.sessions;
    const want = expected === 'both' ? [w.publicSession, w.privateSession] : [w.publicSession];
    expect(ids(sessions)).toEqual(want);
    expect(sessions.totalCount).toBe(want.length);
  });
});

describe('registrants are personal data: staff see all, others their own; trainers are public', () => {
  const REGISTRANTS = `query($id: ID!) { session(id: $id) {
    learners { totalCount nodes { id } }
    trainers { nodes { id } }
    inscriptions { totalCount nodes { user { id } role } }
    events { nodes { inscriptions { nodes { user { id } } } trainers { nodes { id } } } }
  } }`;
  it.each<[Who, 'all' | 'own' | 'none']>([
    ['anonymous', 'none'],
    ['outsider', 'none'],
    ['managerB', 'none'],
    ['learner', 'own'],
    ['trainer', 'all'],
    ['managerA', 'all'],
    ['admin', 'all'],
  ])('%s: %s', async (who, expected) => {
    const sessionId = expected === 'none' ? w.publicSession : w.privateSession;
    const session = (await api.ok(REGISTRANTS, { id: sessionId }, w.actors[who])).session;
    const learners = { all: [w.users.learner, w.users.learner2], own: [w.users.learner], none: [] }[expected];
    expect(ids(session.learners).sort()).toEqual([...learners].sort());
    expect(session.learners.totalCount).toBe(learners.length);
    expect(ids(session.trainers)).toEqual([w.users.trainer]);
    const inscribed = session.inscriptions.nodes.map((n: { user: { id: string } }) => n.user.id).sort();
    expect(inscribed).toEqual((expected === 'all' ? [...learners, w.users.trainer] : learners).sort());
    if (sessionId === w.privateSession) {
      const [event] = session.events.nodes;
      const eventInscribed = event.inscriptions.nodes.map((n: { user: { id: string } }) => n.user.id).sort();
      // The event's trainer registration is staff-visible like any other; its trainers list is public.
      expect(eventInscribed).toEqual((expected === 'all' ? [...learners, w.users.trainer] : learners).sort());
      expect(ids(event.trainers)).toEqual([w.users.trainer]);
    }
  });
});

describe('e-mail addresses: their owner and staff', () => {
  const EMAILS = `query($id: ID!) { session(id: $id) { trainers { nodes { id email } } learners { nodes { id email } } } }`;
  const emailsSeen = async (who: Who) => {
    const session = (await api.ok(EMAILS, { id: w.privateSession }, w.actors[who])).session;
    return Object.fromEntries(
      [...session.trainers.nodes, ...session.learners.nodes].map((n: { id: string; email: string | null }) => [n.id, n.email]),
    );
  };

  it('a learner sees their own address and no one else’s', async () => {
    expect(await emailsSeen('learner')).toEqual({ [w.users.trainer]: null, [w.users.learner]: w.emails[w.users.learner] });
  });

  it('an anonymous visitor sees no address on the public session', async () => {
    const session = (await api.ok(EMAILS, { id: w.publicSession }, w.actors.anonymous)).session;
    expect(session.trainers.nodes).toEqual([{ id: w.users.trainer, email: null }]);
  });

  it.each<Who>(['trainer', 'managerA', 'admin'])('%s (staff of the session) sees every address', async (who) => {
    const everyone = [w.users.trainer, w.users.learner, w.users.learner2];
    expect(await emailsSeen(who)).toEqual(Object.fromEntries(everyone.map((id) => [id, w.emails[id]])));
  });

  it('me { email } is always one’s own', async () => {
    for (const who of ['outsider', 'learner', 'trainer', 'managerB'] as const)
      expect((await api.ok(`{ me { id email } }`, {}, w.actors[who])).me).toEqual({ id: w.users[who], email: w.emails[w.users[who]] });
  });
});

describe('R6: one waiting-list order for positions and promotions (registration time, then id)', () => {
  const add = async (input: Record<string, string>) => f.inscription(input as { userId: string });
  const line = async (sessionId: string, eventId?: string) => {
    const query = eventId
      ? `query($id: ID!) { event(id: $id) { inscriptions(state: WAITLISTED) { nodes { user { id } position } } } }`
      : `query($id: ID!) { session(id: $id) { inscriptions(state: WAITLISTED) { nodes { user { id } position } } } }`;
    const data = await api.ok(query, { id: eventId ?? sessionId });
    return (eventId ? data.event : data.session).inscriptions.nodes
      .map((n: { user: { id: string }; position: number }) => [n.user.id, n.position])
      .sort((a: [string, number], b: [string, number]) => a[1] - b[1]);
  };

  it('a session: earlier registration time first even when inserted later; promotion takes the same first', async () => {
    const sessionId = await f.session({ maxUsers: 1 });
    const [seated, late, early] = [await f.user(), await f.user(), await f.user()];
    api.clock.set(new Date('2026-03-02T08:00:00Z'));
    const seat = await add({ sessionId, userId: seated });
    api.clock.set(new Date('2026-03-02T09:00:00Z'));
    expect(await add({ sessionId, userId: late })).toMatchObject({ state: 'WAITLISTED' });
    api.clock.set(new Date('2026-03-02T08:30:00Z'));
    expect(await add({ sessionId, userId: early })).toMatchObject({ state: 'WAITLISTED' });
    expect(await line(sessionId)).toEqual([[early, 1], [late, 2]]);

    await api.ok(`mutation($id: ID!) { removeInscription(id: $id) { id } }`, { id: seat.id });
    expect(await line(sessionId)).toEqual([[late, 1]]);
    const confirmed = await api.ok(`query($id: ID!) { session(id: $id) { learners { nodes { id } } } }`, { id: sessionId });
    expect(ids(confirmed.session.learners)).toEqual([early]);
  });

  it("an event's line is its own, apart from its session's; confirmed and trainer registrations have no position", async () => {
    api.clock.set(new Date('2026-03-02T08:00:00Z'));
    const sessionId = await f.session();
    const [a, b, c, trainer] = [await f.user(), await f.user(), await f.user(), await f.user()];
    await add({ sessionId, userId: trainer, role: 'TRAINER' });
    for (const userId of [a, b, c]) await add({ sessionId, userId });
    const eventId = await f.event(sessionId, { inscriptionMode: 'MANUAL', maxUsers: 1, trainerIds: [trainer] });
    const first = await api.ok(`mutation($input: AddInscriptionInput!) { addInscription(input: $input) { state position } }`, {
      input: { eventId, userId: a, role: 'LEARNER' },
    });
    expect(first.addInscription).toEqual({ state: 'CONFIRMED', position: null });
    await add({ eventId, userId: b });
    await add({ eventId, userId: c });
    expect(await line(sessionId, eventId)).toEqual([[b, 1], [c, 2]]);
    expect(await line(sessionId)).toEqual([]);
    const trainers = await api.ok(`query($id: ID!) { event(id: $id) { inscriptions(role: TRAINER) { nodes { position } } } }`, { id: eventId });
    expect(trainers.event.inscriptions.nodes).toEqual([{ position: null }]);
  });
});
