import { graphql } from '../../../../../graphql-client';

/** A session's public page (#9 §1): its schedule, location, trainers, seats and what registering involves. */
export const CatalogueSessionPage = graphql(`
  query CatalogueSessionPage($id: ID!, $events: Int!) {
    viewer {
      timeZone
      user {
        id
      }
    }
    session(id: $id) {
      id
      title
      description
      startDate
      endDate
      status
      maxUsers
      registration {
        open
        seatsLeft
        full
      }
      publicRegistration
      publicUnregistration
      registrationValidation
      eventInscriptionMode
      training {
        id
        title
        code
        description
        durationHours
        organisations {
          id
          name
        }
      }
      locations {
        id
        name
        address
        timeZone
      }
      trainers(first: 20) {
        nodes {
          id
          firstName
          lastName
        }
      }
      viewerRegistration {
        id
        state
      }
      events(first: $events) {
        totalCount
        nodes {
          id
          name
          description
          startAt
          endAt
          timeZone
          locationExtra
          status
          inscriptionMode
          location {
            id
            name
            address
          }
        }
      }
    }
  }
`);
