import { graphql } from '../../../gql/index.js';

/** Institutions of a territory to place a new person at (by name, at most 500). */
export const PlaceInstitutionsQuery = graphql(`
  query PlaceInstitutions($territoryId: ID) {
    institutions(filter: { territoryId: $territoryId }, first: 500) {
      nodes {
        id
        name
        city
      }
    }
  }
`);
