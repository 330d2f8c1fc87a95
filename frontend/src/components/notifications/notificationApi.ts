import { graphql } from '../../gql';

/** The bell's poll: one indexed COUNT on the server (see useUnreadCount). */
export const UnreadNotificationCountDocument = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const NotificationsDocument = graphql(`
  query Notifications($first: Int, $after: Cursor, $last: Int, $before: Cursor, $unreadOnly: Boolean) {
    notifications(first: $first, after: $after, last: $last, before: $before, unreadOnly: $unreadOnly) {
      totalCount
      edges {
        node {
          id
          kind
          titleZh
          titleEn
          bodyZh
          bodyEn
          path
          createdAt
          readAt
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
`);

export const MarkNotificationReadDocument = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      id
      readAt
    }
  }
`);

export const MarkAllNotificationsReadDocument = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);
