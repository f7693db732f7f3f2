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

/** A new training. */
export type CreateTrainingInput = {
  /** Unique code. */
  code: string;
  /** Default length of a new session, in days. */
  defaultSessionDays?: number | null | undefined;
  /** Description. */
  description?: string | null | undefined;
  /** Inscription mode of the events (R3). */
  eventInscriptionMode?: InscriptionMode | null | undefined;
  /** Capacity; null means unlimited. */
  maxUsers?: number | null | undefined;
  /** Owning organisations (at least one). */
  organisationIds: Array<string | number>;
  /** Learners may register themselves from the catalogue (R8). */
  publicRegistration?: boolean | null | undefined;
  /** Learners may unregister themselves (R8). */
  publicUnregistration?: boolean | null | undefined;
  /** Registrations wait for a manager to accept them (R7). */
  registrationValidation?: boolean | null | undefined;
  /** Title. */
  title: string;
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

/** What a notification tells (#9 §4). */
export type NotificationKind =
  /** A manager accepted your registration (R7). */
  | 'ACCEPTED'
  /** A seat freed: you left the waiting list and are confirmed (R6). */
  | 'PROMOTED'
  /** A manager refused your registration (R7). */
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

/** Which sessions to list. */
export type SessionFilter = {
  /** true: only the sessions you manage or teach (as a confirmed trainer). */
  asStaff?: boolean | null | undefined;
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

/** Changes to a training; omitted fields stay as they are. null clears only the fields that say what it means; elsewhere it is refused (NOT_CLEARABLE). */
export type UpdateTrainingInput = {
  /** Unique code. */
  code?: string | null | undefined;
  /** Default length of a new session, in days. */
  defaultSessionDays?: number | null | undefined;
  /** Description. */
  description?: string | null | undefined;
  /** Inscription mode of the events (R3). */
  eventInscriptionMode?: InscriptionMode | null | undefined;
  /** Capacity; null means unlimited. */
  maxUsers?: number | null | undefined;
  /** Owning organisations (at least one); replaces the current ones (R1). */
  organisationIds?: Array<string | number> | null | undefined;
  /** Learners may register themselves from the catalogue (R8). */
  publicRegistration?: boolean | null | undefined;
  /** Learners may unregister themselves (R8). */
  publicUnregistration?: boolean | null | undefined;
  /** Registrations wait for a manager to accept them (R7). */
  registrationValidation?: boolean | null | undefined;
  /** Title. */
  title?: string | null | undefined;
};

export type SiteHeaderViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type SiteHeaderViewerQuery = { viewer: { isStaff: boolean, user: { id: string, firstName: string, lastName: string } | null } };

export type DashboardQueryVariables = Exact<{
  soonBefore: string;
  now: string;
  first: number;
}>;


export type DashboardQuery = { viewer: { timeZone: string, canCreateTrainings: boolean, user: { firstName: string } | null }, nextSessions: { totalCount: number, nodes: Array<{ id: string, title: string, startDate: string, endDate: string, maxUsers: number | null, training: { id: string, title: string }, learners: { totalCount: number } }> }, nextEvents: { totalCount: number, nodes: Array<{ id: string, name: string, startAt: string, timeZone: string, location: { name: string } | null, session: { id: string, title: string } }> }, pending: { totalCount: number, nodes: Array<{ id: string, title: string, training: { id: string, title: string }, inscriptions: { totalCount: number } }> }, underFilled: { totalCount: number, nodes: Array<{ id: string, title: string, startDate: string, maxUsers: number | null, training: { id: string, title: string }, learners: { totalCount: number } }> } };

export type ManageViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ManageViewerQuery = { viewer: { isStaff: boolean, isAdmin: boolean, canCreateTrainings: boolean, user: { id: string, firstName: string, lastName: string, email: string | null } | null } };

export type EditSessionFormQueryVariables = Exact<{
  id: string | number;
}>;


export type EditSessionFormQuery = { viewer: { timeZone: string }, session: { id: string, title: string, description: string, startDate: string, endDate: string, defaultSession: boolean, publicRegistration: boolean, publicUnregistration: boolean, registrationValidation: boolean, maxUsers: number | null, eventInscriptionMode: InscriptionMode, promotionCutoffHours: number | null, registrationClosesAt: string | null, organisations: Array<{ id: string, name: string }>, training: { id: string, code: string, title: string, viewerCan: { edit: boolean } } } };

export type SessionPageQueryVariables = Exact<{
  id: string | number;
  first: number;
  openOrder?: EventOrder | null | undefined;
  endedOrder?: EventOrder | null | undefined;
}>;


export type SessionPageQuery = { viewer: { timeZone: string }, session: { id: string, title: string, description: string, startDate: string, endDate: string, status: EventStatus, defaultSession: boolean, publicRegistration: boolean, publicUnregistration: boolean, registrationValidation: boolean, maxUsers: number | null, eventInscriptionMode: InscriptionMode, viewerCan: { edit: boolean, delete: boolean }, training: { id: string, code: string, title: string, viewerCan: { edit: boolean } }, organisations: Array<{ id: string, name: string }>, pending: { totalCount: number, nodes: Array<{ id: string, state: InscriptionState, createdAt: string, position: number | null, user: { id: string, firstName: string, lastName: string, email: string | null } }> }, confirmed: { totalCount: number, nodes: Array<{ id: string, state: InscriptionState, createdAt: string, position: number | null, user: { id: string, firstName: string, lastName: string, email: string | null } }> }, waitlisted: { totalCount: number, nodes: Array<{ id: string, state: InscriptionState, createdAt: string, position: number | null, user: { id: string, firstName: string, lastName: string, email: string | null } }> }, registration: { freeSeats: number | null }, refused: { totalCount: number, nodes: Array<{ id: string, state: InscriptionState, createdAt: string, position: number | null, user: { id: string, firstName: string, lastName: string, email: string | null } }> }, trainers: { totalCount: number, nodes: Array<{ id: string, state: InscriptionState, createdAt: string, position: number | null, user: { id: string, firstName: string, lastName: string, email: string | null } }> } }, openEvents: { totalCount: number, nodes: Array<{ id: string, name: string, startAt: string, endAt: string, timeZone: string, location: { name: string } | null, inscriptions: { totalCount: number } }> }, endedEvents: { totalCount: number, nodes: Array<{ id: string, name: string, startAt: string, endAt: string, timeZone: string, location: { name: string } | null, inscriptions: { totalCount: number } }> } };

export type SessionInscriptionsFragment = { totalCount: number, nodes: Array<{ id: string, state: InscriptionState, createdAt: string, position: number | null, user: { id: string, firstName: string, lastName: string, email: string | null } }> };

export type SessionEventsFragment = { totalCount: number, nodes: Array<{ id: string, name: string, startAt: string, endAt: string, timeZone: string, location: { name: string } | null, inscriptions: { totalCount: number } }> };

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


export type SessionsTableQuery = { trainings: { nodes: Array<{ id: string, code: string, title: string }> }, sessions: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, title: string, startDate: string, endDate: string, status: EventStatus, learnerCount: number, pendingCount: number, maxUsers: number | null, training: { id: string, title: string }, viewerCan: { edit: boolean, delete: boolean } }> } };

