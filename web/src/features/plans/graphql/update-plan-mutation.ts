import { graphql } from '../../../gql/index.js';

export const UpdatePlanMutation = graphql(`
  mutation UpdatePlan($id: ID!, $input: PlanUpdateInput!) {
    updatePlan(id: $id, input: $input) {
      ...PlanPayloadFields
    }
  }
`);
