import { graphql } from '../../../gql/index.js';

export const NextBestRelationshipsQuery = graphql(`
  query NextBestRelationships($scope: ScopeInput!, $first: Int) {
    nextBestRelationships(scope: $scope, first: $first) {
      score
      power
      ourStage
      roles
      reason
      pathStrength
      person {
        id
        name
        title
        category
      }
      introducer {
        id
        name
      }
      viaUser {
        id
        name
      }
    }
  }
`);
