/**
 * The influence ties the power analysis runs on: one per ordered pair, within scope.
 */
import type { InfluenceTie } from './types.js';

/**
 * Keeps ties between people in scope, drops self-ties and non-positive strengths, and
 * merges repeats of the same ordered pair (e.g. one per therapeutic domain) into the
 * strongest: several domains recorded for one relationship do not make it stronger.
 * The kept tie is the strongest one, so its basis and domain still describe it.
 */
export function mergeInfluenceTies(ties: InfluenceTie[], personIds: Set<string>): InfluenceTie[] {
  const byPair = new Map<string, InfluenceTie>();
  for (const tie of ties) {
    if (tie.from === tie.to) continue;
    if (!personIds.has(tie.from) || !personIds.has(tie.to)) continue;
    if (!(tie.strength > 0)) continue;
    const strength = Math.min(1, tie.strength);
    const key = `${tie.from}\u0000${tie.to}`;
    const seen = byPair.get(key);
    // Copy only when clamping: at 50k ties, needless copies are felt in GC time.
    if (!seen || strength > seen.strength) byPair.set(key, strength === tie.strength ? tie : { ...tie, strength });
  }
  return [...byPair.values()];
}
