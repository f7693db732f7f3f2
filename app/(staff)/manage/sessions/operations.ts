import { graphql } from '../../../../graphql-client';

/** Who is looking: their zone decides which instants the day filters stand for (#7 screen 4). */
export const SessionsViewer = graphql(`
  query SessionsViewer {
    viewer {
      timeZone
      canCreateTrainings
    }
  }
`);

/** The sessions table (#7 screen 4): one page in the API's order, with the training picker's first options. */
export const SessionsTable = graphql(`
  query SessionsTable(
    $first: Int!
    $after: String
    $filter: SessionFilter!
    $orderBy: SessionOrder!
  ) {
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
`);
