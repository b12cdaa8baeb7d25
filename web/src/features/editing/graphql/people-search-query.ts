import { graphql } from '../../../gql/index.js';

/** Finds the other end of a new tie when that person is not on the map. */
export const PeopleSearchQuery = graphql(`
  query PeopleSearch($search: String!) {
    people(search: $search, first: 8) {
      id
      name
      title
      category
    }
  }
`);
