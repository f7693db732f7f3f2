import { graphql } from '../../graphql-client';

/** #10 §6, /me « Mes attestations »: the events I was PRESENT at and the sessions where I have attended hours. */
export const MyCertificatesList = graphql(`
  query MyCertificatesList {
    myCertificates {
      events {
        id
        name
        startAt
        endAt
        timeZone
        session {
          id
          title
        }
      }
      sessions {
        attendedHours
        scheduledHours
        session {
          id
          title
          startDate
          endDate
        }
      }
    }
  }
`);
