import { graphql } from '../../../gql/index.js';

export const SetStageMutation = graphql(`
  mutation SetStage($userId: ID!, $personId: ID!, $stage: RelationshipStage!, $criteria: [StageCriterionInput!]) {
    setStage(userId: $userId, personId: $personId, stage: $stage, criteria: $criteria) {
      ...TiePayloadFields
    }
  }
`);
