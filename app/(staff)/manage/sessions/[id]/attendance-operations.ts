import { graphql } from '../../../../../graphql-client';

/** The session page's « Assiduité » tab (#10 §1): each learner's hours attended of hours scheduled. */
export const SessionAttendancePage = graphql(`
  query SessionAttendancePage($id: ID!) {
    session(id: $id) {
      id
      attendanceOutcomes {
        scheduledHours
        attendedHours
        outcome
        user {
          id
          firstName
          lastName
        }
        events {
          status
        }
      }
    }
  }
`);
