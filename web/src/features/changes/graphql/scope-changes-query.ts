import { graphql } from '../../../gql/index.js';

/** Everything that changed in a scope between two days, weightiest first. */
export const ScopeChangesQuery = graphql(`
  query ScopeChanges($scope: ScopeInput!, $since: Date!, $until: Date, $kinds: [ChangeKind!]) {
    changes(scope: $scope, since: $since, until: $until, kinds: $kinds, first: 50) {
      totalCount
      since
      until
      rankingPending
      countsByKind {
        kind
        count
      }
      nodes {
        ...ChangeFields
      }
    }
  }
`);
