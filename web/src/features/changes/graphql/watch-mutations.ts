import { graphql } from '../../../gql/index.js';

export const WatchMutation = graphql(`
  mutation Watch($id: ID!) {
    watch(id: $id) {
      ok
      errors {
        field
        message
      }
      watch {
        since
        entity {
          id
        }
      }
    }
  }
`);

export const UnwatchMutation = graphql(`
  mutation Unwatch($id: ID!) {
    unwatch(id: $id) {
      ok
      errors {
        field
        message
      }
    }
  }
`);

export const MarkInboxReadMutation = graphql(`
  mutation MarkInboxRead {
    markInboxRead {
      ok
      inbox {
        unreadCount
      }
    }
  }
`);

/** What watching, unwatching and reading change (only active queries are refetched). */
export const INBOX_QUERIES = ['Watches', 'Inbox', 'InboxCount', 'InboxChangeMarks'];
