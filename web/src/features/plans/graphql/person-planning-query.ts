import { graphql } from '../../../gql/index.js';

/** A person's plans and stage history, for the map's person panel. */
export const PersonPlanningQuery = graphql(`
  query PersonPlanning($id: ID!) {
    person(id: $id) {
      id
      name
      title
      ourStage
      plans {
        ...PlanCardFields
      }
      stageHistory {
        ...StagePeriodFields
        user {
          id
          name
        }
      }
    }
  }
`);
