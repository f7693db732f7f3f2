/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Register a user to a session, or to one of its events (give eventId). */
export type AddInscriptionInput = {
  /** Or, for managers of the session enrolling someone outside their scope, the person's exact e-mail address (see `userByEmail`). */
  email?: string | null | undefined;
  /** The event, for an event registration. */
  eventId?: string | number | null | undefined;
  /** As learner or as trainer. */
  role: InscriptionRole;
  /** The session (required unless eventId is given). */
  sessionId?: string | number | null | undefined;
  /** Who is registered: someone in your scope of people (see `users`). Give this or email. */
  userId?: string | number | null | undefined;
};

/** How an attendance was recorded (#10 §1). */
export type AttendanceMethod =
  /** By the learner, with the rotating check-in code (#10 §2). */
  | 'SELF'
  /** By one of the event's trainers or the session's managers. */
  | 'STAFF';

/** How a learner's attendance of a session adds up (#10 §1). */
export type AttendanceOutcomeKind =
  /** Present at every event they were registered to. */
  | 'FULL'
  /** Present at none (or registered to none). */
  | 'NONE'
  /** Present at some of them. */
  | 'PARTIAL';

/** A registrant's attendance at an event (#10 §1). */
export type AttendanceStatus =
  /** Absent, with an excuse. */
  | 'ABSENT_EXCUSED'
  /** Absent, without an excuse. */
  | 'ABSENT_UNEXCUSED'
  /** Was there. */
  | 'PRESENT'
  /** Not recorded yet. */
  | 'UNKNOWN';

/** A new event; omitted mode and capacity take the session's (R3). */
export type CreateEventInput = {
  /** Description. */
  description?: string | null | undefined;
  /** End (UTC instant); not before the start. */
  endAt: string;
  /** Inscription mode (R3). */
  inscriptionMode?: InscriptionMode | null | undefined;
  /** Room number, door code, map link… */
  locationExtra?: string | null | undefined;
  /** Location; null for none (platform time zone). */
  locationId?: string | number | null | undefined;
  /** Capacity; null means unlimited. */
  maxUsers?: number | null | undefined;
  /** Name. */
  name: string;
  /** The session the event belongs to. */
  sessionId: string | number;
  /** Start (UTC instant). */
  startAt: string;
  /** Trainers, among the session's trainers (R9); replaces the current ones. */
  trainerIds?: Array<string | number> | null | undefined;
};

/** A new location. */
export type CreateLocationInput = {
  /** Postal address. */
  address?: string | null | undefined;
  /** Seats; null when unknown. */
  capacity?: number | null | undefined;
  /** Name. */
  name: string;
  /** Owning organisation, one you manage; null = shared (administrators only). Omitted on creation: shared. */
  organisationId?: string | number | null | undefined;
  /** IANA time zone, e.g. Europe/Paris. */
  timeZone: string;
};

/** A new organisation. */
export type CreateOrganisationInput = {
  /** Short unique code; null for none. */
  code?: string | null | undefined;
  /** Name. */
  name: string;
  /** Parent organisation; null for a top-level one. */
  parentId?: string | number | null | undefined;
};

/** A new session; omitted fields take the training's values, as sessionDraft shows them (R2). */
export type CreateSessionInput = {
  /** Make this the training's default session (R10); unsets the previous one. */
  defaultSession?: boolean | null | undefined;
  /** Description. */
  description?: string | null | undefined;
  /** End (UTC instant); not before the start. */
  endDate?: string | null | undefined;
  /** Inscription mode of the events (R3). */
  eventInscriptionMode?: InscriptionMode | null | undefined;
  /** Capacity; null means unlimited. */
  maxUsers?: number | null | undefined;
  /** Hours before the start after which freed seats are no longer given to the waiting list automatically; null: no cut-off. */
  promotionCutoffHours?: number | null | undefined;
  /** Learners may register themselves from the catalogue (R8). */
  publicRegistration?: boolean | null | undefined;
  /** Learners may unregister themselves (R8). */
  publicUnregistration?: boolean | null | undefined;
  /** Learners can no longer register themselves from this instant (UTC); null: until the end. */
  registrationClosesAt?: string | null | undefined;
  /** Registrations wait for a manager to accept them (R7). */
  registrationValidation?: boolean | null | undefined;
  /** Start (UTC instant). */
  startDate?: string | null | undefined;
  /** Title. */
  title?: string | null | undefined;
  /** The training this session is a run of. */
  trainingId: string | number;
};

/** A new template. */
export type CreateTemplateInput = {
  /** Body with {{placeholders}}. */
  body: string;
  /** What it is used for. */
  kind: TemplateKind;
  /** Language: "fr" or "en". */
  locale?: string | null | undefined;
  /** Name. */
  name: string;
  /** Owning organisation, one you manage; null = shared (administrators only). Omitted on creation: shared. */
  organisationId?: string | number | null | undefined;
  /** Subject line or document title. */
  subject?: string | null | undefined;
};

/** A new training. */
export type CreateTrainingInput = {
  /** Accessibility to people with disabilities: arrangements, whom to contact. */
  accessibility?: string | null | undefined;
  /** Who it is for (public visé). */
  audience?: string | null | undefined;
  /** Unique code. */
  code: string;
  /** Default length of a new session, in days. */
  defaultSessionDays?: number | null | undefined;
  /** Description. */
  description?: string | null | undefined;
  /** Length of the training in hours; null: not given. */
  durationHours?: number | null | undefined;
  /** Inscription mode of the events (R3). */
  eventInscriptionMode?: InscriptionMode | null | undefined;
  /** Capacity; null means unlimited. */
  maxUsers?: number | null | undefined;
  /** Learning objectives. */
  objectives?: string | null | undefined;
  /** Owning organisations (at least one). */
  organisationIds: Array<string | number>;
  /** Prerequisites (empty: none). */
  prerequisites?: string | null | undefined;
  /** Learners may register themselves from the catalogue (R8). */
  publicRegistration?: boolean | null | undefined;
  /** Learners may unregister themselves (R8). */
  publicUnregistration?: boolean | null | undefined;
  /** Registrations wait for a manager to accept them (R7). */
  registrationValidation?: boolean | null | undefined;
  /** Title. */
  title: string;
};

/** A new user. */
export type CreateUserInput = {
  /** false to deactivate the account (its sessions and tokens stop at once). */
  active?: boolean | null | undefined;
  /** E-mail address (unique). */
  email: string;
  /** First name. */
  firstName: string;
  /** Platform administrator (administrators only). */
  isAdmin?: boolean | null | undefined;
  /** Last name. */
  lastName: string;
  /** Language: "fr" or "en". */
  locale?: string | null | undefined;
  /** IANA time zone. */
  timeZone?: string | null | undefined;
};

/** Which events to list. */
export type EventFilter = {
  /** true: only the events of sessions you manage or teach (as a confirmed trainer). */
  asStaff?: boolean | null | undefined;
  /** true: ended events only; false: open events only (R4); omitted: all. */
  ended?: boolean | null | undefined;
  /** Only events ending after this instant. */
  endsAfter?: string | null | undefined;
  /** Only the events at this location. */
  locationId?: string | number | null | undefined;
  /** true: only the events you are confirmed in, as learner or trainer (your agenda). */
  mine?: boolean | null | undefined;
  /** Words in the name. */
  search?: string | null | undefined;
  /** Only the events of this session. */
  sessionId?: string | number | null | undefined;
  /** Only events starting at or after this instant. */
  startsAfter?: string | null | undefined;
  /** Only events starting before this instant. */
  startsBefore?: string | null | undefined;
  /** Only the events this person teaches. */
  trainerId?: string | number | null | undefined;
};

/** How to order events (each backed by an index on the session's events; id breaks ties). */
export type EventOrder =
  /** Soonest end first. */
  | 'END_ASC'
  /** Latest end first. */
  | 'END_DESC'
  /** By name, A to Z. */
  | 'NAME_ASC'
  /** By name, Z to A. */
  | 'NAME_DESC'
  /** Soonest start first. */
  | 'START_ASC'
  /** Latest start first. */
  | 'START_DESC';

/** Derived from the dates and the clock at query time, never stored (R4). */
export type EventStatus =
  /** Its end has passed. */
  | 'ENDED'
  /** Between its start and its end. */
  | 'ONGOING'
  /** Before its start. */
  | 'UPCOMING';

/** How the learners of a session get into its events (R3). */
export type InscriptionMode =
  /** The session's confirmed learners are registered by the system. */
  | 'AUTOMATIC'
  /** Staff (managers, the session trainers) register learners themselves. */
  | 'MANUAL'
  /** The session's learners register themselves. */
  | 'PUBLIC';

/** The part a user plays in a session or an event. */
export type InscriptionRole =
  /** Apprenant. */
  | 'LEARNER'
  /** Formateur. */
  | 'TRAINER';

/** Where a registration stands. */
export type InscriptionState =
  /** Refused or withdrawn; kept for history. */
  | 'CANCELLED'
  /** Holds a seat. */
  | 'CONFIRMED'
  /** Waiting for a manager to accept it (R7). */
  | 'PENDING'
  /** On the waiting list because the session or event is full (R6). */
  | 'WAITLISTED';

/** How to order locations (each backed by an index). */
export type LocationOrder =
  /** By name, A to Z. */
  | 'NAME_ASC'
  /** By name, Z to A. */
  | 'NAME_DESC'
  /** By time zone name, A to Z. */
  | 'TIME_ZONE_ASC'
  /** By time zone name, Z to A. */
  | 'TIME_ZONE_DESC';

/** Where an e-mail of the outbox stands (#10 §8). */
export type MailState =
  /** Given up after the last retry; an administrator can queue it again. */
  | 'FAILED'
  /** Waiting to be sent, or to be retried after a failure. */
  | 'PENDING'
  /** Accepted by the mail server. */
  | 'SENT';

/** A user's role in an organisation. */
export type MembershipRole =
  /** Manages the trainings of the organisation and of its sub-organisations. */
  | 'MANAGER'
  /** Belongs to the organisation. */
  | 'MEMBER';

/** How a message reaches the learners (R13, seed 002). */
export type MessageChannels =
  /** Both. */
  | 'BOTH'
  /** By e-mail, to the address of the learner's profile (through the outbox). */
  | 'EMAIL'
  /** In the Cursus inbox (read on /me). */
  | 'INTERNAL';

/** What a notification tells (#9 §4). */
export type NotificationKind =
  /** A manager accepted your registration (R7). */
  | 'ACCEPTED'
  /** A seat freed: you left the waiting list and are confirmed (R6). */
  | 'PROMOTED'
  /** A manager refused your registration (R7). */
  | 'REFUSED';

/** Which e-mails of the outbox to list. */
export type OutboxMailFilter = {
  /** Words in the recipient's address or name. */
  search?: string | null | undefined;
  /** Only e-mails in this state. */
  state?: MailState | null | undefined;
};

/** What happened to one person of addEventRegistrants. */
export type RegistrantOutcome =
  /** Registered: CONFIRMED while seats remained, else WAITLISTED (R6). */
  | 'ADDED'
  /** Already registered to the event; nothing changed for them. */
  | 'ALREADY_REGISTERED'
  /** Not registered; `reason` says why. */
  | 'REFUSED';

/** Why a learner cannot register or unregister themself (R4, R8, #9 §2). */
export type RegistrationClosure =
  /** The session's registration closing date has passed. */
  | 'CLOSED'
  /** The session or event has ended (R4). */
  | 'ENDED'
  /** The session has no public registration (or unregistration), or the event is not in PUBLIC mode (R3, R8). */
  | 'NOT_PUBLIC'
  /** Events only: you are not a confirmed learner of the event's session (R3). */
  | 'NOT_SESSION_LEARNER';

/** A message to the learners of a session, or of one of its events (give eventId) (R13). */
export type SendMessageInput = {
  /** Body, plain text; line breaks are kept (at most 20,000 characters). */
  body: string;
  /** In the Cursus inbox, by e-mail, or both. */
  channels: MessageChannels;
  /** The event: its confirmed learner registrants. */
  eventId?: string | number | null | undefined;
  /** The session: all its confirmed learners (required unless eventId is given). */
  sessionId?: string | number | null | undefined;
  /** Subject (at most 255 characters). */
  subject: string;
};

/** Which sessions to list. */
export type SessionFilter = {
  /** true: only the sessions you manage or teach (as a confirmed trainer). */
  asStaff?: boolean | null | undefined;
  /** true: ended sessions only; false: open sessions only, upcoming or ongoing (R4); omitted: all. */
  ended?: boolean | null | undefined;
  /** Only sessions with an event at this location. */
  locationId?: string | number | null | undefined;
  /** true: only the sessions you are registered to, in any role (refused registrations aside). */
  mine?: boolean | null | undefined;
  /** true: only sessions with registrations awaiting validation (R7). */
  pendingRegistrations?: boolean | null | undefined;
  /** Words in the title or in its training's title. */
  search?: string | null | undefined;
  /** Only sessions starting at or after this instant. */
  startsAfter?: string | null | undefined;
  /** Only sessions starting before this instant. */
  startsBefore?: string | null | undefined;
  /** Only sessions with this derived status (R4). */
  status?: EventStatus | null | undefined;
  /** Only the sessions of this training. */
  trainingId?: string | number | null | undefined;
  /** true: only sessions with a capacity whose confirmed learners fill less than half of it. */
  underFilled?: boolean | null | undefined;
  /** true: only sessions with a seat left (no capacity, or fewer confirmed learners than it; R6). */
  withSeatsLeft?: boolean | null | undefined;
};

