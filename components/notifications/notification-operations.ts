import { graphql } from '../../graphql-client';

/** #9 §4: my latest notifications, for the header's bell and the section of /me. */
export const HeaderNotifications = graphql(`
  query HeaderNotifications($first: Int!) {
    viewer {
      timeZone
    }
    unreadNotificationCount
    notifications(first: $first) {
      nodes {
        id
        kind
        read
        createdAt
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

export const MarkNotificationsRead = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);
