import 'reflect-metadata';
import { DateTime } from 'luxon';
import { InscriptionMode, Training } from '../../entities';
import { sessionDraft } from '../../domain/session-draft';

const NOW = new Date('2026-03-02T08:00:00Z');

function training(overrides: Partial<Training> = {}): Training {
  return Object.assign(new Training(), {
    id: 1,
    code: 'SST-1',
    title: 'Sauveteur secouriste du travail',
    description: 'Apprendre les gestes qui sauvent',
    defaultSessionDays: 2,
    publicRegistration: true,
    publicUnregistration: false,
    registrationValidation: true,
    maxUsers: 12,
    eventInscriptionMode: InscriptionMode.AUTOMATIC,
    createdAt: new Date('2026-01-01T00:00:00Z'),
    ...overrides,
  });
}

describe('R2 — sessionDraft', () => {
  it("copies the training's settings", () => {
    const draft = sessionDraft(training(), NOW, new Date('2026-04-01T07:00:00Z'));
    expect(draft).toEqual({
      title: 'Sauveteur secouriste du travail',
      description: 'Apprendre les gestes qui sauvent',
      startDate: new Date('2026-04-01T07:00:00Z'),
      endDate: new Date('2026-04-03T07:00:00Z'),
      publicRegistration: true,
      publicUnregistration: false,
      registrationValidation: true,
      maxUsers: 12,
      eventInscriptionMode: InscriptionMode.AUTOMATIC,
      defaultSession: false,
    });
    const other = sessionDraft(
      training({ publicRegistration: false, publicUnregistration: true, registrationValidation: false, maxUsers: null, eventInscriptionMode: InscriptionMode.PUBLIC }),
      NOW,
    );
    expect(other).toMatchObject({
      publicRegistration: false,
      publicUnregistration: true,
      registrationValidation: false,
      maxUsers: null,
      eventInscriptionMode: InscriptionMode.PUBLIC,
    });
  });

  it('starts now when no start is given (null or omitted), and ends defaultSessionDays later', () => {
    for (const start of [undefined, null]) {
      const draft = sessionDraft(training({ defaultSessionDays: 3 }), NOW, start);
      expect(draft.startDate).toEqual(NOW);
      expect(draft.endDate).toEqual(new Date('2026-03-05T08:00:00Z'));
    }
  });

  it('counts the duration in calendar days across spring forward: 2026-03-28 09:00 Paris + 2 days = 03-30 09:00 Paris (07:00Z)', () => {
    const draft = sessionDraft(training({ defaultSessionDays: 2 }), NOW, new Date('2026-03-28T08:00:00Z'));
    expect(draft.endDate.toISOString()).toBe('2026-03-30T07:00:00.000Z');
    expect(DateTime.fromJSDate(draft.endDate, { zone: 'Europe/Paris' }).toFormat("yyyy-MM-dd'T'HH:mm")).toBe('2026-03-30T09:00');
  });

  it('and across fall back: 2026-10-24 09:00 Paris (07:00Z) + 2 days = 10-26 09:00 Paris (08:00Z)', () => {
    const draft = sessionDraft(training({ defaultSessionDays: 2 }), NOW, new Date('2026-10-24T07:00:00Z'));
    expect(draft.endDate.toISOString()).toBe('2026-10-26T08:00:00.000Z');
  });

  it('uses the platform time zone (DEFAULT_TIME_ZONE), not the process one', () => {
    const saved = { zone: process.env.DEFAULT_TIME_ZONE, tz: process.env.TZ };
    try {
      process.env.TZ = 'Asia/Tokyo';
      // Montreal: DST starts 2026-03-08; 2026-03-07 09:00 EST (14:00Z) + 2 days = 03-09 09:00 EDT (13:00Z).
      process.env.DEFAULT_TIME_ZONE = 'America/Montreal';
      expect(sessionDraft(training(), NOW, new Date('2026-03-07T14:00:00Z')).endDate.toISOString()).toBe('2026-03-09T13:00:00.000Z');
      delete process.env.DEFAULT_TIME_ZONE; // Europe/Paris when unset
      expect(sessionDraft(training(), NOW, new Date('2026-03-28T08:00:00Z')).endDate.toISOString()).toBe('2026-03-30T07:00:00.000Z');
    } finally {
      if (saved.zone === undefined) delete process.env.DEFAULT_TIME_ZONE;
      else process.env.DEFAULT_TIME_ZONE = saved.zone;
      if (saved.tz === undefined) delete process.env.TZ;
      else process.env.TZ = saved.tz;
    }
  });

  it('does not change the training it reads', () => {
    const source = training();
    const copy = { ...source };
    sessionDraft(source, NOW);
    expect(source).toEqual(copy);
  });
});
