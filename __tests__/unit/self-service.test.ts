import { InscriptionMode, RegistrationClosure } from '../../entities';
import {
  eventRegistrationClosure,
  eventRegistrationClosureFor,
  registrationStatus,
  sessionRegistrationClosure,
  sessionUnregistrationClosure,
} from '../../domain/self-service';

// #9 §2–3 (R3, R4, R8): what a learner may do on their own, as the mutations and the registration fields apply it.
const NOW = new Date('2026-03-02T08:00:00Z');
const session = (overrides: Record<string, unknown> = {}) => ({
  endDate: new Date('2026-06-30T00:00:00Z'),
  publicRegistration: true,
  publicUnregistration: true,
  registrationClosesAt: null as Date | null,
  ...overrides,
});
const event = (overrides: Record<string, unknown> = {}) => ({ endAt: new Date('2026-03-10T11:00:00Z'), inscriptionMode: InscriptionMode.PUBLIC, ...overrides });

describe('self-service closures', () => {
  it('a session: open; ended first, then not public, then past its closing date (the instant itself closes)', () => {
    expect(sessionRegistrationClosure(session(), NOW)).toBeNull();
    expect(sessionRegistrationClosure(session({ endDate: NOW, publicRegistration: false }), NOW)).toBe(RegistrationClosure.ENDED);
    expect(sessionRegistrationClosure(session({ publicRegistration: false, registrationClosesAt: NOW }), NOW)).toBe(RegistrationClosure.NOT_PUBLIC);
    expect(sessionRegistrationClosure(session({ registrationClosesAt: NOW }), NOW)).toBe(RegistrationClosure.CLOSED);
    expect(sessionRegistrationClosure(session({ registrationClosesAt: new Date(NOW.getTime() + 1) }), NOW)).toBeNull();
  });

  it('unregistering a session follows public unregistration and the end, not the closing date', () => {
    expect(sessionUnregistrationClosure(session({ registrationClosesAt: NOW }), NOW)).toBeNull();
    expect(sessionUnregistrationClosure(session({ publicUnregistration: false }), NOW)).toBe(RegistrationClosure.NOT_PUBLIC);
    expect(sessionUnregistrationClosure(session({ endDate: NOW }), NOW)).toBe(RegistrationClosure.ENDED);
  });

  it('an event: PUBLIC mode until it ends; for a signed-in viewer, only a confirmed learner of the session', () => {
    expect(eventRegistrationClosure(event(), NOW)).toBeNull();
    for (const mode of [InscriptionMode.MANUAL, InscriptionMode.AUTOMATIC])
      expect(eventRegistrationClosure(event({ inscriptionMode: mode }), NOW)).toBe(RegistrationClosure.NOT_PUBLIC);
    expect(eventRegistrationClosure(event({ endAt: NOW }), NOW)).toBe(RegistrationClosure.ENDED);
    expect(eventRegistrationClosureFor(event(), NOW, false)).toBe(RegistrationClosure.NOT_SESSION_LEARNER);
    expect(eventRegistrationClosureFor(event(), NOW, true)).toBeNull();
    expect(eventRegistrationClosureFor(event(), NOW, null)).toBeNull();
    expect(eventRegistrationClosureFor(event({ endAt: NOW }), NOW, false)).toBe(RegistrationClosure.ENDED);
  });
});

describe('registrationStatus', () => {
  const facts = { closure: null, unregistrationClosure: null, maxUsers: 5 as number | null, taken: 3, waiting: 0, validation: false, closesAt: null };

  it('seats left for a newcomer exclude those owed to the waiting list (after the promotion cut-off)', () => {
    expect(registrationStatus(facts)).toMatchObject({ open: true, seatsLeft: 2, freeSeats: 2, full: false });
    expect(registrationStatus({ ...facts, waiting: 2 })).toMatchObject({ seatsLeft: 0, freeSeats: 2, full: true, waiting: 2 });
    expect(registrationStatus({ ...facts, taken: 5, waiting: 4 })).toMatchObject({ seatsLeft: 0, freeSeats: 0, full: true });
  });

  it('unlimited: never full; closed: says why', () => {
    expect(registrationStatus({ ...facts, maxUsers: null })).toMatchObject({ seatsLeft: null, freeSeats: null, full: false });
    expect(registrationStatus({ ...facts, closure: RegistrationClosure.CLOSED })).toMatchObject({ open: false, closure: 'CLOSED' });
  });
});
