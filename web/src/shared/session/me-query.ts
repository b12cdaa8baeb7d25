import { graphql } from '../../gql/index.js';

/** Who is signed in: the "from" of introduction paths and the user of stage edits. */
export const MeQuery = graphql(`
  query Me {
    me {
      user {
        id
        name
        role
      }
      seesAllTerritories
    }
  }
`);
