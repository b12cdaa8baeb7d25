import { graphql } from '../../gql/index.js';

/** Who is signed in, their team (a manager's KAMs) and territories: owners and scopes of the planning pages. */
export const PlanningViewerQuery = graphql(`
  query PlanningViewer {
    me {
      user {
        id
        name
        role
      }
      seesAllTerritories
      team {
        id
        name
        role
      }
      territories {
        id
        name
      }
    }
  }
`);
