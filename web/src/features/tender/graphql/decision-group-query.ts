import { graphql } from '../../../gql/index.js';

export const DecisionGroupQuery = graphql(`
  query DecisionGroup($tenderId: ID!, $asOf: Date) {
    decisionGroup(tenderId: $tenderId, asOf: $asOf) {
      coverage
      uncoveredRoles
      tender {
        ...TenderFields
        specification
      }
      roles {
        role
        covered
        bestStage
        weighs
        members {
          stage
          person {
            id
            name
          }
          contact {
            id
            name
          }
          owners {
            id
          }
        }
      }
    }
  }
`);
