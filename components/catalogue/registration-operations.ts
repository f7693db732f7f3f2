import { graphql } from '../../graphql-client';

/**
 * The registration islands (#9 §2–3): what the button shows is read from the API (`registration`,
 * `viewerRegistration`), never recomputed here.
 */

export const SessionRegistrationState = graphql(`
  query SessionRegistrationState($id: ID!) {
    viewer {
      timeZone
      user {
        id
      }
    }
    session(id: $id) {
      id
      registration {
        open
        closure
        unregistrationOpen
        unregistrationClosure
        seatsLeft
        full
        waiting
        validation
        closesAt
      }
      viewerRegistration {
        id
        state
        position
      }
    }
  }
`);

export const EventRegistrationState = graphql(`
  query EventRegistrationState($id: ID!) {
    viewer {
      timeZone
      user {
        id
      }
    }
    event(id: $id) {
      id
      registration {
        open
        closure
        unregistrationOpen
        unregistrationClosure
        seatsLeft
        full
        waiting
        validation
        closesAt
      }
      viewerRegistration {
        id
        state
        position
      }
    }
  }
`);

export const RegisterToSession = graphql(`
  mutation RegisterToSession($id: ID!) {
    registerToSession(sessionId: $id) {
      id
      state
      position
    }
  }
`);

export const UnregisterFromSession = graphql(`
  mutation UnregisterFromSession($id: ID!) {
    unregisterFromSession(sessionId: $id) {
      id
    }
  }
`);

export const RegisterToEvent = graphql(`
  mutation RegisterToEvent($id: ID!) {
    registerToEvent(eventId: $id) {
      id
      state
      position
    }
  }
`);

export const UnregisterFromEvent = graphql(`
  mutation UnregisterFromEvent($id: ID!) {
    unregisterFromEvent(eventId: $id) {
      id
    }
  }
`);
