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
  // A canonical projection (rules/canonical.ts) lists ties by their ends' positions, so the
  // repeats of a pair are side by side and one pass merges them; in any other order the
  // pass stops and the pairs are looked up instead. The answer is the same either way:
  // the first tie of each pair's place, holding the weightiest.
  const merged: InfluenceTie[] = [];
  let lastKey = -1;
  for (const tie of ties) {
    const key = pairKey(tie, position, n);
    if (key === null) continue;
    const weight = tieWeight(tie.strength, tie.confidence);
    if (!(weight > 0)) continue;
    if (key > lastKey) {
      merged.push(counted(tie, weight));
      lastKey = key;
    } else if (key === lastKey) {
      if (weight > merged[merged.length - 1]!.weight!) merged[merged.length - 1] = counted(tie, weight);
    } else {
      return mergeByPair(ties, position, n);
    }
  }
  return merged;
}

/** A tie's pair as a number, or null when it is left out (a self-tie, an end out of scope). */
function pairKey(tie: InfluenceTie, position: ReadonlyMap<string, number>, n: number): number | null {
  if (tie.from === tie.to) return null;
  const from = position.get(tie.from);
  const to = position.get(tie.to);
  return from === undefined || to === undefined ? null : from * n + to;
}

/** The tie as it counts: its weight set, its strength clamped to 1. */
function counted(tie: InfluenceTie, weight: number): InfluenceTie {
  // Copy only when clamping: at 50k ties, needless copies are felt in GC time. The
  // weight is derived from the tie alone, so setting it on a shared (cached) tie is safe.
  const kept = tie.strength > 1 ? { ...tie, strength: 1 } : tie;
  kept.weight = weight;
  return kept;
}

/** mergeInfluenceTies for ties in any order. */
function mergeByPair(ties: readonly InfluenceTie[], position: ReadonlyMap<string, number>, n: number): InfluenceTie[] {
  const byPair = new Map<number, InfluenceTie>();
  for (const tie of ties) {
    const key = pairKey(tie, position, n);
    if (key === null) continue;
    const weight = tieWeight(tie.strength, tie.confidence);
    if (!(weight > 0)) continue;
    const seen = byPair.get(key);
    if (seen && weight <= seen.weight!) continue;
    byPair.set(key, counted(tie, weight));
  }
  return [...byPair.values()];
}
