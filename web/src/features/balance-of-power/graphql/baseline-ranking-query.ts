import { graphql } from '../../../gql/index.js';

/** The ranking without the what-if, to show how each rank moves when people are removed. */
export const BaselineRankingQuery = graphql(`
  query BaselineRanking($scope: ScopeInput!, $asOf: Date, $therapeuticArea: ID, $first: Int) {
    balanceOfPower(scope: $scope, asOf: $asOf, therapeuticArea: $therapeuticArea, first: $first) {
      ranking {
        rank
        score
        person {
          id
        }
      }
    }
  }
`);
