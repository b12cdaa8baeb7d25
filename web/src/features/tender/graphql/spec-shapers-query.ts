import { graphql } from '../../../gql/index.js';

export const SpecShapersQuery = graphql(`
  query SpecShapers($tenderId: ID!, $maxHops: Int, $asOf: Date, $without: [ID!]) {
    specShapers(tenderId: $tenderId, maxHops: $maxHops, asOf: $asOf, without: $without, first: 30) {
      score
      hops
      pathStrength
      drafterRole
      stance
      ourStage
      person {
        id
        name
      }
      path {
        id
        name
      }
      drafter {
        id
        name
      }
      ourContact {
        id
        name
      }
    }
  }
`);
