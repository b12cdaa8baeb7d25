import { graphql } from '../../../gql/index.js';

/** THE map query: everything drawn for a scope as of a date (ties without their details: see GraphViewTiesQuery). */
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
        ...GraphEdgeDrawFields
      }
      coalitions {
        ...MapCoalitionFields
      }
    }
  }
`);

/**
 * The ties' details for the same variables, asked once the map is drawn (they are most of
 * the map answer's weight and nothing drawn needs them); merged into the ties by id.
 */
export const GraphViewTiesQuery = graphql(`
  query GraphViewTies(
    $scope: ScopeInput!
    $asOf: Date
    $therapeuticArea: ID
    $tieTypes: [TieType!]
    $without: [ID!]
    $limit: Int
  ) {
    graphView(scope: $scope, asOf: $asOf, therapeuticArea: $therapeuticArea, tieTypes: $tieTypes, without: $without, limit: $limit) {
      edges {
        ...GraphEdgeDetailFields
      }
    }
  }
`);
