import { graphql } from '../../../gql/index.js';

/** What the map needs of a node: identity, kind, and the people's power, stance and stage. */
export const GraphNodeFieldsFragment = graphql(`
  fragment GraphNodeFields on GraphNode {
    id
    label
    name
    kind
    power
    rank
    coalition
    stance
    stage
    ownerId
    optedOut
  }
`);

/** What drawing a tie and the map's filters need (the map's first query asks only this). */
export const GraphEdgeDrawFieldsFragment = graphql(`
  fragment GraphEdgeDrawFields on GraphEdge {
    id
    source
    target
    type
    strength
  }
`);

/** The rest of a tie, for the edge panel, the person's ties and the CSV export: asked once the map is drawn. */
export const GraphEdgeDetailFieldsFragment = graphql(`
  fragment GraphEdgeDetailFields on GraphEdge {
    id
    role
    basis
    domain
    since
    until
    provenance
    confidence
  }
`);

/** A tie with everything the edge panel and the CSV export show (draw fields and details merged by id). */
export const GraphEdgeFieldsFragment = graphql(`
  fragment GraphEdgeFields on GraphEdge {
    ...GraphEdgeDrawFields
    ...GraphEdgeDetailFields
  }
`);

/** Members as a count: `members` would load every person of the scope (10,000 for a big territory); the map's own members have `coalition` set. */
export const MapCoalitionFieldsFragment = graphql(`
  fragment MapCoalitionFields on Coalition {
    power
    lean
    leaning
    memberCount
  }
`);
