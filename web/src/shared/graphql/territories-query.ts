import { graphql } from '../../gql/index.js';

/** Territory names: cheap, asked first (the map opens the first territory when none is given). */
export const TerritoriesQuery = graphql(`
  query Territories {
    territories {
      id
      name
    }
  }
`);

/**
 * Head counts, for the scope picker: counting the people of every territory costs the server
 * about a second on a national graph, so this is asked once the map is drawn. Apollo's
 * cache merges the counts into the same Territory entries (normalised by id).
 */
export const TerritoryCountsQuery = graphql(`
  query TerritoryCounts {
    territories {
      id
      peopleCount
      institutionCount
    }
  }
`);
