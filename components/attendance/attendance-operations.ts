import { graphql } from '../../graphql-client';

/** What the « Présences » section and the check-in page send (#10 §1, §2). */
export const RecordAttendance = graphql(`
  mutation RecordAttendance($eventId: ID!, $userId: ID!, $status: AttendanceStatus!, $comment: String) {
    recordAttendance(eventId: $eventId, userId: $userId, status: $status, comment: $comment) {
      status
    }
  }
`);

export const MarkAllPresent = graphql(`
  mutation MarkAllPresent($eventId: ID!) {
    markAllPresent(eventId: $eventId) {
      status
    }
  }
`);

export const ValidateAttendance = graphql(`
  mutation ValidateAttendance($eventId: ID!) {
    validateAttendance(eventId: $eventId) {
      validatedAt
    }
  }
`);

export const CorrectAttendance = graphql(`
  mutation CorrectAttendance($eventId: ID!, $userId: ID!, $status: AttendanceStatus!, $reason: String!, $comment: String) {
    correctAttendance(eventId: $eventId, userId: $userId, status: $status, reason: $reason, comment: $comment) {
      status
    }
  }
`);

export const EventCheckInCode = graphql(`
  query EventCheckInCode($eventId: ID!) {
    eventCheckIn(eventId: $eventId) {
      url
      code
      expiresAt
      stepSeconds
      opensAt
      closesAt
      qrSvg
    }
  }
`);

export const CheckIn = graphql(`
  mutation CheckIn($eventId: ID!, $code: String!) {
    checkIn(eventId: $eventId, code: $code) {
      status
      method
      recordedAt
    }
  }
`);
