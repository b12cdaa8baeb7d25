import { graphql } from '../../../gql/index.js';

export const AccountStandingFieldsFragment = graphql(`
  fragment AccountStandingFields on AccountStanding {
    rank
    revenue
    profit
    revenueShare
    cumulativeShare
    inTop20
    keyAccount
    influence
    profitability
    opportunities
    trust
    criteriaMet
    institution {
      id
      name
      kind
    }
  }
`);

export const KeyAccountHealthQuery = graphql(`
  query KeyAccountHealth($scope: ScopeInput!, $period: String) {
    keyAccountHealth(scope: $scope, period: $period) {
      period
      totalRevenue
      totalProfit
      top20RevenueShare
      top20ProfitShare
      keyAccountRevenueShare
      keyAccountStatus
      monoDependent
      normalShareMin
      normalShareMax
      monoDependenceAbove
      explanation
      largestAccountShare
      largestAccount {
        rank
        revenue
        keyAccount
        institution {
          id
          name
          kind
        }
      }
      accounts {
        ...AccountStandingFields
      }
    }
  }
`);
