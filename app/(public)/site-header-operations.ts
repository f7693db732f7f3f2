import { graphql } from '../../graphql-client';

/** Who is signed in, for the header of the public pages (and whether to offer the management area). */
export const SiteHeaderViewer = graphql(`
  query SiteHeaderViewer {
    viewer {
      isStaff
      user {
        id
        firstName
        lastName
      }
    }
  }
`);
