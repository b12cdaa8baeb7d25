import { graphql } from '../../../gql/index.js';

/** THE map query: everything drawn for a scope as of a date. */
export const GraphViewQuery = graphql(`
  query GraphView(
    $scope: ScopeInput!
    $asOf: Date
    $therapeuticArea: ID
    $tieTypes: [TieType!]
    $without: [ID!]
    $limit: Int
  ) {
    graphView(scope: $scope, asOf: $asOf, therapeuticArea: $therapeuticArea, tieTypes: $tieTypes, without: $without, limit: $limit) {
      asOf
      peopleInScope
      truncated
      nodes {
        ...GraphNodeFields
      }
      edges {
        ...GraphEdgeFields
      }
      coalitions {
        ...MapCoalitionFields
      }
    }
  }
`);
