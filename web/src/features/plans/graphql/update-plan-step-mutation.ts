import { graphql } from '../../../gql/index.js';

export const UpdatePlanStepMutation = graphql(`
  mutation UpdatePlanStep($stepId: ID!, $status: StepStatus!, $note: String) {
    updatePlanStep(stepId: $stepId, status: $status, note: $note) {
      ...PlanPayloadFields
    }
  }
`);
