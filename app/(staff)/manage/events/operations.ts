import { graphql } from '../../../../graphql-client';

/** Who is looking: their zone decides which instants the day filters stand for (#8 screen 5). */
export const EventsViewer = graphql(`
  query EventsViewer {
    viewer {
      timeZone
    }
  }
`);

/**
 * The events table (#8 screen 5): one page of the events of the sessions the viewer manages or teaches, in the
 * API's order, each with its session, training, zone, location, trainers and seats; and the locations to filter by.
 */
export const EventsTable = graphql(`
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
`);
