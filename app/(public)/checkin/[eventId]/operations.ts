import { graphql } from '../../../../graphql-client';

/**
 * The learner's check-in page (#10 §2): `me` needs a signed-in user (anonymous visitors are sent to sign in and
 * back), then the event as the learner sees it, with their own attendance.
 */
export const CheckInPage = graphql(`
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
`);
