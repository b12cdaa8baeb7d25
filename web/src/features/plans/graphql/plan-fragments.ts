import { graphql } from '../../../gql/index.js';

export const PlanStepFieldsFragment = graphql(`
  fragment PlanStepFields on PlanStep {
    id
    title
    kind
    due
    status
    doneOn
    note
    overdue
    aboutId
    aboutName
    aboutLabel
  }
`);

export const StagePeriodFieldsFragment = graphql(`
  fragment StagePeriodFields on StagePeriod {
    stage
    since
    until
    days
  }
`);

/** What a card on the board shows. */
export const PlanCardFieldsFragment = graphql(`
  fragment PlanCardFields on Plan {
    id
    name
    status
    startStage
    currentStage
    targetStage
    targetOn
    developmentLevel
    managerStyle
    budget
    budgetPurpose
    goals
    overdue
    progress
    flags
    reviewOn
    createdOn
    lastInteractionOn
    person {
      id
      name
      title
      category
    }
    owner {
      id
      name
    }
    steps {
      ...PlanStepFields
    }
  }
`);

/** The detail panel: the card plus what the manager reviews. */
export const PlanDetailFieldsFragment = graphql(`
  fragment PlanDetailFields on Plan {
    ...PlanCardFields
    styleMeaning
    reviewNotes
    stageHistory {
      ...StagePeriodFields
    }
  }
`);

/** What every plan mutation answers: ok, the field errors, the plan as the detail panel shows it. */
export const PlanPayloadFieldsFragment = graphql(`
  fragment PlanPayloadFields on PlanPayload {
    ok
    errors {
      field
      message
    }
    plan {
      ...PlanDetailFields
    }
  }
`);
