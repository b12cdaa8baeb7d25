import { graphql } from '../../../gql/index.js';

// What the map marks as changed: only the people and ties of each change.

export const InboxChangeMarksQuery = graphql(`
  query InboxChangeMarks {
    me {
      inbox {
        changes(first: 500) {
          nodes {
            id
            personIds
            tieKeys
          }
        }
      }
    }
  }
`);

export const ScopeChangeMarksQuery = graphql(`
  query ScopeChangeMarks($scope: ScopeInput!, $since: Date!, $until: Date) {
    changes(scope: $scope, since: $since, until: $until, first: 500) {
      nodes {
        id
        personIds
        tieKeys
      }
    }
  }
`);
