import { graphql } from '../../../gql/index.js';

export const ConfirmProposalMutation = graphql(`
  mutation ConfirmProposal($interactionId: ID!, $on: Date) {
    confirmProposal(interactionId: $interactionId, on: $on) {
      ...InteractionPayloadFields
    }
  }
`);
