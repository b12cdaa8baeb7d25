import { graphql } from '../../../gql/index.js';

export const ReviewPlanMutation = graphql(`
  mutation ReviewPlan($id: ID!, $note: String!) {
    reviewPlan(id: $id, note: $note) {
      ...PlanPayloadFields
    }
  }
`);
