import { graphql } from '../../../gql/index.js';

/** The inbox page: what I watch, the unread changes (of one watched entity when asked), counted per watch. */
export const InboxQuery = graphql(`
  query Inbox($watch: ID, $kinds: [ChangeKind!]) {
    me {
      watches {
        since
        entity {
          __typename
          id
          name
        }
      }
      inbox {
        readOn
        since
        until
        unreadCount
        rankingPending
        countsByWatch {
          count
          entity {
            id
          }
        }
        changes(watch: $watch, kinds: $kinds, first: 50) {
          totalCount
          countsByKind {
            kind
            count
          }
          nodes {
            ...ChangeFields
          }
        }
      }
    }
  }
`);

/** The unread count beside the Changes link. */
export const InboxCountQuery = graphql(`
  query InboxCount {
    me {
      inbox {
        unreadCount
        rankingPending
      }
    }
  }
`);

/** What I watch and since when (the watch buttons). */
export const WatchesQuery = graphql(`
  query Watches {
    me {
      watches {
        since
        entity {
          id
        }
      }
    }
  }
`);
