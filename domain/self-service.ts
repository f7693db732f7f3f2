import { Event, InscriptionMode, RegistrationClosure, Session } from '../entities';
import { forbidden } from './errors';
import { ErrorReason } from './error-reasons';
import { hasEnded } from './status';

/**
 * What a learner may do on their own (R3, R4, R8, #9 §2), as one answer per target: null when open, else why
 * not. The mutations refuse with it and the `registration` fields show it, so a button never guesses.
 */
export function sessionRegistrationClosure(
  session: Pick<Session, 'endDate' | 'publicRegistration' | 'registrationClosesAt'>,
  now: Date,
): RegistrationClosure | null {
  if (hasEnded(session.endDate, now)) return RegistrationClosure.ENDED;
  if (!session.publicRegistration) return RegistrationClosure.NOT_PUBLIC;
  if (session.registrationClosesAt && session.registrationClosesAt.getTime() <= now.getTime()) return RegistrationClosure.CLOSED;
  return null;
}

export function sessionUnregistrationClosure(session: Pick<Session, 'endDate' | 'publicUnregistration'>, now: Date): RegistrationClosure | null {
  if (hasEnded(session.endDate, now)) return RegistrationClosure.ENDED;
  if (!session.publicUnregistration) return RegistrationClosure.NOT_PUBLIC;
  return null;
}

/** R3, R4: a PUBLIC event is open to its session's learners, both ways, until it ends. */
export function eventRegistrationClosure(event: Pick<Event, 'endAt' | 'inscriptionMode'>, now: Date): RegistrationClosure | null {
  if (hasEnded(event.endAt, now)) return RegistrationClosure.ENDED;
  if (event.inscriptionMode !== InscriptionMode.PUBLIC) return RegistrationClosure.NOT_PUBLIC;
  return null;
}

/**
 * The same, for one viewer: a signed-in user who is not a confirmed learner of the session may not register
 * (R3; the mutation checks it under the lock). `viewerIsLearner` is null for anonymous visitors, who sign in first.
 */
export function eventRegistrationClosureFor(event: Pick<Event, 'endAt' | 'inscriptionMode'>, now: Date, viewerIsLearner: boolean | null) {
  return eventRegistrationClosure(event, now) ?? (viewerIsLearner === false ? RegistrationClosure.NOT_SESSION_LEARNER : null);
}

const REASONS: Record<'register' | 'unregister' | 'event', Record<RegistrationClosure, ErrorReason>> = {
  register: {
    ENDED: ErrorReason.SESSION_ENDED,
    NOT_PUBLIC: ErrorReason.REGISTRATION_NOT_PUBLIC,
    CLOSED: ErrorReason.REGISTRATION_CLOSED,
    NOT_SESSION_LEARNER: ErrorReason.NOT_SESSION_LEARNER,
  },
  unregister: {
    ENDED: ErrorReason.SESSION_ENDED,
    NOT_PUBLIC: ErrorReason.UNREGISTRATION_NOT_PUBLIC,
    CLOSED: ErrorReason.REGISTRATION_CLOSED,
    NOT_SESSION_LEARNER: ErrorReason.NOT_SESSION_LEARNER,
  },
  event: {
    ENDED: ErrorReason.EVENT_ENDED,
    NOT_PUBLIC: ErrorReason.EVENT_NOT_PUBLIC,
    CLOSED: ErrorReason.EVENT_ENDED,
    NOT_SESSION_LEARNER: ErrorReason.NOT_SESSION_LEARNER,
  },
};

/** Refuses (FORBIDDEN, with the precise reason) what the closure says is closed; changes nothing. */
export function assertOpen(closure: RegistrationClosure | null, what: 'register' | 'unregister' | 'event'): void {
  if (closure) throw forbidden(REASONS[what][closure], `learners cannot ${what === 'unregister' ? 'unregister' : 'register'} themselves here (${closure})`);
}

/** The closure of a session or event for one direction, as the mutations apply it. */
export function selfServiceClosure(session: Session, event: Event | null, direction: 'register' | 'unregister', now: Date) {
  if (event) return eventRegistrationClosure(event, now);
  return direction === 'register' ? sessionRegistrationClosure(session, now) : sessionUnregistrationClosure(session, now);
}

/** #9 §2: what a registration button needs to know about a session or an event, decided here only. */
export interface RegistrationStatus {
  open: boolean;
  closure: RegistrationClosure | null;
  unregistrationOpen: boolean;
  unregistrationClosure: RegistrationClosure | null;
  /** Seats a newcomer would take now; null: unlimited. */
  seatsLeft: number | null;
  /** Seats no confirmed learner holds (null: unlimited); staff may give them by hand after the promotion cut-off. */
  freeSeats: number | null;
  /** No seat for a newcomer: registering joins the waiting list (sessions and events always have one, R6). */
  full: boolean;
  waiting: number;
  validation: boolean;
  closesAt: Date | null;
}

export function registrationStatus(facts: {
  closure: RegistrationClosure | null;
  unregistrationClosure: RegistrationClosure | null;
  maxUsers: number | null;
  taken: number;
  waiting: number;
  validation: boolean;
  closesAt: Date | null;
}): RegistrationStatus {
  // A seat left free after the promotion cut-off belongs to the waiting learners (seats.ts seatsForNewcomers).
  const seatsLeft = facts.maxUsers === null ? null : Math.max(0, facts.maxUsers - facts.taken - facts.waiting);
  return {
    freeSeats: facts.maxUsers === null ? null : Math.max(0, facts.maxUsers - facts.taken),
    open: facts.closure === null,
    closure: facts.closure,
    unregistrationOpen: facts.unregistrationClosure === null,
    unregistrationClosure: facts.unregistrationClosure,
    seatsLeft,
    full: seatsLeft === 0,
    waiting: facts.waiting,
    validation: facts.validation,
    closesAt: facts.closesAt,
  };
}
