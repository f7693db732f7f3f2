import { graphql } from '../../../../../graphql-client';

/** The event page's « Présences » section (#10 §1): each registrant's attendance with its history, and the lock. */
export const EventAttendancePage = graphql(`
  query EventAttendancePage($id: ID!) {
    event(id: $id) {
      id
      status
      timeZone
      attendanceCan {
        record
        validate
        correct
      }
      attendanceValidation {
        validatedAt
        validatedBy {
          id
          firstName
          lastName
        }
      }
      attendance {
        status
        comment
        recordedAt
        method
        correctionReason
        corrected
        user {
          id
          firstName
          lastName
        }
        recordedBy {
          id
          firstName
          lastName
        }
        history {
          id
          fromStatus
          toStatus
          comment
          changedAt
          method
          correctionReason
          changedBy {
            id
            firstName
            lastName
          }
        }
      }
    }
  }
`);
