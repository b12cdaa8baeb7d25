/**
 * The influence ties the power analysis runs on: one per ordered pair, within scope.
 */
import type { InfluenceTie } from './types.js';

/** What a tie counts for: its strength weighed by how sure we are of it (none recorded: sure). */
export function tieWeight(strength: number, confidence: number | null | undefined): number {
  return Math.min(1, strength) * (confidence ?? 1);
}

/**
 * Keeps ties between people in scope, drops self-ties and ties that count for nothing,
 * and merges repeats of the same ordered pair (e.g. one per therapeutic domain) into the
 * weightiest: several domains recorded for one relationship do not make it stronger.
 * The kept tie is the weightiest one, so its basis, domain and source still describe it.
 * Every kept tie carries its `weight` (strength × confidence), which every score uses.
 */
export function mergeInfluenceTies(ties: InfluenceTie[], personIds: ReadonlySet<string>): InfluenceTie[] {
  // Pairs keyed by the people's positions (a number, not a joined string: at 500k ties
  // building the strings cost more than the rest of the merge).
  const position = new Map<string, number>();
  for (const id of personIds) position.set(id, position.size);
  const n = position.size;
  const byPair = new Map<number, InfluenceTie>();
  for (const tie of ties) {
    if (tie.from === tie.to) continue;
    const from = position.get(tie.from);
    const to = position.get(tie.to);
    if (from === undefined || to === undefined) continue;
    const weight = tieWeight(tie.strength, tie.confidence);
    if (!(weight > 0)) continue;
    const key = from * n + to;
    const seen = byPair.get(key);
    if (seen && weight <= seen.weight!) continue;
    // Copy only when clamping: at 50k ties, needless copies are felt in GC time. The
    // weight is derived from the tie alone, so setting it on a shared (cached) tie is safe.
    const kept = tie.strength > 1 ? { ...tie, strength: 1 } : tie;
    kept.weight = weight;
    byPair.set(key, kept);
  }
  return [...byPair.values()];
}
