/**
 * A write's footprint: the nodes and ties it wrote, kept beside the graph version it made
 * (bump-version.cypher keeps the last FOOTPRINTS_KEPT). A reader holding something it
 * computed at an earlier version can then tell what the writes since touched, and re-read
 * only that instead of everything (the balance of power: modules/power/projection-memo.ts).
 *
 * Only writes that know exactly what they touched leave one: the API's logged writes
 * through this module. Every other write (import, seeding, erasure, evidence, planning,
 * a deleted node) leaves none, and a version without a footprint means "anything may have
 * changed": a reader then reads everything, as it would with no footprints at all.
 */
import type { NodeType, TieType } from '../model.js';

/** One thing a write touched. */
export type FootprintItem =
  /** A node's own properties (`created`: the write made it). */
  | { node: NodeType; id: string; created: boolean }
  /** A tie written or removed, with its two ends. */
  | { tie: TieType; from: string; to: string };

/** A larger write leaves no footprint: re-reading everything is then as cheap. */
export const MAX_FOOTPRINT_ITEMS = 64;
/** How many versions' footprints the graph keeps (the oldest go first). */
export const FOOTPRINTS_KEPT = 128;

/** The footprint as stored (JSON), or null when the write is too large to leave one. */
export function encodeFootprint(items: readonly FootprintItem[]): string | null {
  if (items.length > MAX_FOOTPRINT_ITEMS) return null;
  return JSON.stringify(items.map((item) => ('node' in item ? ['node', item.node, item.id, item.created] : ['tie', item.tie, item.from, item.to])));
}

/**
 * The footprints of the versions after `after` up to `version`, from the stored entries
 * (`<version>|<footprint JSON>`): one per version, null where a version left none (or its
 * entry is no longer kept, or cannot be read).
 */
export function footprintsBetween(entries: readonly string[], after: number, version: number): Array<FootprintItem[] | null> {
  const byVersion = new Map<number, string>();
  for (const entry of entries) {
    const bar = entry.indexOf('|');
    if (bar > 0) byVersion.set(Number(entry.slice(0, bar)), entry.slice(bar + 1));
  }
  const footprints: Array<FootprintItem[] | null> = [];
  for (let v = after + 1; v <= version; v += 1) footprints.push(decodeFootprint(byVersion.get(v)));
  return footprints;
}

function decodeFootprint(json: string | undefined): FootprintItem[] | null {
  if (json === undefined) return null;
  try {
    const parsed: unknown = JSON.parse(json);
    if (!Array.isArray(parsed)) return null;
    const items: FootprintItem[] = [];
    for (const row of parsed) {
      if (!Array.isArray(row)) return null;
      const [kind, type, a, b] = row as unknown[];
      if (typeof type !== 'string' || typeof a !== 'string') return null;
      if (kind === 'node' && typeof b === 'boolean') items.push({ node: type as NodeType, id: a, created: b });
      else if (kind === 'tie' && typeof b === 'string') items.push({ tie: type as TieType, from: a, to: b });
      else return null;
    }
    return items;
  } catch {
    return null;
  }
}
