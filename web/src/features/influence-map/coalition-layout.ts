// The map's layout: one force-directed island per coalition, islands packed in rows by
// power, then institutions, committees and tenders placed among the people they tie.
// A single fcose run over a dense influence graph gives one round hairball; islands with
// white space between them let a KAM see the camps of a territory at a glance, and the
// same positions serve the "coalitions as groups" view, which just draws boxes around them.
import type { Collection, Core, LayoutOptions, NodeSingular } from 'cytoscape';

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

/** Runs `fn` with Math.random seeded: fcose has no seed option, and a stable picture matters more. */
export function withSeed<T>(random: () => number, fn: () => T): T {
  const original = Math.random;
  Math.random = random;
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}

/**
 * fcose's draft quality (spectral only) is near instant but clumps; the default adds a force
 * pass that costs about 0.3 s per 100-node island here. Big maps (over 800 people) use the
 * draft for every island, so 2,000 people lay out in a few seconds, once, then positions are kept.
 */
function islandOptions(count: number, total: number): LayoutOptions {
  return {
    name: 'fcose',
    quality: count > 300 || total > 800 ? 'draft' : 'default',
    randomize: true,
    animate: false,
    fit: false,
    samplingType: false,
    numIter: 1200,
    nodeSeparation: 40,
    nodeRepulsion: () => 3500,
    idealEdgeLength: () => 45,
    edgeElasticity: () => 0.45,
    gravity: 1.2,
    gravityRange: 2.5,
    packComponents: true,
    tile: true,
    tilingPaddingVertical: 12,
    tilingPaddingHorizontal: 12,
  } as unknown as LayoutOptions;
}

const ISLAND_TIES = new Set(['INFLUENCES', 'REPORTS_TO', 'KNOWS']);

/** Lays out people by coalition, then places the other nodes. `random` seeds every step. */
export function coalitionLayout(cy: Core, random: () => number, aspect = 1.4): void {
  const people = cy.nodes().filter((n) => n.data('label') === 'Person' && !n.isParent());
  const others = cy.nodes().filter((n) => n.data('label') !== 'Person' && !n.isParent() && !n.hasClass('coalition') && !n.id().startsWith('overlay:'));
  const byCoalition = new Map<number, NodeSingular[]>();
  people.forEach((n) => {
    const c = typeof n.data('coalition') === 'number' ? (n.data('coalition') as number) : -1;
    const list = byCoalition.get(c) ?? [];
    list.push(n);
    byCoalition.set(c, list);
  });

  const islands: (Island & { nodes: Collection; box: Box })[] = [];
  for (const [c, members] of byCoalition) {
    const nodes = cy.collection().union(members as unknown as Collection);
    const edges = nodes.edgesWith(nodes).filter((e) => ISLAND_TIES.has(String(e.data('type'))));
    const eles = nodes.union(edges);
    withSeed(random, () => eles.layout(islandOptions(members.length, people.length)).run());
    const box = nodes.boundingBox({ includeLabels: false });
    const weight = members.reduce((sum, n) => sum + (Number(n.data('power')) || 0), 0);
    // People outside every coalition go last whatever their weight.
    islands.push({ key: String(c), nodes, box, width: box.x2 - box.x1, height: box.y2 - box.y1, weight: c < 0 ? -1 : weight });
  }
  islands.sort((a, b) => b.weight - a.weight || a.key.localeCompare(b.key));
  const gap = 170;
  const slots = packIslands(islands, gap, aspect);
  cy.batch(() => {
    for (const island of islands) {
      const slot = slots.get(island.key)!;
      const dx = slot.x - island.box.x1;
      const dy = slot.y - island.box.y1;
      island.nodes.forEach((n) => {
        const p = n.position();
        n.position({ x: p.x + dx, y: p.y + dy });
      });
    }
    placeAmongNeighbours(cy, others, random);
  });
}

/**
 * Institutions, committees and tenders go to the centre of the people tied to them (parents
 * before departments, so a department sits by its hospital), then step outwards on a spiral
 * until they overlap nothing already placed.
 */
export function placeAmongNeighbours(cy: Core, nodes: Collection, random: () => number): void {
  const placed: { x: number; y: number; r: number }[] = cy
    .nodes()
    .filter((n) => n.data('label') === 'Person' && !n.isParent())
    .map((n) => ({ ...(n as NodeSingular).position(), r: (Number(n.data('size')) || 20) / 2 }));
  const done = new Set<string>();
  const all = cy.nodes().filter((n) => n.data('label') === 'Person').boundingBox({ includeLabels: false });
  const fallback = { x: Number.isFinite(all.x1) ? (all.x1 + all.x2) / 2 : 0, y: Number.isFinite(all.y2) ? all.y2 + 120 : 0 };
  // Most-tied first: they anchor the rest.
  const ordered = (nodes.toArray() as NodeSingular[]).sort((a, b) => b.degree(false) - a.degree(false) || a.id().localeCompare(b.id()));
  ordered.forEach((node) => {
    const anchors = node
      .neighborhood('node')
      .filter((m) => m.data('label') === 'Person' || done.has(m.id()))
      .toArray() as NodeSingular[];
    let x = fallback.x;
    let y = fallback.y;
    if (anchors.length) {
      x = 0;
      y = 0;
      for (const m of anchors) {
        x += m.position('x');
        y += m.position('y');
      }
      x /= anchors.length;
      y /= anchors.length;
    }
    const r = (Number(node.data('size')) || 30) / 2 + 8;
    const start = random() * Math.PI * 2;
    for (let step = 0; step < 400; step++) {
      const angle = start + step * 0.9;
      const radius = step === 0 ? 0 : 10 + step * 4;
      const cx = x + Math.cos(angle) * radius;
      const cy2 = y + Math.sin(angle) * radius;
      if (placed.every((p) => (p.x - cx) ** 2 + (p.y - cy2) ** 2 > (p.r + r) ** 2)) {
        x = cx;
        y = cy2;
        break;
      }
    }
    node.position({ x, y });
    placed.push({ x, y, r });
    done.add(node.id());
  });
}