export type EditTrainingFormQueryVariables = Exact<{
  id: string | number;
}>;


export type EditTrainingFormQuery = { viewer: { managedOrganisations: Array<{ id: string, name: string }> }, training: { id: string, code: string, title: string, description: string, defaultSessionDays: number, maxUsers: number | null, publicRegistration: boolean, publicUnregistration: boolean, registrationValidation: boolean, eventInscriptionMode: InscriptionMode, organisations: Array<{ id: string, name: string }>, viewerCan: { edit: boolean } } };

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

export type HeaderNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type HeaderNotificationsQuery = { unreadNotificationCount: number, viewer: { timeZone: string }, notifications: { nodes: Array<{ id: string, kind: NotificationKind, read: boolean, createdAt: string, session: { id: string, title: string }, event: { id: string, name: string } | null }> } };

export type MarkNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

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

export type SearchPeopleQueryVariables = Exact<{
  search: string;
}>;


export type SearchPeopleQuery = { users: { nodes: Array<{ id: string, firstName: string, lastName: string, email: string | null }> } };

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
  }
}
    `, {"fragmentName":"SessionEvents"}) as unknown as TypedDocumentString<SessionEventsFragment, unknown>;
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
    query SessionPage($id: ID!, $first: Int!, $openOrder: EventOrder, $endedOrder: EventOrder) {
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
    filter: {sessionId: $id, ended: false}
    orderBy: $openOrder
    first: $first
  ) {
    ...SessionEvents
  }
  endedEvents: events(
    filter: {sessionId: $id, ended: true}
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
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SessionsTableQuery, SessionsTableQueryVariables>;
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
export const HeaderNotificationsDocument = new TypedDocumentString(`
    query HeaderNotifications {
  viewer {
    timeZone
  }
  unreadNotificationCount
  notifications(first: 10) {
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
    mutation MarkNotificationsRead {
  markNotificationsRead
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
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