/** How to order sessions (each backed by an index; id breaks ties). */
export type SessionOrder =
  /** Smallest capacity first; unlimited ones last. */
  | 'CAPACITY_ASC'
  /** Unlimited ones first, then the largest capacity. */
  | 'CAPACITY_DESC'
  /** Soonest end first. */
  | 'END_DATE_ASC'
  /** Latest end first. */
  | 'END_DATE_DESC'
  /** Fewest confirmed learners first. */
  | 'LEARNERS_ASC'
  /** Most confirmed learners first. */
  | 'LEARNERS_DESC'
  /** Fewest registrations awaiting validation first (R7). */
  | 'PENDING_ASC'
  /** Most registrations awaiting validation first (R7). */
  | 'PENDING_DESC'
  /** Soonest start first. */
  | 'START_DATE_ASC'
  /** Latest start first. */
  | 'START_DATE_DESC'
  /** Upcoming (soonest start first), then ongoing (soonest end first), then ended (latest end first) (R4). */
  | 'STATUS_ASC'
  /** The exact reverse of STATUS_ASC. */
  | 'STATUS_DESC'
  /** By title, A to Z. */
  | 'TITLE_ASC'
  /** By title, Z to A. */
  | 'TITLE_DESC'
  /** By the training's title, A to Z. */
  | 'TRAINING_ASC'
  /** By the training's title, Z to A. */
  | 'TRAINING_DESC';

/** What a document model is used for (R12). */
export type TemplateKind =
  /** Attestation de présence: a learner's attendance at one event. */
  | 'ATTENDANCE_CERTIFICATE'
  /** Body of an e-mail message to learners. */
  | 'EMAIL'
  /** Invitation to an event. */
  | 'EVENT_INVITATION'
  /** Certificat de réalisation: the events of a session a learner attended, and the hours. */
  | 'SESSION_CERTIFICATE'
  /** Invitation to a session. */
  | 'SESSION_INVITATION';

/** How to order templates (each backed by an index). */
export type TemplateOrder =
  /** Oldest first. */
  | 'ID_ASC'
  /** By name, A to Z. */
  | 'NAME_ASC'
  /** By name, Z to A. */
  | 'NAME_DESC'
  /** Least recently edited first. */
  | 'UPDATED_ASC'
  /** Last edited first. */
  | 'UPDATED_DESC';

/** How to order trainings (each backed by an index). */
export type TrainingOrder =
  /** By code, A to Z. */
  | 'CODE_ASC'
  /** By code, Z to A. */
  | 'CODE_DESC'
  /** By title, A to Z. */
  | 'TITLE_ASC'
  /** By title, Z to A. */
  | 'TITLE_DESC';

/** Changes to an event; omitted fields stay as they are. null clears only the fields that say what it means; elsewhere it is refused (NOT_CLEARABLE). */
export type UpdateEventInput = {
  /** Description. */
  description?: string | null | undefined;
  /** End (UTC instant); not before the start. */
  endAt?: string | null | undefined;
  /** Inscription mode (R3). */
  inscriptionMode?: InscriptionMode | null | undefined;
  /** Room number, door code, map link… */
  locationExtra?: string | null | undefined;
  /** Location; null for none (platform time zone). */
  locationId?: string | number | null | undefined;
  /** Capacity; null means unlimited. */
  maxUsers?: number | null | undefined;
  /** Name. */
  name?: string | null | undefined;
  /** Start (UTC instant). */
  startAt?: string | null | undefined;
  /** Trainers, among the session's trainers (R9); replaces the current ones. */
  trainerIds?: Array<string | number> | null | undefined;
};

/** Changes to a location; omitted fields stay as they are. null clears only the fields that say what it means; elsewhere it is refused (NOT_CLEARABLE). */
export type UpdateLocationInput = {
  /** Postal address. */
  address?: string | null | undefined;
  /** Seats; null when unknown. */
  capacity?: number | null | undefined;
  /** Name. */
  name?: string | null | undefined;
  /** Owning organisation, one you manage; null = shared (administrators only). Omitted on creation: shared. */
  organisationId?: string | number | null | undefined;
  /** IANA time zone, e.g. Europe/Paris. */
  timeZone?: string | null | undefined;
};

/** Changes to an organisation; omitted fields stay as they are. null clears only the fields that say what it means; elsewhere it is refused (NOT_CLEARABLE). */
export type UpdateOrganisationInput = {
  /** Short unique code; null for none. */
  code?: string | null | undefined;
  /** Name. */
  name?: string | null | undefined;
  /** Parent organisation; null for a top-level one. */
  parentId?: string | number | null | undefined;
};

/** Changes to a session; omitted fields stay as they are. null clears only the fields that say what it means; elsewhere it is refused (NOT_CLEARABLE). */
export type UpdateSessionInput = {
  /** Make this the training's default session (R10); unsets the previous one. */
  defaultSession?: boolean | null | undefined;
  /** Description. */
  description?: string | null | undefined;
  /** End (UTC instant); not before the start. */
  endDate?: string | null | undefined;
  /** Inscription mode of the events (R3). */
  eventInscriptionMode?: InscriptionMode | null | undefined;
  /** Capacity; null means unlimited. */
  maxUsers?: number | null | undefined;
  /** Hours before the start after which freed seats are no longer given to the waiting list automatically; null: no cut-off. */
  promotionCutoffHours?: number | null | undefined;
  /** Learners may register themselves from the catalogue (R8). */
  publicRegistration?: boolean | null | undefined;
  /** Learners may unregister themselves (R8). */
  publicUnregistration?: boolean | null | undefined;
  /** Learners can no longer register themselves from this instant (UTC); null: until the end. */
  registrationClosesAt?: string | null | undefined;
  /** Registrations wait for a manager to accept them (R7). */
  registrationValidation?: boolean | null | undefined;
  /** Start (UTC instant). */
  startDate?: string | null | undefined;
  /** Title. */
  title?: string | null | undefined;
};

/** Changes to a template; omitted fields stay as they are. null clears only the fields that say what it means; elsewhere it is refused (NOT_CLEARABLE). */
export type UpdateTemplateInput = {
  /** Body with {{placeholders}}. */
  body?: string | null | undefined;
  /** What it is used for. */
  kind?: TemplateKind | null | undefined;
  /** Language: "fr" or "en". */
  locale?: string | null | undefined;
  /** Name. */
  name?: string | null | undefined;
  /** Owning organisation, one you manage; null = shared (administrators only). Omitted on creation: shared. */
  organisationId?: string | number | null | undefined;
  /** Subject line or document title. */
  subject?: string | null | undefined;
};

/** Changes to a training; omitted fields stay as they are. null clears only the fields that say what it means; elsewhere it is refused (NOT_CLEARABLE). */
export type UpdateTrainingInput = {
  /** Accessibility to people with disabilities: arrangements, whom to contact. */
  accessibility?: string | null | undefined;
  /** Who it is for (public visé). */
  audience?: string | null | undefined;
  /** Unique code. */
  code?: string | null | undefined;
  /** Default length of a new session, in days. */
  defaultSessionDays?: number | null | undefined;
  /** Description. */
  description?: string | null | undefined;
  /** Length of the training in hours; null: not given. */
  durationHours?: number | null | undefined;
  /** Inscription mode of the events (R3). */
  eventInscriptionMode?: InscriptionMode | null | undefined;
  /** Capacity; null means unlimited. */
  maxUsers?: number | null | undefined;
  /** Learning objectives. */
  objectives?: string | null | undefined;
  /** Owning organisations (at least one); replaces the current ones (R1). */
  organisationIds?: Array<string | number> | null | undefined;
  /** Prerequisites (empty: none). */
  prerequisites?: string | null | undefined;
  /** Learners may register themselves from the catalogue (R8). */
  publicRegistration?: boolean | null | undefined;
  /** Learners may unregister themselves (R8). */
  publicUnregistration?: boolean | null | undefined;
  /** Registrations wait for a manager to accept them (R7). */
  registrationValidation?: boolean | null | undefined;
  /** Title. */
  title?: string | null | undefined;
};

/** Changes to a user; omitted fields stay as they are. null clears only the fields that say what it means; elsewhere it is refused (NOT_CLEARABLE). */
export type UpdateUserInput = {
  /** false to deactivate the account (its sessions and tokens stop at once). */
  active?: boolean | null | undefined;
  /** E-mail address (unique). */
  email?: string | null | undefined;
  /** First name. */
  firstName?: string | null | undefined;
  /** Platform administrator (administrators only). */
  isAdmin?: boolean | null | undefined;
  /** Last name. */
  lastName?: string | null | undefined;
  /** Language: "fr" or "en". */
  locale?: string | null | undefined;
  /** IANA time zone. */
  timeZone?: string | null | undefined;
};

/** A day of the week (ISO order, Monday first). */
export type Weekday =
  /** Vendredi. */
  | 'FRIDAY'
  /** Lundi. */
  | 'MONDAY'
  /** Samedi. */
  | 'SATURDAY'
  /** Dimanche. */
  | 'SUNDAY'
  /** Jeudi. */
  | 'THURSDAY'
  /** Mardi. */
  | 'TUESDAY'
  /** Mercredi. */
  | 'WEDNESDAY';

export type AccountPageQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountPageQuery = { timeZones: Array<string>, me: { id: string, email: string | null, firstName: string, lastName: string, locale: string, timeZone: string }, apiTokens: { nodes: Array<{ id: string, name: string, lastCharacters: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> } };

export type CatalogueSessionCardFragment = { id: string, title: string, startDate: string, endDate: string, status: EventStatus, maxUsers: number | null, publicRegistration: boolean, registration: { open: boolean, seatsLeft: number | null, full: boolean }, locations: Array<{ id: string, name: string, timeZone: string }> };

export type CataloguePageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
  organisationId?: string | number | null | undefined;
  sessions: SessionFilter;
  sessionsPerTraining: number;
}>;


export type CataloguePageQuery = { viewer: { timeZone: string }, catalogueFilters: { organisations: Array<{ id: string, name: string }>, locations: Array<{ id: string, name: string }> }, trainings: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, code: string, title: string, description: string, durationHours: number | null, organisations: Array<{ id: string, name: string }>, sessions: { totalCount: number, nodes: Array<{ id: string, title: string, startDate: string, endDate: string, status: EventStatus, maxUsers: number | null, publicRegistration: boolean, registration: { open: boolean, seatsLeft: number | null, full: boolean }, locations: Array<{ id: string, name: string, timeZone: string }> }> } }> } };

export type CatalogueSessionPageQueryVariables = Exact<{
  id: string | number;
  events: number;
}>;


export type CatalogueSessionPageQuery = { viewer: { timeZone: string, user: { id: string } | null }, session: { id: string, title: string, description: string, startDate: string, endDate: string, status: EventStatus, maxUsers: number | null, publicRegistration: boolean, publicUnregistration: boolean, registrationValidation: boolean, eventInscriptionMode: InscriptionMode, registration: { open: boolean, seatsLeft: number | null, full: boolean }, training: { id: string, title: string, code: string, description: string, durationHours: number | null, organisations: Array<{ id: string, name: string }> }, locations: Array<{ id: string, name: string, address: string, timeZone: string }>, trainers: { nodes: Array<{ id: string, firstName: string, lastName: string }> }, viewerRegistration: { id: string, state: InscriptionState } | null, events: { totalCount: number, nodes: Array<{ id: string, name: string, description: string, startAt: string, endAt: string, timeZone: string, locationExtra: string, status: EventStatus, inscriptionMode: InscriptionMode, location: { id: string, name: string, address: string } | null }> } } };

export type CatalogueTrainingPageQueryVariables = Exact<{
  id: string | number;
  sessions: number;
}>;


export type CatalogueTrainingPageQuery = { viewer: { timeZone: string }, training: { id: string, code: string, title: string, description: string, objectives: string, prerequisites: string, durationHours: number | null, audience: string, accessibility: string, organisations: Array<{ id: string, name: string }>, sessions: { totalCount: number, nodes: Array<{ id: string, title: string, startDate: string, endDate: string, status: EventStatus, maxUsers: number | null, publicRegistration: boolean, registration: { open: boolean, seatsLeft: number | null, full: boolean }, locations: Array<{ id: string, name: string, timeZone: string }> }> } } };

export type CatalogueViewerZoneQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogueViewerZoneQuery = { viewer: { timeZone: string } };

export type CheckInPageQueryVariables = Exact<{
  id: string | number;
}>;


export type CheckInPageQuery = { me: { id: string }, event: { id: string, name: string, startAt: string, endAt: string, timeZone: string, location: { id: string, name: string } | null, session: { id: string, title: string }, attendance: Array<{ status: AttendanceStatus, method: AttendanceMethod | null }> } };

export type MySessionFragment = { id: string, title: string, startDate: string, endDate: string, status: EventStatus, training: { id: string, title: string }, locations: Array<{ id: string, name: string, timeZone: string }>, viewerRegistration: { id: string, role: InscriptionRole, state: InscriptionState, position: number | null } | null };

export type MyTrainingsPageQueryVariables = Exact<{
  sessions: number;
  events: number;
  comments: number;
}>;


