import { graphql } from '../../graphql-client';

/** My events in a calendar window (#9 §5), asked by the calendar view as the reader moves through it. */
export const MyCalendarEvents = graphql(`
  query MyCalendarEvents($after: DateTimeISO!, $before: DateTimeISO!) {
    events(first: 100, filter: { mine: true, endsAfter: $after, startsBefore: $before }, orderBy: START_ASC) {
      totalCount
      nodes {
        id
        name
        startAt
        endAt
        timeZone
        location {
          id
          name
        }
        session {
          id
          title
        }
      }
    }
  }
`);
