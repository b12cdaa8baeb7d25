import { graphql } from '../../../gql/index.js';

export const PlanningInteractionFieldsFragment = graphql(`
  fragment PlanningInteractionFields on Interaction {
    id
    name
    kind
    date
    outcome
    notes
    validUntil
    confirmedOn
    nextContactOn
    followUpStatus
    followUpDue
    participants {
      id
      name
      title
    }
  }
`);

/** What logging or confirming an interaction answers: ok, the field errors, the interaction. */
export const InteractionPayloadFieldsFragment = graphql(`
  fragment InteractionPayloadFields on InteractionPayload {
    ok
    errors {
      field
      message
    }
    interaction {
      ...PlanningInteractionFields
    }
  }
`);
