/** What the path searches take and give. */

/** A weighted, directed edge for path searches; strength 0..1 multiplies along a path. */
export interface PathEdge {
  from: string;
  to: string;
  strength: number;
  /** INFLUENCES, KNOWS, COLLEAGUE, RELATES ... */
  type: string;
}

export interface FoundPath {
  /** Node ids from start to end inclusive. */
  nodes: string[];
  /** Product of edge strengths. */
  strength: number;
  edgeTypes: string[];
}
