import { graphql } from '../../../graphql-client';

/** The management area's frame: who is signed in and what they may use (the API decides, #7). */
export const ManageViewer = graphql(`
  query ManageViewer {
    viewer {
      isStaff
      isAdmin
      canCreateTrainings
      user {
        id
        firstName
        lastName
        email
      }
    }
  }
`);
