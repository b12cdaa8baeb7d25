import { graphql } from '../../../gql/index.js';

export const SetStanceMutation = graphql(`
  mutation SetStance($personId: ID!, $towardId: ID!, $value: Int!, $source: String) {
    setStance(personId: $personId, towardId: $towardId, value: $value, source: $source) {
      ...TiePayloadFields
    }
  }
`);
