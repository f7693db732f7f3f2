import { graphql } from '../../graphql-client';

/** R13: staff send a message to a session's learners, or to an event's (seed 002, « l'enveloppe »). */
export const SendMessage = graphql(`
  mutation SendMessage($input: SendMessageInput!) {
    sendMessage(input: $input) {
      internalRecipients
      emailsQueued
      message {
        id
      }
    }
  }
`);

/** The messages sent to a session's learners (and its events'), for the session page. */
export const SessionMessages = graphql(`
  query SessionMessages($sessionId: ID!, $first: Int!) {
    viewer {
      timeZone
    }
    sessionMessages(sessionId: $sessionId, first: $first) {
      totalCount
      nodes {
        id
        subject
        body
        channels
        createdAt
        recipientCount
        emailCount
        sender {
          id
          firstName
          lastName
        }
        event {
          id
          name
        }
      }
    }
  }
`);

/** The header's envelope: how many of my messages are unread. */
export const UnreadMessageCount = graphql(`
  query UnreadMessageCount {
    unreadMessageCount
  }
`);

/** My inbox on /me. */
export const MyMessages = graphql(`
  query MyMessages($first: Int!) {
    viewer {
      timeZone
    }
    unreadMessageCount
    myMessages(first: $first) {
      totalCount
      nodes {
        id
        subject
        body
        read
        sentAt
        sender {
          id
          firstName
          lastName
        }
        session {
          id
          title
        }
        event {
          id
          name
        }
      }
    }
  }
`);

export const MarkMessagesRead = graphql(`
  mutation MarkMessagesRead($ids: [ID!]) {
    markMessagesRead(ids: $ids)
  }
`);
