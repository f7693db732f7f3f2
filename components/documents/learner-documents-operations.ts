import { graphql } from '../../graphql-client';

/** #10 §5: the invitation of a session or an event, to all its confirmed learners or to the ones given. */
export const SendSessionInvitations = graphql(`
  mutation SendSessionInvitations($sessionId: ID!, $userIds: [ID!]) {
    sendSessionInvitations(sessionId: $sessionId, userIds: $userIds) {
      id
    }
  }
`);

export const SendEventInvitations = graphql(`
  mutation SendEventInvitations($eventId: ID!, $userIds: [ID!]) {
    sendEventInvitations(eventId: $eventId, userIds: $userIds) {
      id
    }
  }
`);

/** What the staff's menu needs on the event page (null fields: not staff, no menu). */
export const EventLearnerDocuments = graphql(`
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
`);

/** The same on the session page. */
export const SessionLearnerDocuments = graphql(`
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
`);
