import { graphql } from '../../../../../graphql-client';

/**
 * An event's page (#8 screen 4): its details in its own zone, its session and training, its trainers, what the
 * viewer may do (the API's viewerCan), and one page of its learners (oldest registration first: the waiting
 * list's order, R6).
 */
export const EventPage = graphql(`
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
`);
