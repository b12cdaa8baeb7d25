import { graphql } from '../../../gql/index.js';

/** Changes in the map's scope as colleagues write them (graphql-ws; see app/apollo-client.ts). */
export const ChangedInScopeSubscription = graphql(`
  subscription ChangedInScope($scope: ScopeInput!) {
    changed(scope: $scope) {
      id
      kind
      summary
      personIds
      tieKeys
      recordedBy {
        id
      }
    }
  }
`);
