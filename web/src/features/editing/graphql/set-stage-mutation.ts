import { graphql } from '../../../gql/index.js';

export const SetStageMutation = graphql(`
  mutation SetStage($userId: ID!, $personId: ID!, $stage: String!) {
    setStage(userId: $userId, personId: $personId, stage: $stage) {
      ...TiePayloadFields
    }
  }
`);
