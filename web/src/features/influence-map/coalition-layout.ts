// The map's layout: one force-directed island per coalition, islands packed in rows by
// power, then institutions, committees and tenders placed among the people they tie.
// A single force run over a dense influence graph gives one round hairball; islands with
// white space between them let a KAM see the camps of a territory at a glance, and the
// same positions serve the "coalitions as groups" view, which just draws boxes around them.
//
// Pure: it works on the element definitions, before anything is added to Cytoscape, so the
// map is added once with its positions (no layout extension, no bounding boxes or styles
// computed on the way). Each island is a d3-force simulation run synchronously.
import type { ElementDefinition } from 'cytoscape';
import { forceCollide, forceLink, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';

export type Positions = Record<string, { x: number; y: number }>;

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Island {
  key: string;
  width: number;
  height: number;
  /** Larger first when packing. */
  weight: number;
}

/**
 * Shelf packing: islands in order, left to right, a new row when the row would pass the
 * target width (chosen so that the whole is about `aspect` times wider than tall).
 * Rows are centred so the picture is balanced. Pure: returns each island's top-left corner.
 */
export function packIslands(islands: readonly Island[], gap: number, aspect = 1.6): Map<string, { x: number; y: number }> {
  const area = islands.reduce((sum, i) => sum + (i.width + gap) * (i.height + gap), 0);
  const widest = Math.max(0, ...islands.map((i) => i.width));
  const target = Math.max(widest, Math.sqrt(area * aspect));
  const rows: { items: Island[]; width: number; height: number }[] = [];
  let row: { items: Island[]; width: number; height: number } = { items: [], width: 0, height: 0 };
  for (const island of islands) {
    const needed = row.items.length ? row.width + gap + island.width : island.width;
    if (row.items.length && needed > target) {
      rows.push(row);
      row = { items: [], width: 0, height: 0 };
    }
    row.width = row.items.length ? row.width + gap + island.width : island.width;
    row.height = Math.max(row.height, island.height);
    row.items.push(island);
  }
  if (row.items.length) rows.push(row);
  const totalWidth = Math.max(0, ...rows.map((r) => r.width));
  const out = new Map<string, { x: number; y: number }>();
  let y = 0;
  for (const r of rows) {
    let x = (totalWidth - r.width) / 2;
    for (const island of r.items) {
      // Vertically centred in its row.
      out.set(island.key, { x, y: y + (r.height - island.height) / 2 });
      x += island.width + gap;
    }
    y += r.height + gap;
  }
  return out;
}

export interface IslandEdge {
  source: number;
  target: number;
  /** Stronger influence pulls closer. */
  weight: number;
}

interface IslandNode extends SimulationNodeDatum {
  r: number;
}

/**
 * One coalition island with d3-force: ties as springs (stronger for stronger influence), a
 * collision force on each disc's radius plus some personal space as the short-range
 * repulsion, and a weak pull to the centre that keeps loose people on its shore; then a
 * few collision-only ticks on the exact radii so that no disc overlaps another.
 * (Barnes-Hut many-body repulsion on top doubled the time, 0.5 s for 2,000 people, for a
 * picture that reads the same.) Synchronous (`tick`), deterministic for a given `random`:
 * the start is a random disc of the island's expected size, d3's jiggle uses `random` too.
 */
export function forceIsland(radii: readonly number[], edges: readonly IslandEdge[], random: () => number, options: { ideal?: number; gap?: number; space?: number; iterations?: number } = {}): { x: Float64Array; y: Float64Array } {
  const n = radii.length;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  if (n <= 1) return { x, y };
  const ideal = options.ideal ?? 60;
  const gap = options.gap ?? 6;
  const space = options.space ?? 20;
  const iterations = options.iterations ?? 50;
  const start = Math.sqrt(n) * ideal * 0.55;
  const nodes: IslandNode[] = radii.map((r) => {
    const angle = random() * Math.PI * 2;
    const radius = start * Math.sqrt(random());
    return { r, x: Math.cos(angle) * radius, y: Math.sin(angle) * radius };
  });
  const degrees = new Int32Array(n);
  for (const e of edges) {
    degrees[e.source] = degrees[e.source]! + 1;
    degrees[e.target] = degrees[e.target]! + 1;
  }
  const links = edges.map((e) => ({ source: e.source, target: e.target, weight: e.weight }));
  const degree = (node: number | string | IslandNode) => (typeof node === 'object' ? degrees[node.index!]! : degrees[Number(node)]!);
  const simulation = forceSimulation<IslandNode>(nodes)
    .randomSource(random)
    .velocityDecay(0.3)
    .alphaDecay(1 - Math.pow(0.001, 1 / iterations))
    .force(
      'link',
      forceLink<IslandNode, (typeof links)[number]>(links)
        .distance(ideal)
        // d3's default (1 / the lesser degree), scaled by the tie's weight (0.5..1.5).
        .strength((l) => Math.min(1, l.weight / Math.max(1, Math.min(degree(l.source), degree(l.target))))),
    )
    .force('collide', forceCollide<IslandNode>((d) => d.r + gap / 2 + space / 2).strength(0.8))
    .force('x', forceX<IslandNode>(0).strength(0.03))
    .force('y', forceY<IslandNode>(0).strength(0.03))
    .stop();
  simulation.tick(iterations);
  simulation
    .force('link', null)
    .force('x', null)
    .force('y', null)
    .force('collide', forceCollide<IslandNode>((d) => d.r + gap / 2))
    .alpha(0.1)
    .tick(5);
  nodes.forEach((node, i) => {
    x[i] = node.x!;
    y[i] = node.y!;
  });
  return { x, y };
}

const ISLAND_TIES = new Set(['INFLUENCES', 'REPORTS_TO', 'KNOWS']);
const OVERLAY = 'overlay:';

interface Item {
  id: string;
  label: string;
  coalition: number;
  /** Drawn diameter. */
  size: number;
  degree: number;
}

/**
 * Counts each item's ties and lists its neighbours (ties between two of `items`, loops
 * left out); `each` sees every such tie with its data.
 */
function linkItems(elements: readonly ElementDefinition[], items: Map<string, Item>, each?: (a: Item, b: Item, data: Record<string, unknown>) => void): Map<string, string[]> {
  const neighbours = new Map<string, string[]>();
  for (const el of elements) {
    const d = el.data as Record<string, unknown>;
    if (d.source === undefined || d.target === undefined) continue;
    const a = items.get(String(d.source));
    const b = items.get(String(d.target));
    if (!a || !b || a === b) continue;
    a.degree += 1;
    b.degree += 1;
    (neighbours.get(a.id) ?? neighbours.set(a.id, []).get(a.id)!).push(b.id);
    (neighbours.get(b.id) ?? neighbours.set(b.id, []).get(b.id)!).push(a.id);
    each?.(a, b, d);
  }
  return neighbours;
}

/**
 * Positions for every node of `elements` that is not a compound parent or an overlay:
 * people by coalition island, then the other nodes among the people they tie.
 * `random` seeds every step, so the same key always gives the same picture.
 */
export function coalitionLayout(elements: readonly ElementDefinition[], random: () => number, aspect = 1.4): Positions {
  const items = new Map<string, Item>();
  for (const el of elements) {
    const d = el.data as Record<string, unknown>;
    if (el.group === 'edges' || d.source !== undefined) continue;
    const id = String(d.id);
    if (id.startsWith(OVERLAY) || d.label === 'Coalition' || el.classes === 'coalition') continue;
    const coalition = typeof d.coalition === 'number' ? d.coalition : -1;
    items.set(id, { id, label: String(d.label ?? ''), coalition, size: Number(d.size) || 30, degree: 0 });
  }
  const islandEdges = new Map<number, { a: string; b: string; w: number }[]>();
  const neighbours = linkItems(elements, items, (a, b, d) => {
    if (a.label === 'Person' && b.label === 'Person' && a.coalition === b.coalition && ISLAND_TIES.has(String(d.type))) {
      const strength = typeof d.strength === 'number' ? d.strength : 0.5;
      (islandEdges.get(a.coalition) ?? islandEdges.set(a.coalition, []).get(a.coalition)!).push({ a: a.id, b: b.id, w: 0.5 + strength });
    }
  });

  const byCoalition = new Map<number, Item[]>();
  for (const item of items.values()) {
    if (item.label !== 'Person') continue;
    (byCoalition.get(item.coalition) ?? byCoalition.set(item.coalition, []).get(item.coalition)!).push(item);
  }

  const out: Positions = {};
  const islands: (Island & { members: Item[]; x: Float64Array; y: Float64Array; x1: number; y1: number })[] = [];
  for (const [c, members] of [...byCoalition].sort((p, q) => p[0] - q[0])) {
    const index = new Map(members.map((m, i) => [m.id, i]));
    const edges: IslandEdge[] = (islandEdges.get(c) ?? []).map((e) => ({ source: index.get(e.a)!, target: index.get(e.b)!, weight: e.w }));
    const { x, y } = forceIsland(members.map((m) => m.size / 2), edges, random);
    let x1 = Infinity;
    let y1 = Infinity;
    let x2 = -Infinity;
    let y2 = -Infinity;
    members.forEach((m, i) => {
      const r = m.size / 2;
      x1 = Math.min(x1, x[i]! - r);
      y1 = Math.min(y1, y[i]! - r);
      x2 = Math.max(x2, x[i]! + r);
      y2 = Math.max(y2, y[i]! + r);
    });
    const weight = members.reduce((sum, m) => sum + m.size, 0);
    // People outside every coalition go last whatever their weight.
    islands.push({ key: String(c), members, x, y, x1, y1, width: x2 - x1, height: y2 - y1, weight: c < 0 ? -1 : weight });
  }
  islands.sort((a, b) => b.weight - a.weight || a.key.localeCompare(b.key));
  const slots = packIslands(islands, 170, aspect);
  for (const island of islands) {
    const slot = slots.get(island.key)!;
    island.members.forEach((m, i) => {
      out[m.id] = { x: island.x[i]! - island.x1 + slot.x, y: island.y[i]! - island.y1 + slot.y };
    });
  }
  placeAmongNeighbours(out, items, neighbours, random);
  return out;
}

/**
 * Places the nodes of `elements` that `placed` has no position for (institutions,
 * committees, tenders) among the placed nodes they tie, as the full layout does; returns
 * `placed` with them added.
 */
export function placeOthers(elements: readonly ElementDefinition[], placed: Positions, random: () => number): Positions {
  const items = new Map<string, Item>();
  for (const el of elements) {
    const d = el.data as Record<string, unknown>;
    if (el.group === 'edges' || d.source !== undefined) continue;
    const id = String(d.id);
    if (id.startsWith(OVERLAY)) continue;
    items.set(id, { id, label: String(d.label ?? ''), coalition: -1, size: Number(d.size) || 30, degree: 0 });
  }
  const neighbours = linkItems(elements, items);
  const out: Positions = { ...placed };
  placeAmongNeighbours(out, items, neighbours, random);
  return out;
}

/**
 * Institutions, committees and tenders go to the centre of the people tied to them (the
 * most tied first, so a department can sit by its hospital), then step outwards on a spiral
 * until they overlap nothing already placed. A grid of placed discs keeps each test local.
 */
function placeAmongNeighbours(out: Positions, items: Map<string, Item>, neighbours: Map<string, string[]>, random: () => number): void {
  const CELL = 80;
  const grid = new Map<string, { x: number; y: number; r: number }[]>();
  const cellKey = (cx: number, cy: number) => `${cx},${cy}`;
  const add = (x: number, y: number, r: number) => {
    const key = cellKey(Math.floor(x / CELL), Math.floor(y / CELL));
    (grid.get(key) ?? grid.set(key, []).get(key)!).push({ x, y, r });
  };
  const free = (x: number, y: number, r: number) => {
    const cx = Math.floor(x / CELL);
    const cy = Math.floor(y / CELL);
    for (let i = cx - 1; i <= cx + 1; i++)
      for (let j = cy - 1; j <= cy + 1; j++)
        for (const p of grid.get(cellKey(i, j)) ?? []) if ((p.x - x) ** 2 + (p.y - y) ** 2 <= (p.r + r) ** 2) return false;
    return true;
  };
  let x1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const [id, p] of Object.entries(out)) {
    const r = items.get(id)!.size / 2;
    add(p.x, p.y, r);
    x1 = Math.min(x1, p.x);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  const fallback = { x: Number.isFinite(x1) ? (x1 + x2) / 2 : 0, y: Number.isFinite(y2) ? y2 + 120 : 0 };
  const others = [...items.values()].filter((i) => out[i.id] === undefined).sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id));
  for (const node of others) {
    let x = 0;
    let y = 0;
    let anchors = 0;
    for (const m of neighbours.get(node.id) ?? []) {
      const p = out[m];
      if (!p) continue;
      x += p.x;
      y += p.y;
      anchors += 1;
    }
    if (anchors) {
      x /= anchors;
      y /= anchors;
    } else {
      x = fallback.x;
      y = fallback.y;
    }
    // Discs of up to 32 px radius: a cell of 80 px holds any overlap within its neighbours.
    const r = Math.min(node.size / 2 + 8, CELL - 32);
    const start = random() * Math.PI * 2;
    for (let step = 0; step < 2000; step++) {
      const angle = start + step * 0.9;
      const radius = step === 0 ? 0 : 10 + step * 4;
      const cx = x + Math.cos(angle) * radius;
      const cy = y + Math.sin(angle) * radius;
      if (free(cx, cy, r)) {
        x = cx;
        y = cy;
        break;
      }
    }
    out[node.id] = { x, y };
    add(x, y, r);
  }
}
