import { graphql } from '../../../../graphql-client';

/** The organisation tree (#8 screen 8): every organisation with its parent and what it holds, a page at a time. */
export const OrganisationsPage = graphql(`
  query OrganisationsPage($after: String) {
    viewer {
      isAdmin
    }
    organisations(first: 100, after: $after) {
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        name
        code
        parent {
          id
        }
        contents {
          subOrganisations
          members
          trainings
          locations
          templates
        }
        viewerCan {
          edit
        }
      }
    }
  }
`);
