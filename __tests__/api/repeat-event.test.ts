import { canonicalTimeZone } from '../../domain/time-zone';
import { Comment, Event, Inscription } from '../../entities';
import { firstError, openTestApi, TestApi } from '../support/api';
import { factories } from '../support/factories';

let api: TestApi;
let f: ReturnType<typeof factories>;

beforeAll(async () => {
  api = await openTestApi();
  f = factories(api);
});
afterAll(() => api.close());

const REPEAT = `mutation($id: ID!, $weekdays: [Weekday!]!, $until: LocalDate, $weeks: Int) {
  repeatEvent(id: $id, weekdays: $weekdays, until: $until, weeks: $weeks) {
    id name description startAt endAt locationExtra maxUsers inscriptionMode timeZone status
    location { id } session { id }
    trainers { nodes { id } }
    inscriptions { totalCount nodes { role state user { id } } }
    comments { totalCount }
  } }`;

interface Copy {
  id: string;
  name: string;
  description: string;
  startAt: string;
  endAt: string;
  locationExtra: string;
  maxUsers: number | null;
  inscriptionMode: string;
  timeZone: string;
  status: string;
  location: { id: string } | null;
  session: { id: string };
  trainers: { nodes: { id: string }[] };
  inscriptions: { totalCount: number; nodes: { role: string; state: string; user: { id: string } }[] };
  comments: { totalCount: number };
}

async function repeat(variables: Record<string, unknown>): Promise<Copy[]> {
  return (await api.ok(REPEAT, variables)).repeatEvent;
}

const counts = async () => ({
  events: await api.dataSource.manager.count(Event),
  inscriptions: await api.dataSource.manager.count(Inscription),
  comments: await api.dataSource.manager.count(Comment),
});

const learnersOf = (copy: Copy) =>
  copy.inscriptions.nodes.filter((i) => i.role === 'LEARNER').map((i) => [i.user.id, i.state]);

