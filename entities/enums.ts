import { registerEnumType } from 'type-graphql';

export enum InscriptionMode {
  AUTOMATIC = 'AUTOMATIC',
  MANUAL = 'MANUAL',
  PUBLIC = 'PUBLIC',
}
registerEnumType(InscriptionMode, {
  name: 'InscriptionMode',
  description: 'How the learners of a session get into its events (R3).',
  valuesConfig: {
    AUTOMATIC: { description: "The session's confirmed learners are registered by the system." },
    MANUAL: { description: 'Staff (managers, the session trainers) register learners themselves.' },
    PUBLIC: { description: "The session's learners register themselves." },
  },
});

export enum EventStatus {
  UPCOMING = 'UPCOMING',
  ONGOING = 'ONGOING',
  ENDED = 'ENDED',
}
registerEnumType(EventStatus, {
  name: 'EventStatus',
  description: 'Derived from the dates and the clock at query time, never stored (R4).',
  valuesConfig: {
    UPCOMING: { description: 'Before its start.' },
    ONGOING: { description: 'Between its start and its end.' },
    ENDED: { description: 'Its end has passed.' },
  },
});

export enum InscriptionRole {
  LEARNER = 'LEARNER',
  TRAINER = 'TRAINER',
}
registerEnumType(InscriptionRole, {
  name: 'InscriptionRole',
  description: 'The part a user plays in a session or an event.',
  valuesConfig: { LEARNER: { description: 'Apprenant.' }, TRAINER: { description: 'Formateur.' } },
});

export enum InscriptionState {
  PENDING = 'PENDING',
  WAITLISTED = 'WAITLISTED',
  CONFIRMED = 'CONFIRMED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(InscriptionState, {
  name: 'InscriptionState',
  description: 'Where a registration stands.',
  valuesConfig: {
    PENDING: { description: 'Waiting for a manager to accept it (R7).' },
    WAITLISTED: { description: 'On the waiting list because the session or event is full (R6).' },
    CONFIRMED: { description: 'Holds a seat.' },
    CANCELLED: { description: 'Refused or withdrawn; kept for history.' },
  },
});

export enum Weekday {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
}
registerEnumType(Weekday, {
  name: 'Weekday',
  description: 'A day of the week (ISO order, Monday first).',
  valuesConfig: {
    MONDAY: { description: 'Lundi.' },
    TUESDAY: { description: 'Mardi.' },
    WEDNESDAY: { description: 'Mercredi.' },
    THURSDAY: { description: 'Jeudi.' },
    FRIDAY: { description: 'Vendredi.' },
    SATURDAY: { description: 'Samedi.' },
    SUNDAY: { description: 'Dimanche.' },
  },
});

export enum TemplateKind {
  SESSION_INVITATION = 'SESSION_INVITATION',
  EVENT_INVITATION = 'EVENT_INVITATION',
  ATTENDANCE_CERTIFICATE = 'ATTENDANCE_CERTIFICATE',
  SESSION_CERTIFICATE = 'SESSION_CERTIFICATE',
  EMAIL = 'EMAIL',
}
registerEnumType(TemplateKind, {
  name: 'TemplateKind',
  description: 'What a document model is used for (R12).',
  valuesConfig: {
    SESSION_INVITATION: { description: 'Invitation to a session.' },
    EVENT_INVITATION: { description: 'Invitation to an event.' },
    ATTENDANCE_CERTIFICATE: { description: "Attestation de présence: a learner's attendance at one event." },
    SESSION_CERTIFICATE: { description: 'Certificat de réalisation: the events of a session a learner attended, and the hours.' },
    EMAIL: { description: 'Body of an e-mail message to learners.' },
  },
});

export enum NotificationKind {
  PROMOTED = 'PROMOTED',
  ACCEPTED = 'ACCEPTED',
  REFUSED = 'REFUSED',
}
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification tells (#9 §4).',
  valuesConfig: {
    PROMOTED: { description: 'A seat freed: you left the waiting list and are confirmed (R6).' },
    ACCEPTED: { description: 'A manager accepted your registration (R7).' },
    REFUSED: { description: 'A manager refused your registration (R7).' },
  },
});

export enum RegistrationClosure {
  ENDED = 'ENDED',
  NOT_PUBLIC = 'NOT_PUBLIC',
  CLOSED = 'CLOSED',
  NOT_SESSION_LEARNER = 'NOT_SESSION_LEARNER',
}
registerEnumType(RegistrationClosure, {
  name: 'RegistrationClosure',
  description: 'Why a learner cannot register or unregister themself (R4, R8, #9 §2).',
  valuesConfig: {
    ENDED: { description: 'The session or event has ended (R4).' },
    NOT_PUBLIC: { description: 'The session has no public registration (or unregistration), or the event is not in PUBLIC mode (R3, R8).' },
    CLOSED: { description: "The session's registration closing date has passed." },
    NOT_SESSION_LEARNER: { description: "Events only: you are not a confirmed learner of the event's session (R3)." },
  },
});

export enum AttendanceStatus {
  UNKNOWN = 'UNKNOWN',
  PRESENT = 'PRESENT',
  ABSENT_EXCUSED = 'ABSENT_EXCUSED',
  ABSENT_UNEXCUSED = 'ABSENT_UNEXCUSED',
}
registerEnumType(AttendanceStatus, {
  name: 'AttendanceStatus',
  description: "A registrant's attendance at an event (#10 §1).",
  valuesConfig: {
    UNKNOWN: { description: 'Not recorded yet.' },
    PRESENT: { description: 'Was there.' },
    ABSENT_EXCUSED: { description: 'Absent, with an excuse.' },
    ABSENT_UNEXCUSED: { description: 'Absent, without an excuse.' },
  },
});

export enum AttendanceMethod {
  STAFF = 'STAFF',
  SELF = 'SELF',
}
registerEnumType(AttendanceMethod, {
  name: 'AttendanceMethod',
  description: 'How an attendance was recorded (#10 §1).',
  valuesConfig: {
    STAFF: { description: "By one of the event's trainers or the session's managers." },
    SELF: { description: 'By the learner, with the rotating check-in code (#10 §2).' },
  },
});

export enum MailState {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}
registerEnumType(MailState, {
  name: 'MailState',
  description: 'Where an e-mail of the outbox stands (#10 §8).',
  valuesConfig: {
    PENDING: { description: 'Waiting to be sent, or to be retried after a failure.' },
    SENT: { description: 'Accepted by the mail server.' },
    FAILED: { description: 'Given up after the last retry; an administrator can queue it again.' },
  },
});
