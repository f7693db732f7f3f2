import { graphql } from '../../graphql-client';

/** #9 §4: the header's notifications island. */
export const HeaderNotifications = graphql(`
  query HeaderNotifications {
    viewer {
      timeZone
    }
    unreadNotificationCount
    notifications(first: 10) {
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
  mutation MarkNotificationsRead {
    markNotificationsRead
  }
`);
