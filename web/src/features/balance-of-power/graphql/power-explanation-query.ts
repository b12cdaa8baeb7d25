import { graphql } from '../../../gql/index.js';

/**
 * The ranking down to one person's rank, for that person's explanation. The API has no
 * per-person power query yet, so the panel asks for `first: rank` and picks the row.
 */
export const PowerExplanationQuery = graphql(`
  query PowerExplanation($scope: ScopeInput!, $asOf: Date, $therapeuticArea: ID, $without: [ID!], $first: Int) {
    balanceOfPower(scope: $scope, asOf: $asOf, therapeuticArea: $therapeuticArea, without: $without, first: $first) {
      ranking {
        ...PowerScoreFields
      }
    }
  }
`);
