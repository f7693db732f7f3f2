import { Actor } from '../../domain/actor';
import { Attendance, AttendanceMethod, AttendanceStatus } from '../../entities';
import { managerActor } from '../support/actors';
import { openTestApi, TestApi } from '../support/api';
import { factories } from '../support/factories';
import { learnerDocument, type LearnerDocumentKind } from '../support/learner-documents';

// #10 §6: attendance certificates per event (PRESENT only) and per session (certificat de réalisation, with
// the events attended and the hours), one PDF each or one for all; a learner gets only their own.
// Reading a PDF back starts a node process (support/pdf-text.ts): slow on a busy machine.
jest.setTimeout(60_000);

let api: TestApi;
let f: ReturnType<typeof factories>;

beforeAll(async () => {
  api = await openTestApi(new Date('2026-03-02T08:00:00Z'));
  f = factories(api);
});
afterAll(() => api.close());

const user = (userId: string): Actor => ({ kind: 'user', userId: Number(userId), isAdmin: false });

const pdf = (kind: LearnerDocumentKind, id: string, actor: Actor, query = '') => learnerDocument(api, kind, id, actor, query);

/** Attendance as the attendance screens record it (their API is another branch's): the current row. */
async function attend(eventId: string, userId: string, status: AttendanceStatus) {
  await api.dataSource.manager.insert(Attendance, {
    eventId: Number(eventId),
    userId: Number(userId),
    status,
    comment: null,
    recordedById: null,
    recordedAt: api.clock.now(),
    method: AttendanceMethod.STAFF,
    correctionReason: null,
  });
}

/** A session of two events (3 h and 2 h) and three learners: Hélène at both, Éric at the second, Zoé at none. */
async function world() {
  const organisationId = await f.organisation();
  const manager = managerActor(await f.user(), organisationId);
  const trainingId = await f.training({ organisationIds: [organisationId], eventInscriptionMode: 'AUTOMATIC' });
  const sessionId = await f.session({ trainingId });
  const helene = await f.user({ firstName: 'Hélène', lastName: 'Châtelet' });
  const eric = await f.user({ firstName: 'Éric', lastName: 'Leblanc' });
  const zoe = await f.user({ firstName: 'Zoé', lastName: 'Ménard' });
  for (const userId of [helene, eric, zoe]) await f.inscription({ sessionId, userId });
  const morning = await f.event(sessionId, { name: 'Matinée théorique', startAt: '2026-03-10T08:00:00Z', endAt: '2026-03-10T11:00:00Z' });
  const afternoon = await f.event(sessionId, { name: 'Atelier pratique', startAt: '2026-03-10T13:00:00Z', endAt: '2026-03-10T15:00:00Z' });
  await attend(morning, helene, AttendanceStatus.PRESENT);
  await attend(morning, eric, AttendanceStatus.ABSENT_EXCUSED);
  await attend(afternoon, helene, AttendanceStatus.PRESENT);
  await attend(afternoon, eric, AttendanceStatus.PRESENT);
  await attend(afternoon, zoe, AttendanceStatus.ABSENT_UNEXCUSED);
  return { manager, sessionId, morning, afternoon, helene, eric, zoe };
}

describe('an event’s attendance certificates', () => {
  it('are issued to the learners recorded PRESENT only, in one PDF for the staff', async () => {
    const w = await world();
    const all = await pdf('event-certificates', w.morning, w.manager);
    expect(all.status).toBe(200);
    expect(all.text).toContain('Hélène');
    expect(all.text).toContain('Châtelet');
    expect(all.text).toContain('Matinée théorique');
    expect(all.text).not.toContain('Éric');
    expect(all.text).not.toContain('Zoé');

    expect(await pdf('event-certificates', w.morning, w.manager, `?user=${w.eric}`)).toMatchObject({ status: 409, text: expect.stringContaining('NOT_PRESENT') });
    const count = await api.ok(`query($id: ID!) { event(id: $id) { certificateCount } }`, { id: w.morning }, w.manager);
    expect(count.event.certificateCount).toBe(1);
  });

  it('give a learner their own only: another’s is 404, and no certificate without PRESENT', async () => {
    const w = await world();
    const own = await pdf('event-certificates', w.morning, user(w.helene));
    expect(own.status).toBe(200);
    expect(own.text).toContain('Hélène');
    expect((await pdf('event-certificates', w.morning, user(w.helene), `?user=${w.eric}`)).status).toBe(404);
    expect((await pdf('event-certificates', w.morning, user(w.eric))).status).toBe(409);
    expect((await pdf('event-certificates', w.morning, user(await f.user()))).status).toBe(404);
    expect((await pdf('event-certificates', w.morning, managerActor(await f.user(), await f.organisation()))).status).toBe(404);
    const count = await api.ok(`query($id: ID!) { event(id: $id) { certificateCount } }`, { id: w.morning }, user(w.helene));
    expect(count.event.certificateCount).toBeNull();
  });
});

describe('a session’s certificates of completion', () => {
  it('list the events attended and the hours, for each learner with attended hours', async () => {
    const w = await world();
    const helene = await pdf('session-certificates', w.sessionId, w.manager, `?user=${w.helene}`);
    expect(helene.status).toBe(200);
    expect(helene.text).toContain('Matinée théorique');
    expect(helene.text).toContain('Atelier pratique');
    expect(helene.text).toMatch(/5\s*h/);

    const all = await pdf('session-certificates', w.sessionId, w.manager);
    expect(all.text).toContain('Hélène');
    expect(all.text).toContain('Éric');
    expect(all.text).not.toContain('Zoé');

    expect((await pdf('session-certificates', w.sessionId, user(w.zoe))).status).toBe(409);
    expect((await pdf('session-certificates', w.sessionId, user(w.eric), `?user=${w.helene}`)).status).toBe(404);
    expect((await pdf('session-certificates', w.sessionId, managerActor(await f.user(), await f.organisation()))).status).toBe(404);
    const count = await api.ok(`query($id: ID!) { session(id: $id) { certificateCount } }`, { id: w.sessionId }, w.manager);
    expect(count.session.certificateCount).toBe(2);
  });
});

describe('myCertificates', () => {
  it('lists the events a learner was PRESENT at and the sessions with their hours, most recent first', async () => {
    const w = await world();
    const query = `{ myCertificates { events { id name } sessions { session { id } attendedHours scheduledHours } } }`;
    const helene = await api.ok(query, {}, user(w.helene));
    expect(helene.myCertificates).toEqual({
      events: [
        { id: w.afternoon, name: 'Atelier pratique' },
        { id: w.morning, name: 'Matinée théorique' },
      ],
      sessions: [{ session: { id: w.sessionId }, attendedHours: 5, scheduledHours: 5 }],
    });
    const eric = await api.ok(query, {}, user(w.eric));
    expect(eric.myCertificates.sessions).toEqual([{ session: { id: w.sessionId }, attendedHours: 2, scheduledHours: 5 }]);
    const zoe = await api.ok(query, {}, user(w.zoe));
    expect(zoe.myCertificates).toEqual({ events: [], sessions: [] });
  });
});
