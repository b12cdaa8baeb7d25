// Layout: fcose, seeded so a scope always gets the same picture, and positions kept in
// localStorage per scope so a reload (or a colleague opening a shared link on the same
// machine) shows the map exactly as it was left.
import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';

export type Positions = Record<string, { x: number; y: number }>;

/** mulberry32: a tiny, good-enough PRNG so that fcose's random start is reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function hashString(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * fcose's draft quality (spectral only) lays out 2,000 nodes in well under a second; the
 * default quality adds force-directed refinement that reads better but grows fast with the
 * edge count, so it is kept for maps small enough to afford it, with fewer iterations.
 */
export function fcoseOptions(nodeCount: number, edgeCount: number): LayoutOptions {
  const big = nodeCount > 800 || edgeCount > 4000;
  return {
    name: 'fcose',
    quality: big ? 'draft' : 'default',
    randomize: true,
    animate: false,
    fit: true,
    padding: 40,
    // Greedy pivot sampling: the spectral step is deterministic.
    samplingType: false,
    numIter: big ? 600 : 900,
    nodeSeparation: 90,
    nodeRepulsion: () => 9000,
    idealEdgeLength: (edge: { data(key: string): unknown }) => idealLength(String(edge.data('type'))),
    edgeElasticity: (edge: { data(key: string): unknown }) => elasticity(String(edge.data('type'))),
    gravity: 0.3,
    gravityRangeCompound: 1.5,
    nestingFactor: 0.2,
    packComponents: true,
    tile: true,
  } as unknown as LayoutOptions;
}

/** Influence pulls people together; formal ties are looser so institutions do not dominate. */
function idealLength(type: string): number {
  if (type === 'INFLUENCES') return 70;
  if (type === 'KNOWS') return 140;
  if (type === 'WORKS_AT' || type === 'PART_OF') return 90;
  return 110;
}

function elasticity(type: string): number {
  if (type === 'INFLUENCES') return 0.45;
  if (type === 'KNOWS') return 0.05;
  return 0.2;
}

/**
 * Runs the layout synchronously with Math.random seeded from the scope key: fcose offers
 * no seed option, and a stable picture matters more to a user than the purity of this trick.
 */
export function runSeededLayout(cy: Core, seedKey: string, eles = cy.elements()): void {
  const nodes = eles.nodes();
  const original = Math.random;
  Math.random = seededRandom(hashString(seedKey));
  try {
    eles.layout(fcoseOptions(nodes.length, eles.edges().length)).run();
  } finally {
    Math.random = original;
  }
}

/**
 * Places nodes that have no position yet (new since the last layout): at the centre of their
 * placed neighbours, nudged apart, or near the graph's centre when they have none.
 */
export function placeNewNodes(cy: Core, fresh: NodeSingular[], seedKey: string): void {
  const random = seededRandom(hashString(`${seedKey}|new`));
  const freshIds = new Set(fresh.map((n) => n.id()));
  const bb = cy.nodes().filter((n) => !freshIds.has(n.id()) && !(n as NodeSingular).isParent()).boundingBox({});
  const centre = Number.isFinite(bb.x1) ? { x: (bb.x1 + bb.x2) / 2, y: (bb.y1 + bb.y2) / 2 } : { x: 0, y: 0 };
  for (const node of fresh) {
    const placed = node.neighborhood('node').filter((m) => !freshIds.has(m.id()) && !(m as NodeSingular).isParent());
    let x = centre.x;
    let y = centre.y;
    if (placed.length) {
      x = 0;
      y = 0;
      placed.forEach((m) => {
        x += m.position('x');
        y += m.position('y');
      });
      x /= placed.length;
      y /= placed.length;
    }
    const angle = random() * Math.PI * 2;
    const radius = placed.length ? 30 + random() * 30 : 60 + random() * 200;
    node.position({ x: x + Math.cos(angle) * radius, y: y + Math.sin(angle) * radius });
  }
}

const STORE_PREFIX = 'kamgraph.layout.';
const STORE_VERSION = 1;

export function loadPositions(key: string, storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): Positions {
  try {
    const raw = storage?.getItem(STORE_PREFIX + key);
    if (!raw) return {};
    const parsed = JSON.parse(raw) as { v: number; p: Record<string, [number, number]> };
    if (parsed.v !== STORE_VERSION) return {};
    const out: Positions = {};
    for (const [id, [x, y]] of Object.entries(parsed.p)) out[id] = { x, y };
    return out;
  } catch {
    return {};
  }
}

export function savePositions(key: string, positions: Positions, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  const p: Record<string, [number, number]> = {};
  for (const [id, { x, y }] of Object.entries(positions)) p[id] = [Math.round(x), Math.round(y)];
  try {
    storage?.setItem(STORE_PREFIX + key, JSON.stringify({ v: STORE_VERSION, p }));
  } catch {
    // A full or disabled storage only costs a fresh layout next time.
  }
}

/** Share of `ids` that have a saved position: above a threshold the saved layout is reused. */
export function coverage(ids: readonly string[], positions: Positions): number {
  if (ids.length === 0) return 1;
  let known = 0;
  for (const id of ids) if (positions[id]) known += 1;
  return known / ids.length;
}
