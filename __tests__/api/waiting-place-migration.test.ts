/**
 * #9 §4: the Registration migration on a database that already holds waiting learners: each gets a stored
 * place, 1…N per session or event in registration order, so the lines are whole from the first request on.
 */
import { WaitingPlace } from '../../entities';
import { revertThrough } from '../support/migrations';
import { openTestApi } from '../support/api';
import { factories } from '../support/factories';

jest.setTimeout(60_000);

it('gives the learners already waiting their places, first come first served, per session and per event', async () => {
  const api = await openTestApi();
  try {
    const f = factories(api);
    const sessionId = await f.session({ maxUsers: 1 });
    const eventId = await f.event(sessionId, { inscriptionMode: 'MANUAL', maxUsers: 1 });
    const learners = [await f.user(), await f.user(), await f.user()];
    const session = [];
    for (const userId of learners) session.push(await f.inscription({ sessionId, userId }));
    const other = await f.user();
    // Two confirmed session learners are needed for an event line: raise the capacity, then fill the event.
    await api.ok(`mutation($id: ID!) { updateSession(id: $id, input: { maxUsers: 2 }) { id } }`, { id: sessionId });
    const event = [await f.inscription({ eventId, userId: learners[0] }), await f.inscription({ eventId, userId: learners[1] })];
    const late = await f.inscription({ sessionId, userId: other });

    await revertThrough(api.dataSource, /^Registration/);
    await api.dataSource.runMigrations({ transaction: 'each' });

    const places = await api.dataSource.manager.find(WaitingPlace, { order: { sessionId: 'ASC', eventKey: 'ASC', position: 'ASC' } });
    expect(places.map((p) => [p.eventKey === 0 ? 'session' : 'event', String(p.inscriptionId), p.position])).toEqual([
      ['session', session[2].id, 1],
      ['session', late.id, 2],
      ['event', event[1].id, 1],
    ]);
  } finally {
    await api.close();
  }
});
