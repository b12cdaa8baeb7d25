import { graphql } from '../../../gql/index.js';

// What the map marks as changed: only the people and ties of each change.

export const InboxChangeMarksQuery = graphql(`
  query InboxChangeMarks($kinds: [ChangeKind!]) {
    me {
      inbox {
        changes(kinds: $kinds, first: 500) {
          nodes {
            id
            kind
            personIds
            tieKeys
          }
        }
      }
    }
  }
`);

export const ScopeChangeMarksQuery = graphql(`
  query ScopeChangeMarks($scope: ScopeInput!, $since: Date!, $until: Date, $kinds: [ChangeKind!]) {
    changes(scope: $scope, since: $since, until: $until, kinds: $kinds, first: 500) {
      nodes {
        id
        kind
        personIds
        tieKeys
      }
    }
  }
`);
