import type { Core, NodeSingular } from 'cytoscape';

/**
 * A read-only window onto the map for end-to-end tests and support sessions: a canvas has
 * no DOM to query, so tests ask where a node is drawn and what state it is in.
 */
export interface MapProbe {
  nodeIds(filter?: 'visible' | 'all'): string[];
  edgeIds(filter?: 'visible' | 'all'): string[];
  /** Page coordinates of a node's centre or an edge's midpoint (for clicking it), or null when it is not drawn. */
  clientPosition(id: string): { x: number; y: number } | null;
  classesOf(id: string): string[];
  data(id: string): Record<string, unknown> | null;
  position(id: string): { x: number; y: number } | null;
}

/** Typed access without a global declaration (the bench declares its own narrower view). */
const host = () => window as unknown as { __kamgraphMap?: MapProbe };

export function exposeMapForTests(cy: Core): () => void {
  const visible = (filter: 'visible' | 'all' | undefined) => (filter === 'all' ? '' : ':visible');
  const probe: MapProbe = {
    nodeIds: (filter) => cy.nodes(visible(filter)).map((n) => n.id()),
    edgeIds: (filter) => cy.edges(visible(filter)).map((e) => e.id()),
    clientPosition: (id) => {
      const el = cy.getElementById(id);
      if (el.empty() || !el.visible()) return null;
      const rect = cy.container()!.getBoundingClientRect();
      const p = el.isEdge() ? el.renderedMidpoint() : (el as NodeSingular).renderedPosition();
      return { x: rect.left + p.x, y: rect.top + p.y };
    },
    classesOf: (id) => {
      const el = cy.getElementById(id);
      return el.empty() ? [] : [...el.classes()];
    },
    data: (id) => {
      const el = cy.getElementById(id);
      return el.empty() ? null : { ...(el.data() as Record<string, unknown>) };
    },
    position: (id) => {
      const node = cy.getElementById(id);
      return node.empty() || !node.isNode() ? null : { ...node.position() };
    },
  };
  host().__kamgraphMap = probe;
  return () => {
    if (host().__kamgraphMap === probe) delete host().__kamgraphMap;
  };
}
