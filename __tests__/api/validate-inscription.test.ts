/**
 * R7 (#7 screen 5): a manager of the training accepts or refuses a PENDING registration. Accepting is subject
 * to capacity (confirmed while a seat is left, else waitlisted) and confirms like any other seat (automatic
 * events, R3); refusing keeps the row as CANCELLED. Race-safe under the session's lock.
 */
import { IsNull } from 'typeorm';
import { Actor } from '../../domain/actor';
import { Inscription } from '../../entities';
import { firstError, openTestApi, TestApi } from '../support/api';
import { factories } from '../support/factories';

let api: TestApi;
let f: ReturnType<typeof factories>;

beforeAll(async () => {
  api = await openTestApi(new Date('2026-03-02T08:00:00Z'));
  f = factories(api);
});
afterAll(() => api.close());

const VALIDATE = `mutation($id: ID!, $accept: Boolean!) { validateInscription(id: $id, accept: $accept) { id state position } }`;
const as = (userId: string): Actor => ({ kind: 'user', userId: Number(userId), isAdmin: false });

/** A session of a validated training of a fresh organisation, with its manager. */
async function world(maxUsers: number | null = null) {
  const organisationId = await f.organisation();
  const manager = await f.user();
  await api.ok(`mutation($u: ID!, $o: ID!) { setMembership(userId: $u, organisationId: $o, role: MANAGER) { role } }`, {
    u: manager,
    o: organisationId,
  });
  const trainingId = await f.training({ organisationIds: [organisationId] });
  const sessionId = await f.session({ trainingId, maxUsers, publicRegistration: true, registrationValidation: true });
  return { sessionId, manager: { ...as(manager), managedOrganisationIds: [Number(organisationId)] } as Actor };
}

/** A learner's own registration, PENDING under validation. */
async function pending(sessionId: string) {
  const userId = await f.user();
  const inscription = await f.inscription({ sessionId, userId }, as(userId));
  expect(inscription.state).toBe('PENDING');
  return { userId, id: inscription.id };
}

const state = async (id: string) => (await api.dataSource.manager.findOneByOrFail(Inscription, { id: Number(id) })).state;
const validate = (id: string, accept: boolean, actor: Actor) => api.run(VALIDATE, { id, accept }, actor);

