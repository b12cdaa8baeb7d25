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
export function mergeInfluenceTies(ties: InfluenceTie[], personIds: Set<string>): InfluenceTie[] {
  const byPair = new Map<string, InfluenceTie>();
  for (const tie of ties) {
    if (tie.from === tie.to) continue;
    if (!personIds.has(tie.from) || !personIds.has(tie.to)) continue;
    const weight = tieWeight(tie.strength, tie.confidence);
    if (!(weight > 0)) continue;
    const key = `${tie.from}\u0000${tie.to}`;
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
