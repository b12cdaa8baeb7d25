import { graphql } from '../../../gql/index.js';

export const CreatePlanMutation = graphql(`
  mutation CreatePlan($input: PlanInput!) {
    createPlan(input: $input) {
      ...PlanPayloadFields
    }
  }
`);
