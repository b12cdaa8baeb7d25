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
