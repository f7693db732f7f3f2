import { graphql } from '../../../graphql-client';

/** One of my sessions, with my state in it (#9 §5). */
export const MySession = graphql(`
  fragment MySession on Session {
    id
    title
    startDate
    endDate
    status
    training {
      id
      title
    }
    locations {
      id
      name
      timeZone
    }
    viewerRegistration {
      id
      role
      state
      position
    }
  }
`);

/**
 * My trainings (#9 §5): my sessions (upcoming, ongoing, past) with my state in each, my open events with their
 * comments (R11), and whether I have a calendar feed. `me` needs a signed-in user: anonymous visitors are sent
 * to sign in and back.
 */
export const MyTrainingsPage = graphql(`
  query MyTrainingsPage($sessions: Int!, $events: Int!, $comments: Int!) {
    me {
      id
      firstName
      lastName
      timeZone
    }
    upcoming: sessions(first: $sessions, filter: { mine: true, status: UPCOMING }, orderBy: START_DATE_ASC) {
      totalCount
      nodes {
        ...MySession
      }
    }
    ongoing: sessions(first: $sessions, filter: { mine: true, status: ONGOING }, orderBy: END_DATE_ASC) {
      totalCount
      nodes {
        ...MySession
      }
    }
    past: sessions(first: $sessions, filter: { mine: true, ended: true }, orderBy: END_DATE_DESC) {
      totalCount
      nodes {
        ...MySession
      }
    }
    agenda: events(first: $events, filter: { mine: true, ended: false }) {
      totalCount
      nodes {
        id
        name
        startAt
        endAt
        timeZone
        status
        inscriptionMode
        locationExtra
        location {
          id
          name
        }
        session {
          id
          title
        }
        comments(first: $comments) {
          totalCount
          nodes {
            id
            content
            createdAt
            author {
              id
              firstName
              lastName
            }
          }
        }
      }
    }
    calendarFeed {
      createdAt
    }
  }
`);
