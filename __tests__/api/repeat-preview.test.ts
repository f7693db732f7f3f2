import { Event } from '../../entities';
import { firstError, openTestApi, TestApi } from '../support/api';
import { factories } from '../support/factories';

// #8 screen 3 (R5): the repeat dialog's preview is a dry run of repeatEvent: the same copies, the same
// refusals, and nothing written.
let api: TestApi;
let f: ReturnType<typeof factories>;

beforeAll(async () => {
  api = await openTestApi();
  f = factories(api);
});
afterAll(() => api.close());

const ARGS = '$id: ID!, $weekdays: [Weekday!]!, $until: LocalDate, $weeks: Int';
const PASS = 'id: $id, weekdays: $weekdays, until: $until, weeks: $weeks';
const PREVIEW = `query(${ARGS}) { repeatEventPreview(${PASS}) { timeZone occurrences { startAt endAt } } }`;
const REPEAT = `mutation(${ARGS}) { repeatEvent(${PASS}) { startAt endAt timeZone } }`;

describe('repeatEventPreview (R5 dry run)', () => {
  it('lists exactly the copies repeatEvent then creates, in the event zone, writing nothing', async () => {
    const sessionId = await f.session();
    const locationId = await f.location('Indian/Reunion');
    // Monday 2026-03-09 09:00–12:00 at La Réunion (UTC+4).
    const eventId = await f.event(sessionId, { startAt: '2026-03-09T05:00:00Z', endAt: '2026-03-09T08:00:00Z', locationId });
    const variables = { id: eventId, weekdays: ['TUESDAY', 'THURSDAY'], weeks: 3 };
    const before = await api.dataSource.manager.count(Event);

    const { repeatEventPreview } = await api.ok(PREVIEW, variables);
    expect(await api.dataSource.manager.count(Event)).toBe(before);
    expect(repeatEventPreview.timeZone).toBe('Indian/Reunion');
    expect(repeatEventPreview.occurrences).toHaveLength(6);
    expect(repeatEventPreview.occurrences[0]).toEqual({ startAt: '2026-03-10T05:00:00.000Z', endAt: '2026-03-10T08:00:00.000Z' });

    const { repeatEvent } = await api.ok(REPEAT, variables);
    expect(repeatEvent.map((c: { startAt: string; endAt: string }) => ({ startAt: c.startAt, endAt: c.endAt }))).toEqual(
      repeatEventPreview.occurrences,
    );
  });

  it('keeps the wall-clock time across Europe/Paris DST as the mutation does', async () => {
    const sessionId = await f.session();
    const eventId = await f.event(sessionId, { startAt: '2026-03-23T08:00:00Z', endAt: '2026-03-23T11:00:00Z' });
    const variables = { id: eventId, weekdays: ['MONDAY'], until: '2026-04-06' };
    const { repeatEventPreview } = await api.ok(PREVIEW, variables);
    expect(repeatEventPreview).toEqual({
      timeZone: 'Europe/Paris',
      occurrences: [
        { startAt: '2026-03-30T07:00:00.000Z', endAt: '2026-03-30T10:00:00.000Z' },
        { startAt: '2026-04-06T07:00:00.000Z', endAt: '2026-04-06T10:00:00.000Z' },
      ],
    });
  });

  it.each([
    ['no weekday', { weekdays: [], weeks: 2 }, 'weekdays', 'WEEKDAY_REQUIRED'],
    ['both bounds', { weekdays: ['MONDAY'], weeks: 2, until: '2026-04-01' }, 'until', 'UNTIL_OR_WEEKS'],
    ['53 weeks', { weekdays: ['MONDAY'], weeks: 53 }, 'weeks', 'WEEKS_OUT_OF_RANGE'],
    ['an until before the event', { weekdays: ['MONDAY'], until: '2026-03-01' }, 'until', 'UNTIL_BEFORE_EVENT'],
    ['more than 200 copies', { weekdays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'], weeks: 52 }, 'weeks', 'TOO_MANY_COPIES'],
  ])('refuses %s as the mutation does (field and reason)', async (_name, rule, field, reason) => {
    const sessionId = await f.session();
    const eventId = await f.event(sessionId, { startAt: '2026-03-09T08:00:00Z', endAt: '2026-03-09T09:00:00Z' });
    const preview = firstError(await api.run(PREVIEW, { id: eventId, ...rule }));
    const repeat = firstError(await api.run(REPEAT, { id: eventId, ...rule }));
    expect(preview).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    expect({ code: repeat.code, field: repeat.field, reason: repeat.reason }).toEqual({ code: preview.code, field: preview.field, reason: preview.reason });
  });

  it('a trainer of the session gets FORBIDDEN, someone outside NOT_FOUND, as for the mutation', async () => {
    const sessionId = await f.session();
    const trainer = await f.user();
    await f.inscription({ sessionId, userId: trainer, role: 'TRAINER' });
    const eventId = await f.event(sessionId, { startAt: '2026-03-09T08:00:00Z', endAt: '2026-03-09T09:00:00Z' });
    const variables = { id: eventId, weekdays: ['MONDAY'], weeks: 1 };
    const asTrainer = { kind: 'user' as const, userId: Number(trainer), isAdmin: false };
    expect(firstError(await api.run(PREVIEW, variables, asTrainer)).code).toBe('FORBIDDEN');
    const stranger = { kind: 'user' as const, userId: Number(await f.user()), isAdmin: false };
    expect(firstError(await api.run(PREVIEW, variables, stranger)).code).toBe('NOT_FOUND');
  });

  it('repeatLimits gives the bounds the refusals apply', async () => {
    expect((await api.ok('{ repeatLimits { maxCopies maxWeeks } }')).repeatLimits).toEqual({ maxCopies: 200, maxWeeks: 52 });
  });
});

describe('Event.viewerCan (#8 screen 1)', () => {
  const CAN = `query($id: ID!) { event(id: $id) { viewerCan { comment edit delete repeat } } }`;

  it('managers edit, delete and repeat an open event; an ended one is no longer repeated; trainers only comment', async () => {
    const sessionId = await f.session();
    const trainer = await f.user();
    await f.inscription({ sessionId, userId: trainer, role: 'TRAINER' });
    // The test clock is 2026-03-02T08:00Z.
    const open = await f.event(sessionId, { startAt: '2026-03-09T08:00:00Z', endAt: '2026-03-09T09:00:00Z' });
    const ended = await f.event(sessionId, { startAt: '2026-02-09T08:00:00Z', endAt: '2026-02-09T09:00:00Z' });
    expect((await api.ok(CAN, { id: open })).event.viewerCan).toEqual({ comment: true, edit: true, delete: true, repeat: true });
    expect((await api.ok(CAN, { id: ended })).event.viewerCan).toEqual({ comment: true, edit: true, delete: true, repeat: false });
    const asTrainer = { kind: 'user' as const, userId: Number(trainer), isAdmin: false };
    expect((await api.ok(CAN, { id: open }, asTrainer)).event.viewerCan).toEqual({ comment: true, edit: false, delete: false, repeat: false });
  });
});