export type MyTrainingsPageQuery = { me: { id: string, firstName: string, lastName: string, timeZone: string }, upcoming: { totalCount: number, nodes: Array<{ id: string, title: string, startDate: string, endDate: string, status: EventStatus, training: { id: string, title: string }, locations: Array<{ id: string, name: string, timeZone: string }>, viewerRegistration: { id: string, role: InscriptionRole, state: InscriptionState, position: number | null } | null }> }, ongoing: { totalCount: number, nodes: Array<{ id: string, title: string, startDate: string, endDate: string, status: EventStatus, training: { id: string, title: string }, locations: Array<{ id: string, name: string, timeZone: string }>, viewerRegistration: { id: string, role: InscriptionRole, state: InscriptionState, position: number | null } | null }> }, past: { totalCount: number, nodes: Array<{ id: string, title: string, startDate: string, endDate: string, status: EventStatus, training: { id: string, title: string }, locations: Array<{ id: string, name: string, timeZone: string }>, viewerRegistration: { id: string, role: InscriptionRole, state: InscriptionState, position: number | null } | null }> }, agenda: { totalCount: number, nodes: Array<{ id: string, name: string, startAt: string, endAt: string, timeZone: string, status: EventStatus, inscriptionMode: InscriptionMode, locationExtra: string, location: { id: string, name: string } | null, session: { id: string, title: string }, comments: { totalCount: number, nodes: Array<{ id: string, content: string, createdAt: string, author: { id: string, firstName: string, lastName: string } | null }> } }> }, calendarFeed: { createdAt: string } | null };

export type SiteHeaderViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type SiteHeaderViewerQuery = { viewer: { isStaff: boolean, user: { id: string, firstName: string, lastName: string } | null } };

export type DashboardQueryVariables = Exact<{
  soonBefore: string;
  now: string;
  first: number;
}>;


export type DashboardQuery = { viewer: { timeZone: string, canCreateTrainings: boolean, user: { firstName: string } | null }, nextSessions: { totalCount: number, nodes: Array<{ id: string, title: string, startDate: string, endDate: string, maxUsers: number | null, training: { id: string, title: string }, learners: { totalCount: number } }> }, nextEvents: { totalCount: number, nodes: Array<{ id: string, name: string, startAt: string, timeZone: string, location: { name: string } | null, session: { id: string, title: string } }> }, pending: { totalCount: number, nodes: Array<{ id: string, title: string, training: { id: string, title: string }, inscriptions: { totalCount: number } }> }, underFilled: { totalCount: number, nodes: Array<{ id: string, title: string, startDate: string, maxUsers: number | null, training: { id: string, title: string }, learners: { totalCount: number } }> } };

export type EventAttendancePageQueryVariables = Exact<{
  id: string | number;
}>;


export type EventAttendancePageQuery = { event: { id: string, status: EventStatus, timeZone: string, attendanceCan: { record: boolean, validate: boolean, correct: boolean }, attendanceValidation: { validatedAt: string, validatedBy: { id: string, firstName: string, lastName: string } | null } | null, attendance: Array<{ status: AttendanceStatus, comment: string | null, recordedAt: string | null, method: AttendanceMethod | null, correctionReason: string | null, corrected: boolean, user: { id: string, firstName: string, lastName: string }, recordedBy: { id: string, firstName: string, lastName: string } | null, history: Array<{ id: string, fromStatus: AttendanceStatus, toStatus: AttendanceStatus, comment: string | null, changedAt: string, method: AttendanceMethod, correctionReason: string | null, changedBy: { id: string, firstName: string, lastName: string } | null }> }> } };

export type EventPageQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type EventPageQuery = { event: { id: string, name: string, description: string, startAt: string, endAt: string, timeZone: string, status: EventStatus, inscriptionMode: InscriptionMode, maxUsers: number | null, locationExtra: string, location: { id: string, name: string, address: string } | null, session: { id: string, title: string, training: { id: string, code: string, title: string } }, trainers: { totalCount: number, nodes: Array<{ id: string, firstName: string, lastName: string }> }, viewerCan: { comment: boolean, registerLearners: boolean, edit: boolean, delete: boolean, repeat: boolean, documents: boolean, message: boolean }, confirmed: { totalCount: number }, learners: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, state: InscriptionState, position: number | null, createdAt: string, user: { id: string, firstName: string, lastName: string, email: string | null } }> } } };

export type EventsViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type EventsViewerQuery = { viewer: { timeZone: string } };

export type EventsTableQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter: EventFilter;
  orderBy?: EventOrder | null | undefined;
}>;


export type EventsTableQuery = { locations: { nodes: Array<{ id: string, name: string }> }, events: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, name: string, startAt: string, endAt: string, timeZone: string, status: EventStatus, maxUsers: number | null, location: { id: string, name: string } | null, session: { id: string, title: string, training: { id: string, title: string } }, trainers: { totalCount: number, nodes: Array<{ id: string, firstName: string, lastName: string }> }, registrants: { totalCount: number } }> } };

export type LocationsTableQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
  orderBy: LocationOrder;
}>;


export type LocationsTableQuery = { timeZones: Array<string>, viewer: { isAdmin: boolean, canCreateTrainings: boolean, managedOrganisations: Array<{ id: string, name: string }> }, locations: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, name: string, address: string, timeZone: string, capacity: number | null, eventCount: number | null, organisation: { id: string, name: string } | null, viewerCan: { edit: boolean, delete: boolean } }> } };

export type ManageViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ManageViewerQuery = { viewer: { isStaff: boolean, isAdmin: boolean, canCreateTrainings: boolean, user: { id: string, firstName: string, lastName: string, email: string | null } | null } };

export type OrganisationsPageQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type OrganisationsPageQuery = { viewer: { isAdmin: boolean }, organisations: { pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, name: string, code: string | null, parent: { id: string } | null, contents: { subOrganisations: number, members: number, trainings: number, locations: number, templates: number }, viewerCan: { edit: boolean } }> } };

export type OutboxMailPageQueryVariables = Exact<{
  id: string | number;
}>;


export type OutboxMailPageQuery = { viewer: { timeZone: string }, outboxMail: { id: string, messageId: string, purpose: string, toAddress: string, toName: string, subject: string, text: string, html: string | null, state: MailState, attempts: number, nextAttemptAt: string, lastError: string | null, createdAt: string, sentAt: string | null, attachmentNames: Array<string>, viewerCan: { retry: boolean } } };

export type OutboxViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type OutboxViewerQuery = { viewer: { isAdmin: boolean, timeZone: string } };

export type OutboxPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: OutboxMailFilter | null | undefined;
}>;


export type OutboxPageQuery = { outboxMails: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, toAddress: string, toName: string, subject: string, state: MailState, attempts: number, createdAt: string, sentAt: string | null }> } };

export type SessionAttendancePageQueryVariables = Exact<{
  id: string | number;
}>;


export type SessionAttendancePageQuery = { session: { id: string, attendanceOutcomes: Array<{ scheduledHours: number, attendedHours: number, outcome: AttendanceOutcomeKind, user: { id: string, firstName: string, lastName: string }, events: Array<{ status: AttendanceStatus }> }> } };

export type EditSessionFormQueryVariables = Exact<{
  id: string | number;
}>;


export type EditSessionFormQuery = { viewer: { timeZone: string }, session: { id: string, title: string, description: string, startDate: string, endDate: string, defaultSession: boolean, publicRegistration: boolean, publicUnregistration: boolean, registrationValidation: boolean, maxUsers: number | null, eventInscriptionMode: InscriptionMode, promotionCutoffHours: number | null, registrationClosesAt: string | null, organisations: Array<{ id: string, name: string }>, training: { id: string, code: string, title: string, viewerCan: { edit: boolean } } } };

export type SessionPageQueryVariables = Exact<{
  id: string | number;
  first: number;
  openOrder?: EventOrder | null | undefined;
  endedOrder?: EventOrder | null | undefined;
  eventSearch?: string | null | undefined;
}>;


export type SessionPageQuery = { viewer: { timeZone: string }, session: { id: string, title: string, description: string, startDate: string, endDate: string, status: EventStatus, defaultSession: boolean, publicRegistration: boolean, publicUnregistration: boolean, registrationValidation: boolean, maxUsers: number | null, eventInscriptionMode: InscriptionMode, viewerCan: { edit: boolean, delete: boolean, documents: boolean, message: boolean }, training: { id: string, code: string, title: string, viewerCan: { edit: boolean } }, organisations: Array<{ id: string, name: string }>, pending: { totalCount: number, nodes: Array<{ id: string, state: InscriptionState, createdAt: string, position: number | null, user: { id: string, firstName: string, lastName: string, email: string | null } }> }, confirmed: { totalCount: number, nodes: Array<{ id: string, state: InscriptionState, createdAt: string, position: number | null, user: { id: string, firstName: string, lastName: string, email: string | null } }> }, waitlisted: { totalCount: number, nodes: Array<{ id: string, state: InscriptionState, createdAt: string, position: number | null, user: { id: string, firstName: string, lastName: string, email: string | null } }> }, registration: { freeSeats: number | null }, refused: { totalCount: number, nodes: Array<{ id: string, state: InscriptionState, createdAt: string, position: number | null, user: { id: string, firstName: string, lastName: string, email: string | null } }> }, trainers: { totalCount: number, nodes: Array<{ id: string, state: InscriptionState, createdAt: string, position: number | null, user: { id: string, firstName: string, lastName: string, email: string | null } }> } }, openEvents: { totalCount: number, nodes: Array<{ id: string, name: string, startAt: string, endAt: string, timeZone: string, location: { name: string } | null, inscriptions: { totalCount: number }, viewerCan: { edit: boolean, delete: boolean, repeat: boolean } }> }, endedEvents: { totalCount: number, nodes: Array<{ id: string, name: string, startAt: string, endAt: string, timeZone: string, location: { name: string } | null, inscriptions: { totalCount: number }, viewerCan: { edit: boolean, delete: boolean, repeat: boolean } }> } };

export type SessionInscriptionsFragment = { totalCount: number, nodes: Array<{ id: string, state: InscriptionState, createdAt: string, position: number | null, user: { id: string, firstName: string, lastName: string, email: string | null } }> };

export type SessionEventsFragment = { totalCount: number, nodes: Array<{ id: string, name: string, startAt: string, endAt: string, timeZone: string, location: { name: string } | null, inscriptions: { totalCount: number }, viewerCan: { edit: boolean, delete: boolean, repeat: boolean } }> };

export type NewSessionTrainingQueryVariables = Exact<{
  id: string | number;
}>;


export type NewSessionTrainingQuery = { viewer: { timeZone: string, canCreateTrainings: boolean }, training: { id: string, code: string, title: string, organisations: Array<{ id: string, name: string }>, viewerCan: { edit: boolean } } };

export type NewSessionDraftQueryVariables = Exact<{
  trainingId: string | number;
}>;


export type NewSessionDraftQuery = { sessionDraft: { title: string, description: string, startDate: string, endDate: string, defaultSession: boolean, publicRegistration: boolean, publicUnregistration: boolean, registrationValidation: boolean, maxUsers: number | null, eventInscriptionMode: InscriptionMode } };

export type NewSessionViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type NewSessionViewerQuery = { viewer: { canCreateTrainings: boolean } };

export type SessionsViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionsViewerQuery = { viewer: { timeZone: string, canCreateTrainings: boolean } };

export type SessionsTableQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter: SessionFilter;
  orderBy: SessionOrder;
}>;


export type SessionsTableQuery = { trainings: { nodes: Array<{ id: string, code: string, title: string }> }, sessions: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, title: string, startDate: string, endDate: string, status: EventStatus, learnerCount: number, pendingCount: number, maxUsers: number | null, training: { id: string, title: string }, viewerCan: { edit: boolean, delete: boolean, message: boolean } }> } };

export type EditTemplateFormQueryVariables = Exact<{
  id: string | number;
}>;


export type EditTemplateFormQuery = { viewer: { isAdmin: boolean, managedOrganisations: Array<{ id: string, name: string }> }, template: { id: string, name: string, kind: TemplateKind, locale: string, subject: string, body: string, organisation: { id: string, name: string } | null, viewerCan: { edit: boolean } } };

export type NewTemplateFormQueryVariables = Exact<{ [key: string]: never; }>;


export type NewTemplateFormQuery = { viewer: { isAdmin: boolean, canCreateTrainings: boolean, managedOrganisations: Array<{ id: string, name: string }> } };

export type TemplatesViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type TemplatesViewerQuery = { viewer: { timeZone: string, canCreateTrainings: boolean } };

export type TemplatesTableQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
  kind?: TemplateKind | null | undefined;
  orderBy: TemplateOrder;
}>;


export type TemplatesTableQuery = { templates: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, name: string, kind: TemplateKind, locale: string, subject: string, updatedAt: string, organisation: { id: string, name: string } | null, viewerCan: { edit: boolean, delete: boolean } }> } };

export type EditTrainingFormQueryVariables = Exact<{
  id: string | number;
}>;


export type EditTrainingFormQuery = { viewer: { managedOrganisations: Array<{ id: string, name: string }> }, training: { id: string, code: string, title: string, description: string, objectives: string, prerequisites: string, durationHours: number | null, audience: string, accessibility: string, defaultSessionDays: number, maxUsers: number | null, publicRegistration: boolean, publicUnregistration: boolean, registrationValidation: boolean, eventInscriptionMode: InscriptionMode, organisations: Array<{ id: string, name: string }>, viewerCan: { edit: boolean } } };

export type TrainingPageQueryVariables = Exact<{
  id: string | number;
  sessions: number;
}>;


export type TrainingPageQuery = { viewer: { timeZone: string }, training: { id: string, code: string, title: string, description: string, defaultSessionDays: number, maxUsers: number | null, publicRegistration: boolean, publicUnregistration: boolean, registrationValidation: boolean, eventInscriptionMode: InscriptionMode, organisations: Array<{ id: string, name: string }>, viewerCan: { edit: boolean, delete: boolean }, sessions: { totalCount: number, nodes: Array<{ id: string, title: string, startDate: string, endDate: string, status: EventStatus, maxUsers: number | null, learners: { totalCount: number } }> } } };