describe('R5 — repeating an event', () => {
  it('returns the copies, which keep description, location, extra info, capacity, mode and trainers', async () => {
    const sessionId = await f.session();
    const trainer = await f.user();
    const learner = await f.user();
    await f.inscription({ sessionId, userId: trainer, role: 'TRAINER' });
    await f.inscription({ sessionId, userId: learner });
    const locationId = await f.location('Europe/Paris');
    // Monday 2026-03-09, 09:00–12:00 Paris (CET).
    const eventId = await f.event(sessionId, {
      name: 'Premiers secours',
      description: 'Gestes de base',
      startAt: '2026-03-09T08:00:00Z',
      endAt: '2026-03-09T11:00:00Z',
      locationId,
      locationExtra: 'Salle 12, code 4521',
      maxUsers: 8,
      inscriptionMode: 'MANUAL',
      trainerIds: [trainer],
    });
    await f.inscription({ eventId, userId: learner });
    await api.ok(`mutation($e: ID!) { createComment(eventId: $e, content: "Apporter une blouse") { id } }`, { e: eventId });
    const before = await counts();

    const copies = await repeat({ id: eventId, weekdays: ['MONDAY'], weeks: 2 });

    expect(copies.map((c) => [c.startAt, c.endAt])).toEqual([
      ['2026-03-16T08:00:00.000Z', '2026-03-16T11:00:00.000Z'],
      ['2026-03-23T08:00:00.000Z', '2026-03-23T11:00:00.000Z'],
    ]);
    for (const copy of copies) {
      expect(copy.id).not.toBe(eventId);
      expect(copy).toMatchObject({
        name: 'Premiers secours',
        description: 'Gestes de base',
        locationExtra: 'Salle 12, code 4521',
        maxUsers: 8,
        inscriptionMode: 'MANUAL',
        timeZone: 'Europe/Paris',
        status: 'UPCOMING',
        location: { id: locationId },
        session: { id: sessionId },
        trainers: { nodes: [{ id: trainer }] },
        comments: { totalCount: 0 },
      });
      // Registrants are not copied: a manual copy only has its trainer.
      expect(copy.inscriptions.nodes).toEqual([{ role: 'TRAINER', state: 'CONFIRMED', user: { id: trainer } }]);
    }
    // Two new events, two trainer rows, no comment; the original keeps its learner and comment.
    expect(await counts()).toEqual({ events: before.events + 2, inscriptions: before.inscriptions + 2, comments: before.comments });
    const original = await api.ok(`query($id: ID!) { event(id: $id) { inscriptions(role: LEARNER) { totalCount } comments { totalCount } } }`, { id: eventId });
    expect(original.event).toEqual({ inscriptions: { totalCount: 1 }, comments: { totalCount: 1 } });
  });

  it('copies onto several weekdays up to an inclusive until, in date order', async () => {
    const sessionId = await f.session();
    // Monday 2026-03-09 09:00 Paris, no location: the platform zone (Europe/Paris).
    const eventId = await f.event(sessionId, { startAt: '2026-03-09T08:00:00Z', endAt: '2026-03-09T09:00:00Z' });
    const copies = await repeat({ id: eventId, weekdays: ['THURSDAY', 'TUESDAY'], until: '2026-03-17' });
    expect(copies.map((c) => c.startAt)).toEqual(['2026-03-10T08:00:00.000Z', '2026-03-12T08:00:00.000Z', '2026-03-17T08:00:00.000Z']);
    expect(copies.every((c) => c.timeZone === 'Europe/Paris' && c.location === null)).toBe(true);
  });

  it('AUTOMATIC copies register the confirmed learners of the session (R3), not the waiting ones', async () => {
    const sessionId = await f.session({ eventInscriptionMode: 'AUTOMATIC', maxUsers: 2 });
    const [first, second, waiting] = [await f.user(), await f.user(), await f.user()];
    for (const userId of [first, second, waiting]) await f.inscription({ sessionId, userId });
    const session = await api.ok(`query($id: ID!) { session(id: $id) { inscriptions(role: LEARNER) { nodes { state user { id } } } } }`, { id: sessionId });
    expect(session.session.inscriptions.nodes).toEqual([
      { state: 'CONFIRMED', user: { id: first } },
      { state: 'CONFIRMED', user: { id: second } },
      { state: 'WAITLISTED', user: { id: waiting } },
    ]);
    const eventId = await f.event(sessionId, { startAt: '2026-03-09T08:00:00Z', endAt: '2026-03-09T11:00:00Z', maxUsers: null });
    // One learner left the original event: copies still follow the session, not the original's registrants.
    const registrants = await api.ok(`query($id: ID!) { event(id: $id) { inscriptions(role: LEARNER) { nodes { id user { id } } } } }`, { id: eventId });
    const secondOnEvent = registrants.event.inscriptions.nodes.find((i: { user: { id: string } }) => i.user.id === second);
    await api.ok(`mutation($id: ID!) { removeInscription(id: $id) { id } }`, { id: secondOnEvent.id });

    const copies = await repeat({ id: eventId, weekdays: ['WEDNESDAY'], weeks: 2 });
    expect(copies).toHaveLength(2);
    for (const copy of copies) {
      expect(copy.inscriptionMode).toBe('AUTOMATIC');
      expect(learnersOf(copy)).toEqual([
        [first, 'CONFIRMED'],
        [second, 'CONFIRMED'],
      ]);
    }
  });

  it('MANUAL copies have no registrants even when the session has confirmed learners', async () => {
    const sessionId = await f.session({ eventInscriptionMode: 'MANUAL' });
    const learner = await f.user();
    await f.inscription({ sessionId, userId: learner });
    const eventId = await f.event(sessionId, { startAt: '2026-03-09T08:00:00Z', endAt: '2026-03-09T11:00:00Z' });
    await f.inscription({ eventId, userId: learner });
    const copies = await repeat({ id: eventId, weekdays: ['FRIDAY'], weeks: 1 });
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatchObject({ inscriptionMode: 'MANUAL', inscriptions: { totalCount: 0, nodes: [] } });
  });

  it('keeps 09:00 local across the 2026-03-29 Europe/Paris DST change (08:00Z before, 07:00Z after)', async () => {
    const sessionId = await f.session();
    const locationId = await f.location('Europe/Paris');
    // Monday 2026-03-23 09:00–12:00 CET.
    const eventId = await f.event(sessionId, { startAt: '2026-03-23T08:00:00Z', endAt: '2026-03-23T11:00:00Z', locationId });
    const copies = await repeat({ id: eventId, weekdays: ['MONDAY'], weeks: 2 });
    expect(copies.map((c) => [c.startAt, c.endAt])).toEqual([
      ['2026-03-30T07:00:00.000Z', '2026-03-30T10:00:00.000Z'],
      ['2026-04-06T07:00:00.000Z', '2026-04-06T10:00:00.000Z'],
    ]);
  });

  it('a location in America/Montreal keeps its own local time (09:00 EST 14:00Z → 09:00 EDT 13:00Z)', async () => {
    const sessionId = await f.session();
    const locationId = await f.location('America/Montreal');
    // Monday 2026-03-02 09:00–12:00 EST; Montreal changes on 2026-03-08, Paris not until 03-29.
    const eventId = await f.event(sessionId, { startAt: '2026-03-02T14:00:00Z', endAt: '2026-03-02T17:00:00Z', locationId });
    const copies = await repeat({ id: eventId, weekdays: ['MONDAY'], until: '2026-03-16' });
    // #6 §11: stored canonically; America/Montreal is an alias of America/Toronto (the same clocks since 1970).
    const zone = canonicalTimeZone('America/Montreal');
    expect(['America/Montreal', 'America/Toronto']).toContain(zone);
    expect(copies.map((c) => [c.startAt, c.endAt, c.timeZone])).toEqual([
      ['2026-03-09T13:00:00.000Z', '2026-03-09T16:00:00.000Z', zone],
      ['2026-03-16T13:00:00.000Z', '2026-03-16T16:00:00.000Z', zone],
    ]);
  });
});

