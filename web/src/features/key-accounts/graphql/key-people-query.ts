import { graphql } from '../../../gql/index.js';

export const KeyPersonFieldsFragment = graphql(`
  fragment KeyPersonFields on KeyPersonStanding {
    rank
    leadership
    profitability
    opportunities
    trust
    criteriaMet
    keyClient
    person {
      id
      name
      title
      category
      ourStage
      stanceTowardUs
    }
  }
`);

/** The scope's most powerful people weighed as key clients on the four criteria. */
export const KeyPeopleQuery = graphql(`
  query KeyPeople($scope: ScopeInput!, $period: String, $first: Int) {
    keyPeople(scope: $scope, period: $period, first: $first) {
      ...KeyPersonFields
    }
  }
`);
