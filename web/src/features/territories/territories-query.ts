import { graphql } from '../../gql/index.js';

export const TerritoriesQuery = graphql(`
  query Territories {
    territories {
      id
      name
      peopleCount
      institutionCount
    }
  }
`);
