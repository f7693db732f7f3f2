/**
 * Every expected refusal's stable cause: `extensions.reason` on the wire. The screens translate these (one
 * message per value in French and English), so a new refusal adds a value here, never a free-text string.
 */
export enum ErrorReason {
  // Not found (also: outside the actor's scope, which answers the same).
  NOT_FOUND = 'NOT_FOUND',
  // Input
  VALIDATION = 'VALIDATION',
  EMPTY = 'EMPTY',
  NOT_CLEARABLE = 'NOT_CLEARABLE',
  TOO_LONG = 'TOO_LONG',
  BAD_NAME = 'BAD_NAME',
  BAD_DATE = 'BAD_DATE',
  DATE_OUT_OF_RANGE = 'DATE_OUT_OF_RANGE',
  FORBIDDEN_CHARACTER = 'FORBIDDEN_CHARACTER',
  BAD_TIME_ZONE = 'BAD_TIME_ZONE',
  BAD_CURSOR = 'BAD_CURSOR',
  PAGE_SIZE = 'PAGE_SIZE',
  END_BEFORE_START = 'END_BEFORE_START',
  UNTIL_BEFORE_EVENT = 'UNTIL_BEFORE_EVENT',
  UNTIL_OR_WEEKS = 'UNTIL_OR_WEEKS',
  WEEKS_OUT_OF_RANGE = 'WEEKS_OUT_OF_RANGE',
  WEEKDAY_REQUIRED = 'WEEKDAY_REQUIRED',
  /** A required input field is null or missing (#8: forms show it next to the field). */
  VALUE_REQUIRED = 'VALUE_REQUIRED',
  TOO_MANY_COPIES = 'TOO_MANY_COPIES',
  ORGANISATION_REQUIRED = 'ORGANISATION_REQUIRED',
  USER_REQUIRED = 'USER_REQUIRED',
  REGISTRANT_REQUIRED = 'REGISTRANT_REQUIRED',
  TOO_MANY_REGISTRANTS = 'TOO_MANY_REGISTRANTS',
  TARGET_REQUIRED = 'TARGET_REQUIRED',
  PARENT_CYCLE = 'PARENT_CYCLE',
  EVENT_NOT_IN_SESSION = 'EVENT_NOT_IN_SESSION',
  WEAK_PASSWORD = 'WEAK_PASSWORD',
  LONG_PASSWORD = 'LONG_PASSWORD',
  WRONG_PASSWORD = 'WRONG_PASSWORD',
  TOO_COSTLY = 'TOO_COSTLY',
  UNKNOWN_PLACEHOLDER = 'UNKNOWN_PLACEHOLDER',
  /** A template tag that would not be HTML-escaped or that is not a placeholder at all: {{{ }}}, {{& }}, {{> }}, {{= }}. */
  UNSAFE_PLACEHOLDER = 'UNSAFE_PLACEHOLDER',
  /** The template chosen for a document is of another kind. */
  TEMPLATE_KIND_MISMATCH = 'TEMPLATE_KIND_MISMATCH',
  POSITION_OUT_OF_RANGE = 'POSITION_OUT_OF_RANGE',
  // Conflicts
  DUPLICATE = 'DUPLICATE',
  CODE_TAKEN = 'CODE_TAKEN',
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  ALREADY_REGISTERED = 'ALREADY_REGISTERED',
  LOCATION_IN_USE = 'LOCATION_IN_USE',
  ORGANISATION_NOT_EMPTY = 'ORGANISATION_NOT_EMPTY',
  NOT_PENDING = 'NOT_PENDING',
  NOT_REGISTERED = 'NOT_REGISTERED',
  NOT_WAITLISTED = 'NOT_WAITLISTED',
  NO_SEAT_LEFT = 'NO_SEAT_LEFT',
  /** #10 §5 (R4): an ended event, or a session that has ended, gets no invitation. */
  INVITATION_AFTER_END = 'INVITATION_AFTER_END',
  /** #10 §5: documents go to confirmed learners only. */
  NOT_CONFIRMED_LEARNER = 'NOT_CONFIRMED_LEARNER',
  /** #10 §5: a session or event without confirmed learners: nobody to invite. */
  NO_LEARNER = 'NO_LEARNER',
  /** #10 §6: an attendance certificate is only for a learner recorded PRESENT. */
  NOT_PRESENT = 'NOT_PRESENT',
  /** #10 §6: a certificate of completion needs attended hours. */
  NO_ATTENDED_HOURS = 'NO_ATTENDED_HOURS',
  // Permissions
  SIGN_IN_REQUIRED = 'SIGN_IN_REQUIRED',
  INVALID_TOKEN = 'INVALID_TOKEN',
  NO_ACCOUNT = 'NO_ACCOUNT',
  THROTTLED = 'THROTTLED',
  NOT_ADMIN = 'NOT_ADMIN',
  NOT_MANAGER = 'NOT_MANAGER',
  NOT_ORGANISATION_MANAGER = 'NOT_ORGANISATION_MANAGER',
  NOT_TRAINING_MANAGER = 'NOT_TRAINING_MANAGER',
  NOT_SESSION_STAFF = 'NOT_SESSION_STAFF',
  NOT_SESSION_TRAINER = 'NOT_SESSION_TRAINER',
  NOT_SESSION_LEARNER = 'NOT_SESSION_LEARNER',
  NOT_AUTHOR = 'NOT_AUTHOR',
  // Self-service closed (R4, R8, #9): why a learner cannot register or unregister themself.
  SESSION_ENDED = 'SESSION_ENDED',
  REGISTRATION_CLOSED = 'REGISTRATION_CLOSED',
  REGISTRATION_NOT_PUBLIC = 'REGISTRATION_NOT_PUBLIC',
  UNREGISTRATION_NOT_PUBLIC = 'UNREGISTRATION_NOT_PUBLIC',
  EVENT_ENDED = 'EVENT_ENDED',
  EVENT_NOT_PUBLIC = 'EVENT_NOT_PUBLIC',
}
