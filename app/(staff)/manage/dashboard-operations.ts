import { graphql } from '../../../graphql-client';

/** The dashboard (#7, screen 1): what lies ahead in the sessions the viewer manages or teaches. */
export const Dashboard = graphql(`
  query Dashboard($soonBefore: DateTimeISO!, $now: DateTimeISO!, $first: Int!) {
    viewer {
      timeZone
      canCreateTrainings
      user {
        firstName
      }
    }
    nextSessions: sessions(filter: { asStaff: true, status: UPCOMING }, first: $first) {
      totalCount
      nodes {
        id
        title
        startDate
        endDate
        maxUsers
        training {
          id
          title
        }
        learners(first: 0) {
          totalCount
        }
      }
    }
    nextEvents: events(filter: { asStaff: true, ended: false }, first: $first) {
      totalCount
      nodes {
        id
        name
        startAt
        timeZone
        location {
          name
        }
        session {
          id
          title
        }
      }
    }
    pending: sessions(filter: { asStaff: true, pendingRegistrations: true }, first: $first) {
      totalCount
      nodes {
        id
        title
        training {
          id
          title
        }
        inscriptions(state: PENDING, role: LEARNER, first: 0) {
          totalCount
        }
      }
    }
    underFilled: sessions(
      filter: { asStaff: true, underFilled: true, startsAfter: $now, startsBefore: $soonBefore }
      first: $first
    ) {
      totalCount
      nodes {
        id
        title
        startDate
        maxUsers
        training {
          id
          title
        }
        learners(first: 0) {
          totalCount
        }
      }
    }
  }
`);
