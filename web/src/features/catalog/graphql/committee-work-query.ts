import { graphql } from '../../../gql/index.js';

/** What a committee drafts: programme lists and tender specifications. */
export const CommitteeWorkQuery = graphql(`
  query CommitteeWork($id: ID!) {
    committee(id: $id) {
      id
      draftedPrograms {
        id
        name
        kind
        year
      }
      draftedTenders {
        id
        name
        date
        status
      }
    }
  }
`);
