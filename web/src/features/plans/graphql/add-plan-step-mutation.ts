import { graphql } from '../../../gql/index.js';

export const AddPlanStepMutation = graphql(`
  mutation AddPlanStep($planId: ID!, $input: PlanStepInput!) {
    addPlanStep(planId: $planId, input: $input) {
      ...PlanPayloadFields
    }
  }
`);
