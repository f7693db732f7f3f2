import { openTestApi, TestApi } from '../support/api';
import { factories } from '../support/factories';

// #6 §14: R4's "ended" condition is written once (domain/status.ts endedCondition) and used by the events
// list, the sessions' status filter, joining automatic events and leaving open ones. These cases pin the
// boundary (ended once end <= now) where the four queries meet the `status` field, at exactly now and 1 ms
// after.
let api: TestApi;
let f: ReturnType<typeof factories>;

const NOW = '2026-03-10T11:00:00.000Z';
const shift = (ms: number) => new Date(new Date(NOW).getTime() + ms).toISOString();
const HOUR = 3600_000;
const DAY = 24 * HOUR;

beforeAll(async () => {
  api = await openTestApi(new Date(shift(-DAY)));
  f = factories(api);
});
afterAll(() => api.close());

const ids = (connection: { nodes: { id: string }[] }) => connection.nodes.map((n) => n.id).sort();

describe('R4 — one "ended" boundary for every query', () => {
  it('events: an event ending exactly now is in the ended list and ENDED; 1 ms later it would be open', async () => {
    api.clock.set(new Date(shift(-DAY)));
    const sessionId = await f.session();
    const endsNow = await f.event(sessionId, { startAt: shift(-3 * HOUR), endAt: NOW });
    const endsLater = await f.event(sessionId, { startAt: shift(-3 * HOUR), endAt: shift(1) });
    api.clock.set(new Date(NOW));
    const list = async (ended: boolean) =>
      (await api.ok(`query($f: EventFilter) { events(filter: $f, first: 100) { nodes { id status } } }`, { f: { sessionId, ended } }))
        .events;
    const ended = await list(true);
    const open = await list(false);
    expect(ended.nodes).toEqual([{ id: endsNow, status: 'ENDED' }]);
    expect(open.nodes).toEqual([{ id: endsLater, status: 'ONGOING' }]);
  });

  it('sessions: each session is listed under exactly the status its `status` field shows, at the boundaries', async () => {
    api.clock.set(new Date(shift(-2 * DAY)));
    const trainingId = await f.training();
    const session = (startDate: string, endDate: string) => f.session({ trainingId, startDate, endDate });
    const endsNow = await session(shift(-DAY), NOW);
    const endsLater = await session(shift(-DAY), shift(1));
    const startsNow = await session(NOW, shift(DAY));
    const startsLater = await session(shift(1), shift(DAY));
    api.clock.set(new Date(NOW));
    const listed = async (status: string) =>
      (
        await api.ok(`query($f: SessionFilter) { sessions(filter: $f, first: 100) { nodes { id status } } }`, {
          f: { trainingId, status },
        })
      ).sessions.nodes as { id: string; status: string }[];
    const byStatus = {
      ENDED: await listed('ENDED'),
      ONGOING: await listed('ONGOING'),
      UPCOMING: await listed('UPCOMING'),
    };
    expect(ids({ nodes: byStatus.ENDED })).toEqual([endsNow]);
    expect(ids({ nodes: byStatus.ONGOING })).toEqual([endsLater, startsNow].sort());
    expect(ids({ nodes: byStatus.UPCOMING })).toEqual([startsLater]);
    for (const [status, nodes] of Object.entries(byStatus)) expect(nodes.every((n) => n.status === status)).toBe(true);
  });

  it('R3: a learner confirmed now joins the automatic event ending 1 ms later, not the one ending now; leaving keeps the ended one', async () => {
    api.clock.set(new Date(shift(-DAY)));
    const sessionId = await f.session({ eventInscriptionMode: 'AUTOMATIC' });
    const [leaver, joiner] = [await f.user(), await f.user()];
    const leaverInscription = await f.inscription({ sessionId, userId: leaver });
    const endsNow = await f.event(sessionId, { startAt: shift(-3 * HOUR), endAt: NOW });
    const endsLater = await f.event(sessionId, { startAt: shift(-3 * HOUR), endAt: shift(1) });
    api.clock.set(new Date(NOW));

    await f.inscription({ sessionId, userId: joiner });
    await api.ok(`mutation($id: ID!) { removeInscription(id: $id) { id } }`, { id: leaverInscription.id });

    const learnersOf = async (eventId: string) =>
      (
        await api.ok(`query($id: ID!) { event(id: $id) { inscriptions(role: LEARNER) { nodes { user { id } } } } }`, { id: eventId })
      ).event.inscriptions.nodes.map((n: { user: { id: string } }) => n.user.id);
    // Ended: the leaver's attendance stays; the newcomer does not join.
    expect(await learnersOf(endsNow)).toEqual([leaver]);
    // Open: the leaver left it; the newcomer joined it.
    expect(await learnersOf(endsLater)).toEqual([joiner]);
  });
});