describe('R5 — staff repeat events', () => {
  it('a manager of the training may repeat; a trainer or a learner of the session may not (FORBIDDEN), nor an anonymous visitor', async () => {
    const organisationId = await f.organisation();
    const trainingId = await f.training({ organisationIds: [organisationId] });
    const sessionId = await f.session({ trainingId });
    const [trainer, learner, manager] = [await f.user(), await f.user(), await f.user()];
    await f.inscription({ sessionId, userId: trainer, role: 'TRAINER' });
    await f.inscription({ sessionId, userId: learner });
    const eventId = await f.event(sessionId, { startAt: '2026-03-09T08:00:00Z', endAt: '2026-03-09T11:00:00Z' });
    const variables = { id: eventId, weekdays: ['MONDAY'], weeks: 2 };

    const asManager = { kind: 'user' as const, userId: Number(manager), isAdmin: false, managedOrganisationIds: [Number(organisationId)] };
    const byManager = await api.ok(REPEAT, variables, asManager);
    expect(byManager.repeatEvent).toHaveLength(2);

    const before = await counts();
    const byTrainer = await api.run(REPEAT, variables, { kind: 'user', userId: Number(trainer), isAdmin: false });
    const byLearner = await api.run(REPEAT, variables, { kind: 'user', userId: Number(learner), isAdmin: false });
    const byVisitor = await api.run(REPEAT, variables, { kind: 'anonymous' });
    expect(await counts()).toEqual(before);
    expect(firstError(byTrainer)).toMatchObject({ code: 'FORBIDDEN' });
    expect(firstError(byLearner)).toMatchObject({ code: 'FORBIDDEN' });
    expect(firstError(byVisitor)).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('R5 — refusals write nothing', () => {
  let eventId: string;
  beforeAll(async () => {
    const sessionId = await f.session({ eventInscriptionMode: 'AUTOMATIC' });
    const learner = await f.user();
    await f.inscription({ sessionId, userId: learner });
    // Monday 2026-03-09 09:00 Paris.
    eventId = await f.event(sessionId, { startAt: '2026-03-09T08:00:00Z', endAt: '2026-03-09T11:00:00Z' });
  });

  it.each([
    ['an unknown weekday', { weekdays: ['FUNDAY'], weeks: 2 }, 'weekdays', undefined],
    ['no weekday', { weekdays: [], weeks: 2 }, 'weekdays', 'WEEKDAY_REQUIRED'],
    ['weeks 0', { weekdays: ['MONDAY'], weeks: 0 }, 'weeks', 'WEEKS_OUT_OF_RANGE'],
    ['weeks 53', { weekdays: ['MONDAY'], weeks: 53 }, 'weeks', 'WEEKS_OUT_OF_RANGE'],
    ['both until and weeks', { weekdays: ['MONDAY'], weeks: 2, until: '2026-03-23' }, 'until', 'UNTIL_OR_WEEKS'],
    ['neither until nor weeks', { weekdays: ['MONDAY'] }, 'until', 'UNTIL_OR_WEEKS'],
    ['a malformed until', { weekdays: ['MONDAY'], until: '2026-13-01' }, 'until', undefined],
    ["an until on the event's day", { weekdays: ['MONDAY'], until: '2026-03-09' }, 'until', 'UNTIL_BEFORE_EVENT'],
    ['too many copies (every day for two years)', { weekdays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'], until: '2028-03-09' }, 'until', 'TOO_MANY_COPIES'],
    ['too many copies (every day for 52 weeks)', { weekdays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'], weeks: 52 }, 'weeks', 'TOO_MANY_COPIES'],
  ])('refuses %s with BAD_USER_INPUT', async (_label, variables, field, reason) => {
    const before = await counts();
    const error = firstError(await api.run(REPEAT, { id: eventId, ...variables }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field, ...(reason ? { reason } : {}) });
    expect(await counts()).toEqual(before);
  });

  it('refuses an unknown event with NOT_FOUND', async () => {
    const before = await counts();
    expect(firstError(await api.run(REPEAT, { id: '987654', weekdays: ['MONDAY'], weeks: 1 }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(firstError(await api.run(REPEAT, { id: 'abc', weekdays: ['MONDAY'], weeks: 1 }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await counts()).toEqual(before);
  });

  it('runs in one transaction: a copy failing mid-way leaves no copy, trainer or registrant behind', async () => {
    const sessionId = await f.session({ eventInscriptionMode: 'AUTOMATIC' });
    const [trainer, learner] = [await f.user(), await f.user()];
    await f.inscription({ sessionId, userId: trainer, role: 'TRAINER' });
    await f.inscription({ sessionId, userId: learner });
    const name = `Atomique ${Date.now()}`;
    const source = await f.event(sessionId, { name, startAt: '2026-03-09T08:00:00Z', endAt: '2026-03-09T11:00:00Z', trainerIds: [trainer] });
    // The database refuses the second copy: the original and the first copy (with its trainer and learner)
    // are already written inside the transaction when it fails.
    const sqlite = api.dataSource.options.type === 'better-sqlite3';
    await api.dataSource.query(
      sqlite
        ? `CREATE TRIGGER fail_second_copy BEFORE INSERT ON event
             WHEN NEW.name = '${name}' AND (SELECT COUNT(*) FROM event WHERE name = NEW.name) >= 2
             BEGIN SELECT RAISE(ABORT, 'simulated failure'); END`
        : `CREATE TRIGGER fail_second_copy BEFORE INSERT ON event FOR EACH ROW
             BEGIN
               IF NEW.name = '${name}' AND (SELECT COUNT(*) FROM event WHERE name = NEW.name) >= 2 THEN
                 SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'simulated failure';
               END IF;
             END`,
    );
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const before = await counts();
    try {
      const result = await api.run(REPEAT, { id: source, weekdays: ['TUESDAY', 'WEDNESDAY', 'THURSDAY'], weeks: 1 });
      // Masked as an unexpected error, with no SQL in the message.
      expect(firstError(result)).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', message: 'An error occurred' });
      expect(logged).toHaveBeenCalled();
    } finally {
      logged.mockRestore();
      await api.dataSource.query('DROP TRIGGER fail_second_copy');
    }
    expect(await counts()).toEqual(before);
    expect(await api.dataSource.manager.countBy(Event, { name })).toBe(1);

    // Without the failure the same request makes the three copies, each with its trainer and learner.
    const copies = await repeat({ id: source, weekdays: ['TUESDAY', 'WEDNESDAY', 'THURSDAY'], weeks: 1 });
    expect(copies.map((c) => [c.trainers.nodes, learnersOf(c)])).toEqual(
      Array(3).fill([[{ id: trainer }], [[learner, 'CONFIRMED']]]),
    );
    expect(await counts()).toEqual({ ...before, events: before.events + 3, inscriptions: before.inscriptions + 6 });
  });
});