export type NewTrainingFormQueryVariables = Exact<{ [key: string]: never; }>;


export type NewTrainingFormQuery = { viewer: { canCreateTrainings: boolean, managedOrganisations: Array<{ id: string, name: string }> } };

export type TrainingsTableQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
  organisationId?: string | number | null | undefined;
  orderBy: TrainingOrder;
}>;


export type TrainingsTableQuery = { viewer: { timeZone: string, canCreateTrainings: boolean }, organisations: { nodes: Array<{ id: string, name: string }> }, trainings: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, code: string, title: string, organisations: Array<{ id: string, name: string }>, sessions: { totalCount: number }, nextSession: { id: string, title: string, startDate: string } | null, viewerCan: { edit: boolean, delete: boolean } }> } };

export type UsersPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type UsersPageQuery = { timeZones: Array<string>, viewer: { isAdmin: boolean }, organisations: { nodes: Array<{ id: string, name: string }> }, users: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, email: string | null, firstName: string, lastName: string, locale: string, timeZone: string, active: boolean, isAdmin: boolean, viewerCan: { edit: boolean }, memberships: Array<{ role: MembershipRole, organisation: { id: string, name: string } }> }> } };

export type SitemapPageQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type SitemapPageQuery = { trainings: { pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, sessions: { nodes: Array<{ id: string }> } }> } };

export type CreateApiTokenMutationVariables = Exact<{
  name: string;
}>;


export type CreateApiTokenMutation = { createApiToken: { token: string, apiToken: { id: string, name: string } } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { id: string, revokedAt: string | null } };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type UpdateOwnProfileMutationVariables = Exact<{
  id: string | number;
  input: UpdateUserInput;
}>;


export type UpdateOwnProfileMutation = { updateUser: { id: string, locale: string, timeZone: string } };

export type RecordAttendanceMutationVariables = Exact<{
  eventId: string | number;
  userId: string | number;
  status: AttendanceStatus;
  comment?: string | null | undefined;
}>;


export type RecordAttendanceMutation = { recordAttendance: { status: AttendanceStatus } };

export type MarkAllPresentMutationVariables = Exact<{
  eventId: string | number;
}>;


export type MarkAllPresentMutation = { markAllPresent: Array<{ status: AttendanceStatus }> };

export type ValidateAttendanceMutationVariables = Exact<{
  eventId: string | number;
}>;


export type ValidateAttendanceMutation = { validateAttendance: { validatedAt: string } };

export type CorrectAttendanceMutationVariables = Exact<{
  eventId: string | number;
  userId: string | number;
  status: AttendanceStatus;
  reason: string;
  comment?: string | null | undefined;
}>;


export type CorrectAttendanceMutation = { correctAttendance: { status: AttendanceStatus } };

export type EventCheckInCodeQueryVariables = Exact<{
  eventId: string | number;
}>;


export type EventCheckInCodeQuery = { eventCheckIn: { url: string, code: string, expiresAt: string, stepSeconds: number, opensAt: string, closesAt: string, qrSvg: string } };

export type CheckInMutationVariables = Exact<{
  eventId: string | number;
  code: string;
}>;


export type CheckInMutation = { checkIn: { status: AttendanceStatus, method: AttendanceMethod | null, recordedAt: string | null } };

export type SessionRegistrationStateQueryVariables = Exact<{
  id: string | number;
}>;


export type SessionRegistrationStateQuery = { viewer: { timeZone: string, user: { id: string } | null }, session: { id: string, registration: { open: boolean, closure: RegistrationClosure | null, unregistrationOpen: boolean, unregistrationClosure: RegistrationClosure | null, seatsLeft: number | null, full: boolean, waiting: number, validation: boolean, closesAt: string | null }, viewerRegistration: { id: string, state: InscriptionState, position: number | null } | null } };

export type EventRegistrationStateQueryVariables = Exact<{
  id: string | number;
}>;


export type EventRegistrationStateQuery = { viewer: { timeZone: string, user: { id: string } | null }, event: { id: string, registration: { open: boolean, closure: RegistrationClosure | null, unregistrationOpen: boolean, unregistrationClosure: RegistrationClosure | null, seatsLeft: number | null, full: boolean, waiting: number, validation: boolean, closesAt: string | null }, viewerRegistration: { id: string, state: InscriptionState, position: number | null } | null } };

export type RegisterToSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type RegisterToSessionMutation = { registerToSession: { id: string, state: InscriptionState, position: number | null } };

export type UnregisterFromSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type UnregisterFromSessionMutation = { unregisterFromSession: { id: string } };

export type RegisterToEventMutationVariables = Exact<{
  id: string | number;
}>;


export type RegisterToEventMutation = { registerToEvent: { id: string, state: InscriptionState, position: number | null } };

export type UnregisterFromEventMutationVariables = Exact<{
  id: string | number;
}>;


export type UnregisterFromEventMutation = { unregisterFromEvent: { id: string } };

export type SendSessionInvitationsMutationVariables = Exact<{
  sessionId: string | number;
  userIds?: Array<string | number> | string | number | null | undefined;
}>;


export type SendSessionInvitationsMutation = { sendSessionInvitations: Array<{ id: string }> };

export type SendEventInvitationsMutationVariables = Exact<{
  eventId: string | number;
  userIds?: Array<string | number> | string | number | null | undefined;
}>;


export type SendEventInvitationsMutation = { sendEventInvitations: Array<{ id: string }> };

export type EventLearnerDocumentsQueryVariables = Exact<{
  id: string | number;
}>;


export type EventLearnerDocumentsQuery = { event: { id: string, certificateCount: number | null, invitationSummary: { open: boolean, learners: number } | null } };

export type SessionLearnerDocumentsQueryVariables = Exact<{
  id: string | number;
}>;


export type SessionLearnerDocumentsQuery = { session: { id: string, certificateCount: number | null, invitationSummary: { open: boolean, learners: number } | null } };

export type EventFormContextQueryVariables = Exact<{
  sessionId: string | number;
}>;


export type EventFormContextQuery = { viewer: { eventDefaultTimeZone: string, canManageLocations: boolean }, session: { id: string, maxUsers: number | null, eventInscriptionMode: InscriptionMode, trainers: { nodes: Array<{ id: string, firstName: string, lastName: string }> } }, locations: { nodes: Array<{ id: string, name: string, timeZone: string }> } };

export type EventToEditQueryVariables = Exact<{
  id: string | number;
}>;


export type EventToEditQuery = { event: { id: string, name: string, description: string, startAt: string, endAt: string, locationExtra: string, maxUsers: number | null, inscriptionMode: InscriptionMode, location: { id: string } | null, trainers: { nodes: Array<{ id: string }> } } };

export type CreateEventMutationVariables = Exact<{
  input: CreateEventInput;
}>;


export type CreateEventMutation = { createEvent: { id: string, name: string } };

export type UpdateEventMutationVariables = Exact<{
  id: string | number;
  input: UpdateEventInput;
}>;


export type UpdateEventMutation = { updateEvent: { id: string, name: string } };

export type AddEventRegistrantsMutationVariables = Exact<{
  eventId: string | number;
  userIds: Array<string | number> | string | number;
}>;


export type AddEventRegistrantsMutation = { addEventRegistrants: Array<{ userId: string, outcome: RegistrantOutcome, reason: string | null, inscription: { id: string, state: InscriptionState, position: number | null } | null }> };

export type EventDeletionImpactQueryVariables = Exact<{
  id: string | number;
}>;


export type EventDeletionImpactQuery = { event: { inscriptions: { totalCount: number }, comments: { totalCount: number } } };

export type DeleteEventMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteEventMutation = { deleteEvent: { id: string } };

export type RepeatLimitsQueryVariables = Exact<{ [key: string]: never; }>;


export type RepeatLimitsQuery = { repeatLimits: { maxCopies: number, maxWeeks: number } };

export type RepeatEventPreviewQueryVariables = Exact<{
  id: string | number;
  weekdays: Array<Weekday> | Weekday;
  until?: string | null | undefined;
  weeks?: number | null | undefined;
}>;


export type RepeatEventPreviewQuery = { repeatEventPreview: { timeZone: string, occurrences: Array<{ startAt: string, endAt: string }> } };

export type RepeatEventMutationVariables = Exact<{
  id: string | number;
  weekdays: Array<Weekday> | Weekday;
  until?: string | null | undefined;
  weeks?: number | null | undefined;
}>;


export type RepeatEventMutation = { repeatEvent: Array<{ id: string }> };

export type LocationUsageQueryVariables = Exact<{
  id: string | number;
}>;


export type LocationUsageQuery = { location: { eventCount: number | null } };

export type DeleteLocationMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteLocationMutation = { deleteLocation: { id: string } };

export type CreateLocationMutationVariables = Exact<{
  input: CreateLocationInput;
}>;


export type CreateLocationMutation = { createLocation: { id: string, name: string } };

export type UpdateLocationMutationVariables = Exact<{
  id: string | number;
  input: UpdateLocationInput;
}>;


export type UpdateLocationMutation = { updateLocation: { id: string, name: string } };

export type CreateCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateCalendarFeedMutation = { createCalendarFeed: { url: string, createdAt: string } };

export type RevokeCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type RevokeCalendarFeedMutation = { revokeCalendarFeed: boolean };

export type MyCalendarEventsQueryVariables = Exact<{
  after: string;
  before: string;
}>;


export type MyCalendarEventsQuery = { events: { totalCount: number, nodes: Array<{ id: string, name: string, startAt: string, endAt: string, timeZone: string, location: { id: string, name: string } | null, session: { id: string, title: string } }> } };

export type MyCertificatesListQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCertificatesListQuery = { myCertificates: { events: Array<{ id: string, name: string, startAt: string, endAt: string, timeZone: string, session: { id: string, title: string } }>, sessions: Array<{ attendedHours: number, scheduledHours: number, session: { id: string, title: string, startDate: string, endDate: string } }> } };

export type SendMessageMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type SendMessageMutation = { sendMessage: { internalRecipients: number, emailsQueued: number, message: { id: string } } };

export type SessionMessagesQueryVariables = Exact<{
  sessionId: string | number;
  first: number;
}>;


export type SessionMessagesQuery = { viewer: { timeZone: string }, sessionMessages: { totalCount: number, nodes: Array<{ id: string, subject: string, body: string, channels: MessageChannels, createdAt: string, recipientCount: number, emailCount: number, sender: { id: string, firstName: string, lastName: string } | null, event: { id: string, name: string } | null }> } };

export type UnreadMessageCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadMessageCountQuery = { unreadMessageCount: number };

export type MyMessagesQueryVariables = Exact<{
  first: number;
}>;


export type MyMessagesQuery = { unreadMessageCount: number, viewer: { timeZone: string }, myMessages: { totalCount: number, nodes: Array<{ id: string, subject: string, body: string, read: boolean, sentAt: string, sender: { id: string, firstName: string, lastName: string } | null, session: { id: string, title: string }, event: { id: string, name: string } | null }> } };

export type MarkMessagesReadMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type MarkMessagesReadMutation = { markMessagesRead: number };

export type HeaderNotificationsQueryVariables = Exact<{
  first: number;
}>;


