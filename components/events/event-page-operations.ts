import { graphql } from '../../graphql-client';

/** The event page's « bonhomme + » (#8 screen 4): several learners in one request, a result per person. */
export const AddEventRegistrants = graphql(`
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
`);
