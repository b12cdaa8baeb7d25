import { graphql } from '../../../gql/index.js';

export const IntroductionPathsQuery = graphql(`
  query IntroductionPaths($fromId: ID!, $toId: ID!, $maxHops: Int, $asOf: Date) {
    introductionPaths(fromId: $fromId, toId: $toId, maxHops: $maxHops, first: 3, asOf: $asOf) {
      strength
      tieTypes
      viaUser {
        id
        name
      }
      introducer {
        id
        name
      }
      people {
        id
        name
      }
    }
  }
`);
