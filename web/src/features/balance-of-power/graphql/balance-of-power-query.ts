import { graphql } from '../../../gql/index.js';

export const BalanceOfPowerQuery = graphql(`
  query BalanceOfPower($scope: ScopeInput!, $asOf: Date, $therapeuticArea: ID, $without: [ID!], $first: Int) {
    balanceOfPower(scope: $scope, asOf: $asOf, therapeuticArea: $therapeuticArea, without: $without, first: $first) {
      asOf
      peopleInScope
      modularity
      ranking {
        ...PowerScoreFields
      }
      whatMayChange {
        endingTermCount
        newTieCount
        endingTerms(first: 6) {
          person {
            id
            name
          }
          kind
          role
          at
          until
        }
        newTies(first: 6) {
          from {
            id
            name
          }
          to {
            id
            name
          }
          strength
          since
        }
      }
    }
  }
`);
