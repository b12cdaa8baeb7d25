import { graphql } from '../../../gql/index.js';

export const SetTieMutation = graphql(`
  mutation SetTie($input: TieInput!) {
    setTie(input: $input) {
      ...TiePayloadFields
    }
  }
`);
