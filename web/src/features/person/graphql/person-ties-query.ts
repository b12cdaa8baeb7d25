import { graphql } from '../../../gql/index.js';

/** The person's ties and decision roles as of the map's date (null: today). */
export const PersonTiesQuery = graphql(`
  query PersonTies($id: ID!, $asOf: Date, $types: [TieType!]) {
    person(id: $id) {
      id
      ties(types: $types, asOf: $asOf) {
        ...PersonTieFields
      }
      decisionRoles(asOf: $asOf) {
        ...DecisionRoleHeldFields
      }
    }
  }
`);
