import { graphql } from '../../../../graphql-client';

/** The users screen (#8 screen 8): one page of the people in the viewer's scope, with what the forms offer. */
export const UsersPage = graphql(`
  query UsersPage($first: Int!, $after: String, $search: String) {
    viewer {
      isAdmin
    }
    timeZones
    organisations(first: 100) {
      nodes {
        id
        name
      }
    }
    users(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        email
        firstName
        lastName
        locale
        timeZone
        active
        isAdmin
        viewerCan {
          edit
        }
        memberships {
          role
          organisation {
            id
            name
          }
        }
      }
    }
  }
`);
