import { graphql } from '../../../../../graphql-client';

/**
 * A session's page (#7 screen 5): its settings, its learners by state (the waiting list in its order), its
 * trainers, and its events split by the API into open and ended ones (R4, never decided in the browser), each
 * table in the order its URL asks for (sorted by the API), both filtered by the URL's search (#8 screen 1).
 */
export const SessionPage = graphql(`
  query SessionPage($id: ID!, $first: Int!, $openOrder: EventOrder, $endedOrder: EventOrder, $eventSearch: String) {
    viewer {
      timeZone
    }
    session(id: $id) {
      id
      title
      description
      startDate
      endDate
      status
      defaultSession
      publicRegistration
      publicUnregistration
      registrationValidation
      maxUsers
      eventInscriptionMode
      viewerCan {
        edit
        delete
        documents
        message
      }
      training {
        id
        code
        title
        viewerCan {
          edit
        }
      }
      organisations {
        id
        name
      }
      pending: inscriptions(role: LEARNER, state: PENDING, first: $first) {
        ...SessionInscriptions
      }
      confirmed: inscriptions(role: LEARNER, state: CONFIRMED, first: $first) {
        ...SessionInscriptions
      }
      waitlisted: waitingList(first: $first) {
        ...SessionInscriptions
      }
      registration {
        freeSeats
      }
      refused: inscriptions(role: LEARNER, state: CANCELLED, first: $first) {
        ...SessionInscriptions
      }
      trainers: inscriptions(role: TRAINER, first: $first) {
        ...SessionInscriptions
      }
    }
    openEvents: events(filter: { sessionId: $id, ended: false, search: $eventSearch }, orderBy: $openOrder, first: $first) {
      ...SessionEvents
    }
    endedEvents: events(filter: { sessionId: $id, ended: true, search: $eventSearch }, orderBy: $endedOrder, first: $first) {
      ...SessionEvents
    }
  }

  fragment SessionInscriptions on InscriptionConnection {
    totalCount
    nodes {
      id
      state
      createdAt
      position
      user {
        id
        firstName
        lastName
        email
      }
    }
  }

  fragment SessionEvents on EventConnection {
    totalCount
    nodes {
      id
      name
      startAt
      endAt
      timeZone
      location {
        name
      }
      inscriptions(role: LEARNER, first: 0) {
        totalCount
      }
      viewerCan {
        edit
        delete
        repeat
      }
    }
  }
`);
