import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';

/**
 * A read-only window onto the map for end-to-end tests and support sessions: a canvas has
 * no DOM to query, so tests ask where a node is drawn and what state it is in.
 */
export interface MapProbe {
  nodeIds(filter?: 'visible' | 'all'): string[];
  edgeIds(filter?: 'visible' | 'all'): string[];
  /** Page coordinates of a node's centre or an edge's midpoint (for clicking it), or null when it is not drawn. */
  clientPosition(id: string): { x: number; y: number } | null;
  /**
   * Page coordinates where a click reaches this element and nothing else (an edge crossed
   * by others at its midpoint is clicked a little along it), or null when there is none.
   */
  clickablePosition(id: string): { x: number; y: number } | null;
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
    clickablePosition: (id) => {
      const el = cy.getElementById(id);
      if (el.empty() || !el.visible()) return null;
      const rect = cy.container()!.getBoundingClientRect();
      const toPage = (p: { x: number; y: number }) => ({ x: rect.left + p.x * cy.zoom() + cy.pan().x, y: rect.top + p.y * cy.zoom() + cy.pan().y });
      if (!el.isEdge()) return toPage((el as NodeSingular).position());
      // A point of the edge off every node (nodes take a click first) and off other edges'
      // lines: the renderer gives a click to the nearest edge, and at a crossing that is a
      // coin toss. Elsewhere on its own line this edge is the nearest.
      const a = el.sourceEndpoint();
      const b = el.targetEndpoint();
      const margin = 4 / cy.zoom();
      const lineMargin = 1.5 / cy.zoom();
      const others = cy.edges(':visible').toArray().filter((e): e is EdgeSingular => e.id() !== id);
      const nodes = cy.nodes(':visible').toArray().filter((n) => !(n as NodeSingular).isParent());
      for (let step = 0; step <= 40; step++) {
        // From the middle outwards: 0.5, 0.51, 0.49, 0.52 ...
        const t = 0.5 + (step % 2 ? 1 : -1) * Math.ceil(step / 2) * 0.01;
        const p = { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
        const nearNode = nodes.some((n) => {
          const box = n.boundingBox({ includeLabels: false });
          return p.x > box.x1 - margin && p.x < box.x2 + margin && p.y > box.y1 - margin && p.y < box.y2 + margin;
        });
        if (nearNode) continue;
        const nearEdge = others.some((e) => segmentDistance(p, e.sourceEndpoint(), e.targetEndpoint()) < lineMargin);
        if (!nearEdge) return toPage(p);
      }
      return null;
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

/** Distance from a point to the segment a-b. */
function segmentDistance(p: { x: number; y: number }, a: { x: number; y: number }, b: { x: number; y: number }): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}
