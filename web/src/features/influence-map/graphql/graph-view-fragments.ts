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

/** A tie with everything the edge panel and the CSV export show. */
export const GraphEdgeFieldsFragment = graphql(`
  fragment GraphEdgeFields on GraphEdge {
    id
    source
    target
    type
    strength
    role
    basis
    domain
    since
    until
    provenance
    confidence
  }
`);

export const MapCoalitionFieldsFragment = graphql(`
  fragment MapCoalitionFields on Coalition {
    power
    lean
    leaning
    members {
      id
    }
  }
`);
