import { graphql } from '../../../../../graphql-client';

/** One e-mail of the outbox (#10 §8), everything an administrator checks. */
export const OutboxMailPage = graphql(`
  query OutboxMailPage($id: ID!) {
    viewer {
      timeZone
    }
    outboxMail(id: $id) {
      id
      messageId
      purpose
      toAddress
      toName
      subject
      text
      html
      state
      attempts
      nextAttemptAt
      lastError
      createdAt
      sentAt
      attachmentNames
      viewerCan {
        retry
      }
    }
  }
`);