export type HeaderNotificationsQuery = { unreadNotificationCount: number, viewer: { timeZone: string }, notifications: { nodes: Array<{ id: string, kind: NotificationKind, read: boolean, createdAt: string, session: { id: string, title: string }, event: { id: string, name: string } | null }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type DeleteOrganisationMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteOrganisationMutation = { deleteOrganisation: { id: string } };

export type CreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type CreateOrganisationMutation = { createOrganisation: { id: string, name: string } };

export type UpdateOrganisationMutationVariables = Exact<{
  id: string | number;
  input: UpdateOrganisationInput;
}>;


export type UpdateOrganisationMutation = { updateOrganisation: { id: string, name: string } };

export type RetryOutboxMailMutationVariables = Exact<{
  id: string | number;
}>;


export type RetryOutboxMailMutation = { retryOutboxMail: { id: string, state: MailState } };

export type SearchPeopleQueryVariables = Exact<{
  search: string;
}>;


export type SearchPeopleQuery = { users: { nodes: Array<{ id: string, firstName: string, lastName: string, email: string | null }> } };

export type SessionDeletionImpactQueryVariables = Exact<{
  id: string | number;
}>;


export type SessionDeletionImpactQuery = { session: { deletionImpact: { events: number, inscriptions: number } | null } };

export type DeleteSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteSessionMutation = { deleteSession: { id: string } };

export type EventCommentsQueryVariables = Exact<{
  id: string | number;
}>;


export type EventCommentsQuery = { event: { id: string, viewerCan: { comment: boolean }, comments: { totalCount: number, nodes: Array<{ id: string, content: string, createdAt: string, updatedAt: string, author: { id: string, firstName: string, lastName: string } | null, viewerCan: { edit: boolean, delete: boolean } }> } } };

export type AddEventCommentMutationVariables = Exact<{
  eventId: string | number;
  content: string;
}>;


export type AddEventCommentMutation = { createComment: { id: string } };

export type UpdateEventCommentMutationVariables = Exact<{
  id: string | number;
  content: string;
}>;


export type UpdateEventCommentMutation = { updateComment: { id: string } };

export type DeleteEventCommentMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteEventCommentMutation = { deleteComment: { id: string } };

export type SessionEventsQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type SessionEventsQuery = { session: { id: string, events: { totalCount: number, nodes: Array<{ id: string, name: string, startAt: string, endAt: string, timeZone: string, maxUsers: number | null, location: { id: string, name: string } | null, registrants: { totalCount: number }, viewerCan: { comment: boolean } }> } } };

export type CreateSessionMutationVariables = Exact<{
  input: CreateSessionInput;
}>;


export type CreateSessionMutation = { createSession: { id: string, title: string } };

export type UpdateSessionMutationVariables = Exact<{
  id: string | number;
  input: UpdateSessionInput;
}>;


export type UpdateSessionMutation = { updateSession: { id: string, title: string } };

export type SessionDraftEndQueryVariables = Exact<{
  trainingId: string | number;
  startDate?: string | null | undefined;
}>;


export type SessionDraftEndQuery = { sessionDraft: { endDate: string } };

export type PersonByEmailQueryVariables = Exact<{
  email: string;
}>;


export type PersonByEmailQuery = { userByEmail: { id: string, firstName: string, lastName: string } | null };

export type AddSessionInscriptionMutationVariables = Exact<{
  input: AddInscriptionInput;
}>;


export type AddSessionInscriptionMutation = { addInscription: { id: string, state: InscriptionState } };

export type RemoveSessionInscriptionMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveSessionInscriptionMutation = { removeInscription: { id: string } };

export type ValidateSessionInscriptionMutationVariables = Exact<{
  id: string | number;
  accept: boolean;
}>;


export type ValidateSessionInscriptionMutation = { validateInscription: { id: string, state: InscriptionState } };

export type SessionsTrainingOptionsQueryVariables = Exact<{
  search: string;
}>;


export type SessionsTrainingOptionsQuery = { trainings: { nodes: Array<{ id: string, code: string, title: string }> } };

export type PickSessionTrainingQueryVariables = Exact<{
  search?: string | null | undefined;
  first: number;
}>;


export type PickSessionTrainingQuery = { trainings: { totalCount: number, nodes: Array<{ id: string, code: string, title: string, organisations: Array<{ id: string, name: string }> }> } };

export type MoveInWaitingListMutationVariables = Exact<{
  id: string | number;
  position: number;
}>;


export type MoveInWaitingListMutation = { moveInWaitingList: { id: string, position: number | null } };

export type PromoteInscriptionMutationVariables = Exact<{
  id: string | number;
}>;


export type PromoteInscriptionMutation = { promoteInscription: { id: string, state: InscriptionState } };

export type DeleteTemplateMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteTemplateMutation = { deleteTemplate: { id: string } };

export type CreateTemplateMutationVariables = Exact<{
  input: CreateTemplateInput;
}>;


export type CreateTemplateMutation = { createTemplate: { id: string, name: string } };

export type UpdateTemplateMutationVariables = Exact<{
  id: string | number;
  input: UpdateTemplateInput;
}>;


export type UpdateTemplateMutation = { updateTemplate: { id: string, name: string } };

export type TemplatePlaceholdersQueryVariables = Exact<{
  kind: TemplateKind;
}>;


export type TemplatePlaceholdersQuery = { templatePlaceholders: Array<{ name: string, loop: boolean, within: string | null, description: { fr: string, en: string } }> };

export type TemplatePreviewQueryVariables = Exact<{
  kind: TemplateKind;
  locale: string;
  subject: string;
  body: string;
}>;


export type TemplatePreviewQuery = { templatePreview: { subject: string, html: string } };

export type TrainingDeletionImpactQueryVariables = Exact<{
  id: string | number;
}>;


export type TrainingDeletionImpactQuery = { training: { deletionImpact: { sessions: number, events: number, inscriptions: number } | null } };

export type DeleteTrainingMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteTrainingMutation = { deleteTraining: { id: string } };

export type CreateTrainingMutationVariables = Exact<{
  input: CreateTrainingInput;
}>;


export type CreateTrainingMutation = { createTraining: { id: string, title: string } };

export type UpdateTrainingMutationVariables = Exact<{
  id: string | number;
  input: UpdateTrainingInput;
}>;


export type UpdateTrainingMutation = { updateTraining: { id: string, title: string } };

export type SetMembershipMutationVariables = Exact<{
  userId: string | number;
  organisationId: string | number;
  role: MembershipRole;
}>;


export type SetMembershipMutation = { setMembership: { role: MembershipRole } };

export type RemoveMembershipMutationVariables = Exact<{
  userId: string | number;
  organisationId: string | number;
}>;


export type RemoveMembershipMutation = { removeMembership: { role: MembershipRole } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, firstName: string, lastName: string } };

export type UpdateUserMutationVariables = Exact<{
  id: string | number;
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { id: string, firstName: string, lastName: string } };

export type SetUserPasswordMutationVariables = Exact<{
  userId: string | number;
  password: string;
}>;


export type SetUserPasswordMutation = { setUserPassword: boolean };

export type SetUserActiveMutationVariables = Exact<{
  id: string | number;
  active: boolean;
}>;


export type SetUserActiveMutation = { updateUser: { id: string, active: boolean } };

export type ViewerPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerPreferencesQuery = { viewer: { timeZone: string, user: { locale: string } | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CatalogueSessionCardFragmentDoc = new TypedDocumentString(`
    fragment CatalogueSessionCard on Session {
  id
  title
  startDate
  endDate
  status
  maxUsers
  publicRegistration
  registration {
    open
    seatsLeft
    full
  }
  locations {
    id
    name
    timeZone
  }
}
    `, {"fragmentName":"CatalogueSessionCard"}) as unknown as TypedDocumentString<CatalogueSessionCardFragment, unknown>;
export const MySessionFragmentDoc = new TypedDocumentString(`
    fragment MySession on Session {
  id
  title
  startDate
  endDate
  status
  training {
    id
    title
  }
  locations {
    id
    name
    timeZone
  }
  viewerRegistration {
    id
    role
    state
    position
  }
}
    `, {"fragmentName":"MySession"}) as unknown as TypedDocumentString<MySessionFragment, unknown>;
export const SessionInscriptionsFragmentDoc = new TypedDocumentString(`
    fragment SessionInscriptions on InscriptionConnection {
  totalCount
  nodes {
    id
    state
    createdAt
    position
    user {
      id
      firstName
      lastName
      email
    }
  }
}
    `, {"fragmentName":"SessionInscriptions"}) as unknown as TypedDocumentString<SessionInscriptionsFragment, unknown>;
export const SessionEventsFragmentDoc = new TypedDocumentString(`
    fragment SessionEvents on EventConnection {
  totalCount
  nodes {
    id
    name
    startAt
    endAt
    timeZone
    location {
      name
    }
    inscriptions(role: LEARNER, first: 0) {
      totalCount
    }
    viewerCan {
      edit
      delete
      repeat
    }
  }
}
    `, {"fragmentName":"SessionEvents"}) as unknown as TypedDocumentString<SessionEventsFragment, unknown>;
export const AccountPageDocument = new TypedDocumentString(`
    query AccountPage {
  me {
    id
    email
    firstName
    lastName
    locale
    timeZone
  }
  timeZones
  apiTokens(first: 100) {
    nodes {
      id
      name
      lastCharacters
      createdAt
      lastUsedAt
      revokedAt
    }
  }
}
    `) as unknown as TypedDocumentString<AccountPageQuery, AccountPageQueryVariables>;
export const CataloguePageDocument = new TypedDocumentString(`
    query CataloguePage($first: Int!, $after: String, $search: String, $organisationId: ID, $sessions: SessionFilter!, $sessionsPerTraining: Int!) {
  viewer {
    timeZone
  }
  catalogueFilters {
    organisations {
      id
      name
    }
    locations {
      id
      name
    }
  }
  trainings(
    first: $first
    after: $after
    search: $search
    organisationId: $organisationId
    sessions: $sessions
  ) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      id
      code
      title
      description
      durationHours
      organisations {
        id
        name
      }
      sessions(first: $sessionsPerTraining, filter: $sessions) {
        totalCount
        nodes {
          ...CatalogueSessionCard
        }
      }
    }
  }
}
    fragment CatalogueSessionCard on Session {
  id
  title
  startDate
  endDate
  status
  maxUsers
  publicRegistration
  registration {
    open
    seatsLeft
    full
  }
  locations {
    id
    name
    timeZone
  }
}`) as unknown as TypedDocumentString<CataloguePageQuery, CataloguePageQueryVariables>;
export const CatalogueSessionPageDocument = new TypedDocumentString(`
    query CatalogueSessionPage($id: ID!, $events: Int!) {
  viewer {
    timeZone
    user {
      id
    }
  }
  session(id: $id) {
    id
    title
    description
    startDate
    endDate
    status
    maxUsers
    registration {
      open
      seatsLeft
      full
    }
    publicRegistration
    publicUnregistration
    registrationValidation
    eventInscriptionMode
    training {
      id
      title
      code
      description
      durationHours
      organisations {
        id
        name
      }
    }
    locations {
      id
      name
      address
      timeZone
    }
    trainers(first: 20) {
      nodes {
        id
        firstName
        lastName
      }
    }
    viewerRegistration {
      id
      state
    }
    events(first: $events) {
      totalCount
      nodes {
        id
        name
        description
        startAt
        endAt
        timeZone
        locationExtra
        status
        inscriptionMode
        location {
          id
          name
          address
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogueSessionPageQuery, CatalogueSessionPageQueryVariables>;
export const CatalogueTrainingPageDocument = new TypedDocumentString(`
    query CatalogueTrainingPage($id: ID!, $sessions: Int!) {
  viewer {
    timeZone
  }
  training(id: $id) {
    id
    code
    title
    description
    objectives
    prerequisites
    durationHours
    audience
    accessibility
    organisations {
      id
      name
    }
    sessions(first: $sessions, filter: {ended: false}) {
      totalCount
      nodes {
        ...CatalogueSessionCard
      }
    }
  }
}
    fragment CatalogueSessionCard on Session {
  id
  title
  startDate
  endDate
  status
  maxUsers
  publicRegistration
  registration {
    open
    seatsLeft
    full
  }
  locations {
    id
    name
    timeZone
  }
}`) as unknown as TypedDocumentString<CatalogueTrainingPageQuery, CatalogueTrainingPageQueryVariables>;
export const CatalogueViewerZoneDocument = new TypedDocumentString(`
    query CatalogueViewerZone {
  viewer {
    timeZone
  }
}
    `) as unknown as TypedDocumentString<CatalogueViewerZoneQuery, CatalogueViewerZoneQueryVariables>;
export const CheckInPageDocument = new TypedDocumentString(`
    query CheckInPage($id: ID!) {
  me {
    id
  }
  event(id: $id) {
    id
    name
    startAt
    endAt
    timeZone
    location {
      id
      name
    }
    session {
      id
      title
    }
    attendance {
      status
      method
    }
  }
}
    `) as unknown as TypedDocumentString<CheckInPageQuery, CheckInPageQueryVariables>;
export const MyTrainingsPageDocument = new TypedDocumentString(`
    query MyTrainingsPage($sessions: Int!, $events: Int!, $comments: Int!) {
  me {
    id
    firstName
    lastName
    timeZone
  }
  upcoming: sessions(
    first: $sessions
    filter: {mine: true, status: UPCOMING}
    orderBy: START_DATE_ASC
  ) {
    totalCount
    nodes {
      ...MySession
    }
  }
  ongoing: sessions(
    first: $sessions
    filter: {mine: true, status: ONGOING}
    orderBy: END_DATE_ASC
  ) {
    totalCount
    nodes {
      ...MySession
    }
  }
  past: sessions(
    first: $sessions
    filter: {mine: true, ended: true}
    orderBy: END_DATE_DESC
  ) {
    totalCount
    nodes {
      ...MySession
    }
  }
  agenda: events(first: $events, filter: {mine: true, ended: false}) {
    totalCount
    nodes {
      id
      name
      startAt
      endAt
      timeZone
      status
      inscriptionMode
      locationExtra
      location {
        id
        name
      }
      session {
        id
        title
      }
      comments(first: $comments) {
        totalCount
        nodes {
          id
          content
          createdAt
          author {
            id
            firstName
            lastName
          }
        }
      }
    }
  }
  calendarFeed {
    createdAt
  }
}
    fragment MySession on Session {
  id
  title
  startDate
  endDate
  status
  training {
    id
    title
  }
  locations {
    id
    name
    timeZone
  }
  viewerRegistration {
    id
    role
    state
    position
  }
}`) as unknown as TypedDocumentString<MyTrainingsPageQuery, MyTrainingsPageQueryVariables>;
export const SiteHeaderViewerDocument = new TypedDocumentString(`
    query SiteHeaderViewer {
  viewer {
    isStaff
    user {
      id
      firstName
      lastName
    }
  }
}
    `) as unknown as TypedDocumentString<SiteHeaderViewerQuery, SiteHeaderViewerQueryVariables>;
export const DashboardDocument = new TypedDocumentString(`
    query Dashboard($soonBefore: DateTimeISO!, $now: DateTimeISO!, $first: Int!) {
  viewer {
    timeZone
    canCreateTrainings
    user {
      firstName
    }
  }
  nextSessions: sessions(filter: {asStaff: true, status: UPCOMING}, first: $first) {
    totalCount
    nodes {
      id
      title
      startDate
      endDate
      maxUsers
      training {
        id
        title
      }
      learners(first: 0) {
        totalCount
      }
    }
  }
  nextEvents: events(filter: {asStaff: true, ended: false}, first: $first) {
    totalCount
    nodes {
      id
      name
      startAt
      timeZone
      location {
        name
      }
      session {
        id
        title
      }
    }
  }
  pending: sessions(
    filter: {asStaff: true, pendingRegistrations: true}
    first: $first
  ) {
    totalCount
    nodes {
      id
      title
      training {
        id
        title
      }
      inscriptions(state: PENDING, role: LEARNER, first: 0) {
        totalCount
      }
    }
  }
  underFilled: sessions(
    filter: {asStaff: true, underFilled: true, startsAfter: $now, startsBefore: $soonBefore}
    first: $first
  ) {
    totalCount
    nodes {
      id
      title
      startDate
      maxUsers
      training {
        id
        title
      }
      learners(first: 0) {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardQuery, DashboardQueryVariables>;
export const EventAttendancePageDocument = new TypedDocumentString(`
    query EventAttendancePage($id: ID!) {
  event(id: $id) {
    id
    status
    timeZone
    attendanceCan {
      record
      validate
      correct
    }
    attendanceValidation {
      validatedAt
      validatedBy {
        id
        firstName
        lastName
      }
    }
    attendance {
      status
      comment
      recordedAt
      method
      correctionReason
      corrected
      user {
        id
        firstName
        lastName
      }
      recordedBy {
        id
        firstName
        lastName
      }
      history {
        id
        fromStatus
        toStatus
        comment
        changedAt
        method
        correctionReason
        changedBy {
          id
          firstName
          lastName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EventAttendancePageQuery, EventAttendancePageQueryVariables>;
export const EventPageDocument = new TypedDocumentString(`
    query EventPage($id: ID!, $first: Int!, $after: String) {
  event(id: $id) {
    id
    name
    description
    startAt
    endAt
    timeZone
    status
    inscriptionMode
    maxUsers
    locationExtra
    location {
      id
      name
      address
    }
    session {
      id
      title
      training {
        id
        code
        title
      }
    }
    trainers(first: 100) {
      totalCount
      nodes {
        id
        firstName
        lastName
      }
    }
    viewerCan {
      comment
      registerLearners
      edit
      delete
      repeat
      documents
      message
    }
    confirmed: inscriptions(role: LEARNER, state: CONFIRMED, first: 0) {
      totalCount
    }
    learners: inscriptions(role: LEARNER, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        state
        position
        createdAt
        user {
          id
          firstName
          lastName
          email
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EventPageQuery, EventPageQueryVariables>;
export const EventsViewerDocument = new TypedDocumentString(`
    query EventsViewer {
  viewer {
    timeZone
  }
}
    `) as unknown as TypedDocumentString<EventsViewerQuery, EventsViewerQueryVariables>;
export const EventsTableDocument = new TypedDocumentString(`
    query EventsTable($first: Int!, $after: String, $filter: EventFilter!, $orderBy: EventOrder) {
  locations(first: 100) {
    nodes {
      id
      name
    }
  }
  events(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      id
      name
      startAt
      endAt
      timeZone
      status
      maxUsers
      location {
        id
        name
      }
      session {
        id
        title
        training {
          id
          title
        }
      }
      trainers(first: 5) {
        totalCount
        nodes {
          id
          firstName
          lastName
        }
      }
      registrants: inscriptions(role: LEARNER, state: CONFIRMED, first: 0) {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EventsTableQuery, EventsTableQueryVariables>;
export const LocationsTableDocument = new TypedDocumentString(`
    query LocationsTable($first: Int!, $after: String, $search: String, $orderBy: LocationOrder!) {
  viewer {
    isAdmin
    canCreateTrainings
    managedOrganisations {
      id
      name
    }
  }
  timeZones
  locations(first: $first, after: $after, search: $search, orderBy: $orderBy) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      id
      name
      address
      timeZone
      capacity
      eventCount
      organisation {
        id
        name
      }
      viewerCan {
        edit
        delete
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LocationsTableQuery, LocationsTableQueryVariables>;
export const ManageViewerDocument = new TypedDocumentString(`
    query ManageViewer {
  viewer {
    isStaff
    isAdmin
    canCreateTrainings
    user {
      id
      firstName
      lastName
      email
    }
  }
}
    `) as unknown as TypedDocumentString<ManageViewerQuery, ManageViewerQueryVariables>;
export const OrganisationsPageDocument = new TypedDocumentString(`
    query OrganisationsPage($after: String) {
  viewer {
    isAdmin
  }
  organisations(first: 100, after: $after) {
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      id
      name
      code
      parent {
        id
      }
      contents {
        subOrganisations
        members
        trainings
        locations
        templates
      }
      viewerCan {
        edit
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationsPageQuery, OrganisationsPageQueryVariables>;
export const OutboxMailPageDocument = new TypedDocumentString(`
    query OutboxMailPage($id: ID!) {
  viewer {
    timeZone
  }
  outboxMail(id: $id) {
    id
    messageId
    purpose
    toAddress
    toName
    subject
    text
    html
    state
    attempts
    nextAttemptAt
    lastError
    createdAt
    sentAt
    attachmentNames
    viewerCan {
      retry
    }
  }
}
    `) as unknown as TypedDocumentString<OutboxMailPageQuery, OutboxMailPageQueryVariables>;
export const OutboxViewerDocument = new TypedDocumentString(`
    query OutboxViewer {
  viewer {
    isAdmin
    timeZone
  }
}
    `) as unknown as TypedDocumentString<OutboxViewerQuery, OutboxViewerQueryVariables>;
export const OutboxPageDocument = new TypedDocumentString(`
    query OutboxPage($first: Int!, $after: String, $filter: OutboxMailFilter) {
  outboxMails(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      id
      toAddress
      toName
      subject
      state
      attempts
      createdAt
      sentAt
    }
  }
}
    `) as unknown as TypedDocumentString<OutboxPageQuery, OutboxPageQueryVariables>;
export const SessionAttendancePageDocument = new TypedDocumentString(`
    query SessionAttendancePage($id: ID!) {
  session(id: $id) {
    id
    attendanceOutcomes {
      scheduledHours
      attendedHours
      outcome
      user {
        id
        firstName
        lastName
      }
      events {
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SessionAttendancePageQuery, SessionAttendancePageQueryVariables>;
export const EditSessionFormDocument = new TypedDocumentString(`
    query EditSessionForm($id: ID!) {
  viewer {
    timeZone
  }
  session(id: $id) {
    id
    title
    description
    startDate
    endDate
    defaultSession
    publicRegistration
    publicUnregistration
    registrationValidation
    maxUsers
    eventInscriptionMode
    promotionCutoffHours
    registrationClosesAt
    organisations {
      id
      name
    }
    training {
      id
      code
      title
      viewerCan {
        edit
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EditSessionFormQuery, EditSessionFormQueryVariables>;
export const SessionPageDocument = new TypedDocumentString(`
    query SessionPage($id: ID!, $first: Int!, $openOrder: EventOrder, $endedOrder: EventOrder, $eventSearch: String) {
  viewer {
    timeZone
  }
  session(id: $id) {
    id
    title
    description
    startDate
    endDate
    status
    defaultSession
    publicRegistration
    publicUnregistration
    registrationValidation
    maxUsers
    eventInscriptionMode
    viewerCan {
      edit
      delete
      documents
      message
    }
    training {
      id
      code
      title
      viewerCan {
        edit
      }
    }
    organisations {
      id
      name
    }
    pending: inscriptions(role: LEARNER, state: PENDING, first: $first) {
      ...SessionInscriptions
    }
    confirmed: inscriptions(role: LEARNER, state: CONFIRMED, first: $first) {
      ...SessionInscriptions
    }
    waitlisted: waitingList(first: $first) {
      ...SessionInscriptions
    }
    registration {
      freeSeats
    }
    refused: inscriptions(role: LEARNER, state: CANCELLED, first: $first) {
      ...SessionInscriptions
    }
    trainers: inscriptions(role: TRAINER, first: $first) {
      ...SessionInscriptions
    }
  }
  openEvents: events(
    filter: {sessionId: $id, ended: false, search: $eventSearch}
    orderBy: $openOrder
    first: $first
  ) {
    ...SessionEvents
  }
  endedEvents: events(
    filter: {sessionId: $id, ended: true, search: $eventSearch}
    orderBy: $endedOrder
    first: $first
  ) {
    ...SessionEvents
  }
}
    fragment SessionInscriptions on InscriptionConnection {
  totalCount
  nodes {
    id
    state
    createdAt
    position
    user {
      id
      firstName
      lastName
      email
    }
  }
}
fragment SessionEvents on EventConnection {
  totalCount
  nodes {
    id
    name
    startAt
    endAt
    timeZone
    location {
      name
    }
    inscriptions(role: LEARNER, first: 0) {
      totalCount
    }
    viewerCan {
      edit
      delete
      repeat
    }
  }
}`) as unknown as TypedDocumentString<SessionPageQuery, SessionPageQueryVariables>;
export const NewSessionTrainingDocument = new TypedDocumentString(`
    query NewSessionTraining($id: ID!) {
  viewer {
    timeZone
    canCreateTrainings
  }
  training(id: $id) {
    id
    code
    title
    organisations {
      id
      name
    }
    viewerCan {
      edit
    }
  }
}
    `) as unknown as TypedDocumentString<NewSessionTrainingQuery, NewSessionTrainingQueryVariables>;
export const NewSessionDraftDocument = new TypedDocumentString(`
    query NewSessionDraft($trainingId: ID!) {
  sessionDraft(trainingId: $trainingId) {
    title
    description
    startDate
    endDate
    defaultSession
    publicRegistration
    publicUnregistration
    registrationValidation
    maxUsers
    eventInscriptionMode
  }
}
    `) as unknown as TypedDocumentString<NewSessionDraftQuery, NewSessionDraftQueryVariables>;
export const NewSessionViewerDocument = new TypedDocumentString(`
    query NewSessionViewer {
  viewer {
    canCreateTrainings
  }
}
    `) as unknown as TypedDocumentString<NewSessionViewerQuery, NewSessionViewerQueryVariables>;
export const SessionsViewerDocument = new TypedDocumentString(`
    query SessionsViewer {
  viewer {
    timeZone
    canCreateTrainings
  }
}
    `) as unknown as TypedDocumentString<SessionsViewerQuery, SessionsViewerQueryVariables>;
export const SessionsTableDocument = new TypedDocumentString(`
    query SessionsTable($first: Int!, $after: String, $filter: SessionFilter!, $orderBy: SessionOrder!) {
  trainings(first: 100, orderBy: TITLE_ASC) {
    nodes {
      id
      code
      title
    }
  }
  sessions(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      id
      title
      startDate
      endDate
      status
      learnerCount
      pendingCount
      maxUsers
      training {
        id
        title
      }
      viewerCan {
        edit
        delete
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SessionsTableQuery, SessionsTableQueryVariables>;
export const EditTemplateFormDocument = new TypedDocumentString(`
    query EditTemplateForm($id: ID!) {
  viewer {
    isAdmin
    managedOrganisations {
      id
      name
    }
  }
  template(id: $id) {
    id
    name
    kind
    locale
    subject
    body
    organisation {
      id
      name
    }
    viewerCan {
      edit
    }
  }
}
    `) as unknown as TypedDocumentString<EditTemplateFormQuery, EditTemplateFormQueryVariables>;
export const NewTemplateFormDocument = new TypedDocumentString(`
    query NewTemplateForm {
  viewer {
    isAdmin
    canCreateTrainings
    managedOrganisations {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<NewTemplateFormQuery, NewTemplateFormQueryVariables>;
export const TemplatesViewerDocument = new TypedDocumentString(`
    query TemplatesViewer {
  viewer {
    timeZone
    canCreateTrainings
  }
}
    `) as unknown as TypedDocumentString<TemplatesViewerQuery, TemplatesViewerQueryVariables>;
export const TemplatesTableDocument = new TypedDocumentString(`
    query TemplatesTable($first: Int!, $after: String, $search: String, $kind: TemplateKind, $orderBy: TemplateOrder!) {
  templates(
    first: $first
    after: $after
    search: $search
    kind: $kind
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      id
      name
      kind
      locale
      subject
      updatedAt
      organisation {
        id
        name
      }
      viewerCan {
        edit
        delete
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TemplatesTableQuery, TemplatesTableQueryVariables>;
export const EditTrainingFormDocument = new TypedDocumentString(`
    query EditTrainingForm($id: ID!) {
  viewer {
    managedOrganisations {
      id
      name
    }
  }
  training(id: $id) {
    id
    code
    title
    description
    objectives
    prerequisites
    durationHours
    audience
    accessibility
    defaultSessionDays
    maxUsers
    publicRegistration
    publicUnregistration
    registrationValidation
    eventInscriptionMode
    organisations {
      id
      name
    }
    viewerCan {
      edit
    }
  }
}
    `) as unknown as TypedDocumentString<EditTrainingFormQuery, EditTrainingFormQueryVariables>;
export const TrainingPageDocument = new TypedDocumentString(`
    query TrainingPage($id: ID!, $sessions: Int!) {
  viewer {
    timeZone
  }
  training(id: $id) {
    id
    code
    title
    description
    defaultSessionDays
    maxUsers
    publicRegistration
    publicUnregistration
    registrationValidation
    eventInscriptionMode
    organisations {
      id
      name
    }
    viewerCan {
      edit
      delete
    }
    sessions(first: $sessions) {
      totalCount
      nodes {
        id
        title
        startDate
        endDate
        status
        maxUsers
        learners(first: 0) {
          totalCount
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingPageQuery, TrainingPageQueryVariables>;
export const NewTrainingFormDocument = new TypedDocumentString(`
    query NewTrainingForm {
  viewer {
    canCreateTrainings
    managedOrganisations {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<NewTrainingFormQuery, NewTrainingFormQueryVariables>;
export const TrainingsTableDocument = new TypedDocumentString(`
    query TrainingsTable($first: Int!, $after: String, $search: String, $organisationId: ID, $orderBy: TrainingOrder!) {
  viewer {
    timeZone
    canCreateTrainings
  }
  organisations(first: 100) {
    nodes {
      id
      name
    }
  }
  trainings(
    first: $first
    after: $after
    search: $search
    organisationId: $organisationId
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      id
      code
      title
      organisations {
        id
        name
      }
      sessions(first: 0) {
        totalCount
      }
      nextSession {
        id
        title
        startDate
      }
      viewerCan {
        edit
        delete
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingsTableQuery, TrainingsTableQueryVariables>;
export const UsersPageDocument = new TypedDocumentString(`
    query UsersPage($first: Int!, $after: String, $search: String) {
  viewer {
    isAdmin
  }
  timeZones
  organisations(first: 100) {
    nodes {
      id
      name
    }
  }
  users(first: $first, after: $after, search: $search) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      id
      email
      firstName
      lastName
      locale
      timeZone
      active
      isAdmin
      viewerCan {
        edit
      }
      memberships {
        role
        organisation {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UsersPageQuery, UsersPageQueryVariables>;
export const SitemapPageDocument = new TypedDocumentString(`
    query SitemapPage($after: String) {
  trainings(first: 100, after: $after, sessions: {ended: false}) {
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      id
      sessions(first: 100, filter: {ended: false}) {
        nodes {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SitemapPageQuery, SitemapPageQueryVariables>;
export const CreateApiTokenDocument = new TypedDocumentString(`
    mutation CreateApiToken($name: String!) {
  createApiToken(name: $name) {
    token
    apiToken {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = new TypedDocumentString(`
    mutation RevokeApiToken($id: ID!) {
  revokeApiToken(id: $id) {
    id
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const UpdateOwnProfileDocument = new TypedDocumentString(`
    mutation UpdateOwnProfile($id: ID!, $input: UpdateUserInput!) {
  updateUser(id: $id, input: $input) {
    id
    locale
    timeZone
  }
}
    `) as unknown as TypedDocumentString<UpdateOwnProfileMutation, UpdateOwnProfileMutationVariables>;
export const RecordAttendanceDocument = new TypedDocumentString(`
    mutation RecordAttendance($eventId: ID!, $userId: ID!, $status: AttendanceStatus!, $comment: String) {
  recordAttendance(
    eventId: $eventId
    userId: $userId
    status: $status
    comment: $comment
  ) {
    status
  }
}
    `) as unknown as TypedDocumentString<RecordAttendanceMutation, RecordAttendanceMutationVariables>;
export const MarkAllPresentDocument = new TypedDocumentString(`
    mutation MarkAllPresent($eventId: ID!) {
  markAllPresent(eventId: $eventId) {
    status
  }
}
    `) as unknown as TypedDocumentString<MarkAllPresentMutation, MarkAllPresentMutationVariables>;
export const ValidateAttendanceDocument = new TypedDocumentString(`
    mutation ValidateAttendance($eventId: ID!) {
  validateAttendance(eventId: $eventId) {
    validatedAt
  }
}
    `) as unknown as TypedDocumentString<ValidateAttendanceMutation, ValidateAttendanceMutationVariables>;
export const CorrectAttendanceDocument = new TypedDocumentString(`
    mutation CorrectAttendance($eventId: ID!, $userId: ID!, $status: AttendanceStatus!, $reason: String!, $comment: String) {
  correctAttendance(
    eventId: $eventId
    userId: $userId
    status: $status
    reason: $reason
    comment: $comment
  ) {
    status
  }
}
    `) as unknown as TypedDocumentString<CorrectAttendanceMutation, CorrectAttendanceMutationVariables>;
export const EventCheckInCodeDocument = new TypedDocumentString(`
    query EventCheckInCode($eventId: ID!) {
  eventCheckIn(eventId: $eventId) {
    url
    code
    expiresAt
    stepSeconds
    opensAt
    closesAt
    qrSvg
  }
}
    `) as unknown as TypedDocumentString<EventCheckInCodeQuery, EventCheckInCodeQueryVariables>;
export const CheckInDocument = new TypedDocumentString(`
    mutation CheckIn($eventId: ID!, $code: String!) {
  checkIn(eventId: $eventId, code: $code) {
    status
    method
    recordedAt
  }
}
    `) as unknown as TypedDocumentString<CheckInMutation, CheckInMutationVariables>;
export const SessionRegistrationStateDocument = new TypedDocumentString(`
    query SessionRegistrationState($id: ID!) {
  viewer {
    timeZone
    user {
      id
    }
  }
  session(id: $id) {
    id
    registration {
      open
      closure
      unregistrationOpen
      unregistrationClosure
      seatsLeft
      full
      waiting
      validation
      closesAt
    }
    viewerRegistration {
      id
      state
      position
    }
  }
}
    `) as unknown as TypedDocumentString<SessionRegistrationStateQuery, SessionRegistrationStateQueryVariables>;
export const EventRegistrationStateDocument = new TypedDocumentString(`
    query EventRegistrationState($id: ID!) {
  viewer {
    timeZone
    user {
      id
    }
  }
  event(id: $id) {
    id
    registration {
      open
      closure
      unregistrationOpen
      unregistrationClosure
      seatsLeft
      full
      waiting
      validation
      closesAt
    }
    viewerRegistration {
      id
      state
      position
    }
  }
}
    `) as unknown as TypedDocumentString<EventRegistrationStateQuery, EventRegistrationStateQueryVariables>;
export const RegisterToSessionDocument = new TypedDocumentString(`
    mutation RegisterToSession($id: ID!) {
  registerToSession(sessionId: $id) {
    id
    state
    position
  }
}
    `) as unknown as TypedDocumentString<RegisterToSessionMutation, RegisterToSessionMutationVariables>;
export const UnregisterFromSessionDocument = new TypedDocumentString(`
    mutation UnregisterFromSession($id: ID!) {
  unregisterFromSession(sessionId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<UnregisterFromSessionMutation, UnregisterFromSessionMutationVariables>;
export const RegisterToEventDocument = new TypedDocumentString(`
    mutation RegisterToEvent($id: ID!) {
  registerToEvent(eventId: $id) {
    id
    state
    position
  }
}
    `) as unknown as TypedDocumentString<RegisterToEventMutation, RegisterToEventMutationVariables>;
export const UnregisterFromEventDocument = new TypedDocumentString(`
    mutation UnregisterFromEvent($id: ID!) {
  unregisterFromEvent(eventId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<UnregisterFromEventMutation, UnregisterFromEventMutationVariables>;
export const SendSessionInvitationsDocument = new TypedDocumentString(`
    mutation SendSessionInvitations($sessionId: ID!, $userIds: [ID!]) {
  sendSessionInvitations(sessionId: $sessionId, userIds: $userIds) {
    id
  }
}
    `) as unknown as TypedDocumentString<SendSessionInvitationsMutation, SendSessionInvitationsMutationVariables>;
export const SendEventInvitationsDocument = new TypedDocumentString(`
    mutation SendEventInvitations($eventId: ID!, $userIds: [ID!]) {
  sendEventInvitations(eventId: $eventId, userIds: $userIds) {
    id
  }
}
    `) as unknown as TypedDocumentString<SendEventInvitationsMutation, SendEventInvitationsMutationVariables>;
export const EventLearnerDocumentsDocument = new TypedDocumentString(`
    query EventLearnerDocuments($id: ID!) {
  event(id: $id) {
    id
    invitationSummary {
      open
      learners
    }
    certificateCount
  }
}
    `) as unknown as TypedDocumentString<EventLearnerDocumentsQuery, EventLearnerDocumentsQueryVariables>;
export const SessionLearnerDocumentsDocument = new TypedDocumentString(`
    query SessionLearnerDocuments($id: ID!) {
  session(id: $id) {
    id
    invitationSummary {
      open
      learners
    }
    certificateCount
  }
}
    `) as unknown as TypedDocumentString<SessionLearnerDocumentsQuery, SessionLearnerDocumentsQueryVariables>;
export const EventFormContextDocument = new TypedDocumentString(`
    query EventFormContext($sessionId: ID!) {
  viewer {
    eventDefaultTimeZone
    canManageLocations
  }
  session(id: $sessionId) {
    id
    maxUsers
    eventInscriptionMode
    trainers(first: 100) {
      nodes {
        id
        firstName
        lastName
      }
    }
  }
  locations(first: 100) {
    nodes {
      id
      name
      timeZone
    }
  }
}
    `) as unknown as TypedDocumentString<EventFormContextQuery, EventFormContextQueryVariables>;
export const EventToEditDocument = new TypedDocumentString(`
    query EventToEdit($id: ID!) {
  event(id: $id) {
    id
    name
    description
    startAt
    endAt
    locationExtra
    maxUsers
    inscriptionMode
    location {
      id
    }
    trainers(first: 100) {
      nodes {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EventToEditQuery, EventToEditQueryVariables>;
export const CreateEventDocument = new TypedDocumentString(`
    mutation CreateEvent($input: CreateEventInput!) {
  createEvent(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateEventMutation, CreateEventMutationVariables>;
export const UpdateEventDocument = new TypedDocumentString(`
    mutation UpdateEvent($id: ID!, $input: UpdateEventInput!) {
  updateEvent(id: $id, input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<UpdateEventMutation, UpdateEventMutationVariables>;
export const AddEventRegistrantsDocument = new TypedDocumentString(`
    mutation AddEventRegistrants($eventId: ID!, $userIds: [ID!]!) {
  addEventRegistrants(eventId: $eventId, userIds: $userIds) {
    userId
    outcome
    reason
    inscription {
      id
      state
      position
    }
  }
}
    `) as unknown as TypedDocumentString<AddEventRegistrantsMutation, AddEventRegistrantsMutationVariables>;
export const EventDeletionImpactDocument = new TypedDocumentString(`
    query EventDeletionImpact($id: ID!) {
  event(id: $id) {
    inscriptions(role: LEARNER, first: 0) {
      totalCount
    }
    comments(first: 0) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<EventDeletionImpactQuery, EventDeletionImpactQueryVariables>;
export const DeleteEventDocument = new TypedDocumentString(`
    mutation DeleteEvent($id: ID!) {
  deleteEvent(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeleteEventMutation, DeleteEventMutationVariables>;
export const RepeatLimitsDocument = new TypedDocumentString(`
    query RepeatLimits {
  repeatLimits {
    maxCopies
    maxWeeks
  }
}
    `) as unknown as TypedDocumentString<RepeatLimitsQuery, RepeatLimitsQueryVariables>;
export const RepeatEventPreviewDocument = new TypedDocumentString(`
    query RepeatEventPreview($id: ID!, $weekdays: [Weekday!]!, $until: LocalDate, $weeks: Int) {
  repeatEventPreview(id: $id, weekdays: $weekdays, until: $until, weeks: $weeks) {
    timeZone
    occurrences {
      startAt
      endAt
    }
  }
}
    `) as unknown as TypedDocumentString<RepeatEventPreviewQuery, RepeatEventPreviewQueryVariables>;
export const RepeatEventDocument = new TypedDocumentString(`
    mutation RepeatEvent($id: ID!, $weekdays: [Weekday!]!, $until: LocalDate, $weeks: Int) {
  repeatEvent(id: $id, weekdays: $weekdays, until: $until, weeks: $weeks) {
    id
  }
}
    `) as unknown as TypedDocumentString<RepeatEventMutation, RepeatEventMutationVariables>;
export const LocationUsageDocument = new TypedDocumentString(`
    query LocationUsage($id: ID!) {
  location(id: $id) {
    eventCount
  }
}
    `) as unknown as TypedDocumentString<LocationUsageQuery, LocationUsageQueryVariables>;
export const DeleteLocationDocument = new TypedDocumentString(`
    mutation DeleteLocation($id: ID!) {
  deleteLocation(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeleteLocationMutation, DeleteLocationMutationVariables>;
export const CreateLocationDocument = new TypedDocumentString(`
    mutation CreateLocation($input: CreateLocationInput!) {
  createLocation(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateLocationMutation, CreateLocationMutationVariables>;
export const UpdateLocationDocument = new TypedDocumentString(`
    mutation UpdateLocation($id: ID!, $input: UpdateLocationInput!) {
  updateLocation(id: $id, input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<UpdateLocationMutation, UpdateLocationMutationVariables>;
export const CreateCalendarFeedDocument = new TypedDocumentString(`
    mutation CreateCalendarFeed {
  createCalendarFeed {
    url
    createdAt
  }
}
    `) as unknown as TypedDocumentString<CreateCalendarFeedMutation, CreateCalendarFeedMutationVariables>;
export const RevokeCalendarFeedDocument = new TypedDocumentString(`
    mutation RevokeCalendarFeed {
  revokeCalendarFeed
}
    `) as unknown as TypedDocumentString<RevokeCalendarFeedMutation, RevokeCalendarFeedMutationVariables>;
export const MyCalendarEventsDocument = new TypedDocumentString(`
    query MyCalendarEvents($after: DateTimeISO!, $before: DateTimeISO!) {
  events(
    first: 100
    filter: {mine: true, endsAfter: $after, startsBefore: $before}
    orderBy: START_ASC
  ) {
    totalCount
    nodes {
      id
      name
      startAt
      endAt
      timeZone
      location {
        id
        name
      }
      session {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyCalendarEventsQuery, MyCalendarEventsQueryVariables>;
export const MyCertificatesListDocument = new TypedDocumentString(`
    query MyCertificatesList {
  myCertificates {
    events {
      id
      name
      startAt
      endAt
      timeZone
      session {
        id
        title
      }
    }
    sessions {
      attendedHours
      scheduledHours
      session {
        id
        title
        startDate
        endDate
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyCertificatesListQuery, MyCertificatesListQueryVariables>;
export const SendMessageDocument = new TypedDocumentString(`
    mutation SendMessage($input: SendMessageInput!) {
  sendMessage(input: $input) {
    internalRecipients
    emailsQueued
    message {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SendMessageMutation, SendMessageMutationVariables>;
export const SessionMessagesDocument = new TypedDocumentString(`
    query SessionMessages($sessionId: ID!, $first: Int!) {
  viewer {
    timeZone
  }
  sessionMessages(sessionId: $sessionId, first: $first) {
    totalCount
    nodes {
      id
      subject
      body
      channels
      createdAt
      recipientCount
      emailCount
      sender {
        id
        firstName
        lastName
      }
      event {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SessionMessagesQuery, SessionMessagesQueryVariables>;
export const UnreadMessageCountDocument = new TypedDocumentString(`
    query UnreadMessageCount {
  unreadMessageCount
}
    `) as unknown as TypedDocumentString<UnreadMessageCountQuery, UnreadMessageCountQueryVariables>;
export const MyMessagesDocument = new TypedDocumentString(`
    query MyMessages($first: Int!) {
  viewer {
    timeZone
  }
  unreadMessageCount
  myMessages(first: $first) {
    totalCount
    nodes {
      id
      subject
      body
      read
      sentAt
      sender {
        id
        firstName
        lastName
      }
      session {
        id
        title
      }
      event {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyMessagesQuery, MyMessagesQueryVariables>;
export const MarkMessagesReadDocument = new TypedDocumentString(`
    mutation MarkMessagesRead($ids: [ID!]) {
  markMessagesRead(ids: $ids)
}
    `) as unknown as TypedDocumentString<MarkMessagesReadMutation, MarkMessagesReadMutationVariables>;
export const HeaderNotificationsDocument = new TypedDocumentString(`
    query HeaderNotifications($first: Int!) {
  viewer {
    timeZone
  }
  unreadNotificationCount
  notifications(first: $first) {
    nodes {
      id
      kind
      read
      createdAt
      session {
        id
        title
      }
      event {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HeaderNotificationsQuery, HeaderNotificationsQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($ids: [ID!]) {
  markNotificationsRead(ids: $ids)
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const DeleteOrganisationDocument = new TypedDocumentString(`
    mutation DeleteOrganisation($id: ID!) {
  deleteOrganisation(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeleteOrganisationMutation, DeleteOrganisationMutationVariables>;
export const CreateOrganisationDocument = new TypedDocumentString(`
    mutation CreateOrganisation($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateOrganisationMutation, CreateOrganisationMutationVariables>;
export const UpdateOrganisationDocument = new TypedDocumentString(`
    mutation UpdateOrganisation($id: ID!, $input: UpdateOrganisationInput!) {
  updateOrganisation(id: $id, input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<UpdateOrganisationMutation, UpdateOrganisationMutationVariables>;
export const RetryOutboxMailDocument = new TypedDocumentString(`
    mutation RetryOutboxMail($id: ID!) {
  retryOutboxMail(id: $id) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<RetryOutboxMailMutation, RetryOutboxMailMutationVariables>;
export const SearchPeopleDocument = new TypedDocumentString(`
    query SearchPeople($search: String!) {
  users(search: $search, first: 10) {
    nodes {
      id
      firstName
      lastName
      email
    }
  }
}
    `) as unknown as TypedDocumentString<SearchPeopleQuery, SearchPeopleQueryVariables>;
export const SessionDeletionImpactDocument = new TypedDocumentString(`
    query SessionDeletionImpact($id: ID!) {
  session(id: $id) {
    deletionImpact {
      events
      inscriptions
    }
  }
}
    `) as unknown as TypedDocumentString<SessionDeletionImpactQuery, SessionDeletionImpactQueryVariables>;
export const DeleteSessionDocument = new TypedDocumentString(`
    mutation DeleteSession($id: ID!) {
  deleteSession(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeleteSessionMutation, DeleteSessionMutationVariables>;
export const EventCommentsDocument = new TypedDocumentString(`
    query EventComments($id: ID!) {
  event(id: $id) {
    id
    viewerCan {
      comment
    }
    comments(first: 100) {
      totalCount
      nodes {
        id
        content
        createdAt
        updatedAt
        author {
          id
          firstName
          lastName
        }
        viewerCan {
          edit
          delete
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EventCommentsQuery, EventCommentsQueryVariables>;
export const AddEventCommentDocument = new TypedDocumentString(`
    mutation AddEventComment($eventId: ID!, $content: String!) {
  createComment(eventId: $eventId, content: $content) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddEventCommentMutation, AddEventCommentMutationVariables>;
export const UpdateEventCommentDocument = new TypedDocumentString(`
    mutation UpdateEventComment($id: ID!, $content: String!) {
  updateComment(id: $id, content: $content) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateEventCommentMutation, UpdateEventCommentMutationVariables>;
export const DeleteEventCommentDocument = new TypedDocumentString(`
    mutation DeleteEventComment($id: ID!) {
  deleteComment(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeleteEventCommentMutation, DeleteEventCommentMutationVariables>;
export const SessionEventsDocument = new TypedDocumentString(`
    query SessionEvents($id: ID!, $first: Int!) {
  session(id: $id) {
    id
    events(first: $first) {
      totalCount
      nodes {
        id
        name
        startAt
        endAt
        timeZone
        maxUsers
        location {
          id
          name
        }
        registrants: inscriptions(role: LEARNER, state: CONFIRMED, first: 0) {
          totalCount
        }
        viewerCan {
          comment
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SessionEventsQuery, SessionEventsQueryVariables>;
export const CreateSessionDocument = new TypedDocumentString(`
    mutation CreateSession($input: CreateSessionInput!) {
  createSession(input: $input) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<CreateSessionMutation, CreateSessionMutationVariables>;
export const UpdateSessionDocument = new TypedDocumentString(`
    mutation UpdateSession($id: ID!, $input: UpdateSessionInput!) {
  updateSession(id: $id, input: $input) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<UpdateSessionMutation, UpdateSessionMutationVariables>;
export const SessionDraftEndDocument = new TypedDocumentString(`
    query SessionDraftEnd($trainingId: ID!, $startDate: DateTimeISO) {
  sessionDraft(trainingId: $trainingId, startDate: $startDate) {
    endDate
  }
}
    `) as unknown as TypedDocumentString<SessionDraftEndQuery, SessionDraftEndQueryVariables>;
export const PersonByEmailDocument = new TypedDocumentString(`
    query PersonByEmail($email: String!) {
  userByEmail(email: $email) {
    id
    firstName
    lastName
  }
}
    `) as unknown as TypedDocumentString<PersonByEmailQuery, PersonByEmailQueryVariables>;
export const AddSessionInscriptionDocument = new TypedDocumentString(`
    mutation AddSessionInscription($input: AddInscriptionInput!) {
  addInscription(input: $input) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<AddSessionInscriptionMutation, AddSessionInscriptionMutationVariables>;
export const RemoveSessionInscriptionDocument = new TypedDocumentString(`
    mutation RemoveSessionInscription($id: ID!) {
  removeInscription(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RemoveSessionInscriptionMutation, RemoveSessionInscriptionMutationVariables>;
export const ValidateSessionInscriptionDocument = new TypedDocumentString(`
    mutation ValidateSessionInscription($id: ID!, $accept: Boolean!) {
  validateInscription(id: $id, accept: $accept) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<ValidateSessionInscriptionMutation, ValidateSessionInscriptionMutationVariables>;
export const SessionsTrainingOptionsDocument = new TypedDocumentString(`
    query SessionsTrainingOptions($search: String!) {
  trainings(search: $search, first: 20, orderBy: TITLE_ASC) {
    nodes {
      id
      code
      title
    }
  }
}
    `) as unknown as TypedDocumentString<SessionsTrainingOptionsQuery, SessionsTrainingOptionsQueryVariables>;
export const PickSessionTrainingDocument = new TypedDocumentString(`
    query PickSessionTraining($search: String, $first: Int!) {
  trainings(search: $search, managed: true, first: $first) {
    totalCount
    nodes {
      id
      code
      title
      organisations {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PickSessionTrainingQuery, PickSessionTrainingQueryVariables>;
export const MoveInWaitingListDocument = new TypedDocumentString(`
    mutation MoveInWaitingList($id: ID!, $position: Int!) {
  moveInWaitingList(id: $id, position: $position) {
    id
    position
  }
}
    `) as unknown as TypedDocumentString<MoveInWaitingListMutation, MoveInWaitingListMutationVariables>;
export const PromoteInscriptionDocument = new TypedDocumentString(`
    mutation PromoteInscription($id: ID!) {
  promoteInscription(id: $id) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<PromoteInscriptionMutation, PromoteInscriptionMutationVariables>;
export const DeleteTemplateDocument = new TypedDocumentString(`
    mutation DeleteTemplate($id: ID!) {
  deleteTemplate(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeleteTemplateMutation, DeleteTemplateMutationVariables>;
export const CreateTemplateDocument = new TypedDocumentString(`
    mutation CreateTemplate($input: CreateTemplateInput!) {
  createTemplate(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateTemplateMutation, CreateTemplateMutationVariables>;
export const UpdateTemplateDocument = new TypedDocumentString(`
    mutation UpdateTemplate($id: ID!, $input: UpdateTemplateInput!) {
  updateTemplate(id: $id, input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<UpdateTemplateMutation, UpdateTemplateMutationVariables>;
export const TemplatePlaceholdersDocument = new TypedDocumentString(`
    query TemplatePlaceholders($kind: TemplateKind!) {
  templatePlaceholders(kind: $kind) {
    name
    loop
    within
    description {
      fr
      en
    }
  }
}
    `) as unknown as TypedDocumentString<TemplatePlaceholdersQuery, TemplatePlaceholdersQueryVariables>;
export const TemplatePreviewDocument = new TypedDocumentString(`
    query TemplatePreview($kind: TemplateKind!, $locale: String!, $subject: String!, $body: String!) {
  templatePreview(kind: $kind, locale: $locale, subject: $subject, body: $body) {
    subject
    html
  }
}
    `) as unknown as TypedDocumentString<TemplatePreviewQuery, TemplatePreviewQueryVariables>;
export const TrainingDeletionImpactDocument = new TypedDocumentString(`
    query TrainingDeletionImpact($id: ID!) {
  training(id: $id) {
    deletionImpact {
      sessions
      events
      inscriptions
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingDeletionImpactQuery, TrainingDeletionImpactQueryVariables>;
export const DeleteTrainingDocument = new TypedDocumentString(`
    mutation DeleteTraining($id: ID!) {
  deleteTraining(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeleteTrainingMutation, DeleteTrainingMutationVariables>;
export const CreateTrainingDocument = new TypedDocumentString(`
    mutation CreateTraining($input: CreateTrainingInput!) {
  createTraining(input: $input) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<CreateTrainingMutation, CreateTrainingMutationVariables>;
export const UpdateTrainingDocument = new TypedDocumentString(`
    mutation UpdateTraining($id: ID!, $input: UpdateTrainingInput!) {
  updateTraining(id: $id, input: $input) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<UpdateTrainingMutation, UpdateTrainingMutationVariables>;
export const SetMembershipDocument = new TypedDocumentString(`
    mutation SetMembership($userId: ID!, $organisationId: ID!, $role: MembershipRole!) {
  setMembership(userId: $userId, organisationId: $organisationId, role: $role) {
    role
  }
}
    `) as unknown as TypedDocumentString<SetMembershipMutation, SetMembershipMutationVariables>;
export const RemoveMembershipDocument = new TypedDocumentString(`
    mutation RemoveMembership($userId: ID!, $organisationId: ID!) {
  removeMembership(userId: $userId, organisationId: $organisationId) {
    role
  }
}
    `) as unknown as TypedDocumentString<RemoveMembershipMutation, RemoveMembershipMutationVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    id
    firstName
    lastName
  }
}
    `) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = new TypedDocumentString(`
    mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
  updateUser(id: $id, input: $input) {
    id
    firstName
    lastName
  }
}
    `) as unknown as TypedDocumentString<UpdateUserMutation, UpdateUserMutationVariables>;
export const SetUserPasswordDocument = new TypedDocumentString(`
    mutation SetUserPassword($userId: ID!, $password: String!) {
  setUserPassword(userId: $userId, password: $password)
}
    `) as unknown as TypedDocumentString<SetUserPasswordMutation, SetUserPasswordMutationVariables>;
export const SetUserActiveDocument = new TypedDocumentString(`
    mutation SetUserActive($id: ID!, $active: Boolean!) {
  updateUser(id: $id, input: {active: $active}) {
    id
    active
  }
}
    `) as unknown as TypedDocumentString<SetUserActiveMutation, SetUserActiveMutationVariables>;
export const ViewerPreferencesDocument = new TypedDocumentString(`
    query ViewerPreferences {
  viewer {
    timeZone
    user {
      locale
    }
  }
}
    `) as unknown as TypedDocumentString<ViewerPreferencesQuery, ViewerPreferencesQueryVariables>;