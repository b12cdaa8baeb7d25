import { graphql } from '../../../gql/index.js';

export const LogInteractionMutation = graphql(`
  mutation LogInteraction($input: InteractionInput!) {
    logInteraction(input: $input) {
      ...InteractionPayloadFields
    }
  }
`);
