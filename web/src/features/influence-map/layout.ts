// Layout: seeded so a scope always gets the same picture, and positions kept in
// localStorage per scope so a reload (or a colleague opening a shared link on the same
// machine) shows the map exactly as it was left.
import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import { coalitionLayout, type Positions } from './coalition-layout.js';

export type { Positions } from './coalition-layout.js';

/** mulberry32: a tiny, good-enough PRNG so that a layout is reproducible. */
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
 * Lays the map out from scratch, deterministically for a given key: coalition islands (see
 * coalition-layout.ts), computed on the element definitions before they are drawn.
 * Coalition groups are drawn around the same positions. `aspect` is the canvas's
 * width / height: the islands are packed to it (in steps of 0.5, so that nearly equal
 * windows give the same picture).
 */
export function seededLayout(elements: readonly ElementDefinition[], seedKey: string, aspect: number): Positions {
  const stepped = aspect > 0 && Number.isFinite(aspect) ? Math.round(Math.min(2.5, Math.max(0.5, aspect)) * 2) / 2 : 1.5;
  // Islands are a little taller than their packing assumes once institutions join them.
  return coalitionLayout(elements, seededRandom(hashString(seedKey)), stepped * 1.3);
}

/**
 * Places nodes that have no position yet (new since the last layout): at the centre of their
 * placed neighbours, nudged apart, or near the graph's centre when they have none.
 */
export function placeNewNodes(cy: Core, fresh: NodeSingular[], seedKey: string, distance = 30): void {
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
    const radius = placed.length ? distance + random() * 30 : 60 + random() * 200;
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
