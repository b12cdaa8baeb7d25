/**
 * A scope's change facts brought up to date from the writes since they were read, instead
 * of read again for every person of the scope (facts-memo.ts): after a KAM edits one tie
 * in a 10,000-person territory, only the ties of the two people it joins are read again.
 *
 * Only writes of ties that move nobody into or out of a scope and name no tender's
 * decision group can be patched: influence, acquaintance, reporting lines, stances and
 * our relationships. An existing person's own properties change no fact. Anything else (a
 * position, a committee seat, a tender, a node created or deleted, a write that left no
 * footprint) may change who is in the scope, who was added or a tender's history, and
 * the facts are read whole.
 */
import type { FootprintItem } from '../../graph/rules/write-footprint.js';
import type { Facts, TieFact } from './facts.js';

const PATCHABLE_TIES: ReadonlySet<string> = new Set(['INFLUENCES', 'KNOWS', 'REPORTS_TO', 'STANCE', 'RELATES']);

/** The ties the writes wrote, by their pair of ends (`from|to`), and those ends. */
export interface TiesWritten {
  pairs: Set<string>;
  ends: Set<string>;
}

const pairOf = (from: string, to: string) => `${from}|${to}`;

/** The ties the writes wrote, or null when some write may have changed more than ties' own facts. */
export function tiesWritten(writes: ReadonlyArray<readonly FootprintItem[] | null>): TiesWritten | null {
  const written: TiesWritten = { pairs: new Set(), ends: new Set() };
  for (const write of writes) {
    if (write === null) return null;
    for (const item of write) {
      if ('node' in item) {
        if (item.node !== 'Person' || item.created) return null;
      } else if (PATCHABLE_TIES.has(item.tie)) {
        written.pairs.add(pairOf(item.from, item.to));
        written.ends.add(item.from);
        written.ends.add(item.to);
      } else {
        return null;
      }
    }
  }
  return written;
}

/**
 * `kept` with the facts of every pair a write wrote a tie between replaced by `fresh`:
 * the ties of the written ends read now (every tie of those people: more than the pairs,
 * the same as kept for the rest), then the ties the change log names, which win, as in a
 * whole read. A pair, not a tie: a stance's fact also says the value before it and
 * whether another took over, from the pair's other ties. People added and tenders'
 * statuses are kept. The result holds the facts a whole read gives.
 */
export function patchFacts(kept: Facts, written: TiesWritten, fresh: readonly TieFact[]): Facts {
  const ties = new Map<string, TieFact>();
  for (const fact of kept.ties) if (!written.pairs.has(pairOf(fact.from, fact.to))) ties.set(fact.key, fact);
  for (const fact of fresh) ties.set(fact.key, fact);
  return { ties: [...ties.values()], added: kept.added, statuses: kept.statuses };
}
