import { graphql } from '../../../../graphql-client';

/** The locations table (issue 8 screen 6): one page in the API's order, with what the form offers. */
export const LocationsTable = graphql(`
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
`);
