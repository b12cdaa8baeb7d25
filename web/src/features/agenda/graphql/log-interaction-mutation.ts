import { graphql } from '../../../gql/index.js';

export const LogInteractionMutation = graphql(`
  mutation LogInteraction($input: InteractionInput!) {
    logInteraction(input: $input) {
      ok
      errors {
        field
        message
      }
      interaction {
        ...PlanningInteractionFields
      }
    }
  }
`);
