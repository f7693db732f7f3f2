import { graphql } from '../../../../graphql-client';

/** The trainings table (#7, screen 2): one page in the API's order, with the filter's options. */
export const TrainingsTable = graphql(`
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
    trainings(first: $first, after: $after, search: $search, organisationId: $organisationId, orderBy: $orderBy) {
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
`);
