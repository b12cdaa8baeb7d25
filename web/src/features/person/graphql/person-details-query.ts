import { graphql } from '../../../gql/index.js';

export const PersonDetailsQuery = graphql(`
  query PersonDetails($id: ID!) {
    person(id: $id) {
      ...PersonDetailsFields
    }
  }
`);
