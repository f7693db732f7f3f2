import { graphql } from '../../../../graphql-client';

/** Who is looking: only administrators read the outbox (others get a notice, not an error). */
export const OutboxViewer = graphql(`
  query OutboxViewer {
    viewer {
      isAdmin
      timeZone
    }
  }
`);

/** The outbox table (#10 §8): one page, newest first. */
export const OutboxPage = graphql(`
  query OutboxPage($first: Int!, $after: String, $filter: OutboxMailFilter) {
    outboxMails(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        toAddress
        toName
        subject
        state
        attempts
        createdAt
        sentAt
      }
    }
  }
`);