describe('validateInscription (R7)', () => {
  it('accepting with a seat left confirms, and the learner joins the automatic events not ended (R3)', async () => {
    const { sessionId, manager } = await world(2);
    const automatic = await f.event(sessionId, { inscriptionMode: 'AUTOMATIC' });
    const manual = await f.event(sessionId, { inscriptionMode: 'MANUAL' });
    const { id, userId } = await pending(sessionId);

    const result = await validate(id, true, manager);
    expect(result.errors).toBeUndefined();
    expect(result.data!.validateInscription).toEqual({ id, state: 'CONFIRMED', position: null });
    const events = await api.dataSource.manager.findBy(Inscription, { userId: Number(userId), eventId: Number(automatic) });
    expect(events.map((i) => i.state)).toEqual(['CONFIRMED']);
    expect(await api.dataSource.manager.countBy(Inscription, { userId: Number(userId), eventId: Number(manual) })).toBe(0);
  });

  it('accepting into a full session waitlists, in registration order, and joins no event', async () => {
    const { sessionId, manager } = await world(1);
    const automatic = await f.event(sessionId, { inscriptionMode: 'AUTOMATIC' });
    const early = await pending(sessionId);
    await f.inscription({ sessionId, userId: await f.user() });
    const waiting = await f.inscription({ sessionId, userId: await f.user() });
    expect(waiting.state).toBe('WAITLISTED');

    const result = await validate(early.id, true, manager);
    // The pending registration came first, so it is first in line (R6: registration time).
    expect(result.data!.validateInscription).toEqual({ id: early.id, state: 'WAITLISTED', position: 1 });
    expect(await api.dataSource.manager.countBy(Inscription, { userId: Number(early.userId), eventId: Number(automatic) })).toBe(0);
  });

  it('refusing cancels the registration and takes no seat', async () => {
    const { sessionId, manager } = await world(1);
    const { id } = await pending(sessionId);
    expect((await validate(id, false, manager)).data!.validateInscription).toEqual({ id, state: 'CANCELLED', position: null });
    expect((await f.inscription({ sessionId, userId: await f.user() })).state).toBe('CONFIRMED');
  });

  it('only a PENDING registration: a confirmed one, or one already decided, is CONFLICT NOT_PENDING, unchanged', async () => {
    const { sessionId, manager } = await world();
    const confirmed = await f.inscription({ sessionId, userId: await f.user() });
    expect(firstError(await validate(confirmed.id, false, manager))).toMatchObject({ code: 'CONFLICT', reason: 'NOT_PENDING', field: 'id' });
    expect(await state(confirmed.id)).toBe('CONFIRMED');
    const { id } = await pending(sessionId);
    await validate(id, false, manager);
    expect(firstError(await validate(id, true, manager))).toMatchObject({ code: 'CONFLICT', reason: 'NOT_PENDING' });
    expect(await state(id)).toBe('CANCELLED');
  });

  it("refused to the session's trainer and to the learner (FORBIDDEN), to another organisation's manager (NOT_FOUND); nothing written", async () => {
    const { sessionId } = await world();
    const other = await world();
    const trainer = await f.user();
    await f.inscription({ sessionId, userId: trainer, role: 'TRAINER' });
    const { id, userId } = await pending(sessionId);

    expect(firstError(await validate(id, true, as(trainer)))).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_TRAINING_MANAGER' });
    expect(firstError(await validate(id, true, as(userId)))).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_TRAINING_MANAGER' });
    expect(firstError(await validate(id, true, other.manager))).toMatchObject({ code: 'NOT_FOUND' });
    expect(firstError(await validate('999999', true, other.manager))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await state(id)).toBe('PENDING');
  });

  it('accepting many at once with one seat left: exactly one CONFIRMED, the others WAITLISTED', async () => {
    const { sessionId, manager } = await world(2);
    await f.inscription({ sessionId, userId: await f.user() });
    const waiting = [];
    for (let i = 0; i < 6; i++) waiting.push(await pending(sessionId));
    const results = await Promise.all(waiting.map(({ id }) => validate(id, true, manager)));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const rows = await api.dataSource.manager.findBy(Inscription, { sessionId: Number(sessionId), eventId: IsNull() });
    expect(rows.filter((r) => r.state === 'CONFIRMED')).toHaveLength(2);
    expect(rows.filter((r) => r.state === 'WAITLISTED')).toHaveLength(5);
  });

  it('the session row counters the sessions table sorts on follow each decision (learners, pending)', async () => {
    const { sessionId, manager } = await world(5);
    const first = await pending(sessionId);
    const second = await pending(sessionId);
    const counters = () => api.ok(`query($id: ID!) { session(id: $id) { learnerCount pendingCount } }`, { id: sessionId }, manager);
    expect((await counters()).session).toEqual({ learnerCount: 0, pendingCount: 2 });
    expect((await validate(first.id, true, manager)).errors).toBeUndefined();
    expect((await counters()).session).toEqual({ learnerCount: 1, pendingCount: 1 });
    expect((await validate(second.id, false, manager)).errors).toBeUndefined();
    expect((await counters()).session).toEqual({ learnerCount: 1, pendingCount: 0 });
  });

  it('two managers deciding the same registration at once decide once: the other gets NOT_PENDING', async () => {
    const { sessionId, manager } = await world(5);
    const { id } = await pending(sessionId);
    const results = await Promise.all([validate(id, true, manager), validate(id, false, manager)]);
    const failed = results.filter((r) => r.errors?.length);
    expect(failed).toHaveLength(1);
    expect(firstError(failed[0])).toMatchObject({ code: 'CONFLICT', reason: 'NOT_PENDING' });
    const winner = results.find((r) => !r.errors?.length)!.data!.validateInscription.state;
    expect(await state(id)).toBe(winner);
  });
});
