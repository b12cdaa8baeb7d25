import { graphql } from '../../../gql/index.js';

/** The board: the viewer's plans (a manager's: the team's), optionally one owner's. */
export const PlansQuery = graphql(`
  query Plans($ownerId: ID) {
    plans(ownerId: $ownerId) {
      ...PlanCardFields
    }
  }
`);
