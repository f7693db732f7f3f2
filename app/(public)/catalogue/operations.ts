import { graphql } from '../../../graphql-client';

/** What a session card of the catalogue shows (list and training page). */
export const CatalogueSessionCard = graphql(`
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
`);

/** The catalogue's first screen (#9 §1): trainings with their matching open sessions, and the filters' choices. */
export const CataloguePage = graphql(`
  query CataloguePage(
    $first: Int!
    $after: String
    $search: String
    $organisationId: ID
    $sessions: SessionFilter!
    $sessionsPerTraining: Int!
  ) {
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
    trainings(first: $first, after: $after, search: $search, organisationId: $organisationId, sessions: $sessions) {
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
`);
